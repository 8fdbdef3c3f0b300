// Reads a column of figures written the Vietnamese way ("1.234,5") or the English way ("1,234.5"):
// the format is detected per column (and said in the UI), or chosen by the user.
export type NumberFormat = 'vi' | 'en';

/** Cells that only the Vietnamese reading accepts, only the English one, or both. */
const VI_ONLY = /^-?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)$/;
const EN_ONLY = /^-?(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d+)$/;

const clean = (cell: string) => cell.trim().replace(/[\s\u00a0]/g, '');

/**
 * Reads a cell in the given format: numbers as they are; text with the format's thousands
 * separator and decimal mark. Anything else (words, "—", two decimal marks) is null, never 0.
 * @example parseNumber('1.234,5', 'vi') // 1234.5
 * @example parseNumber('1,234.5', 'en') // 1234.5
 */
export function parseNumber(cell: unknown, format: NumberFormat): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const s = clean(cell);
  if (!s) return null;
  const [group, decimal] = format === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const plain = new RegExp(`^-?(\\d+(\\${decimal}\\d*)?|\\${decimal}\\d+)$`);
  let t: string;
  if (grouped.test(s)) t = s.split(group).join('');
  else if (plain.test(s)) t = s;
  else return null;
  const n = Number(t.replace(decimal, '.'));
  return Number.isFinite(n) ? n : null;
}

export interface ColumnFormat {
  format: NumberFormat;
  /** True when some cell could only be read one way (otherwise the format is a default: ask). */
  certain: boolean;
}

/**
 * The format of a column: the one its cells allow ("1.234,5" or "3,5" → vi; "1,234.5" or "3.5" → en).
 * Cells that fit both (whole numbers, "1.234") do not decide; a column of them is read as 'vi'
 * (the files are Vietnamese) and marked uncertain. Cells of spreadsheets (numbers) decide nothing.
 * @example detectNumberFormat(['1.234,5', '12']) // { format: 'vi', certain: true }
 */
export function detectNumberFormat(cells: readonly unknown[]): ColumnFormat {
  let vi = 0;
  let en = 0;
  for (const c of cells) {
    if (typeof c !== 'string') continue;
    const s = clean(c);
    const isVi = VI_ONLY.test(s);
    const isEn = EN_ONLY.test(s);
    // "1.234" fits both (a thousands group for vi, a decimal for en): undecided.
    if (isVi && !isEn) vi++;
    else if (isEn && !isVi) en++;
  }
  if (en > vi) return { format: 'en', certain: vi === 0 };
  return { format: 'vi', certain: vi > 0 && en === 0 };
}

/** Columns where most non-empty cells are numbers in the column's format (the figure candidates). */
export function numericColumns(columns: readonly string[], rows: readonly (readonly unknown[])[]): string[] {
  return columns.filter((_, i) => {
    const cells = rows.map((r) => r[i]).filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
    if (!cells.length) return false;
    const { format } = detectNumberFormat(cells);
    const ok = cells.filter((c) => parseNumber(c, format) !== null).length;
    return ok * 2 > cells.length;
  });
}
