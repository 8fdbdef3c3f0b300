// Simplifies polygons for in-browser use (Turf filters, exports) while keeping shared borders shared.
import type { FeatureCollection } from 'geojson';
import { runMapshaper } from './run-mapshaper';

/**
 * Douglas–Peucker on mapshaper's topology with a tolerance in metres, so neighbours stay
 * gap-free; small islands are kept (keep-shapes) and coordinates rounded to ~1 m.
 * @example await simplifyTopology(communes, 40)
 */
export async function simplifyTopology(fc: FeatureCollection, toleranceMetres: number): Promise<FeatureCollection> {
  return runMapshaper(fc, `-simplify dp interval=${toleranceMetres} keep-shapes`, 'precision=0.00001');
}
