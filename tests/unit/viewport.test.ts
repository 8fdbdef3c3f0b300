// Framing in screen space: padding from panel rects, and map limits for a screen's shape.
import { describe, expect, it } from 'vitest';
import { boundsForScreen, insideFree, paddingForCovers } from '../../src/lib/geo/viewport';

const map = { left: 0, top: 0, right: 1280, bottom: 754 };

describe('paddingForCovers', () => {
  it('pads the side each panel hangs on: side column left, info panel right', () => {
    const side = { left: 12, top: 12, right: 312, bottom: 600 };
    const info = { left: 908, top: 12, right: 1268, bottom: 714 };
    expect(paddingForCovers(map, [side, info], 20)).toEqual({ top: 20, right: 392, bottom: 20, left: 332 });
  });

  it('pads the bottom for a phone sheet and ignores panels outside the map', () => {
    const phone = { left: 0, top: 110, right: 390, bottom: 844 };
    const sheet = { left: 0, top: 380, right: 390, bottom: 844 };
    const header = { left: 0, top: 0, right: 390, bottom: 110 };
    const pad = paddingForCovers(phone, [sheet, header], 10);
    expect(pad).toEqual({ top: 10, right: 10, bottom: 474, left: 10 });
  });

  it('keeps some of the map free when panels would cover almost all of it', () => {
    const pad = paddingForCovers({ left: 0, top: 0, right: 400, bottom: 400 }, [{ left: 0, top: 0, right: 390, bottom: 400 }], 10);
    expect(pad.left + pad.right).toBeCloseTo(320);
  });

  it('says whether a screen box is in the free part', () => {
    const pad = { top: 10, right: 300, bottom: 10, left: 300 };
    expect(insideFree({ left: 400, top: 100, right: 600, bottom: 200 }, { width: 1280, height: 754 }, pad)).toBe(true);
    expect(insideFree({ left: 200, top: 100, right: 600, bottom: 200 }, { width: 1280, height: 754 }, pad)).toBe(false);
  });
});

describe('boundsForScreen', () => {
  const data: [number, number, number, number] = [105.64, 20.44, 108.39, 21.86];
  const province: [number, number, number, number] = [106.43, 20.73, 108.08, 21.67];
  it('grows north–south for a tall phone so the whole width can fit', () => {
    const b = boundsForScreen(data, province, 390, 730, 12);
    expect(b[0]).toBe(105.64);
    expect(b[2]).toBe(108.39);
    expect(b[1]).toBeLessThan(20.2);
    expect(b[3]).toBeGreaterThan(22.2);
  });
  it("leaves a wide screen's limits as they were", () => {
    expect(boundsForScreen(data, province, 1280, 754, 24)).toEqual(data);
  });
});
