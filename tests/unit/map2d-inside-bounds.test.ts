// The 2D map's zoom constraint (src/lib/map2d/interaction.ts insideBounds): a view never shows past its bounds.
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { insideBounds } from '../../src/lib/map2d/interaction';

// A 400×800 screen; bounds 0.1 × 0.1 world units (screen = k·m + [x, y]).
const screen: [[number, number], [number, number]] = [
  [0, 0],
  [400, 800],
];
const bounds: [[number, number], [number, number]] = [
  [0.5, 0.5],
  [0.6, 0.6],
];
/** The world box a transform shows on the screen. */
const shown = (t: ReturnType<typeof insideBounds>) => [t.invertX(0), t.invertY(0), t.invertX(400), t.invertY(800)];
const within = (box: number[]) => {
  const eps = 1e-12;
  expect(box[0]).toBeGreaterThanOrEqual(bounds[0][0] - eps);
  expect(box[1]).toBeGreaterThanOrEqual(bounds[0][1] - eps);
  expect(box[2]).toBeLessThanOrEqual(bounds[1][0] + eps);
  expect(box[3]).toBeLessThanOrEqual(bounds[1][1] + eps);
};

describe('insideBounds', () => {
  it('zooms in a view that is larger than the bounds until the tall screen fits inside them (never centres them with a margin)', () => {
    // k = 2000: the screen spans 0.2 × 0.4 world units, more than the bounds.
    const t = insideBounds(zoomIdentity.translate(-900, -900).scale(2000), screen, bounds);
    expect(t.k).toBeCloseTo(8000); // 800 px over 0.1 units
    within(shown(t));
  });
  it('keeps a view that fits, moved back inside when panned past an edge', () => {
    const t = insideBounds(zoomIdentity.translate(-5000 * 0.45, -5000 * 0.45).scale(20000), screen, bounds);
    expect(t.k).toBe(20000);
    within(shown(t));
    expect(t.invertX(0)).toBeCloseTo(0.5);
    expect(t.invertY(0)).toBeCloseTo(0.5);
  });
  it('leaves a view inside the bounds as it is', () => {
    const t0 = zoomIdentity.translate(-20000 * 0.52, -20000 * 0.51).scale(20000);
    const t = insideBounds(t0, screen, bounds);
    expect([t.k, t.x, t.y]).toEqual([t0.k, t0.x, t0.y]);
  });
});
