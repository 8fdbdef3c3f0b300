// Applies a list of filters (AND) to one layer: a bounding-box pass over a flatbush index, then
// exact Turf predicates on the candidates only. Pure: GeoJSON and plain data in, codes out.
import { bbox as turfBbox, buffer, circle } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AttributeFilter, FeatureTarget, Filter, NearestCategory, SpatialFilter } from './filter-types';
import { isSpatial } from './filter-types';
import { FilterInputError, checkRadius, drawnPolygon, isIntersecting, isWithin, isWithinDistance, overlapShare } from './predicates';
import { FeatureIndex, growBox, type AreaFeature, type Bbox, type FilterableFeature } from './spatial-index';

/** What the engine knows of a feature's attributes (from the unit index and facts). */
export interface FeatureAttributes {
  type?: string;
  ntm?: string;
  /** 2020–2025 district code(s) the feature belongs to. */
  districts?: string[];
}

export interface FilterContext {
  /** The layer being filtered (areas or site points), indexed. Feature codes are in properties.code. */
  index: FeatureIndex<FilterableFeature>;
  /** Geometry of any feature a filter can name (units, districts, zones: areas; sites: points). */
  lookup: (target: FeatureTarget) => FilterableFeature | undefined;
  /** All features of a category (areas or points), for "nearest" filters. */
  category: (category: NearestCategory) => FilterableFeature[];
  attributes: (code: string) => FeatureAttributes;
  /** The map value of an indicator for a code in a year, or null. */
  indicatorValue: (code: string, indicator: string, year: number) => number | null;
}

export interface FilterOutcome {
  /** Codes of the features that pass every filter. */
  codes: Set<string>;
  /** Filters that could not be applied (bad input), by position, with a message; they are skipped. */
  problems: { at: number; message: string }[];
}

const codeOf = (f: FilterableFeature) => String(f.properties.code);

/** Candidates by box, then the exact test. */
function matchSpatial(filter: SpatialFilter, ctx: FilterContext): Set<string> {
  const pick = (box: Bbox, test: (f: FilterableFeature) => boolean) => {
    const out = new Set<string>();
    for (const i of ctx.index.search(box)) {
      const f = ctx.index.features[i]!;
      if (test(f)) out.add(codeOf(f));
    }
    return out;
  };
  switch (filter.kind) {
    case 'polygon': {
      const query = drawnPolygon(filter.ring);
      const test = filter.mode === 'within' ? (f: FilterableFeature) => isWithin(f, query) : (f: FilterableFeature) => isIntersecting(f, query);
      return pick(turfBbox(query) as Bbox, test);
    }
    case 'radius': {
      checkRadius(filter.km);
      const [lon, lat] = filter.center;
      return pick(growBox([lon, lat, lon, lat], filter.km), (f) => isWithinDistance(filter.center, f, filter.km));
    }
    case 'near': {
      checkRadius(filter.km);
      const target = ctx.lookup(filter.target);
      if (!target) throw new FilterInputError(`Unknown feature ${filter.target.layer} ${filter.target.code}.`, 'unknown_target');
      const zone = buffer(target, filter.km, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon> | undefined;
      if (!zone) return new Set();
      return pick(turfBbox(zone) as Bbox, (f) => isIntersecting(f, zone));
    }
    case 'boundary': {
      const target = ctx.lookup(filter.target);
      if (!target) throw new FilterInputError(`Unknown feature ${filter.target.layer} ${filter.target.code}.`, 'unknown_target');
      if (target.geometry.type !== 'Polygon' && target.geometry.type !== 'MultiPolygon')
        throw new FilterInputError('A boundary filter needs an area, not a point.', 'unknown_target');
      const area = target as AreaFeature;
      // Shares of area, not exact topology: the light geometry of a boundary and of the units in
      // it are simplified separately, so shared edges differ by metres.
      const threshold = filter.mode === 'within' ? 0.99 : 0.01;
      return pick(turfBbox(area) as Bbox, (f) => overlapShare(f, area) >= threshold);
    }
    case 'nearest': {
      checkRadius(filter.km);
      const out = new Set<string>();
      for (const feature of ctx.category(filter.category)) {
        const zone = buffer(feature, filter.km, { units: 'kilometers' }) as Feature<Polygon | MultiPolygon> | undefined;
        if (!zone) continue;
        for (const code of pick(turfBbox(zone) as Bbox, (f) => isIntersecting(f, zone))) out.add(code);
      }
      return out;
    }
  }
}

function matchAttribute(filter: AttributeFilter, code: string, ctx: FilterContext): boolean {
  const a = ctx.attributes(code);
  switch (filter.kind) {
    case 'type':
      return !!a.type && (filter.values as string[]).includes(a.type);
    case 'ntm':
      return !!a.ntm && (filter.values as string[]).includes(a.ntm);
    case 'district':
      return (a.districts ?? []).some((d) => filter.codes.includes(d));
    case 'indicator': {
      const v = ctx.indicatorValue(code, filter.indicator, filter.year);
      return v !== null && (filter.min === null || v >= filter.min) && (filter.max === null || v <= filter.max);
    }
  }
}

/**
 * Applies every filter (AND). A filter with bad input (a self-crossing polygon, a radius ≤ 0)
 * is reported and skipped, so one mistake never blanks the map.
 * @example applyFilters([{ kind: 'radius', center: [107.08, 20.95], km: 15 }], ctx).codes
 */
export function applyFilters(filters: Filter[], ctx: FilterContext): FilterOutcome {
  let codes = new Set(ctx.index.features.map(codeOf));
  const problems: FilterOutcome['problems'] = [];
  filters.forEach((filter, at) => {
    try {
      if (isSpatial(filter)) {
        const hits = matchSpatial(filter, ctx);
        codes = new Set([...codes].filter((c) => hits.has(c)));
      } else {
        codes = new Set([...codes].filter((c) => matchAttribute(filter, c, ctx)));
      }
    } catch (err) {
      if (!(err instanceof FilterInputError)) throw err;
      problems.push({ at, message: err.message });
    }
  });
  return { codes, problems };
}

/** A circle polygon (for drawing a radius filter on the map). */
export function radiusOutline(center: [number, number], km: number): Feature<Polygon> {
  return circle(center, km, { units: 'kilometers', steps: 64 });
}
