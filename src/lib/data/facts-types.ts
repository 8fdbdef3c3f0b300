// Shapes of public/data/facts.json: cited figures and NTM status, shared by pipeline and app.

/** NTM (nông thôn mới) levels of a commune, lowest first; see the glossary in the README. */
export const NTM_LEVELS = ['dat_chuan', 'nang_cao', 'kieu_mau'] as const;
export type NtmLevel = (typeof NTM_LEVELS)[number];
/** A commune's NTM class on the map: a level, urban (not applicable), or no data. */
export const NTM_CLASSES = [...NTM_LEVELS, 'not_applicable', 'no_data'] as const;
export type NtmClass = (typeof NTM_CLASSES)[number];

export interface Citation {
  /** A URL, or the file name of a seed article in the project's sources. */
  source: string;
  sourceDate: string;
  /** Verbatim Vietnamese sentence that contains the figure. */
  quote: string;
}

export interface IndicatorDef {
  id: string;
  nameVi: string;
  nameEn: string;
  /** The unit every map value of this indicator is in. */
  unit: string;
  description: string;
}

export interface Fact extends Citation {
  level: 'province' | 'district';
  code: string;
  year: number;
  /** An indicator id, or 'other' (targets, partial years, cumulative, minor figures). */
  indicator: string;
  note: string;
  value: number;
  unit: string;
  /** The bound the source's words put on the number: trên/hơn → over, gần/khoảng/xấp xỉ → about,
   *  dưới → under; null = stated as an exact figure. */
  qualifier: 'over' | 'about' | 'under' | null;
  /** What part of the unit the figure covers; rural- or urban-only figures have their own
   *  indicator key ("income_per_capita_rural"), so a map never mixes them with whole-unit ones. */
  scope: 'whole' | 'rural' | 'urban';
  /** The data marks the row low confidence: listed in panels, never colours the map. */
  lowConfidence: boolean;
  /** True when this row is the value the map uses for its unit, indicator and year. */
  mapValue: boolean;
}

export interface NtmRecord extends Citation {
  status: string;
  year: number | null;
  detail: string;
}

export interface OldCommuneNtm {
  class: NtmClass;
  /** Where the class comes from: a record for this commune, the province-wide statement, or urban status. */
  basis: 'recorded' | 'province_statement' | 'urban';
  records: NtmRecord[];
}

export interface UnitNtm {
  class: NtmClass;
  /** How many former communes are in each class (a commune split between units counts in each). */
  counts: Partial<Record<NtmClass, number>>;
  hasKieuMau: boolean;
  /** When the kiểu mẫu mark rests on a district record that counts, not names, the commune. */
  kieuMauRecord: NtmRecord | null;
}

/** A cited source as the Sources dialog lists it (pipeline/steps/citations.ts). */
export interface CitationEntry {
  /** "seed-001" for a seed article, the URL without scheme for a web page. */
  id: string;
  kind: 'seed' | 'web' | 'other';
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  /** What was taken from it (figures, records), at most a few lines. */
  taken: string[];
  /** The same lines in Vietnamese (the indicator's Vietnamese name, or the source's own words). */
  takenVi: string[];
}

export interface FactsFile {
  version: 1;
  citations: CitationEntry[];
  indicators: IndicatorDef[];
  facts: Fact[];
  ntm: {
    rule: string;
    provinceStatement: NtmRecord | null;
    oldCommunes: Record<string, OldCommuneNtm>;
    districts: Record<string, NtmRecord[]>;
    units2025: Record<string, UnitNtm>;
    /** Former wards/townships with an NTM record from when they were a xã: counted as rural communes. */
    wardsCountedAsRural: string[];
  };
}
