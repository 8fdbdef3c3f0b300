// A user's figure set as a theme's table: one row per unit or district of its level, the figure
// with its unit, year and source, and the units the table gives no figure as missing (never 0).
import type { FigureSet } from './table-join';

export const FIGURE_CSV_HEAD = ['code', 'name', 'value', 'unit', 'year', 'source', 'file'] as const;

/**
 * Rows for the CSV export: every target in order; a target without a figure has an empty value.
 * @example figureRows(set, [{ code: '193', name: 'Thành phố Hạ Long' }])[0] // ['193', 'Thành phố Hạ Long', 10, 'tỷ đồng', 2024, '…', 'a.csv']
 */
export function figureRows(
  set: Pick<FigureSet, 'values' | 'unit' | 'year' | 'source' | 'file'>,
  targets: readonly { code: string; name: string }[],
): (string | number | null)[][] {
  return targets.map((t) => [t.code, t.name, set.values[t.code] ?? null, set.unit, set.year, set.source, set.file]);
}

/** The version of the map a figure set is drawn on: its rows named 2025 units or 2020–2025 districts. */
export const versionOf = (set: Pick<FigureSet, 'unitLevel'>): '2025' | '2020' => (set.unitLevel === 'unit2025' ? '2025' : '2020');
