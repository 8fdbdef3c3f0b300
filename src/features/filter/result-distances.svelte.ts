// How far each result lies from what a distance filter measures from (the radius's point, the
// chosen feature, the nearest feature of a kind), so a list filtered by distance shows it.
import type { Filter, FeatureTarget } from '../../lib/geo/filter-types';
import type { FilterableFeature } from '../../lib/geo/spatial-index';
import { appData } from '../../lib/state/app-data.svelte';
import { filterResults } from '../../lib/state/filter-results.svelte';
import { filters } from '../../lib/state/filters.svelte';
import { view } from '../../lib/state/view.svelte';

type DistanceFilter = Extract<Filter, { kind: 'radius' | 'near' | 'nearest' }>;
const point = (code: string, c: [number, number]): FilterableFeature => ({
  type: 'Feature',
  properties: { code },
  geometry: { type: 'Point', coordinates: c },
});

/** A result's distance and, when the far end is a point with a known placement uncertainty, its ± (km). */
export interface ResultDistance {
  km: number;
  /** ± from the placement of the point measured from; null when it is an outline (no single figure). */
  plusMinusKm: number | null;
}

export class ResultDistances {
  /** The first distance filter in the list (its distances are shown), or null. */
  filter = $derived((filters.list.find((f) => f.kind === 'radius' || f.kind === 'near' || f.kind === 'nearest') as DistanceFilter | undefined) ?? null);

  /** What the distance is measured from: approximate outlines and positions make it approximate. */
  #targets = $derived.by<{ features: FilterableFeature[]; plusMinusKm: (number | null)[]; approximate: boolean } | null>(() => {
    const f = this.filter;
    const g = filterResults.geometry;
    if (!f || !g) return null;
    if (f.kind === 'radius') return { features: [point('centre', f.center)], plusMinusKm: [0], approximate: false };
    const site = (id: string) => appData.sitesById.get(id);
    if (f.kind === 'near') {
      const t: FeatureTarget = f.target;
      if (t.layer === 'site') {
        const s = site(t.code);
        return s ? { features: [point(s.id, s.position)], plusMinusKm: [s.uncertaintyKm], approximate: s.quality === 'approximate' } : null;
      }
      const pool = t.layer === 'zone' ? g.zones : (t.layer === 'unit' ? g.units : g.districts).features;
      const feature = pool.find((x) => String(x.properties.code) === t.code);
      // (Area to area is measured between outline vertices: always approximate.)
      return feature ? { features: [feature], plusMinusKm: [null], approximate: true } : null;
    }
    if (f.category === 'zone') return { features: g.zones, plusMinusKm: g.zones.map(() => null), approximate: true };
    const sites = appData.sites.filter((s) => s.category === f.category);
    return {
      features: sites.map((s) => point(s.id, s.position)),
      plusMinusKm: sites.map((s) => s.uncertaintyKm),
      approximate: sites.some((s) => s.quality === 'approximate'),
    };
  });

  /** Result code → distance (shortest to any target) with the ± of that target; empty without a distance filter. */
  details = $derived.by<Map<string, ResultDistance>>(() => {
    const out = new Map<string, ResultDistance>();
    const targets = this.#targets;
    const g = filterResults.geometry;
    const engine = filterResults.engine;
    if (!targets || !g || !engine) return out;
    const layer = (view.adminVersion === '2025' ? g.units : g.districts).features;
    for (const row of filterResults.rows) {
      const feature = layer.find((x) => String(x.properties.code) === row.code);
      if (!feature) continue;
      let best: ResultDistance | null = null;
      targets.features.forEach((t, i) => {
        const km = engine.distanceBetweenKm(feature, t);
        if (!best || km < best.km) best = { km, plusMinusKm: targets.plusMinusKm[i] ?? null };
      });
      if (best) out.set(row.code, best);
    }
    return out;
  });

  /** Result code → km (shortest to any target); empty without a distance filter. */
  byCode = $derived(new Map([...this.details].map(([code, d]) => [code, d.km])));

  approximate = $derived(this.#targets?.approximate ?? false);
}

export const resultDistances = new ResultDistances();
