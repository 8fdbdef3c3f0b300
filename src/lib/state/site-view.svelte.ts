// Distances for every site (nearest port, border gate, Móng Cái zone), computed once with Turf
// when the sites and the zone outline are loaded.
import type { Site } from '../data/site-types';
import { siteDistances, type SiteDistances } from '../geo/site-distances';
import { appData } from './app-data.svelte';
import { filterResults } from './filter-results.svelte';

export class SiteView {
  distances = $derived.by(() => {
    const zone = filterResults.geometry?.zones.find((z) => z.properties.code === 'kkt_mong_cai') ?? null;
    const out = new Map<string, SiteDistances>();
    for (const s of appData.sites) out.set(s.id, siteDistances(s, appData.sites, zone));
    return out;
  });

  /**
   * Loads the zone outline (shared with the filters) so distances to it can be measured; called
   * when a card or a comparison needs it, never at start-up (it is ~1 MB of geometry).
   */
  ensure() {
    filterResults.ensureGeometry();
  }

  distanceTo(site: Site) {
    return this.distances.get(site.id);
  }
}

export const siteView = new SiteView();
