// Slides and decks as data: schema round trips, broken and hostile files, storage that fails,
// and the built-in deck (every figure and source it names exists in the shipped data).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteContainsValue } from '../../pipeline/steps/check-quote';
import { builtinDeck } from '../../src/features/present/builtin-deck';
import { findFigure } from '../../src/lib/data/facts-query';
import type { FactsFile } from '../../src/lib/data/facts-types';
import { DAMAGED_KEY, DECK_KEY, PREVIOUS_KEY, emptyDeck, loadDeck, saveDeck } from '../../src/lib/deck/deck-store';
import { MAX_DECK_BYTES, parseDeck, serialiseDeck, validateDeck } from '../../src/lib/deck/schema';
import { defaultView, type Deck, type Slide } from '../../src/lib/deck/types';
import { DeckState } from '../../src/lib/state/deck.svelte';

const slide = (over: Partial<Slide> = {}): Slide => ({
  id: 'a1',
  title: 'Hạ Long',
  caption: 'Thành phố Hạ Long',
  notes: 'say hello',
  view: {
    ...defaultView(),
    camera: { center: [107.07, 20.96], zoom: 10.5, bearing: 0, pitch: 0 },
    adminVersion: '2020',
    theme: { id: 'indicator:fdi_attracted', year: 2023, method: 'jenks', classes: 4 },
    filters: [{ kind: 'radius', center: [107.08, 20.95], km: 15 }],
    selected: { kind: 'district', code: '193' },
  },
  sources: ['boundaries_2025'],
  figures: [{ level: 'district', code: '201', indicator: 'fdi_attracted', year: 2023 }],
  ...over,
});
const deckOf = (...slides: Slide[]): Deck => ({ ...emptyDeck('Họp quy hoạch'), slides });

/** A Storage that can be told to fail, like a full or disabled localStorage. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  failWith: 'quota' | 'security' | null = null;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWith === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (this.failWith === 'security') throw new DOMException('denied', 'SecurityError');
    this.data.set(k, v);
  }
}

describe('deck schema', () => {
  it('round-trips a deck through its JSON file unchanged', () => {
    const deck = deckOf(slide(), slide({ id: 'b2', title: 'Móng Cái', view: defaultView() }));
    const back = parseDeck(serialiseDeck(deck));
    expect(back).toEqual({ ok: true, deck });
  });

  it('refuses text that is not JSON, naming the problem', () => {
    const r = parseDeck('{"format": "qn-map-deck", "slides": [');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^not valid JSON/);
  });

  it('refuses another version with a message that says which', () => {
    const r = parseDeck(JSON.stringify({ ...deckOf(), version: 7 }));
    expect(!r.ok && r.error).toBe('version: this app reads deck version 1, the file has 7');
  });

  it('refuses another kind of JSON file', () => {
    const r = parseDeck(JSON.stringify({ type: 'FeatureCollection', features: [] }));
    expect(!r.ok && r.error).toMatch(/^format: /);
  });

  it('names the path of a missing or wrong field', () => {
    const { notes: _, ...noNotes } = slide();
    expect((parseDeck(JSON.stringify(deckOf(noNotes as Slide))) as { error: string }).error).toMatch(/^slides\[0\]\.notes: /);
    const badZoom = slide();
    badZoom.view.camera!.zoom = 1e9;
    expect((parseDeck(JSON.stringify(deckOf(slide({ id: 'x' }), badZoom))) as { error: string }).error).toMatch(/^slides\[1\]\.view\.camera\.zoom: /);
  });

  it('refuses a truncated file', () => {
    const text = serialiseDeck(deckOf(slide()));
    expect(parseDeck(text.slice(0, text.length / 2)).ok).toBe(false);
  });

  it('refuses a 50 MB file without parsing it', () => {
    const huge = `{"format":"qn-map-deck","version":1,"title":"${'x'.repeat(50_000_000)}","slides":[]}`;
    const r = parseDeck(huge);
    expect(!r.ok && r.error).toBe(`the file is larger than ${MAX_DECK_BYTES / 1_000_000} MB`);
  });

  it('refuses unknown keys, bad filters and duplicate slide ids', () => {
    expect(validateDeck({ ...deckOf(slide()), extra: 1 }).ok).toBe(false);
    const badFilter = slide();
    (badFilter.view.filters as unknown[]) = [{ kind: 'radius', center: ['x', 1], km: 2 }];
    expect((validateDeck(deckOf(badFilter)) as { error: string }).error).toMatch(/slides\[0\]\.view\.filters\[0\]: not a valid filter/);
    expect((validateDeck(deckOf(slide(), slide())) as { error: string }).error).toBe('slides[1].id: "a1" is used by an earlier slide');
  });

  it('keeps markup in a caption as plain text (it is data, never HTML)', () => {
    const hostile = slide({ caption: '<img src=x onerror="alert(1)"><script>alert(2)</script>' });
    const r = parseDeck(serialiseDeck(deckOf(hostile)));
    expect(r.ok && r.deck.slides[0]!.caption).toBe(hostile.caption);
  });
});

describe('deck storage', () => {
  it('saves and loads a deck', () => {
    const s = new FakeStorage();
    expect(saveDeck(s, deckOf(slide()))).toBeNull();
    expect(loadDeck(s).deck).toEqual(deckOf(slide()));
  });

  it('a failed save leaves the last good copy as it was', () => {
    const s = new FakeStorage();
    saveDeck(s, deckOf(slide()));
    const before = s.getItem(DECK_KEY);
    s.failWith = 'quota';
    expect(saveDeck(s, deckOf(slide(), slide({ id: 'b' })))).toBe('full');
    expect(s.getItem(DECK_KEY)).toBe(before);
    s.failWith = 'security';
    expect(saveDeck(s, deckOf())).toBe('disabled');
    expect(saveDeck(null, deckOf())).toBe('disabled');
  });

  it('moves a damaged stored copy aside instead of overwriting it', () => {
    const s = new FakeStorage();
    s.data.set(DECK_KEY, '{"format":"qn-map-deck","version":1,"sli');
    expect(loadDeck(s)).toEqual({ deck: null, problem: 'damaged' });
    expect(s.getItem(DAMAGED_KEY)).toBe('{"format":"qn-map-deck","version":1,"sli');
    expect(s.getItem(DECK_KEY)).toBeNull();
  });
});

describe('the deck a presenter edits', () => {
  it('saves after every change, so a reload finds it', () => {
    const s = new FakeStorage();
    const d = new DeckState();
    d.init(s);
    const { id: _, ...rest } = slide();
    const a = d.add(rest)!;
    d.update(a, { title: 'Renamed' });
    const b = d.duplicate(a)!;
    d.move(b, 0);
    expect(d.slides.map((x) => x.id)).toEqual([b, a]);
    const reloaded = new DeckState();
    reloaded.init(s);
    expect(reloaded.slides.map((x) => [x.id, x.title])).toEqual([
      [b, 'Renamed'],
      [a, 'Renamed'],
    ]);
    reloaded.remove(a);
    expect(loadDeck(s).deck!.slides).toHaveLength(1);
  });

  it('keeps working in memory when storage is full, and says so', () => {
    const s = new FakeStorage();
    const d = new DeckState();
    d.init(s);
    s.failWith = 'quota';
    const { id: _, ...rest } = slide();
    d.add(rest);
    expect(d.slides).toHaveLength(1);
    expect(d.problem).toBe('full');
    s.failWith = null;
    d.setTitle('ok');
    expect(d.problem).toBeNull();
  });

  it('an import replaces the deck only when valid, and can be undone', () => {
    const s = new FakeStorage();
    const d = new DeckState();
    d.init(s);
    const { id: _, ...rest } = slide();
    d.add(rest);
    const mine = loadDeck(s).deck;
    expect(d.importText('{"not":"a deck"}')).toMatch(/format/);
    expect(loadDeck(s).deck).toEqual(mine);
    expect(d.importText(serialiseDeck(deckOf(slide({ id: 'imp' }))))).toBeNull();
    expect(d.slides.map((x) => x.id)).toEqual(['imp']);
    expect(loadDeck(s, PREVIOUS_KEY).deck).toEqual(mine);
    d.undoImport();
    expect(loadDeck(s).deck).toEqual(mine);
  });
});

describe('the built-in deck', () => {
  const facts = JSON.parse(readFileSync('public/data/facts.json', 'utf8')) as FactsFile;
  const sources = JSON.parse(readFileSync('public/data/sources.json', 'utf8')) as { id: string }[];
  const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as { districts: { code: string }[]; zones: { id: string }[] };
  const sites = JSON.parse(readFileSync('public/data/sites.json', 'utf8')) as { id: string }[];

  for (const lang of ['vi', 'en'] as const) {
    it(`is a valid deck of about eight slides (${lang})`, () => {
      const deck = builtinDeck(lang);
      expect(validateDeck(deck).ok).toBe(true);
      expect(deck.slides.length).toBe(8);
    });
  }

  it('names only figures, sources and features that exist in the shipped data', () => {
    for (const s of builtinDeck('vi').slides) {
      for (const ref of s.figures) expect(findFigure(facts.facts, ref), `${s.id} ${JSON.stringify(ref)}`).toBeDefined();
      for (const id of s.sources) expect(sources.map((x) => x.id)).toContain(id);
      const sel = s.view.selected;
      if (sel?.kind === 'district') expect(index.districts.map((d) => d.code)).toContain(sel.code);
      if (sel?.kind === 'zone') expect(index.zones.map((z) => z.id)).toContain(sel.code);
      if (sel?.kind === 'site') expect(sites.map((x) => x.id)).toContain(sel.code);
    }
  });

  it('puts no digit in a caption unless the slide lists a source for it', () => {
    for (const s of builtinDeck('vi').slides) {
      if (/\d/.test(s.caption.replace(/\d+\/\d+\/\d{4}|\d{4}/g, ''))) expect(s.sources.length, s.id).toBeGreaterThan(0);
    }
  });

  it('says how many 2025 units straddle two old districts, counted from the crosswalk (slide 8 and README)', () => {
    const rows = readFileSync('data/admin/crosswalk_2025.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const districtsOf = new Map<string, Set<string>>();
    const nameOf = new Map<string, string>();
    for (const r of rows) {
      districtsOf.set(r[7]!, (districtsOf.get(r[7]!) ?? new Set()).add(r[0]!));
      nameOf.set(r[7]!, r[8]!.replace(/^Xã |^Phường /, ''));
    }
    const straddling = [...districtsOf].filter(([, d]) => d.size > 1).map(([code]) => nameOf.get(code)!);
    expect(straddling).toHaveLength(6);
    const vi = builtinDeck('vi').slides[7]!.caption;
    const en = builtinDeck('en').slides[7]!.caption;
    expect(vi).toContain(`${straddling.length} xã mới gồm đất của hai huyện cũ`);
    expect(en).toContain(`${straddling.length} new units hold land of two former districts`);
    for (const name of straddling) {
      expect(vi).toContain(name.normalize('NFC'));
      expect(en).toContain(name.normalize('NFC'));
    }
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`${['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six'][straddling.length]} 2025 units are made of`);
  });

  it('labels realised investment as such and a full-year estimate as full-year (slide 7)', () => {
    const s7 = builtinDeck('en').slides[6]!;
    expect(s7.title).not.toMatch(/attracted/i);
    expect(s7.notes).toMatch(/realised social investment is a full-year estimate/);
    const social = findFigure(facts.facts, s7.figures[0]!)!;
    expect(social.note).toMatch(/realised social investment \(estimate/);
    expect(social.quote).toMatch(/ước đạt/);
  });

  it('takes Móng Cái trade from seed 002 (slide 5)', () => {
    const ref = builtinDeck('vi').slides[4]!.figures[0]!;
    expect(findFigure(facts.facts, ref)!.source).toMatch(/^002_/);
  });

  it('slide 2 takes its commune counts from a seed article with a stored copy, each quote holding its number', () => {
    const s2 = builtinDeck('vi').slides[1]!;
    expect(s2.figures.length).toBeGreaterThan(0);
    for (const ref of s2.figures) {
      const f = findFigure(facts.facts, ref)!;
      expect(f.source, JSON.stringify(ref)).toMatch(/^003_/);
      expect(quoteContainsValue(f.quote, f.value)).toBe(true);
    }
    for (const s of builtinDeck('vi').slides) for (const ref of s.figures) expect(findFigure(facts.facts, ref)!.quote.length).toBeGreaterThan(0);
  });
});
