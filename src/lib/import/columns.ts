// Finds the longitude and latitude columns of a table by their names, or says it is not sure.
import { foldVietnamese } from '../text/fold';

const key = (name: string) => foldVietnamese(name).replace(/[^a-z0-9]+/g, '');

/** Names that surely mean longitude / latitude, folded and without separators. */
const LON_STRONG = new Set(['lon', 'lng', 'long', 'longitude', 'kinhdo', 'kd']);
const LAT_STRONG = new Set(['lat', 'latitude', 'vido', 'vd']);
/** Names that usually do (x/y, easting/northing): used when no strong name is there. */
const LON_WEAK = new Set(['x', 'easting', 'toadox', 'coordx']);
const LAT_WEAK = new Set(['y', 'northing', 'toadoy', 'coordy']);

export type ColumnGuess = { kind: 'found'; lon: string; lat: string } | { kind: 'ambiguous'; lon: string[]; lat: string[] };

/**
 * The lon/lat columns when exactly one strong (or, failing that, one weak) name each is there;
 * otherwise the candidates, so the user can choose (all columns with numbers when no name fits).
 * @example guessCoordinateColumns(['Tên', 'Kinh độ', 'Vĩ độ']) // { kind: 'found', lon: 'Kinh độ', lat: 'Vĩ độ' }
 */
export function guessCoordinateColumns(columns: string[], numericColumns: string[] = columns): ColumnGuess {
  const pick = (strong: Set<string>, weak: Set<string>) => {
    const s = columns.filter((c) => strong.has(key(c)));
    return s.length ? s : columns.filter((c) => weak.has(key(c)));
  };
  const lon = pick(LON_STRONG, LON_WEAK);
  const lat = pick(LAT_STRONG, LAT_WEAK);
  if (lon.length === 1 && lat.length === 1 && lon[0] !== lat[0]) return { kind: 'found', lon: lon[0]!, lat: lat[0]! };
  return { kind: 'ambiguous', lon: lon.length ? lon : numericColumns, lat: lat.length ? lat : numericColumns };
}

/**
 * Reads a cell as a number: numbers as they are; text with a decimal comma ("107,0785") or
 * thousands separators ("1.234.567,5" / "1,234,567.5") too; "1,5" is 1.5 (Vietnamese decimal comma). Anything else is null.
 * @example toNumber('21,05') // 21.05
 */
export function toNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  let s = cell.trim().replace(/\s|\u00a0/g, '');
  if (!s) return null;
  // A single group ("1.234", "1,234") is a decimal point or comma, never thousands.
  if (/^-?\d{1,3}((\.\d{3}){2,}(,\d+)?|(\.\d{3})+,\d+)$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}((,\d{3}){2,}(\.\d+)?|(,\d{3})+\.\d+)$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/**
 * Whether some column is named like a coordinate (a table of points rather than of figures per unit).
 * @example hasCoordinateNames(['Đơn vị', 'Dân số']) // false
 */
export function hasCoordinateNames(columns: readonly string[]): boolean {
  return columns.some((c) => [LON_STRONG, LAT_STRONG, LON_WEAK, LAT_WEAK].some((set) => set.has(key(c))));
}
