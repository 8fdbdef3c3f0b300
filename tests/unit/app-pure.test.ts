// Pure app modules: text folding, message catalogs, label points, patterns.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs, formatNumber, loadCatalog, translate } from '../../src/i18n';
import { buildLabelPoints, districtLabel } from '../../src/lib/data/label-points';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { hatchPattern } from '../../src/lib/style/patterns';
import { foldVietnamese } from '../../src/lib/text/fold';

describe('foldVietnamese', () => {
  it('strips tones and vowel marks and maps đ/Đ to d', () => {
    expect(foldVietnamese('Thành phố Đông Triều')).toBe('thanh pho dong trieu');
    expect(foldVietnamese('Xã Đầm Hà')).toBe('xa dam ha');
    expect(foldVietnamese('  Hải  Hoà ')).toBe('hai hoa');
    expect(foldVietnamese('Ưng Hoà, Ơn')).toBe('ung hoa, on');
  });
});

describe('message catalogs', () => {
  // (English is a lazily loaded chunk in the app.)
  beforeAll(() => loadCatalog('en'));

  it('vi and en have exactly the same keys, none empty', () => {
    expect(Object.keys(catalogs.en!).sort()).toEqual(Object.keys(catalogs.vi).sort());
    for (const lang of ['vi', 'en'] as const) {
      for (const [key, value] of Object.entries(catalogs[lang]!)) expect(value, `${lang}.${key}`).not.toBe('');
    }
  });

  it('fills placeholders and formats numbers per language', () => {
    expect(translate('en', 'straddles', { a: 'A', b: 'B' })).toBe('Land of A and B');
    expect(formatNumber('vi', 1357.5)).toBe('1.357,5');
    expect(formatNumber('en', 1357.5)).toBe('1,357.5');
    // (Formatters are kept per language and digits: each call still follows its own.)
    expect(formatNumber('vi', 1357.567, 0)).toBe('1.358');
    expect(formatNumber('vi', 1357.567)).toBe('1.357,57');
    expect(formatNumber('en', 0.125, 3)).toBe('0.125');
    expect(formatNumber('en', 0.125, 1)).toBe('0.1');
  });
});

describe('label points', () => {
  const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/index.json'), 'utf8')) as AppIndex;

  it('names every unit, district, zone and neighbour, marking zones approximate', () => {
    const vi = buildLabelPoints(index, 'vi').features;
    expect(vi.filter((f) => f.properties!.kind === 'unit')).toHaveLength(54);
    expect(vi.filter((f) => f.properties!.kind === 'district')).toHaveLength(13);
    expect(vi.find((f) => f.properties!.code === 'kkt_mong_cai')!.properties!.name).toBe('KKT cửa khẩu Móng Cái (gần đúng)');
    expect(buildLabelPoints(index, 'en').features.find((f) => f.properties!.code === 'kkt_van_don')!.properties!.name).toBe('Vân Đồn Economic Zone (approx.)');
  });

  it('abbreviates district types as maps do', () => {
    expect(districtLabel({ name: 'Thành phố Hạ Long', type: 'thanh_pho' })).toBe('TP Hạ Long');
    expect(districtLabel({ name: 'Thị xã Quảng Yên', type: 'thi_xa' })).toBe('TX Quảng Yên');
    expect(districtLabel({ name: 'Huyện Ba Chẽ', type: 'huyen' })).toBe('Ba Chẽ');
  });
});

describe('hatchPattern', () => {
  it('draws a diagonal that tiles seamlessly', () => {
    const p = hatchPattern(4, [1, 2, 3, 255]);
    expect([p.width, p.height, p.data.length]).toEqual([4, 4, 64]);
    const on = (x: number, y: number) => p.data[(y * 4 + x) * 4 + 3] === 255;
    expect(on(0, 0)).toBe(true);
    expect(on(3, 1)).toBe(true);
    expect(on(1, 1)).toBe(false);
    const cross = hatchPattern(4, [1, 2, 3, 255], true);
    expect(cross.data[(1 * 4 + 1) * 4 + 3]).toBe(255);
  });
});

describe('unit labels', () => {
  it('writes units in Vietnamese or English', async () => {
    const { unitLabel } = await import('../../src/i18n/units');
    expect(unitLabel('vi', 'billion VND')).toBe('tỷ đồng');
    expect(unitLabel('en', 'billion VND')).toBe('billion VND');
    expect(unitLabel('vi', 'percent')).toBe('%');
    expect(unitLabel('vi', 'something new')).toBe('something new');
  });
});

describe('CSV export', () => {
  it('writes a BOM, quotes commas and quotes, and defuses spreadsheet formulas', async () => {
    const { csvTable } = await import('../../src/features/filter/export');
    const csv = csvTable(
      ['a', 'b'],
      [
        ['Xã Đầm Hà, "mới"', '=HYPERLINK("x")'],
        [-12.5, null],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"Xã Đầm Hà, ""mới""","\'=HYPERLINK(""x"")"\r\n-12.5,\r\n');
  });
});
