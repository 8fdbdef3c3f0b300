// Framing in screen space: padding from panel rects, and map limits for a screen's shape.
import { describe, expect, it } from 'vitest';
import { boundsForScreen, insideFree, paddingForCovers, viewLimit, VIEW_MARGIN_DEG } from '../../src/lib/geo/viewport';

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
  it('never reaches past the limit (the box the context is drawn for), however tall the screen', () => {
    const limit = viewLimit(province);
    const tall = boundsForScreen(data, province, 200, 2000, 8, limit);
    expect(tall[1]).toBe(limit[1]);
    expect(tall[3]).toBe(limit[3]);
    expect(tall[0]).toBe(data[0]);
    // Without the limit the same screen would reach farther.
    const unlimited = boundsForScreen(data, province, 200, 2000, 8);
    expect(unlimited[1]).toBeLessThan(limit[1]);
    expect(unlimited[3]).toBeGreaterThan(limit[3]);
  });
  it("a phone's home view fits inside the limit: 390×730 and 360×690 need no cut", () => {
    const limit = viewLimit(province);
    for (const [w, h] of [
      [390, 730],
      [360, 690],
    ] as const) {
      expect(boundsForScreen(data, province, w, h, 8, limit)).toEqual(boundsForScreen(data, province, w, h, 8));
    }
  });
});

describe('viewLimit', () => {
  it('grows the province box by VIEW_MARGIN_DEG on every side', () => {
    expect(viewLimit([106, 20, 108, 22])).toEqual([106 - VIEW_MARGIN_DEG, 20 - VIEW_MARGIN_DEG, 108 + VIEW_MARGIN_DEG, 22 + VIEW_MARGIN_DEG]);
  });
});
