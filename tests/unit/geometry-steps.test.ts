// Geometry steps on small fixtures: validation, dissolve, simplification, tiling, label points.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { gunzipSync } from 'node:zlib';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolveByKey } from '../../pipeline/steps/dissolve';
import type { AreaFeature } from '../../pipeline/steps/load-inputs';
import { simplifyTopology } from '../../pipeline/steps/simplify';
import { buildTiles, tileRange } from '../../pipeline/steps/tile';
import { areaKm2, labelPoint } from '../../pipeline/steps/unit-index';
import { findGeometryProblem } from '../../pipeline/steps/validate-geometry';
import { expectGolden, readFixture } from './golden';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [107, 21],
      [107.1, 21],
      [107.1, 21.1],
      [107, 21.1],
      [107, 21],
    ],
  ],
};

describe('findGeometryProblem', () => {
  it('accepts a square, a square with a hole and a repeated vertex', () => {
    expect(findGeometryProblem(square)).toBeNull();
    const hole = [
      [107.02, 21.02],
      [107.02, 21.05],
      [107.05, 21.05],
      [107.05, 21.02],
      [107.02, 21.02],
    ];
    expect(findGeometryProblem({ type: 'Polygon', coordinates: [square.coordinates[0]!, hole] })).toBeNull();
    const repeated = [...square.coordinates[0]!.slice(0, 2), [107.1, 21], ...square.coordinates[0]!.slice(2)];
    expect(findGeometryProblem({ type: 'Polygon', coordinates: [repeated] })).toBeNull();
  });

  it('rejects a bow-tie, an open ring, a short ring, NaN, a line and no geometry', () => {
    expect(
      findGeometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/intersects itself at 0\.5/);
    expect(
      findGeometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      }),
    ).toMatch(/not closed/);
    expect(
      findGeometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/fewer than 4/);
    expect(
      findGeometryProblem({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [NaN, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatch(/invalid position/);
    expect(
      findGeometryProblem({
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toMatch(/LineString/);
    expect(findGeometryProblem(null)).toMatch(/no geometry/);
  });
});

describe('dissolveByKey', () => {
  it('merges adjacent polygons of a group and keeps islands (golden)', async () => {
    const fc = readFixture<FeatureCollection>('adjacent-squares.geojson');
    const out = await dissolveByKey(fc.features as AreaFeature[], 'group');
    expect([...out.keys()].sort()).toEqual(['g1', 'g2']);
    expect(out.get('g1')!.geometry.type).toBe('Polygon');
    expect(areaKm2(out.get('g1')!.geometry)).toBeCloseTo(2 * areaKm2(square), 1);
    expectGolden('adjacent-squares-dissolved.geojson', Object.fromEntries(out));
  });
});

describe('simplifyTopology', () => {
  it('removes sub-tolerance wiggles and keeps the shared border identical on both sides (golden)', async () => {
    const fc = readFixture<FeatureCollection>('wiggly-coast.geojson');
    const out = await simplifyTopology(fc, 40);
    const [w, e] = out.features.map((f) => (f.geometry as Polygon).coordinates[0]!);
    expect(w!.length).toBeLessThan(8);
    const key = (p: number[]) => p.join(',');
    const shared = w!.map(key).filter((k) => e!.map(key).includes(k));
    expect(shared).toEqual(expect.arrayContaining(['107.1,21', '107.1,21.1']));
    expectGolden('wiggly-coast-simplified.geojson', out);
  });
});

describe('tiles', () => {
  it('tileRange covers a box with x/y in XYZ order', () => {
    expect(tileRange(0, [-10, -10, 10, 10])).toEqual({ minX: 0, maxX: 0, minY: 0, maxY: 0 });
    const r = tileRange(10, [106.4, 20.7, 108.1, 21.7]);
    expect(r.minX).toBeLessThan(r.maxX);
    expect(r.minY).toBeLessThan(r.maxY);
  });

  it('buildTiles writes gzipped MVT with every layer and skips empty tiles', () => {
    const feature = { type: 'Feature' as const, properties: { code: 'x', name: 'Hạ Long' }, geometry: square };
    const tiles = buildTiles(
      [
        { name: 'a', features: [feature], minZoom: 5, maxZoom: 8 },
        { name: 'b', features: [feature], minZoom: 7, maxZoom: 8 },
      ],
      { minZoom: 5, maxZoom: 8, bounds: [106, 20, 109, 22.5] },
    );
    const zooms = [...new Set(tiles.map((t) => t.z))];
    expect(zooms).toEqual([5, 6, 7, 8]);
    const z8 = tiles.filter((t) => t.z === 8);
    expect(z8.length).toBeLessThan(5); // a 0.1° square touches at most a few z8 tiles
    const vt = new VectorTile(new PbfReader(gunzipSync(z8[0]!.data)));
    expect(Object.keys(vt.layers).sort()).toEqual(['a', 'b']);
    expect(vt.layers.a!.feature(0).properties).toEqual({ code: 'x', name: 'Hạ Long' });
    const z5 = new VectorTile(new PbfReader(gunzipSync(tiles.find((t) => t.z === 5)!.data)));
    expect(Object.keys(z5.layers)).toEqual(['a']);
  });
});

describe('labelPoint', () => {
  it('puts the label on the largest part, inside it', () => {
    const islands: AreaFeature['geometry'] = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [107.9, 20.9],
            [107.91, 20.9],
            [107.91, 20.91],
            [107.9, 20.9],
          ],
        ],
        square.coordinates,
      ],
    };
    const [lon, lat] = labelPoint(islands);
    expect(lon).toBeGreaterThan(107);
    expect(lon).toBeLessThan(107.1);
    expect(lat).toBeGreaterThan(21);
    expect(lat).toBeLessThan(21.1);
  });
});
