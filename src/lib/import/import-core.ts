// One import from bytes to result: read, find the system, reproject, validate. Runs in the worker
// (import.worker.ts) and, in tests, directly in node.
import type { Feature, Geometry, Position } from 'geojson';
import { guessCoordinateColumns, toNumber } from './columns';
import { MAX_FILE_BYTES } from './limits';
import { CRS_LIST, PROJECTED_CHOICES, crsById, reprojectorFor, reprojectorFrom, type CrsId, type Reprojector } from './projections';
import {
  ReadError,
  decodeText,
  formatOf,
  readCsv,
  readGeoJson,
  readGpx,
  readKml,
  readKmz,
  readShapefileZip,
  readXlsx,
  type CrsHint,
  type RawRead,
} from './readers';
import type { ImportFormat, ImportIssue, ImportOptions, ImportResult, ImportedLayer, PlainProperties, ProjectionChoice } from './types';
import { farOutsideArea, featureName, geometryBbox, geometryProblem, plainProperties } from './validate';

type Bbox = [number, number, number, number];

async function read(format: ImportFormat, bytes: Uint8Array): Promise<RawRead> {
  switch (format) {
    case 'geojson':
      return readGeoJson(decodeText(bytes));
    case 'kml':
      return readKml(decodeText(bytes));
    case 'kmz':
      return readKmz(bytes);
    case 'gpx':
      return readGpx(decodeText(bytes));
    case 'csv':
      return readCsv(decodeText(bytes));
    case 'shapefile':
      return readShapefileZip(bytes);
    case 'xlsx':
      return readXlsx(bytes);
  }
}

/** Calls `fn` on every position array of a geometry (in place). */
function mapPositions(g: Geometry, fn: (p: Position) => Position): void {
  const walk = (c: unknown[]): unknown[] => (typeof c[0] === 'number' ? fn(c as Position) : c.map((x) => walk(x as unknown[])));
  if (g.type === 'GeometryCollection') g.geometries.forEach((part) => mapPositions(part, fn));
  else (g as { coordinates: unknown[] }).coordinates = walk(g.coordinates as unknown[]);
}

/** Up to `max` positions from the features, for telling degrees from metres. */
function samplePositions(features: Feature<Geometry | null>[], max = 500): Position[] {
  const out: Position[] = [];
  const visit = (c: unknown): void => {
    if (out.length >= max || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') out.push(c as Position);
    else c.forEach(visit);
  };
  for (const f of features) {
    if (out.length >= max) break;
    const g = f?.geometry;
    if (!g) continue;
    if (g.type === 'GeometryCollection') g.geometries.forEach((p) => visit((p as { coordinates?: unknown }).coordinates));
    else visit((g as { coordinates?: unknown }).coordinates);
  }
  return out;
}

const looksLikeDegrees = (ps: Position[]) => ps.every((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90);

/** The choices for a file in metres, Quảng Ninh first, each saying whether the first point lands near the province. */
export function projectionChoices(sample: Position | undefined): ProjectionChoice[] {
  return PROJECTED_CHOICES.map((id) => {
    let landsInArea = false;
    if (sample) {
      try {
        const [lon, lat] = reprojectorFor(id)!(sample);
        landsInArea = !farOutsideArea([lon!, lat!, lon!, lat!]);
      } catch {
        landsInArea = false;
      }
    }
    return { id, label: crsById(id)!.label, landsInArea };
  });
}

type CrsDecision = { kind: 'ok'; id: CrsId | 'prj'; reproject: Reprojector | null } | { kind: 'ask' } | { kind: 'unknown'; name: string };

function decideCrs(hint: CrsHint, sample: Position[], chosen: CrsId | undefined): CrsDecision {
  if (chosen && crsById(chosen)) return { kind: 'ok', id: chosen, reproject: reprojectorFor(chosen) };
  if (hint.kind === 'wgs84') return { kind: 'ok', id: 'wgs84', reproject: null };
  if (hint.kind === 'prj') {
    const m = hint.match;
    if (m.kind === 'known') return { kind: 'ok', id: m.id, reproject: reprojectorFor(m.id) };
    if (m.kind === 'other') return { kind: 'ok', id: 'prj', reproject: reprojectorFrom(m.proj4) };
    return { kind: 'unknown', name: m.name };
  }
  if (hint.kind === 'member') {
    if (hint.id === 'unknown') return { kind: 'unknown', name: hint.name };
    return { kind: 'ok', id: hint.id, reproject: reprojectorFor(hint.id) };
  }
  return looksLikeDegrees(sample) ? { kind: 'ok', id: 'wgs84', reproject: null } : { kind: 'ask' };
}

/** Carries a table row's number to the messages; a NUL in the name keeps it apart from any real column. */
const ROW_KEY = '\u0000row';

/** Points from a table's lon/lat columns; rows without both numbers are reported and skipped. */
function tableToFeatures(
  file: string,
  columns: string[],
  rows: (string | number | null)[][],
  lonCol: string,
  latCol: string,
  warnings: ImportIssue[],
): Feature<Geometry | null>[] {
  const li = columns.indexOf(lonCol);
  const ai = columns.indexOf(latCol);
  const features: Feature<Geometry | null>[] = [];
  rows.forEach((r, i) => {
    const x = toNumber(r[li]);
    const y = toNumber(r[ai]);
    const properties = Object.fromEntries(columns.map((c, j) => [c, r[j] ?? null]).filter((_, j) => j !== li && j !== ai));
    if (x === null || y === null) {
      warnings.push({ code: 'noGeometry', file, row: i + 1 });
      return;
    }
    // Keep the row number so later messages (invalid, outside) can name the row, not a feature.
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { ...properties, [ROW_KEY]: i + 1 } });
  });
  return features;
}

const baseName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/**
 * Imports one file's bytes. Never throws: every failure is an `error` result whose issues name the
 * file and, where it applies, the row or feature.
 * @example await importBytes('diem.csv', bytes) // { kind: 'layer', layer, warnings: [] }
 */
export async function importBytes(file: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) return { kind: 'error', issues: [{ code: 'tooLarge', file, detail: `${Math.ceil(bytes.byteLength / 2 ** 20)} MB` }] };
  const format = formatOf(file);
  if (!format) return { kind: 'error', issues: [{ code: 'unsupported', file }] };
  let raw: RawRead;
  try {
    raw = await read(format, bytes);
  } catch (e) {
    if (e instanceof ReadError) return { kind: 'error', issues: [{ code: e.code, file, ...e.where, detail: e.message }] };
    return { kind: 'error', issues: [{ code: 'malformed', file, detail: (e as Error)?.message ?? String(e) }] };
  }
  const warnings: ImportIssue[] = [];
  if (raw.kind === 'table') {
    const t = raw;
    if (options.as === 'table') return { kind: 'table', table: { file, columns: t.columns, rows: t.rows }, warnings };
    let cols = options.columns;
    if (!cols || !t.columns.includes(cols.lon) || !t.columns.includes(cols.lat)) {
      const numeric = t.columns.filter((_, j) => t.rows.slice(0, 50).some((r) => toNumber(r[j]) !== null));
      const guess = guessCoordinateColumns(t.columns, numeric);
      if (guess.kind === 'ambiguous') return { kind: 'needsColumns', file, columns: t.columns, lon: guess.lon, lat: guess.lat };
      cols = guess;
    }
    raw = { kind: 'features', features: tableToFeatures(file, t.columns, t.rows, cols.lon, cols.lat, warnings), crs: { kind: 'none' } };
  } else if (options.as === 'table') {
    return { kind: 'error', issues: [{ code: 'unsupported', file, detail: 'not a table (CSV or XLSX)' }] };
  }
  if (raw.kind !== 'features') throw new Error('unreachable');
  const sample = samplePositions(raw.features);
  const decision = decideCrs(raw.crs, sample, options.crs);
  if (decision.kind === 'unknown') return { kind: 'error', issues: [{ code: 'unknownProjection', file, detail: decision.name }] };
  if (decision.kind === 'ask') return { kind: 'needsProjection', file, choices: projectionChoices(sample[0]) };

  const kept: Feature<Geometry, PlainProperties>[] = [];
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const attributes = new Set<string>();
  let outside = 0;
  raw.features.forEach((f, i) => {
    const { properties, markup } = plainProperties(f.properties);
    const row = typeof properties[ROW_KEY] === 'number' ? properties[ROW_KEY] : undefined;
    delete properties[ROW_KEY];
    const where = row !== undefined ? { row } : { feature: i + 1 };
    const name = featureName({ properties });
    const g = f.geometry;
    if (!g) {
      warnings.push({ code: 'noGeometry', file, ...where, detail: name });
      return;
    }
    // A bbox from the file is in the file's system (shpjs copies the .shp's): drop it, never trust it.
    delete (g as { bbox?: unknown }).bbox;
    try {
      if (decision.reproject) mapPositions(g, decision.reproject);
    } catch {
      warnings.push({ code: 'invalidGeometry', file, ...where, detail: name });
      return;
    }
    const problem = geometryProblem(g);
    if (problem) {
      warnings.push({ code: 'invalidGeometry', file, ...where, detail: name ? `${name}: ${problem}` : problem });
      return;
    }
    const b = geometryBbox(g);
    if (farOutsideArea(b)) {
      outside++;
      warnings.push({ code: 'outsideArea', file, ...where, detail: name });
    }
    if (markup) warnings.push({ code: 'markupAsText', file, ...where, detail: name });
    box[0] = Math.min(box[0], b[0]);
    box[1] = Math.min(box[1], b[1]);
    box[2] = Math.max(box[2], b[2]);
    box[3] = Math.max(box[3], b[3]);
    Object.keys(properties).forEach((k) => attributes.add(k));
    kept.push({ type: 'Feature', geometry: g, properties });
  });
  if (kept.length === 0) {
    const issues = warnings.length ? warnings : [{ code: 'empty' as const, file }];
    return { kind: 'error', issues };
  }
  // Everything far away: the system is almost surely wrong; say so instead of drawing nothing.
  if (outside === kept.length)
    return { kind: 'error', issues: [{ code: 'outsideArea', file, detail: CRS_LIST.find((c) => c.id === decision.id)?.label ?? decision.id }] };
  const importedAt = options.now ?? new Date().toISOString();
  const layer: ImportedLayer = {
    id: `${baseName(file)}-${importedAt}`,
    name: options.name ?? baseName(file),
    file,
    format,
    sourceCrs: decision.id,
    data: { type: 'FeatureCollection', features: kept },
    bbox: box,
    attributes: [...attributes],
    importedAt,
  };
  return { kind: 'layer', layer, warnings };
}
