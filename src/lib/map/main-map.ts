// The app's main map: the one the page shows, that slides move and the test handle exposes.
// `mainMap` is what features call (renderer-neutral, controller.ts); `webglMap` is its MapLibre
// owner, replaced by the 2D map's owner where WebGL is missing. A second map (a compare view, a
// presenter preview) creates its own MapOwner beside it.
import { ActiveMap } from './active-map.svelte';
import { MapOwner } from './map-owner.svelte';

export const webglMap = new MapOwner({ testHandle: true });
export const mainMap = new ActiveMap(webglMap);
