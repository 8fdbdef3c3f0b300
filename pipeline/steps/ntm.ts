// NTM (New Rural Development) status: per old commune from cited records, per district, and for
// each 2025 unit as the composition of the old communes it was formed from.
import { NTM_LEVELS, type NtmClass, type NtmLevel, type NtmRecord, type OldCommuneNtm, type UnitNtm } from '../../src/lib/data/facts-types';
import { PipelineError } from '../errors';
import type { CrosswalkRow, OldCommune } from './load-inputs';
import { FACT_FILES } from './facts';
import { parseCsv } from './parse';

const LEVELS: readonly NtmLevel[] = NTM_LEVELS;
const rank = (c: NtmClass) => LEVELS.indexOf(c as NtmLevel);

export const NTM_RULE =
  'A 2025 unit takes the lowest NTM level that every one of its former rural communes (xã) reached: ' +
  '"all former communes at least X". Former wards and townships are urban (NTM does not apply) and do ' +
  'not count; a unit made only of them is "not applicable". If any former rural commune has no record, ' +
  'the unit is "no data". A former ward with an NTM record from when it was a xã counts as a rural commune. ' +
  'A pattern marks units with at least one former NTM kiểu mẫu commune, named by a record or counted in a ' +
  'district record when the whole former district became that one unit.';

export interface NtmResult {
  provinceStatement: NtmRecord | null;
  oldCommunes: Record<string, OldCommuneNtm>;
  districts: Record<string, NtmRecord[]>;
  units2025: Record<string, UnitNtm>;
  /** Former wards/townships with an NTM record from when they were a xã: counted as rural communes. */
  wardsCountedAsRural: string[];
}

const bare = (name: string) => name.replace(/^(Xã|Phường|Thị trấn)\s+/, '').trim();

/** Communes named in NTM records that no longer existed on 01/03/2025 (facts/former_communes.csv). */
export function parseFormerCommunes(text: string): Set<string> {
  const rows = parseCsv(FACT_FILES.formerCommunes, text, ['name', 'district_name', 'note']);
  return new Set(rows.map((r) => `${r.values.district_name}|${r.values.name}`));
}

/**
 * Parses ntm_status.csv and derives the class of every old commune and 2025 unit. A record for a
 * commune listed in former_communes.csv stays with its district (panel) and colours nothing.
 */
export function buildNtm(text: string, names: Map<string, string>, oldCommunes: OldCommune[], crosswalk: CrosswalkRow[], former: Set<string>): NtmResult {
  const file = FACT_FILES.ntm;
  const rows = parseCsv(file, text, ['unit_level', 'unit_name', 'district_name', 'status', 'year_recognised', 'detail', 'source', 'source_date', 'quote']);
  const districts: Record<string, NtmRecord[]> = {};
  const communeRecords = new Map<string, NtmRecord[]>();
  let provinceStatement: NtmRecord | null = null;

  for (const r of rows) {
    const where = (column: string) => `line ${r.line}, column ${column}`;
    const need = (column: string) => {
      const v = r.values[column] ?? '';
      if (!v) throw new PipelineError(file, `empty value in column "${column}"`, where(column));
      return v;
    };
    const yearText = r.values.year_recognised ?? '';
    const year = yearText ? Number(yearText) : null;
    if (year !== null && !Number.isInteger(year)) throw new PipelineError(file, `year "${yearText}" is not a year`, where('year_recognised'));
    const record: NtmRecord = {
      status: need('status'),
      year,
      detail: r.values.detail ?? '',
      source: need('source'),
      sourceDate: r.values.source_date ?? '',
      quote: need('quote'),
    };
    const level = need('unit_level');
    if (level === 'province') {
      if (record.status === 'province_all_communes_dat_chuan') provinceStatement = record;
    } else if (level === 'district') {
      const code = names.get(need('unit_name'));
      if (!code) throw new PipelineError(file, `unknown unit "${r.values.unit_name}"`, where('unit_name'));
      (districts[code] ??= []).push(record);
    } else if (level === 'commune') {
      const districtCode = names.get(need('district_name'));
      if (!districtCode) throw new PipelineError(file, `unknown district "${r.values.district_name}"`, where('district_name'));
      if (former.has(`${r.values.district_name}|${r.values.unit_name}`)) {
        (districts[districtCode] ??= []).push({ ...record, detail: `${r.values.unit_name}: ${record.detail}` });
        continue;
      }
      const matches = oldCommunes.filter((c) => c.districtCode === districtCode && bare(c.name) === bare(need('unit_name')));
      if (matches.length !== 1)
        throw new PipelineError(file, `commune "${r.values.unit_name}" matches ${matches.length} communes of ${r.values.district_name}`, where('unit_name'));
      if (!LEVELS.includes(record.status as NtmLevel)) throw new PipelineError(file, `commune status must be one of ${LEVELS.join(', ')}`, where('status'));
      const code = matches[0]!.code;
      communeRecords.set(code, [...(communeRecords.get(code) ?? []), record]);
    } else {
      throw new PipelineError(file, `unit_level must be province, district or commune`, where('unit_level'));
    }
  }

  const oldNtm: Record<string, OldCommuneNtm> = {};
  for (const c of oldCommunes) {
    const records = communeRecords.get(c.code) ?? [];
    if (records.length) {
      const best = records.map((r) => r.status as NtmLevel).reduce((a, b) => (rank(b) > rank(a) ? b : a));
      oldNtm[c.code] = { class: best, basis: 'recorded', records };
    } else if (c.type !== 'Xã') {
      oldNtm[c.code] = { class: 'not_applicable', basis: 'urban', records: [] };
    } else if (provinceStatement) {
      oldNtm[c.code] = { class: 'dat_chuan', basis: 'province_statement', records: [] };
    } else {
      oldNtm[c.code] = { class: 'no_data', basis: 'recorded', records: [] };
    }
  }

  const units: Record<string, UnitNtm> = {};
  const newCodes = [...new Set(crosswalk.map((r) => r.newCode))].sort();
  for (const code of newCodes) {
    const formers = crosswalk.filter((r) => r.newCode === code).map((r) => oldNtm[r.oldCode]!.class);
    const counts: Partial<Record<NtmClass, number>> = {};
    for (const f of formers) counts[f] = (counts[f] ?? 0) + 1;
    const rural = formers.filter((f) => f !== 'not_applicable');
    let cls: NtmClass;
    if (rural.length === 0) cls = 'not_applicable';
    else if (rural.includes('no_data')) cls = 'no_data';
    else cls = rural.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    units[code] = { class: cls, counts, hasKieuMau: formers.includes('kieu_mau'), kieuMauRecord: null };
  }
  // A district record may count kiểu mẫu communes without naming them ("1/11 NTM kiểu mẫu"): when every
  // former commune of that district went into one 2025 unit, that unit has a kiểu mẫu former commune.
  const districtOfOld = new Map(oldCommunes.map((c) => [c.code, c.districtCode]));
  for (const [districtCode, records] of Object.entries(districts)) {
    const record = records.find((r) => Number(r.detail.match(/\b(\d+)\/\d+ NTM kiểu mẫu/)?.[1] ?? 0) > 0);
    if (!record) continue;
    const targets = new Set(crosswalk.filter((r) => districtOfOld.get(r.oldCode) === districtCode).map((r) => r.newCode));
    const only = targets.size === 1 ? [...targets][0]! : null;
    if (only && units[only] && !units[only].hasKieuMau) units[only] = { ...units[only], hasKieuMau: true, kieuMauRecord: record };
  }
  const wardsCountedAsRural = oldCommunes
    .filter((c) => c.type !== 'Xã' && communeRecords.has(c.code))
    .map((c) => c.code)
    .sort();
  return { provinceStatement, oldCommunes: oldNtm, districts, units2025: units, wardsCountedAsRural };
}
