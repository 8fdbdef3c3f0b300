// The app's main map: the one the page shows, that slides move and the test handle exposes.
// `mainMap` is what features call (renderer-neutral, controller.ts). Its renderer is chosen at page
// start (renderer-choice.ts): MapLibre's owner (`webgl-main.ts`, loaded only then: no MapLibre
// byte is fetched on the 2D path) or the 2D map's owner. A second map (a compare view, a presenter
// preview) creates its own MapOwner beside it.
import { ActiveMap } from './active-map.svelte';

export const mainMap = new ActiveMap();
