// Names of site categories and a site's name in the current language.
import type { MessageKey } from '../../i18n';
import type { Site, SiteArea, SiteCategory, SitePlacement } from '../../lib/data/site-types';

export { SITE_CATEGORIES } from '../../lib/data/site-types';

export const categoryKey: Record<SiteCategory, MessageKey> = {
  economic_zone: 'siteEconomicZone',
  industrial_park: 'siteIndustrialPark',
  seaport: 'siteSeaport',
  border_gate: 'siteBorderGate',
};

/** The card's sentence on how a site's point was placed. */
export const placementKey: Record<SitePlacement, MessageKey> = {
  cited: 'sitePlacedCited',
  coast: 'sitePlacedCoast',
  border: 'sitePlacedBorder',
  inside: 'sitePlacedInside',
};

export const siteName = (s: Site, lang: 'vi' | 'en') => (lang === 'vi' ? s.nameVi : s.nameEn);

type Lang = 'vi' | 'en';
/** A site's free texts in the UI language (the data keeps each in English and Vietnamese). */
export const siteText = (s: Site, lang: Lang) => ({
  areaNote: lang === 'vi' ? s.areaNoteVi : s.areaNote,
  developer: lang === 'vi' ? s.developerVi : s.developer,
  positionNote: lang === 'vi' ? s.positionNoteVi : s.positionNote,
  notes: lang === 'vi' ? s.notesVi : s.notes,
});

/** A further cited area's texts in the UI language. */
export const areaText = (a: SiteArea, lang: Lang) => ({
  figure: lang === 'vi' ? a.figureVi : a.figure,
  asOf: lang === 'vi' ? a.asOfVi : a.asOf,
  note: lang === 'vi' ? a.noteVi : a.note,
});

const AREA_BOUNDS: Record<string, Record<Lang, string>> = { nearly: { vi: 'gần', en: 'nearly' }, over: { vi: 'trên', en: 'over' } };

/**
 * An area value as the source writes it ("nearly 5000", "305.3"), in the UI language's words and digits.
 * @example areaValueText('vi', 'nearly 5000', (v) => v.toLocaleString('vi')) // 'gần 5.000'
 */
export function areaValueText(lang: Lang, value: string, n: (v: number) => string): string {
  const m = /^(?:(nearly|over) )?(\d+(?:\.\d+)?)$/.exec(value.trim());
  if (!m) return value;
  const bound = m[1] ? `${AREA_BOUNDS[m[1]]![lang]} ` : '';
  return `${bound}${n(Number(m[2]))}`;
}
