// The measure tool's view parts: the shape on the map (view description), the measurement in the
// link and in slides (older decks without it still load), and the panel's text.
import { beforeAll, describe, expect, it } from 'vitest';
import { measureLine, measureRows } from '../../src/features/measure/measure-text';
import { loadCatalog, translate } from '../../src/i18n';
import { validateDeck } from '../../src/lib/deck/schema';
import { DECK_FORMAT, DECK_VERSION, defaultView } from '../../src/lib/deck/types';
import { parseViewUrl, withView } from '../../src/lib/deck/url-view';
import { measureResult } from '../../src/lib/geo/measure';
import { measureShape } from '../../src/lib/view/describe';

const square: [number, number][] = [
  [107, 21],
  [107.01, 21],
  [107.01, 21.01],
  [107, 21.01],
];

describe('measure shape in the view description', () => {
  it('none without points; points, then an open path for distance', () => {
    expect(measureShape('distance', [])).toBeNull();
    const kinds = (mode: 'distance' | 'area', n: number) => measureShape(mode, square.slice(0, n))!.shapes.features.map((f) => f.geometry.type);
    expect(kinds('distance', 1)).toEqual(['Point']);
    expect(kinds('distance', 3)).toEqual(['Point', 'Point', 'Point', 'LineString']);
    const path = measureShape('distance', square.slice(0, 3))!.shapes.features[3]!.geometry.coordinates;
    expect(path).toHaveLength(3);
  });

  it('area mode closes the path and adds the polygon from three points', () => {
    expect(measureShape('area', square.slice(0, 2))!.shapes.features.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'LineString']);
    const shape = measureShape('area', square)!;
    expect(shape.shapes.features.map((f) => f.geometry.type)).toEqual(['Point', 'Point', 'Point', 'Point', 'LineString', 'Polygon']);
    expect(shape.shapes.features[4]!.geometry.coordinates).toHaveLength(5);
    expect(shape.shapes.features.map((f) => f.properties?.index).slice(0, 4)).toEqual([0, 1, 2, 3]);
  });
});

describe('measurement in the link and in slides', () => {
  it('round-trips a measurement in the link and leaves it out when there is none', () => {
    const view = { ...defaultView(), measure: { mode: 'area' as const, points: square } };
    const url = withView(new URL('http://localhost/'), view);
    expect(url.searchParams.get('me')).toBe('a;107,21;107.01,21;107.01,21.01;107,21.01');
    expect(parseViewUrl(url.search)).toEqual({ view, notes: [] });
    expect(withView(new URL('http://localhost/'), { ...defaultView(), measure: { mode: 'distance', points: [] } }).search).toBe('');
  });

  it('drops a measurement it cannot read whole, with a note, and keeps the rest of the link', () => {
    for (const bad of ['x;107,21', 'd;107,21;abc,21', 'd;107,95', 'd', 'd;107,21,3', `d${';107,21'.repeat(201)}`]) {
      const parsed = parseViewUrl(`?v=2020&me=${encodeURIComponent(bad)}`);
      expect(parsed.view.measure, bad).toBeNull();
      expect(parsed.view.adminVersion).toBe('2020');
      expect(parsed.notes).toEqual(['measurement not understood']);
    }
  });

  it('a slide may carry a measurement; a deck without the field (older) still loads', () => {
    const slide = (view: object) => ({ id: 's1', title: '', caption: '', notes: '', view, sources: [], figures: [] });
    const deck = (view: object) => ({ format: DECK_FORMAT, version: DECK_VERSION, title: 't', slides: [slide(view)] });
    expect(validateDeck(deck(defaultView())).ok).toBe(true);
    expect(validateDeck(deck({ ...defaultView(), measure: { mode: 'distance', points: square } })).ok).toBe(true);
    expect(validateDeck(deck({ ...defaultView(), measure: null })).ok).toBe(true);
    const bad = validateDeck(deck({ ...defaultView(), measure: { mode: 'volume', points: square } }));
    expect(bad.ok).toBe(false);
    expect((bad as { error: string }).error).toMatch(/slides\[0\]\.view\.measure\.mode/);
  });
});

describe('panel text', () => {
  beforeAll(() => loadCatalog('en'));
  const t = (lang: 'vi' | 'en') => (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, key, p);
  it('a distance in the UI language; nothing until there are enough points', () => {
    const r = measureResult({
      mode: 'distance',
      points: [
        [107, 21],
        [107.1, 21],
      ],
    });
    expect(measureRows(r, 'vi', t('vi'))).toEqual([{ label: 'Chiều dài', value: '10,38 km' }]);
    expect(measureLine(r, 'en', t('en'))).toBe('10.38 km');
    expect(measureRows(measureResult({ mode: 'distance', points: [[107, 21]] }), 'vi', t('vi'))).toEqual([]);
  });

  it('an area in km² or ha with its perimeter', () => {
    const r = measureResult({ mode: 'area', points: square });
    expect(measureRows(r, 'en', t('en')).map((x) => x.label)).toEqual(['Area', 'Perimeter']);
    expect(measureLine(r, 'vi', t('vi'))).toBe('1,15 km² (chu vi 4,3 km)');
    const small = measureResult({ mode: 'area', points: square.map(([x, y]) => [107 + (x - 107) / 4, 21 + (y - 21) / 4]) });
    expect(measureLine(small, 'en', t('en'))).toMatch(/^7\.\d+ ha \(perimeter 1\.\d+ km\)$/);
  });
});
