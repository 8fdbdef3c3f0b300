// Joins a table of figures to the 2025 units or the 2020–2025 districts by code or name, and says
// which rows did not match and why.
import type { UnitIndex } from '../data/unit-index-types';
import { foldVietnamese } from '../text/fold';
import { toNumber } from './columns';
import { parseNumber, type NumberFormat } from './number-format';
import type { ImportedTable } from './types';

export type UnitLevel = 'unit2025' | 'district2020';

export type UnmatchedReason =
  | 'notFound' // no unit, district or former commune has this code or name
  | 'ambiguous' // the name fits more than one unit (candidates listed)
  | 'splitFormerCommune' // a former commune split between 2025 units: its figure cannot go to one of them
  | 'duplicate' // another row already gave this unit a figure (figures are not summed: they may not add up)
  | 'noValue' // the value cell is empty or not a number
  | 'otherLevel'; // the prefix names the other level ("Huyện …" among 2025 units, "Xã …" among districts)

export interface UnmatchedRow {
  /** 1-based data row (header excluded). */
  row: number;
  /** The code or name as written in the file. */
  key: string;
  reason: UnmatchedReason;
  /** Names of the units the row could mean (ambiguous) or was split into (splitFormerCommune). */
  candidates?: string[];
}

export interface MatchedRow {
  row: number;
  key: string;
  code: string;
  /** How the row was matched; 'formerName'/'formerCode' = through the 2025 crosswalk; 'chosen' = by the user. */
  via: 'code' | 'name' | 'formerName' | 'formerCode' | 'chosen';
}

/** A user's figures, ready for the thematic classification (classify(units.map(u => values[u.code] ?? null), …)). */
export interface FigureSet {
  unitLevel: UnitLevel;
  /** Figure per unit code; units without a figure are absent ("no data"). */
  values: Record<string, number>;
  /** What the figure is (the value column's header). */
  label: string;
  /** Asked from the user: every figure shown carries unit, year and source. */
  unit: string;
  year: number;
  source: string;
  file: string;
  matched: MatchedRow[];
  unmatched: UnmatchedRow[];
}

export interface JoinSpec {
  /** Columns holding a code or a name, tried in order per row (e.g. ['Mã', 'Đơn vị']): the first that matches wins. */
  keyColumns: string[];
  valueColumn: string;
  /** 'auto': the level where more rows match (2025 units on a tie). */
  level: UnitLevel | 'auto';
  unit: string;
  year: number;
  source: string;
  /** How the value column writes numbers; absent: guessed per cell (columns.ts `toNumber`). */
  numberFormat?: NumberFormat;
  /** The user's fix for rows that did not match: 1-based row → unit or district code of the chosen level. */
  chosen?: Readonly<Record<number, string>>;
}

/** Administrative prefixes, folded, longest first; stripped once from the front of a name. */
const PREFIXES = [
  'thanh pho ',
  'dac khu ',
  'thi tran ',
  'thi xa ',
  'phuong ',
  'huyen ',
  'tp. ',
  'tp.',
  'tp ',
  'tx. ',
  'tx.',
  'tx ',
  'tt. ',
  'tt.',
  'h. ',
  'h.',
  'p. ',
  'p.',
  'xa ',
  'x. ',
  'x.',
];

/**
 * A name reduced for matching: folded (search.ts' folding), prefix stripped, punctuation and
 * spaces collapsed.
 * @example nameKey('TP. Hạ Long') // 'ha long'
 */
export function nameKey(name: string): string {
  return keyOfFolded(foldVietnamese(name));
}

function keyOfFolded(folded: string): string {
  let s = folded;
  for (const p of PREFIXES) {
    if (s.startsWith(p) && s.length > p.length) {
      s = s.slice(p.length);
      break;
    }
  }
  return s.replace(/[^a-z0-9]+/g, ' ').trim();
}

const DISTRICT_PREFIXES = new Set(['thanh pho ', 'thi xa ', 'huyen ', 'tp. ', 'tp.', 'tp ', 'tx. ', 'tx.', 'tx ', 'h. ', 'h.']);

/** Whether a name's prefix says district (thành phố, thị xã, huyện) or commune level, or nothing. */
export function prefixLevel(name: string): UnitLevel | null {
  return prefixLevelOfFolded(foldVietnamese(name));
}

function prefixLevelOfFolded(s: string): UnitLevel | null {
  const p = PREFIXES.find((x) => s.startsWith(x) && s.length > x.length);
  return p ? (DISTRICT_PREFIXES.has(p) ? 'district2020' : 'unit2025') : null;
}

interface Target {
  code: string;
  name: string;
}

function multiMap(entries: [string, Target][]): Map<string, Target[]> {
  const m = new Map<string, Target[]>();
  for (const [k, t] of entries) {
    const list = m.get(k) ?? [];
    if (!list.some((x) => x.code === t.code)) list.push(t);
    m.set(k, list);
  }
  return m;
}

type Resolution = { kind: 'ok'; code: string; via: MatchedRow['via'] } | { kind: 'no'; reason: UnmatchedReason; candidates?: string[] };

/** Folding is the costly step (Unicode normalisation): once per distinct text, shared by both levels. */
type Fold = (text: string) => string;
function memoFold(): Fold {
  const memo = new Map<string, string>();
  return (t) => {
    let f = memo.get(t);
    if (f === undefined) memo.set(t, (f = foldVietnamese(t)));
    return f;
  };
}

function resolver(index: UnitIndex, level: UnitLevel, fold: Fold): (key: string) => Resolution {
  const nameKey = (n: string) => keyOfFolded(fold(n));
  const units = level === 'unit2025' ? index.units.map((u) => ({ code: u.code, name: u.name })) : index.districts.map((d) => ({ code: d.code, name: d.name }));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byName = multiMap(units.map((u) => [nameKey(u.name), u]));
  // Former communes → 2025 units (only for the 2025 level; districts have no crosswalk here).
  const formers = level === 'unit2025' ? index.oldCommunes : [];
  const formerByCode = new Map(formers.map((o) => [o.code, o]));
  const fullKey = (n: string) =>
    fold(n)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const formerByFull = new Map<string, typeof formers>();
  for (const o of formers) formerByFull.set(fullKey(o.name), [...(formerByFull.get(fullKey(o.name)) ?? []), o]);
  const formerByName = new Map<string, typeof formers>();
  for (const o of formers) formerByName.set(nameKey(o.name), [...(formerByName.get(nameKey(o.name)) ?? []), o]);
  const codeWidth = level === 'unit2025' ? 5 : 3;
  const viaFormer = (list: typeof formers, via: 'formerName' | 'formerCode'): Resolution => {
    const targets = [...new Set(list.flatMap((o) => o.becameUnits.map((b) => b.code)))];
    if (list.some((o) => o.becameUnits.some((b) => b.relation === 'part')) || targets.length > 1) {
      const names = [...new Set(list.flatMap((o) => o.becameUnits.map((b) => b.name)))];
      return list.length > 1
        ? { kind: 'no', reason: 'ambiguous', candidates: list.map((o) => o.name) }
        : { kind: 'no', reason: 'splitFormerCommune', candidates: names };
    }
    return { kind: 'ok', code: targets[0]!, via };
  };
  return (raw) => {
    const key = raw.trim();
    if (/^\d+$/.test(key)) {
      const code = key.padStart(codeWidth, '0');
      if (byCode.has(code)) return { kind: 'ok', code, via: 'code' };
      const former = formerByCode.get(code);
      if (former) return viaFormer([former], 'formerCode');
      return { kind: 'no', reason: 'notFound' };
    }
    const said = prefixLevelOfFolded(fold(key));
    if (said && said !== level) return { kind: 'no', reason: 'otherLevel' };
    const k = nameKey(key);
    const hits = byName.get(k) ?? [];
    if (hits.length === 1) return { kind: 'ok', code: hits[0]!.code, via: 'name' };
    if (hits.length > 1) return { kind: 'no', reason: 'ambiguous', candidates: hits.map((h) => h.name) };
    // "Xã Bắc Sơn" and "Phường Bắc Sơn" were two communes: the written prefix tells them apart.
    const formerHits = formerByFull.get(fullKey(key)) ?? formerByName.get(k);
    if (formerHits?.length) return viaFormer(formerHits, 'formerName');
    return { kind: 'no', reason: 'notFound' };
  };
}

function joinAt(table: ImportedTable, spec: JoinSpec, index: UnitIndex, level: UnitLevel, fold: Fold = memoFold()): FigureSet {
  const kis = spec.keyColumns.map((c) => table.columns.indexOf(c));
  const vi = table.columns.indexOf(spec.valueColumn);
  const missing = [...spec.keyColumns.filter((_, i) => kis[i]! < 0), ...(vi < 0 ? [spec.valueColumn] : [])];
  if (missing.length || kis.length === 0) throw new RangeError(`no column ${missing.join(', ') || '(key)'} in ${table.file}`);
  const resolve = resolver(index, level, fold);
  const validCodes = new Set(level === 'unit2025' ? index.units.map((u) => u.code) : index.districts.map((d) => d.code));
  const values: Record<string, number> = {};
  const matched: MatchedRow[] = [];
  const unmatched: UnmatchedRow[] = [];
  table.rows.forEach((r, i) => {
    const row = i + 1;
    const keys = kis.map((ki) => String(r[ki] ?? '').trim()).filter(Boolean);
    if (!keys.length) return; // blank lines and totals without a name are not rows of units
    const value = spec.numberFormat ? parseNumber(r[vi], spec.numberFormat) : toNumber(r[vi]);
    const pick = spec.chosen?.[row];
    if (pick !== undefined && validCodes.has(pick)) {
      if (value === null) return void unmatched.push({ row, key: keys[0]!, reason: 'noValue' });
      if (pick in values) return void unmatched.push({ row, key: keys[0]!, reason: 'duplicate' });
      values[pick] = value;
      return void matched.push({ row, key: keys[0]!, code: pick, via: 'chosen' });
    }
    const tries = keys.map((k) => ({ key: k, res: resolve(k) }));
    const { key, res } = tries.find((t) => t.res.kind === 'ok') ?? tries[0]!;
    if (res.kind === 'no') return void unmatched.push({ row, key, reason: res.reason, ...(res.candidates ? { candidates: res.candidates } : {}) });
    if (value === null) return void unmatched.push({ row, key, reason: 'noValue' });
    if (res.code in values) return void unmatched.push({ row, key, reason: 'duplicate' });
    values[res.code] = value;
    matched.push({ row, key, code: res.code, via: res.via });
  });
  return { unitLevel: level, values, label: spec.valueColumn, unit: spec.unit, year: spec.year, source: spec.source, file: table.file, matched, unmatched };
}

/**
 * Matches each row's key (a code, a name with or without diacritics and prefix, or a former
 * commune's name) to a unit and collects the figures.
 * @example joinTable(table, { keyColumns: ['don_vi'], valueColumn: 'gia_tri', level: 'auto', unit: 'tỷ đồng', year: 2024, source: 'Cục Thống kê' }, index).values['193']
 */
export function joinTable(table: ImportedTable, spec: JoinSpec, index: UnitIndex): FigureSet {
  if (spec.level !== 'auto') return joinAt(table, spec, index, spec.level);
  const fold = memoFold();
  const units = joinAt(table, spec, index, 'unit2025', fold);
  const districts = joinAt(table, spec, index, 'district2020', fold);
  return districts.matched.length > units.matched.length ? districts : units;
}
