// The result of the active filters on the active layer: matching codes, problems, and the rows and
// summary the result list shows. Geometry for Turf loads only once a filter exists.
import { loadGeometry } from '../data/load';
import { mapValues } from '../data/facts-query';
import type { FilterContext, FilterOutcome } from '../geo/filter-engine';
import type { Engine } from '../geo/engine';
import type { AreaFeature, FeatureIndex, FilterableFeature } from '../geo/spatial-index';
import { isMixedId, mixedId } from '../data/unit-index-types';
import { isSpatial, type FeatureTarget, type Filter } from '../geo/filter-types';
import { userLayerTarget } from '../geo/user-target';
import { appData } from './app-data.svelte';
import { userLayers } from './user-layers.svelte';
import { filters } from './filters.svelte';
import { theme } from './theme.svelte';
import { view } from './view.svelte';

interface Geometry {
  units: FeatureIndex;
  districts: FeatureIndex;
  zones: AreaFeature[];
}

export interface ResultRow {
  code: string;
  name: string;
  kind: 'unit' | 'district' | 'mixed';
  value: number | null;
}

/** The geometry a filter names: an area from the light GeoJSON, or a site's point. */
function lookupTarget(g: Geometry, t: FeatureTarget): FilterableFeature | undefined {
  if (t.layer === 'site') {
    const site = appData.sitesById.get(t.code);
    return site ? { type: 'Feature', properties: { code: site.id }, geometry: { type: 'Point', coordinates: site.position } } : undefined;
  }
  if (t.layer === 'user') {
    const layer = userLayers.list.find((l) => l.layer.id === t.code)?.layer;
    return layer ? userLayerTarget(layer.data, t.code) : undefined;
  }
  if (t.layer === 'zone') return g.zones.find((z) => z.properties.code === t.code);
  return (t.layer === 'unit' ? g.units : g.districts).features.find((f) => String(f.properties.code) === t.code);
}

export class FilterResults {
  geometry = $state.raw<Geometry | null>(null);
  loadError = $state<string | null>(null);
  #loading = false;

  active = $derived(filters.list.length > 0);

  /** The Turf-based engine, loaded with the geometry on first use. */
  engine = $state.raw<Engine | null>(null);
  #engine: Promise<Engine> | null = null;

  /** Loads the engine (once); resolves to it. */
  loadEngine(): Promise<Engine> {
    this.#engine ??= import('../geo/engine').then((m) => (this.engine = m));
    return this.#engine;
  }

  async ensureGeometry() {
    if (this.geometry || this.#loading) return;
    this.#loading = true;
    try {
      const [units, districts, zones, engine] = await Promise.all([
        loadGeometry('communes_2025'),
        loadGeometry('districts_2020'),
        loadGeometry('economic_zones'),
        this.loadEngine(),
      ]);
      this.geometry = {
        units: new engine.FeatureIndex(units.features as AreaFeature[]),
        districts: new engine.FeatureIndex(districts.features as AreaFeature[]),
        zones: zones.features as AreaFeature[],
      };
    } catch (err) {
      this.loadError = (err as Error).message;
    } finally {
      this.#loading = false;
    }
  }

  outcome = $derived.by<FilterOutcome | null>(() => {
    const g = this.geometry;
    const engine = this.engine;
    const facts = appData.facts;
    if (!this.active || !g || !engine || !appData.index) return null;
    const units = appData.unitsByCode;
    const layer = view.adminVersion === '2025' ? g.units : g.districts;
    const ctx: FilterContext = {
      index: layer,
      lookup: (t) => lookupTarget(g, t),
      category: (c) =>
        c === 'zone'
          ? g.zones
          : appData.sites
              .filter((s) => s.category === c)
              .map((s) => ({ type: 'Feature' as const, properties: { code: s.id }, geometry: { type: 'Point' as const, coordinates: s.position } })),
      attributes: (code) => {
        const u = units.get(code);
        if (u) return { type: u.type, ntm: facts?.ntm.units2025[code]?.class, districts: u.district2020 ? [u.district2020] : u.mixedDistricts2020 };
        const mixed = isMixedId(code) ? appData.index!.mixed.find((m) => mixedId(m.code) === code) : undefined;
        return { districts: mixed ? mixed.districts2020 : [code] };
      },
      indicatorValue: (code, indicator, year) => (facts ? (mapValues(facts.facts, indicator, year).get(code)?.value ?? null) : null),
    };
    return engine.applyFilters($state.snapshot(filters.list) as typeof filters.list, ctx);
  });

  /**
   * Sites the spatial filters (and a district filter) select; unit-only attributes (type, NTM,
   * indicator) do not apply to sites.
   */
  sites = $derived.by<string[]>(() => {
    const g = this.geometry;
    const engine = this.engine;
    if (!this.active || !g || !engine || !appData.sites.length) return [];
    const spatial = (filters.list as Filter[]).filter((f) => isSpatial(f) || f.kind === 'district');
    if (!spatial.length) return [];
    const points = appData.sites.map((s) => ({
      type: 'Feature' as const,
      properties: { code: s.id },
      geometry: { type: 'Point' as const, coordinates: s.position },
    }));
    const out = engine.applyFilters($state.snapshot(spatial) as Filter[], {
      index: new engine.FeatureIndex<FilterableFeature>(points),
      lookup: (t) => lookupTarget(g, t),
      category: (c) => (c === 'zone' ? g.zones : points.filter((p) => appData.sitesById.get(p.properties.code)?.category === c)),
      attributes: (code) => {
        const site = appData.sitesById.get(code);
        return { districts: site ? [site.district2020 ?? '', ...site.mixedDistricts2020].filter(Boolean) : [] };
      },
      indicatorValue: () => null,
    });
    return [...out.codes].sort();
  });

  /** Matching features, with the current indicator's value when a theme shows one. */
  rows = $derived.by<ResultRow[]>(() => {
    const out = this.outcome;
    if (!out || !appData.index) return [];
    const values = theme.indicator && appData.facts ? mapValues(appData.facts.facts, theme.indicator, theme.year) : new Map();
    const rows: ResultRow[] = [];
    for (const code of out.codes) {
      if (view.adminVersion === '2025') {
        const u = appData.unitsByCode.get(code);
        if (u) rows.push({ code, name: u.name, kind: 'unit', value: null });
      } else if (isMixedId(code)) {
        const m = appData.index.mixed.find((x) => mixedId(x.code) === code);
        if (m) rows.push({ code, name: m.name, kind: 'mixed', value: null });
      } else {
        const d = appData.districtsByCode.get(code);
        if (d) rows.push({ code, name: d.name, kind: 'district', value: values.get(code)?.value ?? null });
      }
    }
    return rows.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  });

  /** Total and mean of the current indicator over the matches that have a value. */
  summary = $derived.by(() => {
    const withValue = this.rows.filter((r) => r.value !== null).map((r) => r.value!);
    const total = withValue.reduce((a, b) => a + b, 0);
    return { count: this.rows.length, withValue: withValue.length, total, mean: withValue.length ? total / withValue.length : null };
  });
}

export const filterResults = new FilterResults();
