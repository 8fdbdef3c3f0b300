// Shapes of the JSON the pipeline writes to public/data/ and the app reads: one definition for both.

/** Types of the 54 commune-level units since 1 July 2025 (đặc khu = special zone). */
export const UNIT_TYPES_2025 = ['phuong', 'xa', 'dac_khu'] as const;
export type UnitType2025 = (typeof UNIT_TYPES_2025)[number];
/** Types of the 13 district-level units of 2020–2025. */
export const DISTRICT_TYPES = ['thanh_pho', 'thi_xa', 'huyen'] as const;
export type DistrictType = (typeof DISTRICT_TYPES)[number];
/** Types of the 171 communes before 1 July 2025 (thị trấn = township). */
export const OLD_COMMUNE_TYPES = ['phuong', 'xa', 'thi_tran'] as const;
export type OldCommuneType = (typeof OLD_COMMUNE_TYPES)[number];

/**
 * A 2025 unit made of land from two 2020–2025 districts is drawn on the district layer as its own
 * "mixed" area, whose feature id is `mixed:<unit code>` (the pipeline writes it, the app reads it).
 * @example mixedId('06724') // 'mixed:06724'; mixedCode('mixed:06724') // '06724'; mixedCode('201') // null
 */
export const MIXED_PREFIX = 'mixed:';
export const mixedId = (unitCode: string): string => `${MIXED_PREFIX}${unitCode}`;
export const isMixedId = (id: string): boolean => id.startsWith(MIXED_PREFIX);
/** The unit code inside a mixed id, or null for any other id. */
export const mixedCode = (id: string): string | null => (isMixedId(id) ? id.slice(MIXED_PREFIX.length) : null);

/** One old commune → new unit link; `part` when the old commune was split between units. */
export interface LineageLink {
  code: string;
  name: string;
  relation: 'whole' | 'part';
}

export type Bbox = [number, number, number, number];

export interface Unit2025 {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  /** Lower case, without diacritics, đ → d: for search. */
  folded: string;
  type: UnitType2025;
  /** The 2020–2025 district the unit lies in, or null when it straddles two (see mixedDistricts2020). */
  district2020: string | null;
  mixedDistricts2020: string[];
  /** Area of the polygon in km² (spherical). */
  areaKm2: number;
  /** Official area in km² published with the boundary (sapnhap.bando.com.vn, 2025), if any. */
  officialAreaKm2: number | null;
  bbox: Bbox;
  label: [number, number];
  formedFrom: LineageLink[];
}

export interface District2020 {
  code: string;
  name: string;
  folded: string;
  type: DistrictType;
  /** False when the outline is rebuilt from 2025 units that straddle old district lines. */
  exact: boolean;
  approximationNote: string;
  /** The same note in Vietnamese. */
  approximationNoteVi: string;
  areaKm2: number;
  bbox: Bbox;
  label: [number, number];
  units2025: string[];
  oldCommunes: string[];
}

/** A 2025 unit formed from communes of two 2020–2025 districts. */
export interface MixedArea {
  code: string;
  name: string;
  districts2020: string[];
}

export interface OldCommune {
  code: string;
  name: string;
  folded: string;
  type: OldCommuneType;
  district2020: string;
  becameUnits: LineageLink[];
}

export interface UnitIndex {
  version: 1;
  units: Unit2025[];
  districts: District2020[];
  mixed: MixedArea[];
  oldCommunes: OldCommune[];
}

/** public/data/index.json: the unit index plus zones, context labels and the map bounds. */
export interface AppIndex extends UnitIndex {
  /** [west, south, east, north] that the tiles cover and the camera stays in. */
  bounds: Bbox;
  zones: EconomicZone[];
  context: ContextLabel[];
}

export interface EconomicZone {
  id: string;
  nameVi: string;
  nameEn: string;
  approximate: boolean;
  approximationNote: string;
  approximationNoteVi: string;
  officialArea: string;
  officialAreaVi: string;
  /** The 2025 units whose union is the approximate outline. */
  units2025: string[];
  areaKm2: number;
  bbox: Bbox;
  label: [number, number];
  source: string;
}

/** A name to show outside the province: China, the neighbouring provinces. */
export interface ContextLabel {
  name: string;
  kind: 'country' | 'province';
  label: [number, number];
}

export interface DataSource {
  id: string;
  title: string;
  origin: string;
  licence: string;
  vintage: string;
  attribution: string;
}
