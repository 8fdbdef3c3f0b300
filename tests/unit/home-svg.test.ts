// The build-time first picture: an SVG in Web Mercator world pixels that a page can place with the camera maths.
import { describe, expect, test } from 'vitest';
import { mercatorXY, project } from '../../src/lib/map2d/camera';
import { HOME_SVG_ZOOM, outerEdges, renderHomeSvg } from '../../pipeline/steps/home-svg';
import { mapTheme } from '../../src/lib/style/map-theme';
import { squareFeature as square } from './shapes';

const bounds: [number, number, number, number] = [106, 20.5, 108.5, 22];
const svg = renderHomeSvg({
  bounds,
  context: [square(106, 21.5, 0.3, 'province')],
  communes: [square(107, 21, 0.2), square(107.5, 21, 0.0001)],
  zones: [square(107, 21, 0.1, 'zone')],
});
const attr = (name: string) => svg.match(new RegExp(`${name}="([^"]*)"`))![1]!;

describe('renderHomeSvg', () => {
  test('says where it sits: zoom and world-pixel origin of its top-left corner', () => {
    const k = 512 * 2 ** HOME_SVG_ZOOM;
    expect(attr('data-zoom')).toBe(String(HOME_SVG_ZOOM));
    const [ox, oy] = attr('data-origin').split(' ').map(Number);
    expect(ox).toBe(Math.floor(mercatorXY([106, 22])[0] * k));
    expect(oy).toBe(Math.floor(mercatorXY([106, 22])[1] * k));
    const [, , w, h] = attr('viewBox').split(' ').map(Number);
    expect(w).toBe(Math.ceil(mercatorXY([108.5, 20.5])[0] * k) - ox!);
    expect(h).toBe(Math.ceil(mercatorXY([108.5, 20.5])[1] * k) - oy!);
  });
  test('a unit corner lands where the camera maths put it (within the 1-unit rounding)', () => {
    const [ox, oy] = attr('data-origin').split(' ').map(Number);
    const unitPath = svg.match(new RegExp(`<path d="M(-?\\d+) (-?\\d+)[^"]*" fill="${mapTheme.colours.provinceLand}"`))!;
    const camera = { center: [107, 21] as [number, number], zoom: HOME_SVG_ZOOM };
    const [px, py] = project([107, 21], camera, { width: 0, height: 0 });
    const [cx, cy] = mercatorXY([107, 21]).map((v) => v * 512 * 2 ** HOME_SVG_ZOOM);
    // Screen position at the SVG's own zoom equals world pixels minus the origin.
    expect(Number(unitPath[1]) + ox! - cx!).toBeCloseTo(px, 0);
    expect(Number(unitPath[2]) + oy! - cy!).toBeCloseTo(py, 0);
  });
  test("all units are one filled path over the province's edge; specks are left out", () => {
    const fill = svg.match(new RegExp(`<path d="([^"]*)" fill="${mapTheme.colours.provinceLand}"`))!;
    expect(fill[1]!.split('M').length - 1).toBe(1);
    const edge = svg.match(new RegExp(`<path d="([^"]*)" fill="none" stroke="${mapTheme.colours.provinceLine}"[^>]*stroke-linecap="round"/>`))!;
    // (One unit, not shared: its whole ring is the edge.)
    expect(edge[1]).toBe(fill[1]);
    expect(svg.indexOf(edge[0])).toBeLessThan(svg.indexOf(fill[0]));
    expect(svg).toContain('vector-effect="non-scaling-stroke"');
  });
  test("the province's edge: the unit edges no other unit shares, in runs; an unshared ring whole", () => {
    const a: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const b: [number, number][] = [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ];
    const island: [number, number][] = [
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 5],
    ];
    // The shared edge (1,0)–(1,1) is left out: each square gives one run of its three other edges.
    expect(outerEdges([a, b])).toBe('M1 1l-1 0l0-1l1 0M1 0l1 0l0 1l-1 0');
    expect(outerEdges([island])).toBe('M5 5l1 0l0 1l-1-1z');
    expect(outerEdges([a, b, island])).toBe(outerEdges([a, b]) + outerEdges([island]));
  });
  test('deterministic: the same input gives the same text', () => {
    expect(renderHomeSvg({ bounds, context: [], communes: [square(107, 21, 0.2)], zones: [] })).toBe(
      renderHomeSvg({ bounds, context: [], communes: [square(107, 21, 0.2)], zones: [] }),
    );
  });
});
