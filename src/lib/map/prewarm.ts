// Starts MapLibre's workers at page start, in parallel with the app's data and first render, instead
// of when the map is created (they then parse their 520 KB script while the shell is built).
import { prewarm } from 'maplibre-gl';
import './map-owner.svelte';

export function prewarmMap(): void {
  // (map-owner, imported above, has set the worker's URL.)
  prewarm();
}
