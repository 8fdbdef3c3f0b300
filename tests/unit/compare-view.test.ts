// The compare view as data: the link's `cmp` part and a slide's `view.compare` round-trip, and bad
// values are refused with a message that says what was wrong (never half a comparison).
import { describe, expect, it } from 'vitest';
import { emptyDeck } from '../../src/lib/deck/deck-store';
import { validateDeck } from '../../src/lib/deck/schema';
import { defaultView, themeFitsVersion, type CompareSetting, type MapViewState } from '../../src/lib/deck/types';
import { parseCompare, writeCompare } from '../../src/lib/deck/url-compare';
import { parseViewUrl, withView } from '../../src/lib/deck/url-view';

const units2025: CompareSetting = { adminVersion: '2025', theme: { id: 'none', year: null, method: 'quantile', classes: 5 }, split: 50 };
const grdp2021: CompareSetting = { adminVersion: '2020', theme: { id: 'indicator:grdp', year: 2021, method: 'jenks', classes: 4 }, split: 37.5 };
const districts: MapViewState = { ...defaultView(), adminVersion: '2020' };

describe('the compare view in the link', () => {
  it('round-trips districts against the 2025 units, and a theme in another year', () => {
    for (const compare of [units2025, grdp2021]) {
      const url = withView(new URL('http://localhost/?lang=en'), { ...districts, compare });
      expect(url.searchParams.get('lang')).toBe('en');
      expect(parseViewUrl(url.search)).toEqual({ view: { ...districts, compare }, notes: [] });
    }
  });

  it('writes a short value, with method and classes only when not the defaults', () => {
    expect(writeCompare(units2025)).toBe('2025,none,,50');
    expect(writeCompare(grdp2021)).toBe('2020,indicator:grdp,2021,37.5,jenks,4');
  });

  it('leaves the link without cmp when compare is off', () => {
    expect(withView(new URL('http://localhost/'), districts).searchParams.has('cmp')).toBe(false);
  });

  it('drops a compare value it does not understand, with a note saying why', () => {
    const cases: [string, RegExp][] = [
      ['2019,none,,50', /administrative version/],
      ['2025,<b>,,50', /unknown theme/],
      ['2020,ntm,,50', /not drawn on that administrative version/],
      ['2025,indicator:grdp,2021,50', /not drawn on that administrative version/],
      ['2025,none,,0', /divider must be at 5–95 %/],
      ['2025,none,,NaN', /divider/],
      ['2025,none,,50,quantile,99', /classes/],
      ['2025,none,,50,magic,5', /method/],
      ['2020,indicator:grdp,1e9,50', /year/],
      ['2025,none,,50,quantile,5,extra', /too many parts/],
    ];
    for (const [raw, why] of cases) {
      const notes: string[] = [];
      expect(parseCompare(raw, notes), raw).toBeNull();
      expect(notes, raw).toHaveLength(1);
      expect(notes[0], raw).toMatch(why);
      expect(notes[0], raw).toMatch(/^compare view not understood/);
    }
    const r = parseViewUrl('?v=2020&cmp=2025,none,,500');
    expect(r.view.adminVersion).toBe('2020');
    expect(r.view.compare).toBeNull();
    expect(r.notes).toEqual(['compare view not understood (divider must be at 5–95 %)']);
  });

  it('knows which theme each version can draw', () => {
    expect(themeFitsVersion('ntm', '2025')).toBe(true);
    expect(themeFitsVersion('ntm', '2020')).toBe(false);
    expect(themeFitsVersion('indicator:grdp', '2020')).toBe(true);
    expect(themeFitsVersion('indicator:grdp', '2025')).toBe(false);
    expect(themeFitsVersion('none', '2020')).toBe(true);
  });
});

describe('the compare view in a slide', () => {
  const deckWith = (compare: unknown) => ({
    ...emptyDeck('So sánh'),
    slides: [{ id: 's1', title: 'Trước và sau', caption: '', notes: '', view: { ...districts, compare }, sources: [], figures: [] }],
  });

  it('stores and validates a compare setting; decks without one still load', () => {
    const ok = validateDeck(deckWith(units2025));
    expect(ok.ok && ok.deck.slides[0]!.view.compare).toEqual(units2025);
    expect(validateDeck(deckWith(null)).ok).toBe(true);
    const older = { ...emptyDeck('Cũ'), slides: [{ id: 's1', title: '', caption: '', notes: '', view: districts, sources: [], figures: [] }] };
    expect(validateDeck(older).ok).toBe(true);
  });

  it('refuses bad compare values, naming the place', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...units2025, split: 120 }, /^slides\[0\]\.view\.compare\.split: /],
      [{ ...units2025, adminVersion: '1999' }, /^slides\[0\]\.view\.compare\.adminVersion: /],
      [{ ...units2025, theme: { ...units2025.theme, id: 'ntm' }, adminVersion: '2020' }, /NTM is drawn on the 2025 units/],
      [{ ...units2025, extra: 1 }, /^slides\[0\]\.view\.compare\.extra: /],
      ['2025,none,,50', /^slides\[0\]\.view\.compare: /],
    ];
    for (const [compare, why] of cases) {
      const r = validateDeck(deckWith(compare));
      expect(r.ok, JSON.stringify(compare)).toBe(false);
      if (!r.ok) expect(r.error, JSON.stringify(compare)).toMatch(why);
    }
  });
});
