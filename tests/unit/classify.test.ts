// Classification on golden fixtures, and palette/legend agreement.
import { describe, expect, it } from 'vitest';
import { CLASS_METHODS, classOf, classify } from '../../src/lib/geo/classify';
import { NO_DATA_COLOUR, indicatorPalette, ntmPalette, sequentialColours } from '../../src/lib/style/palette';
import { expectGolden, readFixture } from './golden';

const cases = readFixture<Record<string, (number | null)[]>>('classify-cases.json');
const fmt = (n: number) => String(n);

describe('classify (golden)', () => {
  it('gives the reviewed breaks for every case, method and class count', () => {
    const out: Record<string, unknown> = {};
    for (const [name, values] of Object.entries(cases)) {
      for (const method of CLASS_METHODS) {
        for (const k of [3, 5, 7]) out[`${name}/${method}/${k}`] = classify(values, method, k);
      }
    }
    expectGolden('classify-cases.json', out);
  });

  it('puts every value in exactly one class, in order, and missing values in none', () => {
    for (const values of Object.values(cases)) {
      for (const method of CLASS_METHODS) {
        for (let k = 3; k <= 7; k++) {
          const c = classify(values, method, k);
          expect(c.bounds.length).toBe(c.classes === 0 ? 0 : c.classes + 1);
          const present = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
          const idx = present.map((v) => classOf(v, c)!);
          expect(idx.every((i) => i >= 0 && i < c.classes)).toBe(true);
          expect([...idx].sort((a, b) => a - b)).toEqual(idx); // monotone
          expect(classOf(null, c)).toBeNull();
        }
      }
    }
  });

  it('handles ties, a single value and all-missing', () => {
    expect(classify(cases.single!, 'quantile', 5)).toEqual({ method: 'quantile', classes: 1, bounds: [42, 42], exact: true });
    expect(classify(cases.all_missing!, 'jenks', 5).classes).toBe(0);
    const ties = classify(cases.ties!, 'quantile', 5);
    expect(new Set(ties.bounds.slice(1, -1)).size).toBe(ties.bounds.length - 2); // no repeated threshold
    expect(classOf(5, ties)).toBe(0);
    const two = classify(cases.two_districts!, 'jenks', 5);
    expect([two.classes, classOf(8351, two), classOf(33497, two)]).toEqual([2, 0, 1]);
  });

  it('rejects a class count outside 3–7', () => {
    expect(() => classify([1, 2, 3], 'equal', 2)).toThrow(RangeError);
    expect(() => classify([1, 2, 3], 'equal', 8)).toThrow(RangeError);
  });
});

describe('palettes drive both colours and legend', () => {
  it('indicator: classes = legend rows − 1 (no data), valid colours, each value coloured by its legend row', () => {
    for (const values of Object.values(cases)) {
      for (const k of [3, 4, 5, 6, 7]) {
        const c = classify(values, 'quantile', k);
        const p = indicatorPalette(c, 'tỷ đồng', fmt, 'Không có số liệu');
        expect(p.legend).toHaveLength(c.classes + 1);
        expect(p.legend.at(-1)).toMatchObject({ key: 'no_data', colour: NO_DATA_COLOUR });
        for (const row of p.legend) expect(row.colour).toMatch(/^#[0-9a-f]{6}$/);
        for (const v of values) {
          const i = classOf(v, c);
          expect(p.colourFor(v)).toBe(i === null ? NO_DATA_COLOUR : p.legend[i]!.colour);
        }
      }
    }
  });

  it('legend rows show ranges with units; exact classes show the values', () => {
    const p = indicatorPalette(classify([1, 5, 9, 20, 30], 'equal', 3), 'ha', fmt, 'no data');
    expect(p.legend.map((r) => r.label)).toEqual([
      '1 – 10.666666666666666 ha',
      '> 10.666666666666666 – 20.333333333333332 ha',
      '> 20.333333333333332 – 30 ha',
      'no data',
    ]);
    const exact = indicatorPalette(classify(cases.two_districts!, 'quantile', 5), 'tỷ đồng', fmt, 'no data');
    expect(exact.legend.map((r) => r.label)).toEqual(['8351 tỷ đồng', '33497 tỷ đồng', 'no data']);
  });

  it('sequential colours are distinct for every count', () => {
    for (let n = 1; n <= 7; n++) expect(new Set(sequentialColours(n)).size).toBe(n);
  });

  it('NTM: ordered levels, distinct not-applicable and no-data', () => {
    const p = ntmPalette({ kieu_mau: 'KM', nang_cao: 'NC', dat_chuan: 'DC', not_applicable: 'NA', no_data: 'ND' });
    expect(p.legend.map((r) => r.key)).toEqual(['kieu_mau', 'nang_cao', 'dat_chuan', 'not_applicable', 'no_data']);
    expect(new Set(p.legend.map((r) => r.colour)).size).toBe(5);
    expect(p.colourFor('nang_cao')).toBe(p.legend[1]!.colour);
    expect(p.colourFor('something else')).toBe(p.colourFor('no_data'));
  });
});
