// Distances an investor asks about: to the nearest seaport, the nearest border gate, and the
// Móng Cái border economic zone. Pure; each distance carries ± the placement uncertainty of its ends.
import type { Site } from '../data/site-types';
import { distanceToFeatureKm, haversineKm } from './predicates';
import type { AreaFeature } from './spatial-index';

export interface Nearest {
  id: string;
  km: number;
  /** How far off km may be: the two points' placement uncertainties added. */
  plusMinusKm: number;
}

export interface SiteDistances {
  nearestSeaport: Nearest | null;
  nearestBorderGate: Nearest | null;
  /** 0 when the site lies inside the zone's (approximate) outline; null without the outline. */
  toMongCaiZoneKm: number | null;
  /** The site's own placement uncertainty, which the distance to the zone carries. */
  toMongCaiZonePlusMinusKm: number;
}

/** The nearest other site of a category, by great-circle distance. */
export function nearestOf(site: Site, sites: Site[], category: Site['category']): Nearest | null {
  let best: Nearest | null = null;
  for (const other of sites) {
    if (other.id === site.id || other.category !== category) continue;
    const km = haversineKm(site.position, other.position);
    if (!best || km < best.km) best = { id: other.id, km, plusMinusKm: site.uncertaintyKm + other.uncertaintyKm };
  }
  return best;
}

/**
 * All three distances for a site.
 * @example siteDistances(kcnHaiHa, sites, mongCaiZone).nearestSeaport // { id: 'port_hai_ha', km: 3.1 }
 */
export function siteDistances(site: Site, sites: Site[], mongCaiZone: AreaFeature | null): SiteDistances {
  return {
    nearestSeaport: nearestOf(site, sites, 'seaport'),
    nearestBorderGate: nearestOf(site, sites, 'border_gate'),
    toMongCaiZoneKm: mongCaiZone ? distanceToFeatureKm(site.position, mongCaiZone) : null,
    toMongCaiZonePlusMinusKm: site.uncertaintyKm,
  };
}

// The text form lives apart (no Turf): panels of the first view import it.
export { kmText } from './km-text';
