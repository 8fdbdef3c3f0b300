// Decodes the app's light area files (TopoJSON written by pipeline/steps/topojson.ts) into GeoJSON,
// the one place that knows their format: every consumer (2D map, filters, distances, exports) gets GeoJSON.
import { feature } from 'topojson-client';
import type { MultiLineString as TopoMultiLineString, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';

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
 * The overview file whose outer edge is the province's outline at the overview levels: the overview
 * context carries no outline (kind home, ~9,800 vertices, 38 % of the first view's), so the 2D map
 * strokes the edges of the units that no other unit shares, the line the units' fills end at. The
 * pipeline stitches that edge and writes it into this file as a second object (EDGE_OBJECT).
 */
export const EDGE_SOURCE: AreaFile = 'communes_2025';

/** The object beside the areas in EDGE_SOURCE's overview file: the arcs that only one area uses (pipeline/steps/topojson.ts withOuterEdge). */
export const EDGE_OBJECT = 'edge';

/** A decoded area file; `edge` (a GeoJSON foreign member): the outer edge of its areas, where the file has one. */
export type DecodedAreas = FeatureCollection & { edge?: MultiLineString };

/**
 * GeoJSON from a parsed area file (a TopoJSON Topology with one geometry collection, and in EDGE_SOURCE's
 * overview file an `edge` MultiLineString beside it), or null if it is not one.
 * @example decodeAreas(JSON.parse(text))?.features.length
 */
export function decodeAreas(value: unknown): DecodedAreas | null {
  const topo = value as Partial<Topology> | null;
  if (!topo || topo.type !== 'Topology' || !topo.objects || !Array.isArray(topo.arcs)) return null;
  const { [EDGE_OBJECT]: edge, ...rest } = topo.objects;
  const objects = Object.values(rest);
  const object = objects[0];
  if (objects.length !== 1 || object?.type !== 'GeometryCollection' || (edge && edge.type !== 'MultiLineString')) return null;
  const areas: DecodedAreas = feature(topo as Topology, object);
  if (edge) areas.edge = feature(topo as Topology, edge as TopoMultiLineString).geometry as MultiLineString;
  return areas;
}
