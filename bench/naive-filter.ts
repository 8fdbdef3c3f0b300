// The naive way to filter by a drawn polygon, kept only as the benchmark's baseline (and checked
// against the indexed engine in tests/unit/filter-engine.test.ts): an exact test against every
// feature, no index.
import { drawnPolygon, isIntersecting } from '../src/lib/geo/predicates';
import type { AreaFeature } from '../src/lib/geo/spatial-index';

export function naivePolygonFilter(features: AreaFeature[], ring: [number, number][]): Set<string> {
  const query = drawnPolygon(ring);
  return new Set(features.filter((f) => isIntersecting(f, query)).map((f) => String(f.properties.code)));
}
