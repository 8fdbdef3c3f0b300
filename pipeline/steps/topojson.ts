// Encodes the light GeoJSON as TopoJSON for the browser: shared borders stored once, coordinates as
// integer steps of 0.00001° (the same ~1 m grid the light GeoJSON is rounded to), so fewer bytes
// carry the same shapes. The app decodes it in one place (src/lib/data/areas.ts).
import mapshaper from 'mapshaper';
import { meshArcs } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { EDGE_OBJECT } from '../../src/lib/data/areas';

/** The one object every TopoJSON file of the app holds. */
export const TOPO_OBJECT = 'areas';

/**
 * TopoJSON text of `fc` (object `areas`), quantized to the 0.00001° grid of the GeoJSON.
 * @example await toTopoJson(lightCommunes) // '{"type":"Topology","arcs":[…],"transform":{…},"objects":{"areas":…}}'
 */
export async function toTopoJson(fc: FeatureCollection): Promise<string> {
  const result = await mapshaper.applyCommands(`-i in.json -rename-layers ${TOPO_OBJECT} -o out.json format=topojson precision=0.00001`, { 'in.json': fc });
  return String(result['out.json']);
}

/**
 * The same TopoJSON text with a second object, `edge` (EDGE_OBJECT): the arcs that only one of its
 * areas uses, stitched into lines (topojson-client's meshArcs), which the app decodes as the areas'
 * outer edge. Stitched here, once, rather than in each visitor's browser before the 2D map's first
 * frame (~6 ms of a cold start there); the file only gains the arc numbers (~4 KB, ~1.5 KB as brotli).
 * @example Object.keys(JSON.parse(withOuterEdge(await toTopoJson(units))).objects) // ['areas', 'edge']
 */
export function withOuterEdge(text: string): string {
  const topology = JSON.parse(text) as Topology;
  const areas = topology.objects[TOPO_OBJECT] as GeometryCollection | undefined;
  if (areas?.type !== 'GeometryCollection') throw new Error(`withOuterEdge: no "${TOPO_OBJECT}" geometry collection`);
  topology.objects[EDGE_OBJECT] = meshArcs(topology, areas, (a, b) => a === b);
  return JSON.stringify(topology);
}
