// A static R-tree (flatbush) over feature bounding boxes: the cheap first pass before exact Turf predicates.
import { bbox as turfBbox } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';

export type AreaFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
/** What the filters can select: areas (units, districts) or points (sites). */
export type FilterableFeature = Feature<Polygon | MultiPolygon | Point, Record<string, unknown>>;
export type Bbox = [number, number, number, number];

export class FeatureIndex<T extends FilterableFeature = AreaFeature> {
  readonly features: T[];
  readonly boxes: Bbox[];
  readonly #tree: Flatbush;

  /** Indexes the features' boxes once. @example new FeatureIndex(communes.features).search(box) */
  constructor(features: T[]) {
    this.features = features;
    this.boxes = features.map((f) => turfBbox(f) as Bbox);
    this.#tree = new Flatbush(Math.max(1, features.length));
    for (const b of this.boxes) this.#tree.add(b[0], b[1], b[2], b[3]);
    if (features.length === 0) this.#tree.add(0, 0, 0, 0);
    this.#tree.finish();
  }

  /** Indices of features whose box meets `box`. */
  search(box: Bbox): number[] {
    if (this.features.length === 0) return [];
    return this.#tree.search(box[0], box[1], box[2], box[3]);
  }
}

/** A box grown by `km` on every side (degrees of longitude widen with latitude). */
export function growBox([w, s, e, n]: Bbox, km: number): Bbox {
  const dLat = km / 110.574;
  const lat = Math.max(Math.abs(s), Math.abs(n));
  const dLon = km / (111.32 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return [w - dLon, s - dLat, e + dLon, n + dLat];
}
