// "trên 853 triệu USD" is not 853: the bound the source's words put on a number reaches the data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numbersIn, qualifierInQuote } from '../../pipeline/steps/check-quote';
import { qualifierOf } from '../../pipeline/steps/facts';
import type { FactsFile } from '../../src/lib/data/facts-types';
import { qualifierPrefix } from '../../src/lib/data/figure-text';

const root = resolve(import.meta.dirname, '../..');

describe('qualifierInQuote: one test per word', () => {
  it.each([
    ['tổng vốn thu hút đầu tư FDI đạt trên 853 triệu USD', 853, 'over'],
    ['Thu hút FDI đạt hơn 2 tỷ USD', 2000, 'over'],
    ['lên gần 3,2 tỷ USD năm 2023', 3200, 'about'],
    ['quét bay” khoảng 28.034 tỷ đồng', 28034, 'about'],
    ['Tổng vốn thu hút mới năm 2020 đạt xấp xỉ 589,6 triệu USD', 589.6, 'about'],
    ['tỷ lệ hộ nghèo dưới 1%', 1, 'under'],
    ['đạt 2.877,8 triệu USD, bằng 95,9% kế hoạch', 2877.8, null],
  ] as const)('%s → %s', (quote, value, expected) => {
    expect(qualifierInQuote(quote, value)).toBe(expected);
  });

  it('reads the word before this number, not another one in the sentence', () => {
    const quote = 'Tổng vốn đầu tư thực hiện toàn xã hội ước đạt 93.938 tỷ đồng, tăng trên 10% so với cùng kỳ';
    expect(qualifierInQuote(quote, 93938)).toBeNull();
    expect(qualifierInQuote(quote, 10)).toBe('over');
    // "cao hơn 0,74 điểm" compares two rates; it does not bound 0.74.
    expect(qualifierInQuote('cao hơn 0,74 điểm % so với cùng kỳ', 0.74)).toBeNull();
  });

  it('falls back to the note when the quote has no word', () => {
    expect(qualifierOf('đạt 51.000 tỷ đồng', 51000, 'estimate, lower bound')).toBe('over');
    expect(qualifierOf('đạt 51.000 tỷ đồng', 51000, 'estimate')).toBeNull();
  });

  it('prints the bound in each language', () => {
    expect(`${qualifierPrefix('en', 'over')}853 million USD`).toBe('> 853 million USD');
    expect(`${qualifierPrefix('vi', 'over')}853 triệu USD`).toBe('trên 853 triệu USD');
    expect(qualifierPrefix('vi', null)).toBe('');
  });
});

describe('every built fact (public/data/facts.json)', () => {
  const facts = (JSON.parse(readFileSync(join(root, 'public/data/facts.json'), 'utf8')) as FactsFile).facts;

  it('a quote with a qualifier before its number never yields a bare value', () => {
    const words = /(?:^|[^\p{L}])(trên|hơn|gần|khoảng|xấp xỉ|dưới)\s+$/iu;
    let checked = 0;
    for (const f of facts) {
      for (const m of f.quote.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
        const n = numbersIn(m[0])[0]!;
        if (![1, 1e3, 1e6, 1e-3].some((s) => Math.abs(n * s - f.value) <= 1e-9 * Math.max(1, f.value))) continue;
        const before = f.quote.slice(Math.max(0, m.index - 24), m.index);
        if (!words.test(before) || /(?:cao|thấp|lớn|nhỏ|nhiều|ít|gấp)\s+hơn\s+$/iu.test(before)) continue;
        checked++;
        expect(f.qualifier, `${f.code} ${f.year} ${f.value}: «${f.quote}»`).not.toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('the figures the issue names carry "over"', () => {
    const q = (value: number, unit: string) => facts.find((f) => f.value === value && f.unit === unit)?.qualifier;
    expect(q(853, 'million USD')).toBe('over');
    expect(q(45300, 'billion VND')).toBe('over');
    expect(q(1200, 'million USD')).toBe('over');
  });
});

describe('exports keep the bound and name the source entry', () => {
  it('the filter CSV has a qualifier column and the seed article by title', async () => {
    const { toCsv } = await import('../../src/features/filter/export');
    const { citationText } = await import('../../src/lib/data/facts-query');
    const file = JSON.parse(readFileSync(join(root, 'public/data/facts.json'), 'utf8')) as FactsFile;
    const source = citationText('002_c29352845612a2a0.txt', file.citations, 'bài báo nguồn {n}');
    expect(source).toBe('bài báo nguồn 002 «Móng Cái: Lan tỏa khát vọng đổi mới trong tư tưởng, nhận thức của cán bộ, đảng viên và nhân dân», 19/01/2022');
    const csv = toCsv([
      {
        code: '193',
        name: 'TP Hạ Long',
        kind: 'district',
        district2020: '193',
        district2020Name: 'Thành phố Hạ Long',
        areaKm2: 1,
        theme: 'Thu nhập',
        value: 66,
        valueText: 'trên 66 triệu đồng/người/năm',
        qualifier: 'over',
        unit: 'triệu đồng/người/năm',
        year: 2021,
        source,
        distanceKm: 3.25,
        distanceFrom: 'Gần: KKT Vân Đồn (≈), 10 km',
        distanceApproximate: true,
        distancePlusMinusKm: 2.5,
      },
    ]);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFcode,name,kind,district2020,district2020Name,areaKm2,theme,value,valueText,qualifier,unit,year,source,distanceKm,distanceFrom,distanceApproximate,distancePlusMinusKm',
    );
    expect(csv.split('\r\n')[1]).toMatch(
      /^193,TP Hạ Long,district,193,Thành phố Hạ Long,1,Thu nhập,66,trên 66 triệu đồng\/người\/năm,over,triệu đồng\/người\/năm,2021,"?bài báo nguồn 002 «Móng Cái[^\r]*,3\.25,"Gần: KKT Vân Đồn \(≈\), 10 km",true,2\.5$/,
    );
  });
});
