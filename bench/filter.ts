// Filter-engine timings in Node: a generated national-scale set of 10,000 commune-like polygons
// (~100 vertices each), indexed vs a naive Turf loop, and Quảng Ninh's own light geometry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polygon } from 'geojson';
import { areaPath, decodeAreas, type AreaFile } from '../src/lib/data/areas';
import { applyFilters, type FilterContext } from '../src/lib/geo/filter-engine';
import { naivePolygonFilter } from './naive-filter';
import type { Filter } from '../src/lib/geo/filter-types';
import { FeatureIndex, type AreaFeature } from '../src/lib/geo/spatial-index';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

/** 100 × 100 star-shaped (so simple) polygons of ~100 vertices over Vietnam's extent. */
export function nationalSet(): AreaFeature[] {
  const rand = lcg(42);
  const out: AreaFeature[] = [];
  const [w, s, e, n] = [102.1, 8.5, 109.5, 23.4];
  const dx = (e - w) / 100;
  const dy = (n - s) / 100;
  for (let i = 0; i < 100; i++) {
    for (let j = 0; j < 100; j++) {
      const cx = w + (i + 0.5) * dx;
      const cy = s + (j + 0.5) * dy;
      const ring: [number, number][] = [];
      for (let k = 0; k < 100; k++) {
        const a = (k / 100) * 2 * Math.PI;
        const r = 0.42 * (0.75 + 0.25 * rand());
        ring.push([cx + Math.cos(a) * r * dx, cy + Math.sin(a) * r * dy]);
      }
      ring.push(ring[0]!);
      out.push({ type: 'Feature', properties: { code: `${i}-${j}` }, geometry: { type: 'Polygon', coordinates: [ring] } as Polygon });
    }
  }
  return out;
}

function contextFor(features: AreaFeature[]): FilterContext {
  return {
    index: new FeatureIndex(features),
    lookup: () => undefined,
    category: () => [],
    attributes: () => ({}),
    indicatorValue: () => null,
  };
}

function time(fn: () => unknown, runs = 7): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return Number(median(ts).toFixed(2));
}

/** A hexagon of radius `r` degrees around a point: what a planner might draw. */
function hexagon([x, y]: [number, number], r: number): [number, number][] {
  return Array.from({ length: 6 }, (_, k) => [x + r * Math.cos((k * Math.PI) / 3), y + r * Math.sin((k * Math.PI) / 3)] as [number, number]);
}

export function runFilterBench(root: string) {
  const national = nationalSet();
  const t0 = performance.now();
  const ctx = contextFor(national);
  const indexMs = performance.now() - t0;
  const ring = hexagon([106.0, 16.0], 0.6);
  const polygon: Filter[] = [{ kind: 'polygon', ring, mode: 'intersects' }];
  const radius: Filter[] = [{ kind: 'radius', center: [106.0, 16.0], km: 40 }];
  const hits = applyFilters(polygon, ctx).codes.size;
  const naiveHits = naivePolygonFilter(national, ring).size;
  if (hits !== naiveHits) throw new Error(`indexed (${hits}) and naive (${naiveHits}) disagree`);

  const qn = (name: AreaFile) => decodeAreas(JSON.parse(readFileSync(join(root, `public${areaPath(name)}`), 'utf8')))!;
  const qnCtx = contextFor(qn('communes_2025').features as AreaFeature[]);
  const halong = hexagon([107.1, 21.0], 0.12);

  return {
    filter_index_build_ms: Number(indexMs.toFixed(1)),
    filter_polygon_ms: time(() => applyFilters(polygon, ctx)),
    filter_radius_ms: time(() => applyFilters(radius, ctx)),
    filter_naive_polygon_ms: time(() => naivePolygonFilter(national, ring), 3),
    filter_polygon_hits: hits,
    filter_qn_polygon_ms: time(() => applyFilters([{ kind: 'polygon', ring: halong, mode: 'intersects' }], qnCtx)),
    filter_qn_radius_ms: time(() => applyFilters([{ kind: 'radius', center: [107.08, 20.95], km: 15 }], qnCtx)),
  };
}
