// Palettes: one object per theme gives both each feature's colour and the legend rows, so the map
// and the legend cannot disagree. Colours: ColorBrewer (colour-blind safe sequential schemes).
import type { NtmClass } from '../data/facts-types';
import { classOf, type Classification } from '../geo/classify';

export const NO_DATA_COLOUR = '#ffffff';
export const NOT_APPLICABLE_COLOUR = '#d4d4d4';

/** ColorBrewer YlOrBr, 3 to 7 classes (light = low). */
const YL_OR_BR: Record<number, string[]> = {
  3: ['#fff7bc', '#fec44f', '#d95f0e'],
  4: ['#ffffd4', '#fed98e', '#fe9929', '#cc4c02'],
  5: ['#ffffd4', '#fed98e', '#fe9929', '#d95f0e', '#993404'],
  6: ['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#d95f0e', '#993404'],
  7: ['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#ec7014', '#cc4c02', '#8c2d04'],
};

/** ColorBrewer YlGnBu, 3 classes, for the ordered NTM levels. */
export const NTM_COLOURS: Record<NtmClass, string> = {
  dat_chuan: '#c7e9b4',
  nang_cao: '#41b6c4',
  kieu_mau: '#225ea8',
  not_applicable: NOT_APPLICABLE_COLOUR,
  no_data: NO_DATA_COLOUR,
};
export const NTM_ORDER: NtmClass[] = ['kieu_mau', 'nang_cao', 'dat_chuan', 'not_applicable', 'no_data'];

/** Sequential colours for n classes (n < 3 takes the ends of the 3-class scheme). */
export function sequentialColours(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [YL_OR_BR[3]![1]!];
  if (n === 2) return [YL_OR_BR[3]![0]!, YL_OR_BR[3]![2]!];
  return YL_OR_BR[Math.min(7, n)]!;
}

export interface LegendRow {
  colour: string;
  /** Class range or category, formatted for the reader. */
  label: string;
  /** Key for tests and styling: a class index, an NTM class, or 'no_data'. */
  key: string;
  pattern?: 'kieu_mau';
}

export interface Palette {
  /** The colour for a value (indicator) or class (NTM); missing → the no-data colour. */
  colourFor(value: number | string | null | undefined): string;
  legend: LegendRow[];
}

/** Palette for a classified indicator; `format` writes numbers for the current language. */
export function indicatorPalette(c: Classification, unit: string, format: (n: number) => string, noDataLabel: string): Palette {
  const colours = sequentialColours(c.classes);
  const legend: LegendRow[] = colours.map((colour, i) => {
    const lo = c.bounds[i]!;
    const hi = c.bounds[i + 1]!;
    const single = c.exact || (i === 0 && lo === hi);
    const label = single ? `${format(hi)} ${unit}` : i === 0 ? `${format(lo)} – ${format(hi)} ${unit}` : `> ${format(lo)} – ${format(hi)} ${unit}`;
    return { colour, label, key: String(i) };
  });
  legend.push({ colour: NO_DATA_COLOUR, label: noDataLabel, key: 'no_data' });
  return {
    colourFor(value) {
      const i = classOf(typeof value === 'number' ? value : null, c);
      return i === null ? NO_DATA_COLOUR : colours[i]!;
    },
    legend,
  };
}

/** Palette for NTM classes; `labels` names each class in the current language. */
export function ntmPalette(labels: Record<NtmClass, string>): Palette {
  return {
    colourFor(value) {
      return NTM_COLOURS[(value as NtmClass) in NTM_COLOURS ? (value as NtmClass) : 'no_data'];
    },
    legend: NTM_ORDER.map((k) => ({ colour: NTM_COLOURS[k], label: labels[k], key: k })),
  };
}
