// shpjs ships no types; these are the two functions the import uses.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp; with no .prj given, coordinates stay in the file's system. */
  export function parseShp(shp: ArrayBuffer | Uint8Array | DataView, prj?: string): Geometry[];
  /** Records of a .dbf, decoded with the .cpg's code page when given. */
  export function parseDbf(dbf: ArrayBuffer | Uint8Array | DataView, cpg?: string | Uint8Array): Record<string, unknown>[];
}
