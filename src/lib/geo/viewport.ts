// Screen-space framing, pure: the part of the map that panels leave uncovered, and map limits that
// let a whole area fit a screen of any shape. No maplibre or DOM import; rects are plain numbers.
import type { Bbox } from '../data/unit-index-types';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * Padding that keeps a framed feature out from under the panels over the map. Each panel is cut
 * off the map from the side where that costs the least area (a column on the left pads the left,
 * a bottom sheet pads the bottom); `margin` is added on every side. If the panels leave less than
 * `minFree` of the map in a direction, that direction's padding shrinks proportionally.
 * @example paddingForCovers({ left: 0, top: 0, right: 1000, bottom: 800 }, [{ left: 0, top: 0, right: 300, bottom: 500 }], 20)
 *   // { top: 20, right: 20, bottom: 20, left: 320 }
 */
export function paddingForCovers(map: Rect, covers: Rect[], margin = 0, minFree = 0.2): Padding {
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const c of covers) {
    const l = Math.max(c.left, map.left),
      r = Math.min(c.right, map.right);
    const t = Math.max(c.top, map.top),
      b = Math.min(c.bottom, map.bottom);
    if (r <= l || b <= t) continue; // not over the map
    // The free area left by cutting at each side; keep the largest.
    const options: [keyof Padding, number, number][] = [
      ['left', r - map.left, (map.right - r) * height],
      ['right', map.right - l, (l - map.left) * height],
      ['top', b - map.top, (map.bottom - b) * width],
      ['bottom', map.bottom - t, (t - map.top) * width],
    ];
    options.sort((a, b2) => b2[2] - a[2]);
    const [side, amount] = options[0]!;
    pad[side] = Math.max(pad[side], amount);
  }
  for (const side of Object.keys(pad) as (keyof Padding)[]) pad[side] += margin;
  const fit = (a: keyof Padding, b: keyof Padding, size: number) => {
    const room = size * (1 - minFree);
    const used = pad[a] + pad[b];
    if (used > room && used > 0) {
      pad[a] = (pad[a] * room) / used;
      pad[b] = (pad[b] * room) / used;
    }
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return pad;
}

/** True when the screen box lies wholly inside the map minus the padding. */
export function insideFree(box: Rect, size: { width: number; height: number }, pad: Padding): boolean {
  return box.left >= pad.left && box.top >= pad.top && box.right <= size.width - pad.right && box.bottom <= size.height - pad.bottom;
}

const mercX = (lng: number) => (lng + 180) / 360;
const mercY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const lngOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((1 - 2 * y) * Math.PI)) - 90;

/**
 * Map limits (maxBounds) wide enough that `area` fits a `width`×`height` screen with `padding`
 * pixels around it: `bounds`, grown around the area's centre to the screen's shape. A tall phone
 * screen needs more north–south room than the data's extent, or the limits stop the zoom-out
 * before the area's east and west ends are in view. With `limit`, never beyond it (see {@link viewLimit}).
 * @example boundsForScreen([105.6, 20.4, 108.4, 21.9], [106.4, 20.7, 108.1, 21.7], 390, 730, 16) // taller than the input
 */
export function boundsForScreen(bounds: Bbox, area: Bbox, width: number, height: number, padding: number, limit?: Bbox): Bbox {
  const [ax0, ay0, ax1, ay1] = [mercX(area[0]), mercY(area[3]), mercX(area[2]), mercY(area[1])];
  const availW = Math.max(1, width - 2 * padding);
  const availH = Math.max(1, height - 2 * padding);
  // Pixels per Mercator unit when the area just fits; the screen then spans width/s × height/s.
  const s = Math.min(availW / (ax1 - ax0), availH / (ay1 - ay0));
  const cx = (ax0 + ax1) / 2,
    cy = (ay0 + ay1) / 2;
  const hw = width / s / 2,
    hh = height / s / 2;
  const grown: Bbox = [
    Math.min(bounds[0], lngOf(cx - hw)),
    Math.min(bounds[1], latOf(cy + hh)),
    Math.max(bounds[2], lngOf(cx + hw)),
    Math.max(bounds[3], latOf(cy - hh)),
  ];
  return limit ? [Math.max(grown[0], limit[0]), Math.max(grown[1], limit[1]), Math.min(grown[2], limit[2]), Math.min(grown[3], limit[3])] : grown;
}

/**
 * Degrees around the province's box that a view may reach at most. The pipeline draws the context
 * (the neighbouring land, Natural Earth's coast) a little beyond this box (pipeline/build-outputs.ts),
 * so no view shows where that data ends: on a tall phone the home view (the province's width fitted
 * to the screen) reaches about 1.0° north and south of the province; 1.3° leaves room for screens up
 * to about 2.3 times as tall as wide. A screen beyond that is kept inside by zooming in a little.
 */
export const VIEW_MARGIN_DEG = 1.3;

/**
 * The box no view may leave: `area` (the province) grown by {@link VIEW_MARGIN_DEG}.
 * @example viewLimit([106.44, 20.69, 108.09, 21.66]) // [105.14, 19.39, 109.39, 22.96]
 */
export function viewLimit(area: Bbox): Bbox {
  return [area[0] - VIEW_MARGIN_DEG, area[1] - VIEW_MARGIN_DEG, area[2] + VIEW_MARGIN_DEG, area[3] + VIEW_MARGIN_DEG];
}
