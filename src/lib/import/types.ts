// Shapes of an import's result: a layer, a table, a question for the user, or an error.
import type { FeatureCollection, Geometry } from 'geojson';
import type { CrsId } from './projections';

export type ImportFormat = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'shapefile' | 'xlsx';

/** Why a file or a part of it was not taken as is. Each becomes one plain sentence (issue-text.ts). */
export type IssueCode =
  | 'tooLarge' // the file is over MAX_FILE_BYTES; nothing was read
  | 'unsupported' // the extension is none of the formats
  | 'malformed' // the file could not be parsed at all (detail: the parser's words)
  | 'empty' // parsed, but no features / rows
  | 'unknownProjection' // a .prj or crs member that matches nothing proj4 can use
  | 'invalidGeometry' // a feature skipped: bad coordinates, unclosed ring, self-intersection
  | 'noGeometry' // a feature or row without a location, skipped
  | 'outsideArea' // a feature far outside Quảng Ninh: the projection is probably wrong
  | 'markupAsText' // a name or description holds HTML/script: kept, shown as plain text only
  | 'noFigures'; // a table without coordinates and without a column of numbers: nothing to map

export interface ImportIssue {
  code: IssueCode;
  /** The file's name as the user picked it. */
  file: string;
  /** 1-based data row of a table (header excluded), when the issue is about one row. */
  row?: number;
  /** 1-based feature number in the file, when the issue is about one feature. */
  feature?: number;
  /** A name, a limit, the parser's message, the .prj's name: shown verbatim as text. */
  detail?: string;
}

/** Plain-text properties only: strings, numbers, booleans, null. Never HTML. */
export type PlainProperties = Record<string, string | number | boolean | null>;

export interface ImportedLayer {
  /** Stable id (file name + time), the key in the store. */
  id: string;
  name: string;
  file: string;
  format: ImportFormat;
  /** The system the file was in (reprojected to WGS-84 here); 'prj' when proj4 read an unlisted .prj. */
  sourceCrs: CrsId | 'prj';
  data: FeatureCollection<Geometry, PlainProperties>;
  bbox: [number, number, number, number];
  /** Attribute names in file order (for styling by attribute and the table view). */
  attributes: string[];
  importedAt: string;
}

/** A table read from CSV/XLSX: header and rows of cells, all as text or numbers. */
export interface ImportedTable {
  file: string;
  columns: string[];
  rows: (string | number | null)[][];
}

export type ImportResult =
  /** `stored`: how the import worker's own IndexedDB write went (only with `options.save`; absent: not written). */
  | { kind: 'layer'; layer: ImportedLayer; warnings: ImportIssue[]; stored?: 'saved' | 'full' | 'failed' }
  | { kind: 'table'; table: ImportedTable; warnings: ImportIssue[] }
  /** Coordinates are not degrees and nothing says which system: ask, offering `choices` in order. */
  | { kind: 'needsProjection'; file: string; choices: ProjectionChoice[] }
  /** A CSV/XLSX with points whose lon/lat columns are not certain: ask, offering candidates. */
  | { kind: 'needsColumns'; file: string; columns: string[]; lon: string[]; lat: string[] }
  | { kind: 'error'; issues: ImportIssue[] };

export interface ProjectionChoice {
  id: CrsId;
  label: string;
  /** True when the file's first coordinates land in or near Quảng Ninh under this system. */
  landsInArea: boolean;
}

export interface ImportOptions {
  /** 'layer' (default): features on the map. 'table': figures per unit, for a table join. */
  as?: 'layer' | 'table';
  /** The user's answer to needsProjection. */
  crs?: CrsId;
  /** The user's answer to needsColumns. */
  columns?: { lon: string; lat: string };
  /** Display name; defaults to the file name without extension. */
  name?: string;
  /** Fixed clock and id for tests. */
  now?: string;
  /**
   * Write a layer to IndexedDB from the import worker (src/lib/import/store.ts): the main thread
   * then never structured-clones it (a long task for 10,000 features). Ignored by `importBytes`.
   */
  save?: boolean;
}
