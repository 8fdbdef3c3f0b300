// Parses input files (GeoJSON, JSON, CSV) from text, with errors that name the file, line and column.
import { parse } from 'csv-parse/sync';
import type { FeatureCollection } from 'geojson';
import { PipelineError } from '../errors';

/** Parses JSON text; a syntax error names the file and the position. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PipelineError(file, `malformed JSON: ${(err as Error).message}`);
  }
}

/** Parses a GeoJSON FeatureCollection. */
export function parseFeatureCollection(file: string, text: string): FeatureCollection {
  const value = parseJson(file, text) as Partial<FeatureCollection> | null;
  if (!value || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    throw new PipelineError(file, 'not a GeoJSON FeatureCollection');
  }
  return value as FeatureCollection;
}

export interface CsvRow {
  /** 1-based line number in the file, for error messages. */
  line: number;
  values: Record<string, string>;
}

/** Parses CSV with a header row and checks that the required columns are present. */
export function parseCsv(file: string, text: string, required: string[]): CsvRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number; column?: number };
    throw new PipelineError(file, `malformed CSV: ${e.message}`, e.lines ? `line ${e.lines}` : undefined);
  }
  const [header, ...body] = records;
  if (!header) throw new PipelineError(file, 'empty CSV');
  const columns = header.record.map((c) => c.trim());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) throw new PipelineError(file, `missing column(s): ${missing.join(', ')}`, 'line 1');
  return body.map(({ record, info }) => ({
    line: info.lines,
    values: Object.fromEntries(columns.map((c, i) => [c, (record[i] ?? '').trim()])),
  }));
}
