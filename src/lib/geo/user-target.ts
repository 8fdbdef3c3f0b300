// An imported layer as one feature the filters can use: its areas as a MultiPolygon (a boundary,
// or "within N km of"), else its lines or points as one multi-geometry ("within N km of" only).
import type { Feature, FeatureCollection, MultiLineString, MultiPoint, MultiPolygon, Position } from 'geojson';
import type { FilterableFeature } from './spatial-index';

/**
 * One feature for a filter target; undefined for an empty layer.
 * @example userLayerTarget(fc).geometry.type // 'MultiPolygon' when the layer has polygons
 */
export function userLayerTarget(data: FeatureCollection, code: string): FilterableFeature | undefined {
  const polygons: Position[][][] = [];
  const lines: Position[][] = [];
  const points: Position[] = [];
  for (const f of data.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') polygons.push(g.coordinates);
    else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
    else if (g.type === 'LineString') lines.push(g.coordinates);
    else if (g.type === 'MultiLineString') lines.push(...g.coordinates);
    else if (g.type === 'Point') points.push(g.coordinates);
    else if (g.type === 'MultiPoint') points.push(...g.coordinates);
  }
  const properties = { code };
  if (polygons.length) return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } } satisfies Feature<MultiPolygon>;
  // (Turf's buffer and intersection accept lines and multi-points; the engine refuses them as boundaries.)
  if (lines.length)
    return {
      type: 'Feature',
      properties,
      geometry: { type: 'MultiLineString', coordinates: lines },
    } satisfies Feature<MultiLineString> as unknown as FilterableFeature;
  if (points.length)
    return { type: 'Feature', properties, geometry: { type: 'MultiPoint', coordinates: points } } satisfies Feature<MultiPoint> as unknown as FilterableFeature;
  return undefined;
}

/** True when the layer has an area (it can be a boundary). */
export const hasArea = (data: FeatureCollection) => data.features.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
