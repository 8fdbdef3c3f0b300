// The panels lying over the map now (marked `data-map-cover`, and the info panel): their screen
// rects, for framing a selection in the part of the map they leave free.
import type { Rect } from '../lib/geo/viewport';

export const COVER_SELECTOR = '[data-map-cover], [data-testid="info-panel"]';

/** Rects of the visible covering panels. */
export function coveringRects(root: ParentNode = document): Rect[] {
  const out: Rect[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(COVER_SELECTOR)) {
    if (!el.checkVisibility?.() && el.offsetParent === null) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return out;
}
