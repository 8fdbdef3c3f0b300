// The shortest distance between two features (points or areas), in km; 0 when they touch or overlap.
import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { LngLat } from './filter-types';
import { distanceToFeatureKm, haversineKm } from './predicates';
import type { AreaFeature, FilterableFeature } from './spatial-index';

const indexes = new WeakMap<object, { index: Flatbush; k: number }>();
/** A nearest-neighbour index of a shape's vertices (kept for the shape's lifetime). */
function vertexIndex(f: AreaFeature, points: LngLat[]): { index: Flatbush; k: number } {
  const key = f.geometry;
  let hit = indexes.get(key);
  if (!hit) {
    const k = Math.cos((points[0]![1] * Math.PI) / 180);
    const index = new Flatbush(points.length);
    for (const [x, y] of points) index.add(x * k, y, x * k, y);
    index.finish();
    hit = { index, k };
    indexes.set(key, hit);
  }
  return hit;
}

const vertices = (f: AreaFeature): LngLat[] =>
  (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((p) => p.flatMap((ring) => ring as LngLat[]));

/**
 * Shortest distance in km between two features: point–point (great circle), point–area (to the
 * nearest edge, 0 inside), area–area: the closest pair of vertices (an approximation: at most
 * about half an edge's length too long; callers mark it ≈), 0 when one overlaps the other. Areas
 * that share an edge come out at (about) 0.
 * @example distanceBetweenKm(point([107, 21]), point([107.1, 21])) // ≈ 10.4
 */
export function distanceBetweenKm(a: FilterableFeature, b: FilterableFeature): number {
  if (a.geometry.type === 'Point' && b.geometry.type === 'Point') return haversineKm(a.geometry.coordinates as LngLat, b.geometry.coordinates);
  if (a.geometry.type === 'Point') return distanceToFeatureKm(a.geometry.coordinates as LngLat, b as AreaFeature);
  if (b.geometry.type === 'Point') return distanceToFeatureKm(b.geometry.coordinates as LngLat, a as AreaFeature);
  const va = vertices(a as AreaFeature);
  const vb = vertices(b as AreaFeature);
  // One inside the other, or overlapping: a vertex of one lies inside the other.
  if (booleanPointInPolygon(va[0]!, b as AreaFeature) || booleanPointInPolygon(vb[0]!, a as AreaFeature)) return 0;
  // Closest vertex pair: each vertex of the smaller shape asks an index of the larger one's
  // vertices for its nearest (x scaled by cos(latitude), so degrees are about equal lengths).
  const [small, large] = va.length <= vb.length ? [va, vb] : [vb, va];
  const { index, k } = vertexIndex(large === vb ? (b as AreaFeature) : (a as AreaFeature), large);
  let best = Infinity;
  for (const p of small) {
    const [i] = index.neighbors(p[0] * k, p[1], 1);
    best = Math.min(best, haversineKm(p, large[i!]!));
  }
  return best;
}
