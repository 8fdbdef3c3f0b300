// A Vietnamese Sources dialog and citation line show no English: dates, titles and publishers of
// the sources keep their remarks in Vietnamese, and "what was taken" has a Vietnamese line each.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { annotationText } from '../../src/i18n/annotations';
import type { FactsFile } from '../../src/lib/data/facts-types';

const file = JSON.parse(readFileSync('public/data/facts.json', 'utf8')) as FactsFile;
const ENGLISH =
  /\b(inferred|content|probably|likely|printed|stored|copy|stated|reports|months|headline|approx|certificate|site|area|income|growth|average|revenue|estimate)\b/i;

describe('source remarks in Vietnamese', () => {
  test('each remark pattern', () => {
    expect(annotationText('vi', '24/10 (2022 inferred from content)')).toBe('24/10 (2022, suy ra từ nội dung)');
    expect(annotationText('vi', '2022-10-24 (year inferred from content)')).toBe('2022-10-24 (năm suy ra từ nội dung)');
    expect(annotationText('vi', '2023-09 (approx.; reports 8 months of 2023)')).toBe('2023-09 (gần đúng; số liệu 8 tháng năm 2023)');
    expect(annotationText('vi', 'not stated in the stored copy')).toBe('bản lưu không ghi');
    expect(annotationText('en', 'not stated in the stored copy')).toBe('not stated in the stored copy');
  });

  test('every date, title and publisher of a source and every figure’s date reads Vietnamese', () => {
    const texts = [...file.citations.flatMap((c) => [c.date, c.publisher, c.title]), ...file.facts.map((f) => f.sourceDate)];
    for (const s of texts) expect(annotationText('vi', s), s).not.toMatch(ENGLISH);
  });

  test('every entry says in Vietnamese what was taken from it, line for line', () => {
    for (const c of file.citations) {
      expect(c.takenVi.length, c.id).toBe(c.taken.length);
      for (const line of c.takenVi) expect(line, c.id).not.toMatch(ENGLISH);
    }
  });
});
