// The page URL carries the whole view: read once on start, written back after every change
// (without new history entries), and a plain note when part of a link could not be used.
import { parseViewUrl, withView } from '../deck/url-view';
import type { MapViewState } from '../deck/types';
import { applyView } from './app-view.svelte';
import { camera } from './camera.svelte';
import { filters } from './filters.svelte';

/** A write is made this long after it was asked for at the latest, when no frame comes (a hidden tab). */
export const WRITE_FALLBACK_MS = 100;

export class LinkState {
  /** What part of the opening link was dropped or clamped; empty when all of it was used. */
  notes = $state<string[]>([]);

  /** The view waiting to be written (`write`); null when the address bar is up to date. */
  #pending: MapViewState | null = null;
  #frame = 0;
  #afterFrame: ReturnType<typeof setTimeout> | undefined;
  #fallback: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    if (typeof window === 'undefined') return;
    // The address bar is never stale when the person copies or bookmarks it, prints (the browser
    // prints the URL), or leaves: a page being hidden or left gets its last view at once.
    window.addEventListener('pagehide', () => this.flush());
    window.addEventListener('beforeprint', () => this.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
  }

  /** Applies the view in `search` (on start, before the map exists). */
  read(search: string) {
    const { view, notes, filterNote } = parseViewUrl(search);
    // The map is created at this camera, so only the rest of the view is applied here.
    camera.current = view.camera;
    applyView(view, { animate: false, moveCamera: false });
    filters.urlNote = filterNote ?? null;
    this.notes = notes;
  }

  /**
   * Puts `view` into the address bar, replacing the current entry, after the next frame: building
   * the URL and `history.replaceState` take 5–10 ms of the main thread (up to 41 ms under load), which
   * in the same task would delay the frame of the change that caused it (a recolour, the 2D map's
   * first camera). Writes until then are merged into one, the last view winning. MapLibre's own
   * `Hash` (maplibre-gl src/ui/hash.ts, `_updateHash`) likewise does not write the address bar in
   * step with every change: it throttles its `replaceState` to one per 300 ms. Without frames (a
   * hidden tab) a timer writes instead, whichever comes first. Whatever in the app reads or shares
   * `location.href` calls `flush()` first.
   */
  write(view: MapViewState) {
    const idle = this.#pending === null;
    this.#pending = view;
    if (!idle) return;
    this.#frame = requestAnimationFrame(() => (this.#afterFrame = setTimeout(() => this.flush())));
    this.#fallback = setTimeout(() => this.flush(), WRITE_FALLBACK_MS);
  }

  /** Writes a pending view now (nothing when none is waiting or the URL would not change). */
  flush() {
    const view = this.#pending;
    if (!view) return;
    this.#pending = null;
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#afterFrame);
    clearTimeout(this.#fallback);
    const next = withView(new URL(window.location.href), view);
    if (next.href !== window.location.href) history.replaceState(history.state, '', next);
  }

  dismiss() {
    this.notes = [];
  }
}

export const link = new LinkState();
