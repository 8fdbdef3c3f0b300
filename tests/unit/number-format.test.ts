// Figures written the Vietnamese way ("1.234,5") or the English way ("1,234.5"), read per column.
import { describe, expect, it } from 'vitest';
import { detectNumberFormat, numericColumns, parseNumber } from '../../src/lib/import/number-format';

describe('parseNumber', () => {
  it('reads Vietnamese numbers: dot thousands, comma decimals', () => {
    expect(parseNumber('1.234,5', 'vi')).toBe(1234.5);
    expect(parseNumber('1.234.567', 'vi')).toBe(1234567);
    expect(parseNumber('3,5', 'vi')).toBe(3.5);
    expect(parseNumber('-12', 'vi')).toBe(-12);
    expect(parseNumber(' 1 234,5 ', 'vi')).toBe(1234.5);
    expect(parseNumber('1.234', 'vi')).toBe(1234);
  });
  it('reads English numbers: comma thousands, dot decimals', () => {
    expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseNumber('2,500.0', 'en')).toBe(2500);
    expect(parseNumber('12.5', 'en')).toBe(12.5);
    expect(parseNumber('1,234', 'en')).toBe(1234);
  });
  it('takes spreadsheet numbers as they are', () => {
    expect(parseNumber(7.25, 'vi')).toBe(7.25);
    expect(parseNumber(Number.NaN, 'en')).toBeNull();
  });
  it('never turns a non-number into 0', () => {
    for (const cell of ['', 'không rõ', '—', 'n/a', '1.2.3,4,5', '1,5.5', null, undefined, true]) {
      expect(parseNumber(cell, 'vi'), String(cell)).toBeNull();
    }
    expect(parseNumber('1.5', 'vi')).toBeNull(); // a dot is a thousands separator in Vietnamese: "1.5" is malformed
    expect(parseNumber('1,5', 'en')).toBeNull();
  });
});

describe('detectNumberFormat', () => {
  it('decides from cells only one reading accepts', () => {
    expect(detectNumberFormat(['1.234,5', '12', '3'])).toEqual({ format: 'vi', certain: true });
    expect(detectNumberFormat(['3,5', '7'])).toEqual({ format: 'vi', certain: true });
    expect(detectNumberFormat(['1,234.5', '12.5'])).toEqual({ format: 'en', certain: true });
  });
  it('says when the cells do not decide (whole numbers, "1.234")', () => {
    expect(detectNumberFormat(['12', '1.234'])).toEqual({ format: 'vi', certain: false });
    expect(detectNumberFormat([12, 3.5])).toEqual({ format: 'vi', certain: false });
  });
  it('goes with the majority when the column mixes both, and says it is not sure', () => {
    expect(detectNumberFormat(['1,234.5', '2.5', '3,5'])).toEqual({ format: 'en', certain: false });
  });
});

describe('numericColumns', () => {
  it('lists the columns where most cells are numbers', () => {
    const rows = [
      ['Hạ Long', '1.234,5', 'tốt'],
      ['Móng Cái', 'không rõ', 'khá'],
      ['Cô Tô', '7', ''],
    ];
    expect(numericColumns(['tên', 'số', 'ghi chú'], rows)).toEqual(['số']);
    expect(numericColumns(['a'], [])).toEqual([]);
  });
});
