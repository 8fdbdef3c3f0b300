// Search: diacritics (đ included), prefixes, typos, exact spellings first, old communes lead to new units.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchEntries } from '../../src/lib/data/search-entries';
import type { Site } from '../../src/lib/data/site-types';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { PlaceSearch, editDistance, type SearchEntry } from '../../src/lib/text/search';

const root = resolve(import.meta.dirname, '../..');
const index = JSON.parse(readFileSync(resolve(root, 'public/data/index.json'), 'utf8')) as AppIndex;
const sites = JSON.parse(readFileSync(resolve(root, 'public/data/sites.json'), 'utf8')) as Site[];
const entries = buildSearchEntries(index, sites, {
  formerlyIn: (o, d, now) => `${o} (${d}) → ${now}`,
  district: 'Huyện',
  category: (s) => s.category,
});
const search = new PlaceSearch(entries);
const names = (q: string, n = 3) => search.find(q, n).map((h) => h.entry.name);

describe('place search', () => {
  it('indexes units, districts, old communes and sites', () => {
    expect(entries).toHaveLength(54 + 13 + 171 + 29);
  });

  it('finds without diacritics, đ → d included', () => {
    expect(names('dam ha', 2)).toEqual(['Xã Đầm Hà', 'Huyện Đầm Hà']);
    expect(names('dong trieu', 2)).toEqual(expect.arrayContaining(['Phường Đông Triều', 'Thành phố Đông Triều']));
    expect(names('DONG TRIEU', 1)).toHaveLength(1);
  });

  it('matches prefixes and tolerates a typo', () => {
    expect(names('mong c', 1)[0]).toMatch(/Móng Cái/);
    expect(names('quang yeen', 1)).toEqual(['Phường Quảng Yên']);
    expect(names('mong cia', 1)[0]).toMatch(/Móng Cái/); // transposition
    expect(names('xyzzy')).toEqual([]);
  });

  it('ranks the spelling with the same diacritics first', () => {
    const s = new PlaceSearch([
      { kind: 'unit', target: { kind: 'unit', code: 'a' }, name: 'Xã Hai Sơn' },
      { kind: 'unit', target: { kind: 'unit', code: 'b' }, name: 'Xã Hải Sơn' },
    ] satisfies SearchEntry[]);
    expect(s.find('Hải Sơn')[0]!.entry.name).toBe('Xã Hải Sơn');
    expect(s.find('Hai Sơn')[0]!.entry.name).toBe('Xã Hai Sơn');
  });

  it('leads from an old commune to the 2025 unit it became', () => {
    expect(search.find('ha khanh')[0]!.entry.name).toBe('Phường Hà Khánh');
    const hit = search.find('Hà Khánh', 5).find((h) => h.entry.kind === 'old')!;
    expect(hit.entry.target).toEqual({ kind: 'unit', code: '06658' });
    expect(hit.entry.detail).toBe('Phường Hà Khánh (Thành phố Hạ Long) → Phường Cao Xanh');
  });

  it('finds sites by Vietnamese or English name', () => {
    expect(search.find('cai lan', 5).map((h) => h.entry.target.code)).toEqual(expect.arrayContaining(['kcn_cai_lan', 'port_cai_lan']));
    expect(search.find('border gate hoanh', 3)[0]!.entry.target.code).toBe('gate_hoanh_mo');
  });

  it('edit distance counts a transposition as one', () => {
    expect(editDistance('cia', 'cai')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abcdef', 'a')).toBe(3);
  });
});
