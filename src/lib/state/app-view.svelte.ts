// The whole map view as one value: read it from the app's state (for slides and the URL), and put
// one back (when a slide is shown or a link is opened).
import type { MapViewState } from '../deck/types';
import { mainMap } from '../map/main-map';
import { camera } from './camera.svelte';
import { compare } from './compare.svelte';
import { filterResults } from './filter-results.svelte';
import { filters } from './filters.svelte';
import { measure } from './measure.svelte';
import { selection } from './selection.svelte';
import { theme } from './theme.svelte';
import { userLayers } from './user-layers.svelte';
import { view } from './view.svelte';

/** The view on screen now. `withCamera: false` leaves the camera out (the fitted province view). */
export function currentView(withCamera = true): MapViewState {
  return {
    camera: withCamera ? camera.current : null,
    adminVersion: view.adminVersion,
    layers: { ...view.layers },
    theme: { id: theme.theme, year: theme.year, method: theme.method, classes: theme.classes },
    filters: $state.snapshot(filters.list) as MapViewState['filters'],
    // (An imported feature is known only in this browser, by a local id: links and slides leave it out.)
    selected: selection.selected && selection.selected.kind !== 'user' ? { ...selection.selected } : null,
    // Left out when nothing is measured, so views without a measurement compare equal to older ones.
    ...(measure.shape.points.length
      ? { measure: { mode: measure.shape.mode, points: measure.shape.points.map((p) => [p[0]!, p[1]!] as [number, number]) } }
      : {}),
    // The user's own layers on the map (left out when none, as for the measurement).
    ...(userLayers.shownIds.length ? { userLayers: [...userLayers.shownIds] } : {}),
    // (Likewise left out when compare is off.)
    ...(compare.setting ? { compare: compare.setting } : {}),
  };
}

export interface ApplyOptions {
  /** Fly (true) or jump (false) to the camera. */
  animate: boolean;
  /** Milliseconds for the flight. */
  duration?: number;
  /** False leaves the camera where it is (the map is created at the view's camera). */
  moveCamera?: boolean;
}

/** Shows a view: layers, theme, filters and selection at once, then moves the camera. */
export function applyView(v: MapViewState, options: ApplyOptions = { animate: false }): void {
  view.adminVersion = v.adminVersion;
  view.layers = { ...v.layers };
  theme.theme = v.theme.id;
  theme.year = v.theme.year;
  theme.method = v.theme.method;
  theme.classes = v.theme.classes;
  filters.list = [...v.filters];
  if (filters.list.length) filterResults.ensureGeometry();
  // The slide's camera decides the framing, so selecting does not move the map.
  selection.select(v.selected, { move: false });
  measure.set(v.measure ?? null);
  // Views saved without user layers leave the layers as they are.
  if (v.userLayers) userLayers.showOnly(v.userLayers);
  compare.set(v.compare ?? null);
  if (options.moveCamera !== false) mainMap.moveTo(v.camera, options);
}
