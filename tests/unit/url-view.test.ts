// The whole view in the URL: round trips, and hostile links (absurd zoom, NaN, thousands of
// filters, a megabyte of query) are clamped or ignored with a note, never a blank page.
import { describe, expect, it } from 'vitest';
import { defaultView, type MapViewState } from '../../src/lib/deck/types';
import { MAX_QUERY_CHARS, parseViewUrl, withView } from '../../src/lib/deck/url-view';
import { MAX_FILTERS } from '../../src/lib/deck/url-filters';
import { metresPerPixel, niceScale, scaleLabel } from '../../src/lib/geo/scale';

const full: MapViewState = {
  camera: { center: [107.08123, 20.95456], zoom: 11.25, bearing: 15, pitch: 30 },
  adminVersion: '2020',
  layers: { zones: false, labels: true, context: true, sites: false },
  theme: { id: 'indicator:income_per_capita', year: 2023, method: 'jenks', classes: 4 },
  filters: [
    { kind: 'radius', center: [107.08, 20.95], km: 15 },
    { kind: 'type', values: ['xa'] },
  ],
  selected: { kind: 'district', code: '193' },
};

describe('the view in the URL', () => {
  it('round-trips every part of the view and keeps unrelated parameters', () => {
    const url = withView(new URL('http://localhost/?lang=en'), full);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(parseViewUrl(url.search)).toEqual({ view: full, notes: [] });
  });

  it('leaves defaults out, so the plain view has a plain link', () => {
    expect(withView(new URL('http://localhost/'), defaultView()).search).toBe('');
    expect(parseViewUrl('')).toEqual({ view: defaultView(), notes: [] });
  });

  it('clamps an absurd zoom and says so', () => {
    const r = parseViewUrl('?c=107,21,1e9');
    expect(r.view.camera).toEqual({ center: [107, 21], zoom: 17, bearing: 0, pitch: 0 });
    expect(r.notes).toEqual(['zoom 1e9 is out of range (6–17); used 17']);
  });

  it('ignores NaN or missing coordinates with a note', () => {
    for (const c of ['NaN,21,8', '107,,8', 'a,b,c', '107,21', '1e400,21,8']) {
      const r = parseViewUrl(`?c=${c}`);
      expect(r.view.camera, c).toBeNull();
      expect(r.notes, c).toHaveLength(1);
    }
    expect(parseViewUrl('?c=500,21,8').notes).toEqual(['map position is outside the world']);
  });

  it('keeps at most the allowed number of filters from 10,000', () => {
    const many = Array.from({ length: 10_000 }, () => ({ kind: 'type', values: ['xa'] }));
    const r = parseViewUrl(`?f=${encodeURIComponent(JSON.stringify(many))}`);
    expect(r.view.filters.length).toBeLessThanOrEqual(MAX_FILTERS);
    expect(r.notes).toHaveLength(1);
  });

  it('does not read a link of a megabyte at all', () => {
    const r = parseViewUrl(`?v=2020&x=${'a'.repeat(1_000_000)}`);
    expect(r.view).toEqual(defaultView());
    expect(r.notes[0]).toMatch(/too long/);
    expect(MAX_QUERY_CHARS).toBeLessThan(1_000_000);
  });

  it('drops unknown values part by part and keeps the rest', () => {
    const r = parseViewUrl('?v=1999&off=zones,bogus&t=<script>&y=abc&m=magic&k=99&s=nothing&c=107,21,9');
    expect(r.view.layers.zones).toBe(false);
    expect(r.view.camera?.zoom).toBe(9);
    expect(r.view.adminVersion).toBe('2025');
    expect(r.view.theme).toEqual({ ...defaultView().theme, classes: 7 });
    expect(r.view.selected).toBeNull();
    expect(r.notes).toHaveLength(7);
  });
});

describe('scale bar', () => {
  it('picks a round distance that fits', () => {
    expect(niceScale(100, 150)).toEqual({ metres: 10_000, px: 100 });
    expect(niceScale(30, 150)).toEqual({ metres: 2_000, px: 2_000 / 30 });
    expect(scaleLabel(500)).toBe('500 m');
    expect(scaleLabel(20_000)).toBe('20 km');
    expect(() => niceScale(0, 10)).toThrow();
  });

  it('knows how far a pixel reaches at Quảng Ninh', () => {
    // At zoom 0 a 512-pixel world: 78 km per pixel at the equator, less at 21° N.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(metresPerPixel(21, 10)).toBeCloseTo((78_271.5 * Math.cos((21 * Math.PI) / 180)) / 1024, 1);
  });
});
