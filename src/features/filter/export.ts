// Exports a filter result as CSV (UTF-8 with BOM, so spreadsheets keep Vietnamese letters) or GeoJSON.
import type { Feature, FeatureCollection } from 'geojson';

export interface ExportRow {
  code: string;
  name: string;
  kind: string;
  /** District code(s) of 2020–2025 (a mixed unit lists both, space-separated). */
  district2020: string;
  /** The same district(s) by name. */
  district2020Name: string;
  areaKm2: number | null;
  /** The theme on the map (its name), '' without one. */
  theme: string;
  /** The theme's value: a number for an indicator, the class for NTM. */
  value: number | string | null;
  /** The value as the panels say it, with its qualifier and unit ("trên 853 triệu USD"). */
  valueText: string;
  /** The bound the source puts on value: over (trên/hơn), about (gần/khoảng), under (dưới); '' = exact. */
  qualifier: string;
  unit: string;
  year: number | null;
  source: string;
  /** Distance to what the first distance filter measures from (km), null without one. */
  distanceKm: number | null;
  /** What the distance is measured from, as the filter list describes it. */
  distanceFrom: string;
  /** true when an end of the distance is an approximate outline or point. */
  distanceApproximate: boolean | null;
  /** ± (km) from the placement of the point measured from; null when unknown (an outline) or without a distance. */
  distancePlusMinusKm: number | null;
}

const COLUMNS: (keyof ExportRow)[] = [
  'code',
  'name',
  'kind',
  'district2020',
  'district2020Name',
  'areaKm2',
  'theme',
  'value',
  'valueText',
  'qualifier',
  'unit',
  'year',
  'source',
  'distanceKm',
  'distanceFrom',
  'distanceApproximate',
  'distancePlusMinusKm',
];

function cell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote when needed; a leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV table with a BOM (so spreadsheets read UTF-8), a header row and CRLF line ends. */
export function csvTable(head: string[], rows: unknown[][]): string {
  const lines = [head.join(','), ...rows.map((r) => r.map(cell).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** CSV of filter results. @example toCsv(rows).startsWith('\uFEFFcode,') */
export function toCsv(rows: ExportRow[]): string {
  return csvTable(
    COLUMNS,
    rows.map((r) => COLUMNS.map((c) => r[c])),
  );
}

/** A FeatureCollection of the matched features with the export columns as properties. */
export function toGeoJson(rows: ExportRow[], geometryOf: (code: string) => Feature['geometry'] | undefined): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: rows.flatMap((r) => {
      const geometry = geometryOf(r.code);
      return geometry ? [{ type: 'Feature' as const, properties: { ...r }, geometry }] : [];
    }),
  };
}

/** Saves text as a file through the browser's download. */
export function download(filename: string, content: string | Blob, type = 'application/octet-stream'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
