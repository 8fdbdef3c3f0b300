// Encodes the light GeoJSON as TopoJSON for the browser: shared borders stored once, coordinates as
// integer steps of 0.00001° (the same ~1 m grid the light GeoJSON is rounded to), so fewer bytes
// carry the same shapes. The app decodes it in one place (src/lib/data/areas.ts).
import mapshaper from 'mapshaper';
import type { FeatureCollection } from 'geojson';

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
