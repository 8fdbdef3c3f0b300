// The measurement in words for the panel and the clipboard, in the UI language.
import { formatArea, formatLength, formatMeasure, type MeasureResult } from '../../lib/geo/measure';
import type { Lang, MessageKey } from '../../i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Points a mode needs before it has a figure. */
export const minPoints = (r: Pick<MeasureResult, 'mode'>) => (r.mode === 'distance' ? 2 : 3);

/** Rows of label and value, or none while there are too few points. */
export function measureRows(r: MeasureResult, lang: Lang, t: T): { label: string; value: string }[] {
  if (r.points < minPoints(r)) return [];
  if (r.mode === 'distance') return [{ label: t('measureLength'), value: formatLength(r.lengthM, lang) }];
  return [
    { label: t('measureAreaResult'), value: formatArea(r.areaM2 ?? 0, lang) },
    { label: t('measurePerimeterLabel'), value: formatLength(r.lengthM, lang) },
  ];
}

/** The one line to copy ("12,3 km", "2,5 km² (chu vi 7,1 km)"); empty while there is no figure. */
export function measureLine(r: MeasureResult, lang: Lang, t: T): string {
  return r.points < minPoints(r) ? '' : formatMeasure(r, lang, t('measurePerimeter'));
}
