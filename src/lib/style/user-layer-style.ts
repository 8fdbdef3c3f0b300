// Colouring an imported layer by one attribute: its most frequent values get a colour each, the
// rest one "other" colour; the same rows feed the map (a `match` expression) and the legend.
import type { FeatureCollection } from 'geojson';

/** Category colours (ColorBrewer Set1 without yellow, readable on the light land). */
export const CATEGORY_COLOURS = ['#e41a1c', '#377eb8', '#4daf4a', '#984ea3', '#ff7f00', '#a65628', '#f781bf'] as const;
export const OTHER_COLOUR = '#8c8c8c';

export interface CategoryRow {
  /** The attribute's value as text ('' for empty or missing). */
  value: string;
  colour: string;
  count: number;
}

export interface CategoryColours {
  attribute: string;
  rows: CategoryRow[];
  /** Features whose value is not among the rows: one grey, with their count (0 = none). */
  other: { colour: string; count: number };
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * The most frequent values first (ties in file order), at most one per colour.
 * @example categoryColours(fc, 'loai').rows[0] // { value: 'KCN', colour: '#e41a1c', count: 12 }
 */
export function categoryColours(data: FeatureCollection, attribute: string): CategoryColours {
  const counts = new Map<string, number>();
  for (const f of data.features) {
    const v = text(f.properties?.[attribute]);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, CATEGORY_COLOURS.length);
  const rows = shown.map(([value, count], i) => ({ value, count, colour: CATEGORY_COLOURS[i]! }));
  const other = sorted.slice(CATEGORY_COLOURS.length).reduce((n, [, c]) => n + c, 0);
  return { attribute, rows, other: { colour: OTHER_COLOUR, count: other } };
}
