// The filters a planner can combine (AND): spatial ones on geometry, attribute ones on the index.
import type { NtmClass } from '../data/facts-types';
import type { UnitType2025 } from '../data/unit-index-types';

export type LngLat = [number, number];
/**
 * A feature to measure from or test against: a 2025 unit, a 2020–2025 district, an economic zone,
 * a site, or a layer the planner imported (`user`, code = the layer's id; all its features as one).
 */
export interface FeatureTarget {
  layer: TargetLayer;
  code: string;
}
export const TARGET_LAYERS = ['unit', 'district', 'zone', 'site', 'user'] as const;
export type TargetLayer = (typeof TARGET_LAYERS)[number];

export type SpatialFilter =
  /** Inside a polygon the user drew: `within` = wholly inside, `intersects` = overlaps or touches. */
  | { kind: 'polygon'; ring: LngLat[]; mode: 'within' | 'intersects' }
  /** Any part within `km` of a point. */
  | { kind: 'radius'; center: LngLat; km: number }
  /** Any part within `km` of a chosen feature. */
  | { kind: 'near'; target: FeatureTarget; km: number }
  /** Inside (≥ 99 % of its area) or intersecting (≥ 1 %) a chosen boundary. */
  | { kind: 'boundary'; target: FeatureTarget; mode: 'within' | 'intersects' }
  /** The nearest feature of a category (economic zone, seaport, border gate) is within `km`. */
  | { kind: 'nearest'; category: NearestCategory; km: number };

export const NEAREST_CATEGORIES = ['zone', 'seaport', 'border_gate'] as const;
export type NearestCategory = (typeof NEAREST_CATEGORIES)[number];

export type AttributeFilter =
  | { kind: 'type'; values: UnitType2025[] }
  | { kind: 'ntm'; values: NtmClass[] }
  | { kind: 'district'; codes: string[] }
  /** Districts whose map value for the indicator and year lies in [min, max]. */
  | { kind: 'indicator'; indicator: string; year: number; min: number | null; max: number | null };

export type Filter = SpatialFilter | AttributeFilter;

export const SPATIAL_KINDS = ['polygon', 'radius', 'near', 'boundary', 'nearest'] as const;
export const isSpatial = (f: Filter): f is SpatialFilter => (SPATIAL_KINDS as readonly string[]).includes(f.kind);
