// Exact spatial tests between a feature and a query shape, on Turf's predicates and measures.
import { area, booleanIntersects, booleanPointInPolygon, booleanWithin, intersect, kinks, pointToPolygonDistance, polygon as turfPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from './filter-types';
import type { AreaFeature, FilterableFeature } from './spatial-index';

export class FilterInputError extends Error {
  constructor(
    message: string,
    readonly code: 'self_intersecting' | 'too_few_points' | 'bad_radius' | 'unknown_target',
  ) {
    super(message);
    this.name = 'FilterInputError';
  }
}

/**
 * Closes a drawn ring into a polygon; rejects fewer than 3 distinct points and a ring that
 * crosses itself (the user is asked to draw again rather than given a silently "repaired" shape).
 * @example drawnPolygon([[107,21],[107.1,21],[107.1,21.1]])
 */
export function drawnPolygon(ring: LngLat[]): Feature<Polygon> {
  const distinct = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
  const open = distinct.length > 1 && distinct[0]![0] === distinct.at(-1)![0] && distinct[0]![1] === distinct.at(-1)![1] ? distinct.slice(0, -1) : distinct;
  if (open.length < 3 || open.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) {
    throw new FilterInputError('A polygon needs at least 3 points.', 'too_few_points');
  }
  const poly = turfPolygon([[...open, open[0]!]]);
  if (kinks(poly).features.length > 0) throw new FilterInputError('The polygon crosses itself.', 'self_intersecting');
  return poly;
}

/** Checks a radius in km: positive and finite. */
export function checkRadius(km: number): void {
  if (!Number.isFinite(km) || km <= 0) throw new FilterInputError('The distance must be more than 0 km.', 'bad_radius');
}

/** Wholly inside the query polygon. */
export function isWithin(feature: FilterableFeature, query: Feature<Polygon | MultiPolygon>): boolean {
  if (feature.geometry.type === 'Point') return booleanPointInPolygon(feature.geometry.coordinates, query);
  // booleanWithin takes one polygon at a time: a multipolygon is within when every part is.
  if (feature.geometry.type === 'MultiPolygon') {
    return feature.geometry.coordinates.every((p) => booleanWithin(turfPolygon(p), query));
  }
  return booleanWithin(feature, query);
}

/** Shares any point with the query (touching edges count, as in DE-9IM). */
export function isIntersecting(feature: FilterableFeature, query: Feature<Polygon | MultiPolygon>): boolean {
  return booleanIntersects(feature, query);
}

/** Distance in km from a point to the nearest part of a feature (0 inside). */
export function distanceToFeatureKm(point: LngLat, feature: AreaFeature): number {
  const parts = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let best = Infinity;
  for (const p of parts) best = Math.min(best, Math.max(0, pointToPolygonDistance(point, turfPolygon(p), { units: 'kilometers' })));
  return best;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine, Turf's earth radius). */
export function haversineKm([lon1, lat1]: LngLat, [lon2, lat2]: number[] | LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (lat2! - lat1) * rad;
  const dLon = (lon2! - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * True when any part of the feature is within `km` of the point. Exact, with cheap answers first:
 * a vertex within reach, or the point inside; only the rest need the point-to-edge distance.
 */
export function isWithinDistance(point: LngLat, feature: FilterableFeature, km: number): boolean {
  if (feature.geometry.type === 'Point') return haversineKm(point, feature.geometry.coordinates) <= km;
  const parts = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const p of parts) for (const ring of p) for (const v of ring) if (haversineKm(point, v) <= km) return true;
  if (booleanPointInPolygon(point, feature as AreaFeature)) return true;
  return distanceToFeatureKm(point, feature as AreaFeature) <= km;
}

/** Share of the feature's area inside the query (0–1), by polygon clipping. */
export function overlapShare(feature: FilterableFeature, query: Feature<Polygon | MultiPolygon>): number {
  if (feature.geometry.type === 'Point') return booleanPointInPolygon(feature.geometry.coordinates, query) ? 1 : 0;
  const total = area(feature);
  if (total === 0) return 0;
  const inside = intersect({ type: 'FeatureCollection', features: [feature as AreaFeature, query] });
  return inside ? area(inside) / total : 0;
}
