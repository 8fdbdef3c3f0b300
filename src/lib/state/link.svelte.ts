// The page URL carries the whole view: read once on start, written back after every change
// (without new history entries), and a plain note when part of a link could not be used.
import { parseViewUrl, withView } from '../deck/url-view';
import type { MapViewState } from '../deck/types';
import { applyView } from './app-view.svelte';
import { camera } from './camera.svelte';
import { filters } from './filters.svelte';

export class LinkState {
  /** What part of the opening link was dropped or clamped; empty when all of it was used. */
  notes = $state<string[]>([]);

  /** Applies the view in `search` (on start, before the map exists). */
  read(search: string) {
    const { view, notes, filterNote } = parseViewUrl(search);
    // The map is created at this camera, so only the rest of the view is applied here.
    camera.current = view.camera;
    applyView(view, { animate: false, moveCamera: false });
    filters.urlNote = filterNote ?? null;
    this.notes = notes;
  }

  /** Puts `view` into the address bar, replacing the current entry. */
  write(view: MapViewState) {
    const next = withView(new URL(window.location.href), view);
    if (next.href !== window.location.href) history.replaceState(history.state, '', next);
  }

  dismiss() {
    this.notes = [];
  }
}

export const link = new LinkState();
