// A deck file carries the user's own layers and tables its slides use; reading it back checks them
// and merges them with what is kept here (same item once; a taken id or name gets a suffix).
import { describe, expect, it } from 'vitest';
import { mergeEmbedded, parseDeckFile, serialiseDeckFile, usedUserData } from '../../src/lib/deck/embed';
import { emptyDeck } from '../../src/lib/deck/deck-store';
import { parseDeck } from '../../src/lib/deck/schema';
import { defaultView, type Deck, type Slide } from '../../src/lib/deck/types';
import type { SavedFigureSet } from '../../src/lib/import/store';
import type { ImportedLayer } from '../../src/lib/import/types';

const layer = (id: string, name = 'Khu A', importedAt = '2026-11-01T00:00:00.000Z'): ImportedLayer => ({
  id,
  name,
  file: `${name}.geojson`,
  format: 'geojson',
  sourceCrs: 'wgs84',
  data: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { ten: '<b>A</b>' }, geometry: { type: 'Point', coordinates: [107.1, 21.0] } }],
  },
  bbox: [107.1, 21.0, 107.1, 21.0],
  attributes: ['ten'],
  importedAt,
});
const table = (id: string, label = 'Doanh thu', savedAt = '2026-11-02T00:00:00.000Z'): SavedFigureSet => ({
  id,
  savedAt,
  unitLevel: 'unit2025',
  values: { '06652': 1.5 },
  label,
  unit: 'tỷ đồng',
  year: 2024,
  source: 'Cục Thống kê tỉnh',
  file: 'a.csv',
  matched: [{ row: 1, key: 'Ha Tu', code: '06652', via: 'name' }],
  unmatched: [{ row: 2, key: 'Khong Co', reason: 'notFound' }],
});
const slide = (id: string, view: Partial<Slide['view']>): Slide => ({
  id,
  title: id,
  caption: '',
  notes: '',
  sources: [],
  figures: [],
  view: { ...defaultView(), ...view },
});
const deck: Deck = {
  ...emptyDeck('Họp'),
  slides: [slide('s1', { userLayers: ['L1'] }), slide('s2', { theme: { id: 'user:t1', year: null, method: 'quantile', classes: 5 } }), slide('s3', {})],
};

describe('deck export', () => {
  it('embeds exactly the layers and tables the slides use', () => {
    expect(usedUserData(deck)).toEqual({ layers: new Set(['L1']), tables: new Set(['t1']) });
    const text = serialiseDeckFile(deck, [layer('L1'), layer('L2', 'Khu B')], [table('t1'), table('t2', 'Dân số')]);
    const file = JSON.parse(text);
    expect(file.embedded.layers.map((l: ImportedLayer) => l.id)).toEqual(['L1']);
    expect(file.embedded.tables.map((t: SavedFigureSet) => t.id)).toEqual(['t1']);
    // A deck that uses none has no `embedded`, and older readers (parseDeck) still read it.
    const plain = serialiseDeckFile({ ...deck, slides: [deck.slides[2]!] }, [layer('L1')], [table('t1')]);
    expect(JSON.parse(plain).embedded).toBeUndefined();
    expect(parseDeck(plain).ok).toBe(true);
  });

  it('reads its own export back, layers and tables included', () => {
    const r = parseDeckFile(serialiseDeckFile(deck, [layer('L1')], [table('t1')]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.deck.slides).toHaveLength(3);
    expect(r.embedded.layers[0]!.data.features[0]!.properties).toEqual({ ten: '<b>A</b>' });
    expect(r.embedded.tables[0]!.values).toEqual({ '06652': 1.5 });
  });

  it('refuses a file whose embedded data is not what the import makes, naming where', () => {
    const bad = (patch: (f: { embedded: { layers: Record<string, unknown>[]; tables: Record<string, unknown>[] } }) => void) => {
      const f = JSON.parse(serialiseDeckFile(deck, [layer('L1')], [table('t1')]));
      patch(f);
      return parseDeckFile(JSON.stringify(f));
    };
    const script = bad(
      (f) => (f.embedded.layers[0]!.data = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { x: { html: 1 } }, geometry: null }] }),
    );
    expect(script.ok).toBe(false);
    expect(!script.ok && script.error).toMatch(/^embedded\.layers\[0\]\.data: /);
    const noSource = bad((f) => (f.embedded.tables[0]!.source = ''));
    expect(!noSource.ok && noSource.error).toMatch(/^embedded\.tables\[0\]\.source/);
    const nan = bad((f) => (f.embedded.tables[0]!.values = { '06652': 'nhiều' }));
    expect(nan.ok).toBe(false);
    expect(parseDeckFile('{').ok).toBe(false);
  });
});

describe('deck import merges', () => {
  it('keeps the same layer and table once', () => {
    const m = mergeEmbedded(deck, { layers: [layer('L1')], tables: [table('t1')] }, { layers: [layer('L1')], tables: [table('t1')] });
    expect(m.layers).toEqual([]);
    expect(m.tables).toEqual([]);
    expect(m.deck).toEqual(deck);
  });

  it('gives another item with a taken id a new id and a taken name a suffix; the slides follow', () => {
    const existing = { layers: [layer('L1', 'Khu A', '2025-01-01T00:00:00.000Z')], tables: [table('t1', 'Doanh thu', '2025-01-01T00:00:00.000Z')] };
    const m = mergeEmbedded(deck, { layers: [layer('L1')], tables: [table('t1')] }, existing);
    expect(m.layers.map((l) => [l.id, l.name])).toEqual([['L1-2', 'Khu A (2)']]);
    expect(m.tables.map((t) => [t.id, t.label])).toEqual([['t1-2', 'Doanh thu (2)']]);
    expect(m.deck.slides[0]!.view.userLayers).toEqual(['L1-2']);
    expect(m.deck.slides[1]!.view.theme.id).toBe('user:t1-2');
    expect(m.deck.slides[2]).toBe(deck.slides[2]);
  });

  it('adds a new layer under its own id when only its name is taken', () => {
    const m = mergeEmbedded(deck, { layers: [layer('L1')], tables: [] }, { layers: [layer('X9')], tables: [] });
    expect(m.layers.map((l) => [l.id, l.name])).toEqual([['L1', 'Khu A (2)']]);
    expect(m.deck.slides[0]!.view.userLayers).toEqual(['L1']);
  });
});
