// Cửa Lục bay, which the units' outlines take in as territory, is cut out as approximate water:
// the province's outline inside the bay's box minus Natural Earth 1:10m land.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BAY_BOX, MIN_WATER_KM2, bayWater } from '../../pipeline/steps/bay-water';
import { loadInputs } from '../../pipeline/steps/load-inputs';
import { decodeAreas } from '../../src/lib/data/areas';

type Area = Polygon | MultiPolygon;
const root = resolve(import.meta.dirname, '../..');
const inputs = loadInputs((rel: string) => readFileSync(join(root, 'data', rel), 'utf8'));
const vietnam = inputs.context.filter((f) => f.properties.kind === 'country' && f.properties.name === 'Vietnam').map((f) => f.geometry as Area);
const context = decodeAreas(JSON.parse(readFileSync(join(root, 'public/data/context.topo.json'), 'utf8'))) as FeatureCollection<Area, { kind: string }>;
const province = context.features.find((f) => f.properties.kind === 'home')!.geometry;
const water = bayWater(province, vietnam)!;

/** Open water of the bay (issue 17 item 10): in Bãi Cháy, Thống Nhất and Hoành Bồ. */
const BAY_POINTS: [number, number][] = [
  [107.03, 20.97],
  [107.05, 20.99],
  [107.06, 21.0],
  [107.045, 21.0],
];
/** Land by Natural Earth: Bãi Cháy south of the strait, Hòn Gai east of the bay, Hoành Bồ north of it. */
const LAND_POINTS: [number, number][] = [
  [107.055, 20.952],
  [107.09, 20.965],
  [107.05, 21.03],
];
const parts = (g: Area) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe('bayWater (pipeline/steps/bay-water.ts)', () => {
  it('holds the open water of Cửa Lục bay', () => {
    for (const p of BAY_POINTS) expect(booleanPointInPolygon(p, water), p.join(' ')).toBe(true);
  });

  it('leaves land alone: Bãi Cháy, Hòn Gai, Hoành Bồ', () => {
    for (const p of LAND_POINTS) expect(booleanPointInPolygon(p, water), p.join(' ')).toBe(false);
  });

  it('is the bay only: inside its box, between 30 and 90 km², no sliver under the threshold', () => {
    const km2 = area(water) / 1e6;
    expect(km2).toBeGreaterThan(30);
    expect(km2).toBeLessThan(90);
    const [w, s, e, n] = BAY_BOX;
    for (const rings of parts(water.geometry)) {
      expect(area({ type: 'Polygon', coordinates: rings }) / 1e6).toBeGreaterThanOrEqual(MIN_WATER_KM2);
      for (const [x, y] of rings.flat()) {
        expect(x).toBeGreaterThanOrEqual(w);
        expect(x).toBeLessThanOrEqual(e);
        expect(y).toBeGreaterThanOrEqual(s);
        expect(y).toBeLessThanOrEqual(n);
      }
    }
  });

  it('is marked approximate, with its source', () => {
    expect(water.properties).toMatchObject({ kind: 'water', approximate: true });
    expect(water.properties.source).toMatch(/Natural Earth 1:10m/);
  });

  it('is shipped to the 2D map as context kind water', () => {
    const shipped = context.features.filter((f) => f.properties.kind === 'water');
    expect(shipped).toHaveLength(1);
    for (const p of BAY_POINTS) expect(booleanPointInPolygon(p, shipped[0]!), p.join(' ')).toBe(true);
  });

  it('is nothing where everything is land', () => {
    expect(bayWater(province, [province])).toBeNull();
  });
});
