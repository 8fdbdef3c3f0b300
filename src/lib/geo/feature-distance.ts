// The shortest distance between two features (points or areas), in km; 0 when they touch or overlap.
import { booleanIntersects } from '@turf/turf';
import type { LngLat } from './filter-types';
import { distanceToFeatureKm, haversineKm } from './predicates';
import type { AreaFeature, FilterableFeature } from './spatial-index';

const vertices = (f: AreaFeature): LngLat[] =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((p) => p.flatMap((ring) => ring as LngLat[]));

/**
 * Shortest distance in km between two features: point–point (great circle), point–area (to the
 * nearest edge, 0 inside), area–area (0 when they share any point, else the nearest vertex of
 * either to the other's edges — exact for polygons, whose nearest points include a vertex).
 * @example distanceBetweenKm(point([107, 21]), point([107.1, 21])) // ≈ 10.4
 */
export function distanceBetweenKm(a: FilterableFeature, b: FilterableFeature): number {
  if (a.geometry.type === 'Point' && b.geometry.type === 'Point') return haversineKm(a.geometry.coordinates as LngLat, b.geometry.coordinates);
  if (a.geometry.type === 'Point') return distanceToFeatureKm(a.geometry.coordinates as LngLat, b as AreaFeature);
  if (b.geometry.type === 'Point') return distanceToFeatureKm(b.geometry.coordinates as LngLat, a as AreaFeature);
  if (booleanIntersects(a, b)) return 0;
  let best = Infinity;
  for (const v of vertices(a as AreaFeature)) best = Math.min(best, distanceToFeatureKm(v, b as AreaFeature));
  for (const v of vertices(b as AreaFeature)) best = Math.min(best, distanceToFeatureKm(v, a as AreaFeature));
  return best;
}
