// Reads and validates every input in data/: codes unique and known, crosswalk and assignments
// consistent, geometry valid. Files come in through `read`, so tests need no disk.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PipelineError } from '../errors';
import { parseCsv, parseFeatureCollection, parseJson, type CsvRow } from './parse';
import { findGeometryProblem } from './validate-geometry';

/** Paths of the inputs, relative to data/. */
export const INPUT_FILES = {
  wards: 'admin/wards_2025.geojson',
  corrections: 'admin/code_corrections.csv',
  crosswalk: 'admin/crosswalk_2025.csv',
  dvhcvn: 'admin/dvhcvn_22_quang_ninh.json',
  districts: 'admin/districts_2020_2025.csv',
  assignment: 'admin/ward_district_2020.csv',
  zones: 'zones/economic_zones.csv',
  countries: 'context/countries_10m_clip.geojson',
  neighbours: ['context/neighbours/20_lang_son.geojson', 'context/neighbours/24_bac_ninh.geojson', 'context/neighbours/31_hai_phong.geojson'],
} as const;

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

import type { UnitType2025 } from '../../src/lib/data/unit-index-types';
export type { UnitType2025 };

export interface Ward {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  type: UnitType2025;
  officialAreaKm2: number | null;
  geometry: Polygon | MultiPolygon;
}

export interface CrosswalkRow {
  oldDistrictCode: string;
  oldDistrictName: string;
  oldCode: string;
  oldName: string;
  oldType: string;
  newCode: string;
  relation: 'whole' | 'part';
}

export interface District {
  code: string;
  name: string;
  type: string;
  exact: boolean;
  approximationNote: string;
  approximationNoteVi: string;
  areaKm2Reference: number;
}

export interface Assignment {
  wardCode: string;
  districtCode: string | null;
  mixedDistrictCodes: string[];
}

export interface Zone {
  id: string;
  nameVi: string;
  nameEn: string;
  wardCodes: string[];
  officialArea: string;
  officialAreaVi: string;
  approximationNote: string;
  approximationNoteVi: string;
  source: string;
}

export interface OldCommune {
  code: string;
  name: string;
  type: string;
  districtCode: string;
}

export interface Inputs {
  wards: Ward[];
  crosswalk: CrosswalkRow[];
  districts: District[];
  oldCommunes: OldCommune[];
  assignment: Assignment[];
  zones: Zone[];
  context: AreaFeature[];
}

const TYPE_PREFIXES: [string, UnitType2025][] = [
  ['Phường ', 'phuong'],
  ['Xã ', 'xa'],
  ['Đặc khu ', 'dac_khu'],
];

function cell(file: string, row: CsvRow, column: string): string {
  const value = row.values[column] ?? '';
  if (!value) throw new PipelineError(file, `empty value in column "${column}"`, `line ${row.line}`);
  return value;
}

function loadCorrections(file: string, text: string): Map<string, string> {
  const rows = parseCsv(file, text, ['file', 'field', 'from', 'to', 'reason']);
  return new Map(rows.filter((r) => r.values.file === INPUT_FILES.wards).map((r) => [cell(file, r, 'from'), cell(file, r, 'to')]));
}

function loadWards(file: string, text: string, corrections: Map<string, string>): Ward[] {
  const fc = parseFeatureCollection(file, text);
  const seen = new Set<string>();
  return fc.features.map((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const rawCode = typeof props.code === 'string' ? props.code.trim() : '';
    const label = `feature #${i}${props.fullName ? ` "${String(props.fullName)}"` : ''}`;
    if (!rawCode) throw new PipelineError(file, 'feature has no code', label);
    const code = corrections.get(rawCode) ?? rawCode;
    if (seen.has(code)) throw new PipelineError(file, `duplicate code ${code}`, label);
    seen.add(code);
    const problem = findGeometryProblem(f.geometry);
    if (problem) throw new PipelineError(file, `invalid geometry: ${problem}`, `${label}, code ${code}`);
    const name = String(props.fullName ?? '');
    const prefix = TYPE_PREFIXES.find(([p]) => name.startsWith(p));
    if (!prefix) throw new PipelineError(file, `unknown unit type in name "${name}"`, `${label}, code ${code}`);
    const area = Number(props.areaKm2);
    return {
      code,
      name,
      shortName: String(props.name ?? name.slice(prefix[0].length)),
      nameEn: String(props.fullNameEn ?? ''),
      type: prefix[1],
      officialAreaKm2: Number.isFinite(area) && area > 0 ? area : null,
      geometry: f.geometry as Polygon | MultiPolygon,
    };
  });
}

interface DvhcvnDistrict {
  level2_id: string;
  name: string;
  type: string;
  level3s: { level3_id: string; name: string; type: string }[];
}

function loadDvhcvn(file: string, text: string): { districts: DvhcvnDistrict[] } {
  const value = parseJson(file, text) as { data?: { level2s?: DvhcvnDistrict[] }[] };
  const districts = value?.data?.[0]?.level2s;
  if (!Array.isArray(districts)) throw new PipelineError(file, 'expected data[0].level2s (dvhcvn layout)');
  return { districts };
}

function loadCrosswalk(file: string, text: string, wardCodes: Set<string>, oldCodes: Set<string>): CrosswalkRow[] {
  const rows = parseCsv(file, text, [
    'old_district_code',
    'old_district_name',
    'old_commune_code',
    'old_commune_name',
    'old_commune_type',
    'new_commune_code',
    'relation',
  ]);
  const out = rows.map((r) => {
    const relation = cell(file, r, 'relation');
    if (relation !== 'whole' && relation !== 'part') {
      throw new PipelineError(file, `relation must be "whole" or "part", not "${relation}"`, `line ${r.line}, column relation`);
    }
    const newCode = cell(file, r, 'new_commune_code');
    if (!wardCodes.has(newCode)) throw new PipelineError(file, `unknown 2025 unit code ${newCode}`, `line ${r.line}, column new_commune_code`);
    const oldCode = cell(file, r, 'old_commune_code');
    if (!oldCodes.has(oldCode)) throw new PipelineError(file, `unknown old commune code ${oldCode}`, `line ${r.line}, column old_commune_code`);
    return {
      oldDistrictCode: cell(file, r, 'old_district_code'),
      oldDistrictName: cell(file, r, 'old_district_name'),
      oldCode,
      oldName: cell(file, r, 'old_commune_name'),
      oldType: cell(file, r, 'old_commune_type'),
      newCode,
      relation,
    } satisfies CrosswalkRow;
  });
  for (const code of oldCodes) {
    if (!out.some((r) => r.oldCode === code)) throw new PipelineError(file, `old commune ${code} has no row`);
  }
  for (const code of wardCodes) {
    if (!out.some((r) => r.newCode === code)) throw new PipelineError(file, `2025 unit ${code} is formed from no old commune`);
  }
  return out;
}

function loadDistricts(file: string, text: string, dvhcvn: DvhcvnDistrict[]): District[] {
  const rows = parseCsv(file, text, ['code', 'name', 'exact', 'approximation_note', 'approximation_note_vi', 'area_km2_reference']);
  const known = new Map(dvhcvn.map((d) => [d.level2_id, d]));
  const seen = new Set<string>();
  return rows.map((r) => {
    const code = cell(file, r, 'code');
    const official = known.get(code);
    if (!official) throw new PipelineError(file, `unknown district code ${code}`, `line ${r.line}, column code`);
    if (seen.has(code)) throw new PipelineError(file, `duplicate code ${code}`, `line ${r.line}, column code`);
    seen.add(code);
    const exact = cell(file, r, 'exact');
    if (exact !== 'true' && exact !== 'false') throw new PipelineError(file, `exact must be true or false`, `line ${r.line}, column exact`);
    const note = r.values.approximation_note ?? '';
    if (exact === 'false' && !note) throw new PipelineError(file, 'an approximate district needs an approximation_note', `line ${r.line}`);
    const noteVi = r.values.approximation_note_vi ?? '';
    if (Boolean(note) !== Boolean(noteVi)) throw new PipelineError(file, 'approximation_note and approximation_note_vi go together', `line ${r.line}`);
    return {
      code,
      name: cell(file, r, 'name'),
      type: official.type,
      exact: exact === 'true',
      approximationNote: note,
      approximationNoteVi: noteVi,
      areaKm2Reference: Number(cell(file, r, 'area_km2_reference')),
    };
  });
}

function loadAssignment(file: string, text: string, wardCodes: Set<string>, districtCodes: Set<string>): Assignment[] {
  const rows = parseCsv(file, text, ['ward_code_2025', 'district_code', 'mixed_district_codes']);
  const seen = new Set<string>();
  const out = rows.map((r) => {
    const wardCode = cell(file, r, 'ward_code_2025');
    if (!wardCodes.has(wardCode)) throw new PipelineError(file, `unknown 2025 unit code ${wardCode}`, `line ${r.line}, column ward_code_2025`);
    if (seen.has(wardCode)) throw new PipelineError(file, `duplicate code ${wardCode}`, `line ${r.line}`);
    seen.add(wardCode);
    const districtCode = r.values.district_code || null;
    const mixed = (r.values.mixed_district_codes ?? '').split(/\s+/).filter(Boolean);
    for (const c of [districtCode, ...mixed]) {
      if (c && !districtCodes.has(c)) throw new PipelineError(file, `unknown district code ${c}`, `line ${r.line}`);
    }
    if (!districtCode && mixed.length < 2) throw new PipelineError(file, 'a unit needs a district_code or two or more mixed_district_codes', `line ${r.line}`);
    return { wardCode, districtCode, mixedDistrictCodes: mixed };
  });
  for (const code of wardCodes) if (!seen.has(code)) throw new PipelineError(file, `2025 unit ${code} is not assigned`);
  return out;
}

function loadZones(file: string, text: string, wardCodes: Set<string>): Zone[] {
  const rows = parseCsv(file, text, [
    'id',
    'name_vi',
    'name_en',
    'ward_codes_2025',
    'official_area',
    'official_area_vi',
    'approximation_note',
    'approximation_note_vi',
    'source',
  ]);
  return rows.map((r) => {
    const wards = cell(file, r, 'ward_codes_2025').split(/\s+/);
    for (const c of wards) {
      if (!wardCodes.has(c)) throw new PipelineError(file, `unknown 2025 unit code ${c}`, `line ${r.line}, column ward_codes_2025`);
    }
    return {
      id: cell(file, r, 'id'),
      nameVi: cell(file, r, 'name_vi'),
      nameEn: cell(file, r, 'name_en'),
      wardCodes: wards,
      officialArea: cell(file, r, 'official_area'),
      officialAreaVi: cell(file, r, 'official_area_vi'),
      approximationNote: cell(file, r, 'approximation_note'),
      approximationNoteVi: cell(file, r, 'approximation_note_vi'),
      source: cell(file, r, 'source'),
    };
  });
}

function loadContext(read: (path: string) => string): AreaFeature[] {
  const out: AreaFeature[] = [];
  const countries = parseFeatureCollection(INPUT_FILES.countries, read(INPUT_FILES.countries));
  for (const f of countries.features) {
    const name = String(f.properties?.name ?? '');
    const problem = findGeometryProblem(f.geometry);
    if (problem) throw new PipelineError(INPUT_FILES.countries, `invalid geometry: ${problem}`, name);
    out.push({ type: 'Feature', properties: { kind: 'country', name }, geometry: f.geometry as Polygon | MultiPolygon });
  }
  for (const file of INPUT_FILES.neighbours) {
    for (const f of parseFeatureCollection(file, read(file)).features) {
      const problem = findGeometryProblem(f.geometry);
      if (problem) throw new PipelineError(file, `invalid geometry: ${problem}`, String(f.properties?.fullName ?? ''));
      out.push({
        type: 'Feature',
        properties: { kind: 'province', name: String(f.properties?.fullName ?? '') },
        geometry: f.geometry as Polygon | MultiPolygon,
      });
    }
  }
  return out;
}

/** Loads and validates all inputs; throws a PipelineError naming the file and feature on bad input. */
export function loadInputs(read: (path: string) => string): Inputs {
  const corrections = loadCorrections(INPUT_FILES.corrections, read(INPUT_FILES.corrections));
  const wards = loadWards(INPUT_FILES.wards, read(INPUT_FILES.wards), corrections);
  const wardCodes = new Set(wards.map((w) => w.code));
  const dvhcvn = loadDvhcvn(INPUT_FILES.dvhcvn, read(INPUT_FILES.dvhcvn));
  const oldCommunes: OldCommune[] = dvhcvn.districts.flatMap((d) =>
    d.level3s.map((c) => ({ code: c.level3_id, name: c.name, type: c.type, districtCode: d.level2_id })),
  );
  const crosswalk = loadCrosswalk(INPUT_FILES.crosswalk, read(INPUT_FILES.crosswalk), wardCodes, new Set(oldCommunes.map((c) => c.code)));
  const districts = loadDistricts(INPUT_FILES.districts, read(INPUT_FILES.districts), dvhcvn.districts);
  const assignment = loadAssignment(INPUT_FILES.assignment, read(INPUT_FILES.assignment), wardCodes, new Set(districts.map((d) => d.code)));
  const zones = loadZones(INPUT_FILES.zones, read(INPUT_FILES.zones), wardCodes);
  return { wards, crosswalk, districts, oldCommunes, assignment, zones, context: loadContext(read) };
}
