// Every free text of a site (notes, area notes, developer, how the point was placed, further
// cited areas) is stored in English and Vietnamese, so a Vietnamese card shows no English sentence.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bilingual } from '../../pipeline/steps/sites';
import type { Site } from '../../src/lib/data/site-types';
import { areaText, areaValueText, siteText } from '../../src/features/investor/site-labels';

const file = JSON.parse(readFileSync('public/data/sites.json', 'utf8')) as { sites?: Site[] } | Site[];
const sites = Array.isArray(file) ? file : (file.sites ?? []);
/** English words that must not appear in a Vietnamese note (names like "Smart City" aside). */
const ENGLISH =
  /\b(the|of|and|by|with|not|found|area|land|sea|phase|planned|investor|developer|listed|placed|inside|unit|source|coordinate|berth|opened|approved|only|part|unverified)\b/i;

describe('site texts in both languages', () => {
  test('every site note, area note, developer and position note has both languages', () => {
    expect(sites.length).toBe(29);
    let notes = 0;
    for (const s of sites) {
      for (const [en, vi] of [
        [s.notes, s.notesVi],
        [s.areaNote, s.areaNoteVi],
        [s.developer, s.developerVi],
        [s.positionNote, s.positionNoteVi],
      ] as const) {
        expect(Boolean(vi), `${s.id}: "${en}"`).toBe(Boolean(en));
        if (vi && vi !== en) expect(vi, s.id).not.toMatch(ENGLISH);
      }
      for (const a of s.areas) {
        expect(Boolean(a.figureVi), s.id).toBe(Boolean(a.figure));
        expect(Boolean(a.noteVi), s.id).toBe(Boolean(a.note));
        expect(Boolean(a.asOfVi), s.id).toBe(Boolean(a.asOf));
        if (a.noteVi) expect(a.noteVi, s.id).not.toMatch(ENGLISH);
      }
      if (s.notes) notes++;
    }
    expect(notes).toBeGreaterThan(20);
  });

  test('a card picks the UI language', () => {
    const s = sites.find((x) => x.id === 'kcn_hai_ha')!;
    expect(siteText(s, 'vi').notes).toBe('Thời hạn thuê 2014–2064.');
    expect(siteText(s, 'en').notes).toBe('Lease term 2014–2064.');
    const a = sites.find((x) => x.id === 'kcn_cai_lan')!.areas[0]!;
    expect(areaText(a, 'vi').figure).toBe('diện tích quy hoạch chi tiết');
  });

  test('an area value keeps its bound in the UI language', () => {
    const vi = (v: number) => v.toLocaleString('vi-VN');
    expect(areaValueText('vi', 'nearly 5000', vi)).toBe('gần 5.000');
    expect(areaValueText('vi', 'over 13300', vi)).toBe('trên 13.300');
    expect(areaValueText('vi', '305.3', vi)).toBe('305,3');
    expect(areaValueText('en', 'nearly 5000', (v) => v.toLocaleString('en'))).toBe('nearly 5,000');
  });

  test('the pipeline refuses a note without its Vietnamese twin', () => {
    expect(() => bilingual('sites.csv', { line: 3, values: { notes: 'Lease term 2014–2064.', notes_vi: '' } }, 'notes')).toThrow(/notes_vi/);
    expect(bilingual('sites.csv', { line: 3, values: { notes: '', notes_vi: '' } }, 'notes')).toEqual(['', '']);
  });
});
