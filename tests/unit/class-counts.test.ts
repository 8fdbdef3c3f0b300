// Legend counts: every legend class gets a count and share, from the full table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countClasses, indicatorKeys, ntmKeys } from '../../src/features/thematic/class-counts';
import type { FactsFile } from '../../src/lib/data/facts-types';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { classify } from '../../src/lib/geo/classify';

const read = <T>(name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data', name), 'utf8')) as T;

describe('countClasses', () => {
  it('counts each key, gives empty legend classes a zero, and shares of the total', () => {
    const c = countClasses(['a', 'b', 'a', 'a'], ['a', 'b', 'c']);
    expect(c.get('a')).toEqual({ count: 3, share: 0.75 });
    expect(c.get('c')).toEqual({ count: 0, share: 0 });
  });

  it('NTM: the classes of the 54 units add up to 54, as the NTM filter reads them', () => {
    const index = read<AppIndex>('index.json');
    const facts = read<FactsFile>('facts.json');
    const counts = countClasses(ntmKeys(index, facts), ['kieu_mau', 'nang_cao', 'dat_chuan', 'not_applicable', 'no_data']);
    expect([...counts.values()].reduce((n, c) => n + c.count, 0)).toBe(54);
    const kieuMau = Object.values(facts.ntm.units2025).filter((u) => u.class === 'kieu_mau').length;
    expect(counts.get('kieu_mau')!.count).toBe(kieuMau);
  });

  it('an indicator: districts without a value are "no data"', () => {
    const index = { districts: [{ code: '1' }, { code: '2' }, { code: '3' }, { code: '4' }] } as AppIndex;
    const values = new Map([
      ['1', { value: 1 }],
      ['2', { value: 5 }],
      ['3', { value: 9 }],
    ]);
    const keys = indicatorKeys(index, values, classify([1, 5, 9], 'equal', 3));
    expect(keys).toEqual(['0', '1', '2', 'no_data']);
  });
});
