// Site symbols: one set of sizes (src/lib/style/site-symbol.ts) drives the WebGL style and the 2D map alike.
import { describe, expect, test } from 'vitest';
import { baseScene } from '../../src/lib/map2d/base-scene';
import { buildStyle } from '../../src/lib/map/style';
import { interpolateStops, SITE_SYMBOL, siteRadiusAt } from '../../src/lib/style/site-symbol';

const communes = { type: 'FeatureCollection', features: [] } as never;
const sites = [
  { id: 'a', position: [107.05, 21.05], category: 'industrial', areaHa: null, quality: 'approximate' },
  { id: 'b', position: [107.1, 21.1], category: 'industrial', areaHa: 1600, quality: 'exact' },
] as never;
const layers = { zones: false, labels: false, context: false, sites: true };

describe('site symbol sizes', () => {
  test('stops interpolate linearly and clamp at the ends', () => {
    expect(interpolateStops(SITE_SYMBOL.scaleByZoom, 6)).toBe(0.45);
    expect(interpolateStops(SITE_SYMBOL.scaleByZoom, 8)).toBeCloseTo(0.525);
    expect(interpolateStops(SITE_SYMBOL.scaleByZoom, 14)).toBe(1);
    expect(interpolateStops(SITE_SYMBOL.codeSizeByZoom, 10)).toBeCloseTo(7.75);
  });

  test('a disc is 0.45×, 0.6×, 0.85× and 1× its full size at zoom 7, 9, 11, 12', () => {
    expect([7, 9, 11, 12].map((z) => siteRadiusAt(null, z))).toEqual([0.45 * 8, 0.6 * 8, 0.85 * 8, 8]);
    // √1600 ha = 40 → 14 px at full size.
    expect(siteRadiusAt(1600, 12)).toBe(14);
    expect(siteRadiusAt(1600, 7)).toBeCloseTo(6.3);
  });

  test('the 2D map draws discs, halos and codes at the WebGL sizes for its zoom', () => {
    for (const [zoom, scale, halo, code] of [
      [7, 0.45, 5, 5],
      [9, 0.6, 8, 6.5],
      [11, 0.85, 8 + (14 * 2) / 3, 9],
    ] as const) {
      const s = baseScene({ communes, sites }, { adminVersion: '2025', layers, zoom });
      expect(s.symbols[0]).toMatchObject({ id: 'a', codeSize: code });
      expect(s.symbols[0]!.radius).toBeCloseTo(8 * scale);
      expect(s.symbols[0]!.halo).toBeCloseTo(halo);
      expect(s.symbols[1]!.radius).toBeCloseTo(14 * scale);
      expect(s.symbols[1]!.halo).toBeUndefined();
    }
  });

  test('the WebGL style reads the same stops', () => {
    const style = buildStyle({ type: 'FeatureCollection', features: [] }, { adminVersion: '2025', layers } as never);
    const text = (id: string) => JSON.stringify(style.layers.find((l) => l.id === id));
    expect(text('sites-code')).toContain(JSON.stringify(['interpolate', ['linear'], ['zoom'], ...SITE_SYMBOL.codeSizeByZoom.flat()]));
    expect(text('sites-circle')).toContain(JSON.stringify(['*', 0.45]).slice(0, -1));
    expect(text('sites-circle')).toContain(JSON.stringify([...SITE_SYMBOL.radiusBySqrtHa.flat()]).slice(1, -1));
  });
});
