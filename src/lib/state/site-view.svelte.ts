// Distances for every site (nearest port, border gate, Móng Cái zone), computed once with Turf
// when the sites and the zone outline are loaded.
import type { Site } from '../data/site-types';
import type { SiteDistances } from '../geo/site-distances';
import { appData } from './app-data.svelte';
import { filterResults } from './filter-results.svelte';

export class SiteView {
  /** Empty until the engine has loaded (`ensure`). */
  distances = $derived.by(() => {
    const engine = filterResults.engine;
    if (!engine) return new Map<string, SiteDistances>();
    const zone = filterResults.geometry?.zones.find((z) => z.properties.code === 'kkt_mong_cai') ?? null;
    const out = new Map<string, SiteDistances>();
    for (const s of appData.sites) out.set(s.id, engine.siteDistances(s, appData.sites, zone));
    return out;
  });

  /**
   * Loads Turf and the zone outline (shared with the filters) so distances can be measured; called
   * when a card or a comparison needs it, never at start-up (it is ~1 MB of geometry).
   */
  ensure() {
    void filterResults.loadEngine();
    void filterResults.ensureGeometry();
  }

  /**
   * Sites the investor list keeps when "show on the map" is on: the map dims every other site.
   * null = nothing dims.
   */
  onMap = $state.raw<ReadonlySet<string> | null>(null);

  distanceTo(site: Site) {
    return this.distances.get(site.id);
  }
}

export const siteView = new SiteView();
