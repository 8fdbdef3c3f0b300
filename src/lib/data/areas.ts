// Decodes the app's light area files (TopoJSON written by pipeline/steps/topojson.ts) into GeoJSON,
// the one place that knows their format: every consumer (2D map, filters, distances, exports) gets GeoJSON.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

/** The light area files in public/data (TopoJSON, one object each). */
export type AreaFile = 'communes_2025' | 'districts_2020' | 'economic_zones' | 'context';

/**
 * The light files as the pipeline writes them ('full'), or their overview version, simplified for
 * the 2D map's lowest zoom levels ('overview': only the 2D map's first-view files have one,
 * src/lib/map2d/overview.ts).
 */
export type AreaDetail = 'full' | 'overview';

/**
 * Where an area file is served.
 * @example areaPath('context') // '/data/context.topo.json'
 * @example areaPath('context', 'overview') // '/data/context.overview.topo.json'
 */
export const areaPath = (name: AreaFile, detail: AreaDetail = 'full') => `/data/${name}${detail === 'overview' ? '.overview' : ''}.topo.json`;

/**
 * GeoJSON from a parsed area file (a TopoJSON Topology with one object), or null if it is not one.
 * @example decodeAreas(JSON.parse(text))?.features.length
 */
export function decodeAreas(value: unknown): FeatureCollection | null {
  const topo = value as Partial<Topology> | null;
  if (!topo || topo.type !== 'Topology' || !topo.objects || !Array.isArray(topo.arcs)) return null;
  const objects = Object.values(topo.objects);
  const object = objects[0];
  if (objects.length !== 1 || object?.type !== 'GeometryCollection') return null;
  return feature(topo as Topology, object);
}
