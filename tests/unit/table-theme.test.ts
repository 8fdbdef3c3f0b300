// A user's table as a theme: joined with a chosen number format and hand fixes, classified like the
// built-in figures, coloured on the level its rows named, exported with unit, year and source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countClasses, userKeys } from '../../src/features/thematic/class-counts';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { THEME_ID_PATTERN } from '../../src/lib/deck/types';
import { validateDeck } from '../../src/lib/deck/schema';
import { classify } from '../../src/lib/geo/classify';
import { importBytes } from '../../src/lib/import/import-core';
import { joinTable } from '../../src/lib/import/table-join';
import { figureRows, versionOf } from '../../src/lib/import/table-theme';
import { newTableId } from '../../src/lib/state/user-tables.svelte';
import { NO_DATA_COLOUR, indicatorPalette } from '../../src/lib/style/palette';
import { themeLooks } from '../../src/lib/view/describe';

const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as AppIndex;
const read = async (name: string) => {
  const r = await importBytes(name, new Uint8Array(readFileSync(`tests/fixtures/in/import/${name}`)), { as: 'table' });
  if (r.kind !== 'table') throw new Error(JSON.stringify(r));
  return r.table;
};
const spec = { level: 'auto' as const, unit: 'tỷ đồng', year: 2024, source: 'Cục Thống kê tỉnh' };

describe('a table per 2025 unit, names without diacritics, Vietnamese numbers', () => {
  it('matches the units, lists the unknown name and the non-number (never 0), and takes a hand fix', async () => {
    const table = await read('unit-figures-no-diacritics.csv');
    const set = joinTable(table, { ...spec, keyColumns: ['don vi'], valueColumn: 'so lieu', numberFormat: 'vi' }, index);
    expect(set.unitLevel).toBe('unit2025');
    expect(set.values).toEqual({ '06688': 1234.5, '06712': 20, '06970': 3.5, '07192': 7 });
    expect(set.unmatched.map((u) => [u.row, u.key, u.reason])).toEqual([
      [5, 'Phuong Khong Co', 'notFound'],
      [6, 'Xa Tien Yen', 'noValue'],
    ]);
    const fixed = joinTable(
      table,
      { ...spec, level: 'unit2025', keyColumns: ['don vi'], valueColumn: 'so lieu', numberFormat: 'vi', chosen: { 5: '06652' } },
      index,
    );
    expect(fixed.values['06652']).toBe(9);
    expect(fixed.matched.find((m) => m.row === 5)?.via).toBe('chosen');
    expect(fixed.unmatched.map((u) => u.row)).toEqual([6]);
    // A chosen code of the other level is ignored.
    const wrong = joinTable(
      table,
      { ...spec, level: 'unit2025', keyColumns: ['don vi'], valueColumn: 'so lieu', numberFormat: 'vi', chosen: { 5: '193' } },
      index,
    );
    expect(wrong.values['193']).toBeUndefined();
  });

  it('colours the 2025 units by class; a unit without a figure has the no-data colour, never a class', async () => {
    const set = joinTable(await read('unit-figures-no-diacritics.csv'), { ...spec, keyColumns: ['don vi'], valueColumn: 'so lieu', numberFormat: 'vi' }, index);
    const codes = index.units.map((u) => u.code);
    const values = new Map(Object.entries(set.values));
    const c = classify(
      codes.map((code) => values.get(code) ?? null),
      'quantile',
      5,
    );
    const palette = indicatorPalette(c, set.unit, String, 'no data');
    const looks = themeLooks(index, { theme: 'user:t1', palette, ntmUnits: null, values, valueLayer: 'communes' });
    expect(looks.layer).toBe('communes');
    expect(looks.looks.size).toBe(54);
    expect(looks.looks.get('06688')?.fill).toBe(palette.colourFor(1234.5));
    expect(looks.looks.get('06688')?.fill).not.toBe(NO_DATA_COLOUR);
    expect(looks.looks.get('06862')?.fill).toBe(NO_DATA_COLOUR); // Xã Tiên Yên: "khong ro" is not 0
    const counts = countClasses(
      userKeys(codes, values, c),
      palette.legend.map((r) => r.key),
    );
    expect(counts.get('no_data')?.count).toBe(50);
    expect(versionOf(set)).toBe('2025');
  });
});

describe('a table per 2020–2025 district (XLSX, English numbers)', () => {
  it('is drawn on the districts, and its CSV lists every district with the figure, unit, year and source', async () => {
    const set = joinTable(
      await read('district-figures.xlsx'),
      { ...spec, keyColumns: ['Huyện/thành phố'], valueColumn: 'Doanh thu (chữ)', numberFormat: 'en' },
      index,
    );
    expect(set.unitLevel).toBe('district2020');
    expect(set.values).toEqual({ '193': 1234.5, '207': 12.5, '206': 2500 });
    expect(set.unmatched).toEqual([{ row: 4, key: 'Huyện Không Có', reason: 'notFound' }]);
    expect(versionOf(set)).toBe('2020');
    const looks = themeLooks(index, {
      theme: 'user:t1',
      palette: indicatorPalette(classify([1234.5, 12.5, 2500], 'quantile', 5), '', String, ''),
      ntmUnits: null,
      values: new Map(Object.entries(set.values)),
    });
    expect(looks.layer).toBe('districts');
    const rows = figureRows(set, index.districts);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual(['193', 'Thành phố Hạ Long', 1234.5, 'tỷ đồng', 2024, 'Cục Thống kê tỉnh', 'district-figures.xlsx']);
    expect(rows.find((r) => r[0] === '202')?.[2]).toBeNull();
  });
});

describe('the theme id', () => {
  it('a new table id makes a valid theme id that decks and links accept', () => {
    const id = newTableId(1_780_000_000_000, 0.5);
    expect(`user:${id}`).toMatch(THEME_ID_PATTERN);
    expect('user:<b>').not.toMatch(THEME_ID_PATTERN);
    const deck = {
      format: 'qn-map-deck',
      version: 1,
      title: '',
      slides: [
        {
          id: 's1',
          title: '',
          caption: '',
          notes: '',
          sources: [],
          figures: [],
          view: {
            camera: null,
            adminVersion: '2025',
            layers: { zones: true, labels: true, context: true, sites: true },
            theme: { id: `user:${id}`, year: null, method: 'quantile', classes: 5 },
            filters: [],
            selected: null,
          },
        },
      ],
    };
    expect(validateDeck(deck).ok).toBe(true);
  });
});
