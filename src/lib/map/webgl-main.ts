// The WebGL (MapLibre) side of the main map, imported with `import()` only when the page draws
// with MapLibre: the owner of the main map and the component that mounts it.
import { MapOwner } from './map-owner.svelte';

export { default as MapView } from './MapView.svelte';
export const webglMap = new MapOwner({ testHandle: true });
