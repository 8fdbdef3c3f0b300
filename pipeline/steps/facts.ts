// Reads the cited indicator table: validates every row (file, line, column in errors), drops rows
// whose quote does not contain their number, resolves unit names to codes, and marks map values.
import type { Fact, IndicatorDef } from '../../src/lib/data/facts-types';
import { PipelineError } from '../errors';
import { qualifierInQuote, quoteContainsValue } from './check-quote';
import { parseCsv, type CsvRow } from './parse';

export const FACT_FILES = {
  indicators: 'facts/indicators.csv',
  definitions: 'facts/indicator_definitions.csv',
  aliases: 'facts/unit_aliases.csv',
  ntm: 'facts/ntm_status.csv',
  formerCommunes: 'facts/former_communes.csv',
} as const;

export interface DroppedRow {
  line: number;
  reason: string;
}

export interface FactsResult {
  indicators: IndicatorDef[];
  facts: Fact[];
  dropped: DroppedRow[];
}

interface DefinitionRow extends IndicatorDef {
  acceptedUnits: string[];
}

function required(file: string, row: CsvRow, column: string): string {
  const value = row.values[column] ?? '';
  if (!value) throw new PipelineError(file, `empty value in column "${column}"`, `line ${row.line}, column ${column}`);
  return value;
}

export function parseDefinitions(text: string): DefinitionRow[] {
  const file = FACT_FILES.definitions;
  return parseCsv(file, text, ['id', 'name_vi', 'name_en', 'unit', 'accepted_units', 'description']).map((r) => {
    const unit = required(file, r, 'unit');
    const acceptedUnits = required(file, r, 'accepted_units')
      .split('|')
      .map((u) => u.trim());
    // The definition's unit is the one string its rows are written in: it must be one the rows use.
    if (!acceptedUnits.includes(unit)) throw new PipelineError(file, `unit "${unit}" is not among accepted_units`, `line ${r.line}, column unit`);
    return {
      id: required(file, r, 'id'),
      nameVi: required(file, r, 'name_vi'),
      nameEn: required(file, r, 'name_en'),
      unit,
      acceptedUnits,
      description: required(file, r, 'description'),
    };
  });
}

/** Unit names as the facts write them → codes: official names plus the aliases table. */
export function buildNameIndex(districts: { code: string; name: string }[], aliasesText: string): Map<string, string> {
  const names = new Map(districts.map((d) => [d.name, d.code]));
  for (const r of parseCsv(FACT_FILES.aliases, aliasesText, ['name', 'code'])) {
    names.set(required(FACT_FILES.aliases, r, 'name'), required(FACT_FILES.aliases, r, 'code'));
  }
  return names;
}

/**
 * The bound the source puts on a number: first the word right before it in the quote
 * (trên/hơn → over, gần/khoảng/xấp xỉ → about, dưới → under), else what the note records.
 */
export function qualifierOf(quote: string, value: number, note: string): Fact['qualifier'] {
  const inQuote = qualifierInQuote(quote, value);
  if (inQuote) return inQuote;
  if (/lower bound/i.test(note)) return 'over';
  if (/upper bound/i.test(note)) return 'under';
  if (/\b(?:approx\.?|approximately|about)\b/i.test(note)) return 'about';
  return null;
}

/**
 * What part of the unit a figure covers, from the note and the quote: "rural"/"nông thôn" → rural
 * only, "urban"/"thành thị" → urban only, else the whole unit.
 * @example scopeOf('rural average income per capita', '…khu vực nông thôn…') // 'rural'
 */
export function scopeOf(note: string, quote: string): Fact['scope'] {
  if (/whole district|toàn huyện/i.test(note)) return 'whole';
  if (/\brural\b|nông thôn/i.test(note) || /khu vực nông thôn|người dân nông thôn|cư dân nông thôn/i.test(quote)) return 'rural';
  if (/\burban\b/i.test(note) || /khu vực (?:thành thị|đô thị)/i.test(quote)) return 'urban';
  return 'whole';
}

/**
 * The indicator key by definition: a growth rate of gross production value ("giá trị sản xuất")
 * is a different measure from economic (GRDP, value-added) growth, so it gets its own key and the
 * two never share a map.
 * @example definitionKey('growth_rate', 'growth of total production value vs 2022', '…') // 'growth_rate_production_value'
 */
export function definitionKey(indicator: string, note: string, quote: string): string {
  if (indicator === 'growth_rate' && (/production value/i.test(note) || /giá trị sản xuất/i.test(quote))) return 'growth_rate_production_value';
  return indicator;
}

/** A row the data itself marks as low confidence: listed in panels, never on the map. */
const isLowConfidence = (note: string) => /low confidence/i.test(note);

/** Sort key for "which source is newer": an ISO-like date prefix, or empty (oldest). */
const dateKey = (d: string) => d.match(/^\d{4}(-\d{2}(-\d{2})?)?/)?.[0] ?? '';

/**
 * Parses indicators.csv. Hard errors (the build stops): a value or year that does not parse, a row
 * without source or quote, an unknown unit. Soft: a row whose quote lacks its number is dropped
 * and reported. When sources disagree, the map uses the latest-dated one; the panel shows all.
 */
export function parseFacts(text: string, definitionsText: string, names: Map<string, string>): FactsResult {
  const file = FACT_FILES.indicators;
  const definitions = parseDefinitions(definitionsText);
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const rows = parseCsv(file, text, ['unit_level', 'unit_name', 'year', 'indicator', 'indicator_note', 'value', 'unit', 'source', 'source_date', 'quote']);
  const facts: Fact[] = [];
  const dropped: DroppedRow[] = [];
  for (const r of rows) {
    const level = required(file, r, 'unit_level');
    if (level !== 'province' && level !== 'district')
      throw new PipelineError(file, `unit_level must be province or district, not "${level}"`, `line ${r.line}, column unit_level`);
    const name = required(file, r, 'unit_name');
    const code = names.get(name);
    if (!code) throw new PipelineError(file, `unknown unit "${name}"`, `line ${r.line}, column unit_name`);
    const yearText = required(file, r, 'year');
    const year = Number(yearText);
    if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new PipelineError(file, `year "${yearText}" is not a year`, `line ${r.line}, column year`);
    const valueText = required(file, r, 'value');
    const value = Number(valueText);
    if (!/^-?\d+(\.\d+)?$/.test(valueText) || !Number.isFinite(value))
      throw new PipelineError(file, `value "${valueText}" is not a number (use 1357.5, no separators)`, `line ${r.line}, column value`);
    const indicator = required(file, r, 'indicator');
    if (indicator !== 'other' && !byId.has(indicator)) throw new PipelineError(file, `unknown indicator "${indicator}"`, `line ${r.line}, column indicator`);
    const source = required(file, r, 'source');
    const quote = required(file, r, 'quote');
    if (!quoteContainsValue(quote, value)) {
      dropped.push({ line: r.line, reason: `quote does not contain ${value}` });
      continue;
    }
    const note = r.values.indicator_note ?? '';
    const scope = scopeOf(note, quote);
    // Like with like: a rural-only or urban-only figure gets its own indicator key ("…_rural");
    // without a definition for that key it is listed but never mapped.
    const defined = definitionKey(indicator, note, quote);
    const scoped = defined !== 'other' && scope !== 'whole' ? `${defined}_${scope}` : defined;
    facts.push({
      level,
      code,
      year,
      indicator: scoped,
      note,
      value,
      scope,
      lowConfidence: isLowConfidence(note),
      unit: required(file, r, 'unit'),
      qualifier: qualifierOf(quote, value, note),
      source,
      sourceDate: r.values.source_date ?? '',
      quote,
      mapValue: false,
    });
  }
  // One indicator, one unit: a row in one of the definition's accepted spellings is written in the
  // definition's own unit ("triệu đồng/người" said of a year's income is that year's income per head);
  // a row in another unit (income in USD) is a different figure: listed with the unit's other figures,
  // never under the indicator, so no map, legend or "sources disagree" note mixes the two.
  for (const f of facts) {
    const def = byId.get(f.indicator);
    if (!def) continue;
    if (def.acceptedUnits.includes(f.unit)) f.unit = def.unit;
    else f.indicator = 'other';
  }
  // One map value per (unit, indicator, year): the latest-dated row.
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const def = byId.get(f.indicator);
    if (!def || f.lowConfidence) continue;
    const key = `${f.code}|${f.indicator}|${f.year}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const best = group.reduce((a, b) => (dateKey(b.sourceDate) > dateKey(a.sourceDate) ? b : a));
    best.mapValue = true;
  }
  const indicators = definitions.map(({ acceptedUnits: _drop, ...d }) => d);
  return { indicators, facts, dropped };
}
