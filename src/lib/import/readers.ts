// Reads each format into raw features (coordinates still in the file's system) or a table.
// Libraries are imported on demand, so a GeoJSON import never loads the Excel reader.
import type { Feature, Geometry } from 'geojson';
import { crsFromGeoJsonMember, matchPrj, type CrsId, type PrjMatch } from './projections';
import type { ImportFormat } from './types';

/** What the file says about its coordinate system. */
export type CrsHint =
  | { kind: 'wgs84' } // the format is WGS-84 by definition (KML, GPX, RFC 7946 GeoJSON)
  | { kind: 'none' } // nothing said: degrees are taken as WGS-84, metres need a question
  | { kind: 'prj'; match: PrjMatch }
  | { kind: 'member'; id: CrsId | 'unknown'; name: string };

export type RawRead =
  { kind: 'features'; features: Feature<Geometry | null>[]; crs: CrsHint } | { kind: 'table'; columns: string[]; rows: (string | number | null)[][] };

/** A failure the user must hear about, with the row or feature when known. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly where: { row?: number; feature?: number } = {},
    readonly code: 'malformed' | 'empty' | 'unsupported' = 'malformed',
  ) {
    super(message);
  }
}

/** The format from the file name's extension. */
export function formatOf(fileName: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const map: Record<string, ImportFormat> = {
    geojson: 'geojson',
    json: 'geojson',
    kml: 'kml',
    kmz: 'kmz',
    gpx: 'gpx',
    csv: 'csv',
    txt: 'csv',
    zip: 'shapefile',
    xlsx: 'xlsx',
  };
  return (ext && map[ext]) || null;
}

/** UTF-8 text; files that are not valid UTF-8 are read as Windows-1258 (Vietnamese Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

export function readGeoJson(text: string): RawRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ReadError((e as Error).message);
  }
  const o = json as { type?: unknown; features?: unknown; crs?: unknown };
  let features: Feature<Geometry | null>[];
  if (o?.type === 'FeatureCollection' && Array.isArray(o.features)) features = o.features as Feature<Geometry | null>[];
  else if (o?.type === 'Feature') features = [o as Feature<Geometry | null>];
  else if (typeof o?.type === 'string' && 'coordinates' in (o as object)) features = [{ type: 'Feature', geometry: o as Geometry, properties: {} }];
  else if (o?.type === 'GeometryCollection') features = [{ type: 'Feature', geometry: o as Geometry, properties: {} }];
  else throw new ReadError('not a GeoJSON FeatureCollection, Feature or geometry');
  features.forEach((f, i) => {
    if (!f || typeof f !== 'object' || f.type !== 'Feature') throw new ReadError('not a GeoJSON Feature', { feature: i + 1 });
  });
  const member = crsFromGeoJsonMember(o.crs);
  const name = (o.crs as { properties?: { name?: string } } | undefined)?.properties?.name ?? '';
  return { kind: 'features', features, crs: member ? { kind: 'member', id: member, name } : { kind: 'none' } };
}

async function parseXml(text: string): Promise<Document> {
  const { DOMParser } = await import('@xmldom/xmldom');
  const errors: string[] = [];
  let doc: unknown;
  try {
    doc = new DOMParser({ onError: (level: string, msg: string) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(text, 'text/xml');
  } catch (e) {
    throw new ReadError((e as Error).message.split('\n')[0] ?? 'XML error');
  }
  if (errors.length) throw new ReadError(errors[0]!.split('\n')[0]!);
  return doc as Document;
}

export async function readKml(text: string): Promise<RawRead> {
  const doc = await parseXml(text);
  if (!doc.getElementsByTagName('kml').length) throw new ReadError('no <kml> element');
  const { kml } = await import('@tmcw/togeojson');
  return { kind: 'features', features: kml(doc).features as Feature<Geometry | null>[], crs: { kind: 'wgs84' } };
}

export async function readGpx(text: string): Promise<RawRead> {
  const doc = await parseXml(text);
  if (!doc.getElementsByTagName('gpx').length) throw new ReadError('no <gpx> element');
  const { gpx } = await import('@tmcw/togeojson');
  return { kind: 'features', features: gpx(doc).features as Feature<Geometry | null>[], crs: { kind: 'wgs84' } };
}

async function unzip(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const { unzipSync } = await import('fflate');
  try {
    const all = unzipSync(bytes);
    return Object.fromEntries(Object.entries(all).filter(([name]) => !name.includes('__MACOSX') && !name.endsWith('/')));
  } catch (e) {
    throw new ReadError(`not a readable zip archive (${(e as Error).message})`);
  }
}

export async function readKmz(bytes: Uint8Array): Promise<RawRead> {
  const files = await unzip(bytes);
  const names = Object.keys(files).filter((n) => n.toLowerCase().endsWith('.kml'));
  const main = names.find((n) => n.toLowerCase() === 'doc.kml') ?? names[0];
  if (!main) throw new ReadError('no .kml inside the KMZ');
  return readKml(decodeText(files[main]!));
}

/**
 * A zipped Shapefile: every .shp in the archive with its .dbf, .prj and .cpg; all layers' features
 * together. Coordinates stay raw here; the .prj (of the first layer that has one) says the system.
 */
export async function readShapefileZip(bytes: Uint8Array): Promise<RawRead> {
  const files = await unzip(bytes);
  const lower = new Map(Object.keys(files).map((n) => [n.toLowerCase(), n]));
  const bases = [...lower.keys()].filter((n) => n.endsWith('.shp')).map((n) => n.slice(0, -4));
  if (!bases.length) throw new ReadError('no .shp inside the zip (a Shapefile needs .shp, .shx, .dbf and .prj zipped together)');
  const { parseShp, parseDbf } = await import('shpjs');
  const features: Feature<Geometry | null>[] = [];
  let prj: PrjMatch | null = null;
  for (const base of bases) {
    const get = (ext: string) => {
      const n = lower.get(`${base}.${ext}`);
      return n ? files[n] : undefined;
    };
    let geoms: Geometry[];
    let records: Record<string, unknown>[] = [];
    try {
      geoms = parseShp(get('shp')!);
      const dbf = get('dbf');
      const cpg = get('cpg');
      if (dbf) records = parseDbf(dbf, cpg ? decodeText(cpg).trim() : undefined);
    } catch (e) {
      throw new ReadError(`${base}.shp: ${(e as Error).message}`, { feature: features.length + 1 });
    }
    const prjBytes = get('prj');
    if (prjBytes && !prj) prj = matchPrj(decodeText(prjBytes));
    geoms.forEach((g, i) => features.push({ type: 'Feature', geometry: g ?? null, properties: records[i] ?? {} }));
  }
  return { kind: 'features', features, crs: prj ? { kind: 'prj', match: prj } : { kind: 'none' } };
}

const cellText = (c: unknown): string | number | null => {
  if (c === null || c === undefined || c === '') return null;
  if (typeof c === 'number' || typeof c === 'string') return c;
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c);
};

function toTable(grid: unknown[][]): RawRead {
  const rows = grid.filter((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ''));
  if (rows.length < 2) throw new ReadError('no data rows under the header', {}, 'empty');
  const columns = rows[0]!.map((c, i) => String(c ?? '').trim() || `col${i + 1}`);
  return { kind: 'table', columns, rows: rows.slice(1).map((r) => columns.map((_, i) => cellText(r[i]))) };
}

export async function readCsv(text: string): Promise<RawRead> {
  const Papa = (await import('papaparse')).default;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new ReadError(fatal.message, { row: typeof fatal.row === 'number' ? fatal.row : undefined });
  return toTable(parsed.data);
}

export async function readXlsx(bytes: Uint8Array): Promise<RawRead> {
  const { readSheet } = await import('read-excel-file/universal');
  let grid: unknown[][];
  try {
    grid = (await readSheet(bytes.slice().buffer)) as unknown[][];
  } catch (e) {
    throw new ReadError((e as Error).message);
  }
  return toTable(grid);
}
