// The app's loaded data (unit index, sources) and any problem loading it.
import type { FactsFile } from '../data/facts-types';
import { loadFacts, loadIndex, loadSites, loadSources } from '../data/load';
import type { Site } from '../data/site-types';
import type { AppIndex, DataSource, District2020, EconomicZone, Unit2025 } from '../data/unit-index-types';

export class AppData {
  index = $state.raw<AppIndex | null>(null);
  sources = $state.raw<DataSource[]>([]);
  facts = $state.raw<FactsFile | null>(null);
  sites = $state.raw<Site[]>([]);
  sitesById = $derived(new Map(this.sites.map((s) => [s.id, s])));
  problems = $state<string[]>([]);

  unitsByCode = $derived(new Map<string, Unit2025>(this.index?.units.map((u) => [u.code, u]) ?? []));
  districtsByCode = $derived(new Map<string, District2020>(this.index?.districts.map((d) => [d.code, d]) ?? []));
  zonesById = $derived(new Map<string, EconomicZone>(this.index?.zones.map((z) => [z.id, z]) ?? []));
  oldByCode = $derived(new Map(this.index?.oldCommunes.map((c) => [c.code, c]) ?? []));

  async load() {
    const [index, sources] = await Promise.allSettled([loadIndex(), loadSources()]);
    if (index.status === 'fulfilled') this.index = index.value;
    else this.problems.push((index.reason as Error).message);
    if (sources.status === 'fulfilled') this.sources = sources.value;
    else this.problems.push((sources.reason as Error).message);
    loadSites().then(
      (sites) => (this.sites = sites),
      (err: Error) => this.problems.push(err.message),
    );
  }

  #factsRequested = false;
  /** Facts are not needed for the map's first frame: App.svelte asks for them once it is drawn. */
  loadFacts() {
    if (this.#factsRequested) return;
    this.#factsRequested = true;
    loadFacts().then(
      (facts) => (this.facts = facts),
      (err: Error) => this.problems.push(err.message),
    );
  }
}

export const appData = new AppData();
