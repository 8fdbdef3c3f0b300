// Starts the map's slow parts at page start, in parallel with the app's data and first render,
// instead of when the map is created: MapLibre's workers (they parse their 520 KB script while the
// shell is built) and the archive's header and root directory (read by the reader the `pmtiles://`
// protocol shares, so the map's first tile requests need no round trip of their own).
import { prewarm } from 'maplibre-gl';
import { archive } from './archive-protocol';
import './map-owner.svelte';

export function prewarmMap(): void {
  // (map-owner, imported above, has set the worker's URL.)
  prewarm();
  // A failure is reported by the map when it asks again (the same rejected read, same message).
  archive()
    .getHeader()
    .catch(() => {});
}
