// Shape of public/data/sites.json: investment sites with their position quality and sources.

export const SITE_CATEGORIES = ['economic_zone', 'industrial_park', 'seaport', 'border_gate'] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

export interface Site {
  id: string;
  category: SiteCategory;
  nameVi: string;
  nameEn: string;
  /** Area in hectares where a source states it; null = not found in the sources. */
  areaHa: number | null;
  areaNote: string;
  /** Status as the sources state it; empty = not recorded. */
  status: string;
  developer: string;
  /** The 2025 unit the site lies in. */
  unit2025: string;
  /** True when a cited coordinate lies in the sea; unit2025 is then the unit the source names. */
  unitInSea: boolean;
  district2020: string | null;
  mixedDistricts2020: string[];
  oldDistrictText: string;
  wardsListed: string;
  position: [number, number];
  /** surveyed: a cited coordinate; approximate: placed inside the unit the source names. */
  quality: 'surveyed' | 'approximate';
  positionNote: string;
  sources: string[];
  notes: string;
}
