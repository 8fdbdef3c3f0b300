// The build-time first picture: an SVG in Web Mercator world pixels that a page can place with the camera maths.
import { describe, expect, test } from 'vitest';
import { mercatorXY, project } from '../../src/lib/map2d/camera';
import { HOME_SVG_ZOOM, renderHomeSvg } from '../../pipeline/steps/home-svg';
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
    const unitPath = svg.match(/<path id="u" d="M(-?\d+) (-?\d+)/)!;
    const camera = { center: [107, 21] as [number, number], zoom: HOME_SVG_ZOOM };
    const [px, py] = project([107, 21], camera, { width: 0, height: 0 });
    const [cx, cy] = mercatorXY([107, 21]).map((v) => v * 512 * 2 ** HOME_SVG_ZOOM);
    // Screen position at the SVG's own zoom equals world pixels minus the origin.
    expect(Number(unitPath[1]) + ox! - cx!).toBeCloseTo(px, 0);
    expect(Number(unitPath[2]) + oy! - cy!).toBeCloseTo(py, 0);
  });
  test('all units are one path reused for outline and fill; specks are left out', () => {
    expect(svg.match(/<path id="u" d="([^"]*)"/)![1]!.split('M').length - 1).toBe(1);
    expect(svg).toContain('<use href="#u"');
    expect(svg).toContain('vector-effect="non-scaling-stroke"');
  });
  test('deterministic: the same input gives the same text', () => {
    expect(renderHomeSvg({ bounds, context: [], communes: [square(107, 21, 0.2)], zones: [] })).toBe(
      renderHomeSvg({ bounds, context: [], communes: [square(107, 21, 0.2)], zones: [] }),
    );
  });
});
