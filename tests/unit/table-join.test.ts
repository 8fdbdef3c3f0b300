// Joining a user's table of figures to the 2025 units or the 2020–2025 districts.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/i18n';
import { unmatchedText } from '../../src/features/import/issue-text';
import type { UnitIndex } from '../../src/lib/data/unit-index-types';
import { classify } from '../../src/lib/geo/classify';
import { importBytes } from '../../src/lib/import/import-core';
import { joinTable, nameKey, type JoinSpec } from '../../src/lib/import/table-join';
import type { ImportedTable } from '../../src/lib/import/types';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as UnitIndex;
const spec = (over: Partial<JoinSpec> = {}): JoinSpec => ({
  keyColumns: ['don_vi'],
  valueColumn: 'gia_tri',
  level: 'auto',
  unit: 'tỷ đồng',
  year: 2024,
  source: 'Bảng của người dùng',
  ...over,
});

async function table(name: string, text?: string): Promise<ImportedTable> {
  const data = text === undefined ? new Uint8Array(readFileSync(`tests/fixtures/in/import/${name}`)) : new TextEncoder().encode(text);
  const r = await importBytes(name, data, { as: 'table' });
  if (r.kind !== 'table') throw new Error(JSON.stringify(r));
  return r.table;
}

describe('name keys', () => {
  it('fold diacritics with the search folding and strip prefixes', () => {
    expect(nameKey('TP. Hạ Long')).toBe('ha long');
    expect(nameKey('Thành phố Đông Triều')).toBe('dong trieu');
    expect(nameKey('thi xa Quang Yen')).toBe('quang yen');
    expect(nameKey('Đặc khu Cô Tô')).toBe('co to');
    expect(nameKey('H. Tiên Yên')).toBe('tien yen');
    expect(nameKey('Xã')).toBe('xa'); // a bare word is not a prefix
  });
});

describe('table join', () => {
  // (English is a lazily loaded chunk in the app.)
  beforeAll(() => loadCatalog('en'));
  it('district figures written without diacritics: all 13 districts matched, unknown names listed', async () => {
    const set = joinTable(await table('district-figures-no-diacritics.csv'), spec(), index);
    expect(set.unitLevel).toBe('district2020');
    expect(Object.keys(set.values).sort()).toEqual(index.districts.map((d) => d.code).sort());
    expect(set.values['193']).toBe(10); // TP. Ha Long
    expect(set.values['206']).toBe(120); // thi xa Quang Yen
    expect(set.unmatched).toEqual([
      { row: 14, key: 'Huyen Khong Co', reason: 'notFound' },
      // Hoành Bồ joined Hạ Long in 2019, before the 2020–2025 districts.
      { row: 15, key: 'Hoanh Bo', reason: 'notFound' },
    ]);
    expect(set).toMatchObject({ unit: 'tỷ đồng', year: 2024, source: 'Bảng của người dùng', label: 'gia_tri', file: 'district-figures-no-diacritics.csv' });
    expect(unmatchedText('vi', set.file, set.unmatched[0]!)).toBe(
      'district-figures-no-diacritics.csv, dòng 14 ("Huyen Khong Co"): không có đơn vị, huyện hay xã cũ nào có mã hoặc tên này.',
    );
  });

  it('2025 units by name, code, former commune (crosswalk), with split, ambiguous, duplicate, wrong-level and empty rows explained', async () => {
    const csv = [
      'don_vi,gia_tri',
      'Phuong Ha Tu,1', // 1 name
      'ha khanh,2', // 2 former commune → Cao Xanh
      'Xa Bac Son,3', // 3 former commune, the prefix tells it from Phường Bắc Sơn → Hải Sơn
      'Bac Son,4', // 4 two former communes of that name
      'Xa Vo Ngai,5', // 5 split between Bình Liêu and Tiên Yên
      '6970,6', // 6 code without the leading zero (Excel) → Ba Chẽ
      'Xa Ba Che,7', // 7 Ba Chẽ again
      'Dac khu Co To,', // 8 no value
      'Huyen Tien Yen,9', // 9 a district among units
      '"Cẩm Phả","2,5"', // 10 decimal comma
      ',', // blank: ignored
    ].join('\n');
    const set = joinTable(await table('units.csv', csv), spec({ level: 'unit2025' }), index);
    expect(set.values).toEqual({ '06652': 1, '06658': 2, '06724': 3, '06970': 6, '06793': 2.5 });
    expect(set.matched.map((m) => [m.row, m.via])).toEqual([
      [1, 'name'],
      [2, 'formerName'],
      [3, 'formerName'],
      [6, 'code'],
      [10, 'name'],
    ]);
    expect(set.unmatched).toEqual([
      { row: 4, key: 'Bac Son', reason: 'ambiguous', candidates: ['Xã Bắc Sơn', 'Phường Bắc Sơn'] },
      { row: 5, key: 'Xa Vo Ngai', reason: 'splitFormerCommune', candidates: ['Xã Bình Liêu', 'Xã Tiên Yên'] },
      { row: 7, key: 'Xa Ba Che', reason: 'duplicate' },
      { row: 8, key: 'Dac khu Co To', reason: 'noValue' },
      { row: 9, key: 'Huyen Tien Yen', reason: 'otherLevel' },
    ]);
    expect(unmatchedText('en', 'units.csv', set.unmatched[1]!)).toBe(
      'units.csv, row 5 ("Xa Vo Ngai"): the former commune was split between Xã Bình Liêu, Xã Tiên Yên; its figure cannot go to one unit.',
    );
  });

  it('XLSX by code, falling back to the name column when the code is empty', async () => {
    const set = joinTable(await table('unit-figures.xlsx'), spec({ keyColumns: ['Mã', 'Đơn vị'], valueColumn: 'Giá trị' }), index);
    expect(set.unitLevel).toBe('unit2025');
    expect(set.values).toEqual({ '06652': 1.5, '06970': 2, '07192': 3 });
    expect(set.unmatched).toEqual([]);
  });

  it('gives the thematic classification what it needs: one value or null per unit', async () => {
    const set = joinTable(await table('district-figures-no-diacritics.csv'), spec(), index);
    const c = classify(
      index.districts.map((d) => set.values[d.code] ?? null),
      'quantile',
      4,
    );
    expect(c.classes).toBe(4);
    expect(c.bounds[0]).toBe(10);
    expect(c.bounds.at(-1)).toBe(130);
  });

  it('a missing column is a clear error', async () => {
    expect(() => joinTable({ file: 't.csv', columns: ['a'], rows: [] }, spec(), index)).toThrow(/no column don_vi, gia_tri in t\.csv/);
  });

  it('3,000 rows (timed, logged, not asserted)', async () => {
    const names = [...index.units.map((u) => u.name), ...index.oldCommunes.map((o) => o.name)];
    const lines = ['don_vi,gia_tri', ...Array.from({ length: 3000 }, (_, i) => `"${names[i % names.length]!}",${i}`)];
    const t = await table('big.csv', lines.join('\n'));
    const t0 = performance.now();
    const set = joinTable(t, spec({ level: 'auto' }), index);
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ table_join_ms: Math.round(ms * 10) / 10, rows: 3000, matched: set.matched.length, unmatched: set.unmatched.length }));
    expect(set.matched.length + set.unmatched.length).toBe(3000);
  });
});
