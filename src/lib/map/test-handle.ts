// The one hook through which browser tests (tests/e2e) and `npm run bench` reach a map:
// `window.qnMap`, the MapLibre map of the page's main map owner.
//
// It is set only when both hold:
//   - the owner was created with `{ testHandle: true }` (the app's main map is; a second map, such
//     as a compare view or a presenter preview, is not, so it never replaces the first);
//   - the browser is driven by automation (`navigator.webdriver`, true under Playwright), so a
//     person's browser never gets the global.
// Tests declare its type in tests/e2e/helpers.ts.
import type { Map as MaplibreMap } from 'maplibre-gl';

type HandleWindow = { qnMap?: MaplibreMap };

/** Exposes `map` as `window.qnMap` under automation; returns the function that withdraws it. */
export function exposeTestHandle(map: MaplibreMap): () => void {
  if (typeof window === 'undefined' || !navigator.webdriver) return () => {};
  const w = window as unknown as HandleWindow;
  w.qnMap = map;
  return () => {
    if (w.qnMap === map) delete w.qnMap;
  };
}

/** Names of the second maps' handles (the compare view: its MapLibre map, or its 2D map). */
export type SecondHandle = 'qnCompareMap' | 'qnCompareMap2d';

/** Exposes a second map as `window[name]` under automation; returns the function that withdraws it. */
export function exposeSecondHandle(name: SecondHandle, map: unknown): () => void {
  if (typeof window === 'undefined' || !navigator.webdriver) return () => {};
  const w = window as unknown as Record<SecondHandle, unknown>;
  w[name] = map;
  return () => {
    if (w[name] === map) delete w[name];
  };
}
