// The app's main map: the one the page shows, that slides move and the test handle exposes.
// A second map (a compare view, a presenter preview) creates its own MapOwner beside it.
import { MapOwner } from './map-owner.svelte';

export const mainMap = new MapOwner({ testHandle: true });
