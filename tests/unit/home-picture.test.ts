// home.svg as the boot script's drawing steps (src/boot/home-picture.ts): every shape, paint and
// path of the SVG kept, in the SVG's painting order.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderHomeSvg } from '../../pipeline/steps/home-svg';
import { SIMPLIFY_UNITS, bootPictureFromSvg, compactPath, simplifyPath } from '../../src/boot/home-picture';
import { mapTheme } from '../../src/lib/style/map-theme';
import { squareFeature as square } from './shapes';

const c = mapTheme.colours;

describe('bootPictureFromSvg', () => {
  test("reads renderHomeSvg's picture: sea, context, the units' outline then their fill and borders, dashed zones", () => {
    const svg = renderHomeSvg({
      bounds: [106, 20.5, 108.5, 22],
      context: [square(106, 21.5, 0.3, 'province'), square(106.2, 21.8, 0.1, 'country')],
      communes: [square(107, 21, 0.2), square(107.2, 21, 0.2)],
      zones: [square(107, 21, 0.1, 'zone')],
    });
    const picture = bootPictureFromSvg(svg);
    const [, , w, h] = svg
      .match(/viewBox="([^"]*)"/)![1]!
      .split(' ')
      .map(Number);
    expect([picture.w, picture.h, picture.bg]).toEqual([w, h, c.sea]);
    const units = compactPath(simplifyPath(svg.match(new RegExp(`<path d="([^"]*)" fill="${c.provinceLand}"`))![1]!, SIMPLIFY_UNITS));
    const edge = compactPath(simplifyPath(svg.match(new RegExp(`<path d="([^"]*)" fill="none" stroke="${c.provinceLine}"`))![1]!, SIMPLIFY_UNITS));
    const step = (i: number) => ({ ...picture.steps[i]!, d: picture.paths[picture.steps[i]!.d] });
    expect(picture.steps).toHaveLength(5);
    expect(step(0)).toMatchObject({ fill: c.neighbourLand, stroke: c.neighbourLine, width: 0.8, round: true });
    expect(step(1)).toEqual({ d: expect.any(String), fill: c.foreignLand });
    expect(step(2)).toEqual({ d: edge, stroke: c.provinceLine, width: 2.2, round: true, cap: true });
    expect(step(3)).toEqual({ d: units, fill: c.provinceLand, stroke: c.communeLine, width: 0.6 });
    expect(step(4)).toEqual({ d: expect.stringMatching(/^M/), stroke: c.zoneLine, width: 2.2, dash: [6, 4], round: true });
    // Two units side by side: the edge leaves out their shared border.
    expect(edge.split('M')).toHaveLength(3);
  });

  test('the committed home.svg: every path of it is drawn', () => {
    const svg = readFileSync(new URL('../../public/data/home.svg', import.meta.url), 'utf8');
    const picture = bootPictureFromSvg(svg);
    const inSvg = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => compactPath(simplifyPath(m[1]!, SIMPLIFY_UNITS)));
    expect(new Set(picture.steps.map((s) => picture.paths[s.d]))).toEqual(new Set(inSvg));
  });

  test('compactPath: the same numbers and commands, a repeated lineto without its letter', () => {
    const d = 'M1713 293l0 4l-13 16l-5 11l3 -2zM5 5l1 1l2 2z';
    expect(compactPath(d)).toBe('M1713 293l0 4-13 16-5 11 3 -2zM5 5l1 1 2 2z');
    // (After an M the first l stays: further pairs there would be absolute.)
    const tokens = (path: string) => path.match(/[Mz]|-?\d+/g);
    expect(tokens(compactPath(d))).toEqual(tokens(d));
    expect(compactPath('M0 0C1 1 2 2 3 3')).toBe('M0 0C1 1 2 2 3 3');
  });

  test("simplifyPath: vertices within the tolerance of their neighbours' line go, corners and rings stay", () => {
    expect(simplifyPath('M0 0l1 0l1 0l0 2l-2 0z', 0.5)).toBe('M0 0l2 0l0 2l-2 0z');
    // A bump of one unit stays at half a unit's tolerance; two rings, each closed.
    expect(simplifyPath('M0 0l1 1l1 -1l0 2l-2 0zM10 10l1 0l0 1z', 0.5)).toBe('M0 0l1 1l1 -1l0 2l-2 0zM10 10l1 0l0 1z');
    expect(simplifyPath('M0 0C1 1 2 2 3 3', 0.5)).toBe('M0 0C1 1 2 2 3 3');
  });

  test('refuses what it would otherwise leave out', () => {
    expect(() => bootPictureFromSvg('<svg viewBox="0 0 4 2"><rect width="4" height="2" fill="#00f"/><circle r="1"/></svg>')).toThrow(/circle/);
    expect(() => bootPictureFromSvg('<svg viewBox="0 0 4 2"><path d="M0 0l1 1"/></svg>')).toThrow(/background/);
    expect(() => bootPictureFromSvg('<svg viewBox="0 0 4 2"><rect width="4" height="2" fill="#00f"/><use href="#x"/></svg>')).toThrow(/#x/);
  });
});
