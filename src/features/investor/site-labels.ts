// Names of site categories and a site's name in the current language.
import type { MessageKey } from '../../i18n';
import type { Site, SiteCategory, SitePlacement } from '../../lib/data/site-types';

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
