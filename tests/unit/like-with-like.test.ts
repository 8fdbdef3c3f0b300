// A map compares like with like: one definition (scope) and one year; low-confidence rows stay off it;
// and a Vietnamese panel says everything in Vietnamese.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definitionKey, scopeOf } from '../../pipeline/steps/facts';
import { mapValues, yearsWithData } from '../../src/lib/data/facts-query';
import type { FactsFile } from '../../src/lib/data/facts-types';
import { noteFlags } from '../../src/lib/data/figure-text';
import { unitLabel } from '../../src/i18n/units';

const root = resolve(import.meta.dirname, '../..');
const file = JSON.parse(readFileSync(join(root, 'public/data/facts.json'), 'utf8')) as FactsFile;

describe('scope of a figure', () => {
  it('reads rural-only and whole-district wording', () => {
    expect(scopeOf('rural average income per capita', 'Thu nhập bình quân đầu người khu vực nông thôn đạt 56,1 triệu')).toBe('rural');
    expect(scopeOf('average income per capita, whole district (lower bound)', 'toàn huyện đạt 76,92 …, riêng khu vực nông thôn đạt 74,02')).toBe('whole');
    expect(scopeOf('average income per capita', 'đạt 80 triệu đồng/người')).toBe('whole');
  });
});

describe('definition of a growth rate', () => {
  it('production-value growth gets its own key; economic (GRDP) growth keeps growth_rate', () => {
    expect(definitionKey('growth_rate', 'growth of total production value vs 2022 (estimate)', 'Tổng giá trị sản xuất … tăng 10,72%')).toBe(
      'growth_rate_production_value',
    );
    expect(definitionKey('growth_rate', '', 'Tổng giá trị sản xuất ước đạt 33.233 tỷ đồng, tăng 10,72%')).toBe('growth_rate_production_value');
    expect(definitionKey('growth_rate', 'GRDP growth (GSO)', 'GRDP tăng 8,42%')).toBe('growth_rate');
    expect(definitionKey('growth_rate', 'economic growth rate', 'tốc độ tăng trưởng kinh tế đạt 13,6%')).toBe('growth_rate');
    expect(definitionKey('production_value', 'production value', 'giá trị sản xuất')).toBe('production_value');
  });

  it('no growth map mixes production-value growth with value-added (GRDP) growth', () => {
    const production = (f: { note: string; quote: string }) => /production value/i.test(f.note) || /giá trị sản xuất/i.test(f.quote);
    const ids = file.indicators.map((d) => d.id).filter((id) => id.startsWith('growth_rate'));
    expect(ids).toEqual(expect.arrayContaining(['growth_rate', 'growth_rate_production_value']));
    for (const id of ids) {
      for (const year of yearsWithData(file.facts, id)) {
        const kinds = new Set([...mapValues(file.facts, id, year).values()].map(production));
        expect(kinds.size, `${id} ${year}`).toBe(1);
        expect([...kinds][0], `${id} ${year}`).toBe(id === 'growth_rate_production_value');
      }
    }
    // Hải Hà 2023 (production value +10.72%) and Đông Triều 2021 (economic growth 13.6%) are on different maps.
    expect(file.facts.find((f) => f.code === '201' && f.year === 2023 && f.value === 10.72)!.indicator).toBe('growth_rate_production_value');
    expect(file.facts.find((f) => f.code === '205' && f.year === 2021 && f.value === 13.6)!.indicator).toBe('growth_rate');
  });
});

describe('map values (public/data/facts.json)', () => {
  it('never colour a map with rural-only and whole-district income together', () => {
    for (const id of ['income_per_capita', 'income_per_capita_rural']) {
      for (const year of yearsWithData(file.facts, id)) {
        const scopes = new Set([...mapValues(file.facts, id, year).values()].map((f) => f.scope));
        expect(scopes.size, `${id} ${year}`).toBe(1);
      }
    }
    const rural = file.facts
      .filter((f) => f.indicator === 'income_per_capita_rural')
      .map((f) => `${f.code} ${f.year} ${f.value}`)
      .sort();
    expect(rural).toEqual(['201 2020 56.1', '202 2023 64.3']);
  });

  it('a low-confidence row is listed but never a map value (Hạ Long 2022 budget "> 7,000 bn")', () => {
    const haLong = file.facts.find((f) => f.code === '193' && f.year === 2022 && f.indicator === 'budget_revenue_total')!;
    expect(haLong.lowConfidence).toBe(true);
    expect(haLong.mapValue).toBe(false);
    for (const f of file.facts) if (f.lowConfidence) expect(f.mapValue).toBe(false);
  });

  it('one year per map: every map value of an indicator and year has that year', () => {
    for (const d of file.indicators) {
      for (const year of yearsWithData(file.facts, d.id)) for (const f of mapValues(file.facts, d.id, year).values()) expect(f.year).toBe(year);
    }
  });
});

describe('Vietnamese panels', () => {
  it('every unit of measure in the facts has a Vietnamese label (no "persons", "projects")', () => {
    const sameInBoth = new Set(['ha']);
    for (const unit of new Set(file.facts.map((f) => f.unit))) if (!sameInBoth.has(unit)) expect(unitLabel('vi', unit), unit).not.toBe(unit);
  });

  it('the caveats of English notes become Vietnamese flags', () => {
    expect(noteFlags({ note: 'TARGET 2023: FDI attracted (above)', scope: 'whole' })).toContain('flagTarget');
    expect(noteFlags({ note: '8 months 2023 (partial year): FDI attracted', scope: 'whole' })).toContain('flagPartialYear');
    expect(noteFlags({ note: 'rural average income per capita', scope: 'rural' })).toEqual(['flagRural']);
  });
});

describe('NTM rule details (public/data/facts.json)', () => {
  it('Đặc khu Vân Đồn carries the kiểu mẫu mark from the district record that counts one kiểu mẫu commune', () => {
    const vanDon = file.ntm.units2025['06994']!;
    expect(vanDon.hasKieuMau).toBe(true);
    expect(vanDon.kieuMauRecord!.quote).toContain('1/11 xã đạt chuẩn nông thôn mới kiểu mẫu');
  });

  it('lists the former wards counted as rural communes, and the rule says so', () => {
    expect(file.ntm.wardsCountedAsRural).toHaveLength(4);
    expect(file.ntm.rule).toContain('A former ward with an NTM record from when it was a xã counts as a rural commune');
  });
});

describe('one indicator, one unit', () => {
  it('every indicator key has exactly one unit string across its rows, the definition’s own', () => {
    const defs = new Map(file.indicators.map((d) => [d.id, d]));
    const units = new Map<string, Set<string>>();
    for (const f of file.facts) if (f.indicator !== 'other') units.set(f.indicator, (units.get(f.indicator) ?? new Set()).add(f.unit));
    expect(units.size).toBeGreaterThan(5);
    for (const [id, set] of units) {
      expect([...set], id).toEqual([defs.get(id)?.unit]);
    }
  });

  it('the income map speaks one unit (no "/person" beside "/person/year")', () => {
    for (const id of ['income_per_capita', 'income_per_capita_rural']) {
      for (const year of yearsWithData(file.facts, id)) {
        const us = new Set([...mapValues(file.facts, id, year).values()].map((f) => unitLabel('vi', f.unit)));
        expect([...us], `${id} ${year}`).toEqual(['triệu đồng/người/năm']);
      }
    }
  });

  it('a figure in another unit (income in USD) is listed apart, never under the indicator', () => {
    const usd = file.facts.filter((f) => f.unit === 'USD/person');
    expect(usd.length).toBeGreaterThan(0);
    for (const f of usd) expect(f.indicator).toBe('other');
  });
});
