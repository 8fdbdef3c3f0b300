// Shape of public/data/sites.json: investment sites with their position quality and sources.

export const SITE_CATEGORIES = ['economic_zone', 'industrial_park', 'seaport', 'border_gate'] as const;
export type SiteCategory = (typeof SITE_CATEGORIES)[number];

/**
 * How a site's point was set: cited (a coordinate from a source), coast (an uncited seaport on its
 * unit's shoreline), border (an uncited border gate on its unit's stretch of the national border),
 * inside (anything else, inside its unit).
 */
export type SitePlacement = 'cited' | 'coast' | 'border' | 'inside';

/** An area figure as one source states it (value kept as written: "nearly 5000", "over 13300"). */
export interface SiteArea {
  figure: string;
  figureVi: string;
  value: string;
  unit: string;
  asOf: string;
  asOfVi: string;
  source: string;
  quote: string;
  note: string;
  noteVi: string;
}

export interface Site {
  id: string;
  category: SiteCategory;
  nameVi: string;
  nameEn: string;
  /** Area in hectares where a source states it; null = not found in the sources. */
  areaHa: number | null;
  areaNote: string;
  /** The area note in Vietnamese (the data keeps every free text in both languages). */
  areaNoteVi: string;
  /** Further cited areas (data/sites/site_areas.csv); where they disagree with areaHa both are shown. */
  areas: SiteArea[];
  /** Status as the sources state it; empty = not recorded. */
  status: string;
  developer: string;
  developerVi: string;
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
  placement: SitePlacement;
  /** How far (km) the real site may lie from the point: the source's precision, or the farthest
   *  point of the shore, border or unit it was placed on. */
  uncertaintyKm: number;
  positionNote: string;
  positionNoteVi: string;
  sources: string[];
  notes: string;
  notesVi: string;
}
