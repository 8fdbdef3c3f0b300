// The filter engine on small shapes with known answers (golden), and its guards on bad input.
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { naivePolygonFilter } from '../../bench/naive-filter';
import { applyFilters, type FilterContext } from '../../src/lib/geo/filter-engine';
import type { Filter } from '../../src/lib/geo/filter-types';
import { FilterInputError, drawnPolygon } from '../../src/lib/geo/predicates';
import { FeatureIndex, type AreaFeature } from '../../src/lib/geo/spatial-index';
import { expectGolden, readFixture } from './golden';

const shapes = readFixture<FeatureCollection>('filter-shapes.geojson').features as AreaFeature[];
const zone: AreaFeature = {
  type: 'Feature',
  properties: { code: 'Z' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [107.25, 21.0],
        [107.28, 21.0],
        [107.28, 21.05],
        [107.25, 21.05],
        [107.25, 21.0],
      ],
    ],
  },
};

const ctx: FilterContext = {
  index: new FeatureIndex(shapes),
  lookup: (t) => (t.layer === 'zone' ? (t.code === 'Z' ? zone : undefined) : shapes.find((f) => f.properties.code === t.code)),
  category: () => [zone],
  attributes: (code) => {
    const p = shapes.find((f) => f.properties.code === code)!.properties;
    return { type: p.type as string, ntm: p.ntm as string, districts: p.districts as string[] };
  },
  indicatorValue: (code) => (({ A: 10, B: 20, C: null, D: 40 }) as Record<string, number | null>)[code] ?? null,
};
const run = (filters: Filter[]) => {
  const out = applyFilters(filters, ctx);
  return { codes: [...out.codes].sort(), problems: out.problems };
};

const squareA: [number, number][] = [
  [107.0, 21.0],
  [107.1, 21.0],
  [107.1, 21.1],
  [107.0, 21.1],
];

describe('spatial filters (golden)', () => {
  it('answers every case as reviewed', () => {
    const cases: Record<string, Filter[]> = {
      'polygon = A, within (B only touches)': [{ kind: 'polygon', ring: squareA, mode: 'within' }],
      'polygon = A, intersects (touching B counts)': [{ kind: 'polygon', ring: squareA, mode: 'intersects' }],
      'polygon inside the hole of C': [
        {
          kind: 'polygon',
          ring: [
            [107.42, 21.12],
            [107.48, 21.12],
            [107.48, 21.18],
            [107.42, 21.18],
          ],
          mode: 'intersects',
        },
      ],
      'polygon over the island of D only': [
        {
          kind: 'polygon',
          ring: [
            [107.79, 20.79],
            [107.83, 20.79],
            [107.83, 20.83],
            [107.79, 20.83],
          ],
          mode: 'intersects',
        },
      ],
      'radius 3 km around the island of D': [{ kind: 'radius', center: [107.81, 20.81], km: 3 }],
      'radius 1 km in the hole of C (C edge is ~5 km away)': [{ kind: 'radius', center: [107.45, 21.15], km: 1 }],
      'radius 6 km in the hole of C': [{ kind: 'radius', center: [107.45, 21.15], km: 6 }],
      'huge radius takes everything': [{ kind: 'radius', center: [107, 21], km: 20000 }],
      'near B within 1 km': [{ kind: 'near', target: { layer: 'unit', code: 'B' }, km: 1 }],
      'within the zone boundary': [{ kind: 'boundary', target: { layer: 'unit', code: 'A' }, mode: 'within' }],
      'intersecting zone Z (none: Z lies between B and C)': [{ kind: 'boundary', target: { layer: 'zone', code: 'Z' }, mode: 'intersects' }],
      'nearest zone within 6 km': [{ kind: 'nearest', category: 'zone', km: 6 }],
      'type xa AND ntm dat_chuan': [
        { kind: 'type', values: ['xa'] },
        { kind: 'ntm', values: ['dat_chuan'] },
      ],
      'district d2': [{ kind: 'district', codes: ['d2'] }],
      'indicator 15–40 (C has no value)': [{ kind: 'indicator', indicator: 'x', year: 2023, min: 15, max: 40 }],
      'spatial AND attribute': [
        { kind: 'radius', center: [107, 21], km: 20000 },
        { kind: 'type', values: ['phuong', 'dac_khu'] },
      ],
    };
    expectGolden('filter-cases.json', Object.fromEntries(Object.entries(cases).map(([name, f]) => [name, run(f)])));
  });

  it('the key answers, spelled out', () => {
    expect(run([{ kind: 'polygon', ring: squareA, mode: 'within' }]).codes).toEqual(['A']);
    expect(run([{ kind: 'polygon', ring: squareA, mode: 'intersects' }]).codes).toEqual(['A', 'B']);
    expect(
      run([
        {
          kind: 'polygon',
          ring: [
            [107.42, 21.12],
            [107.48, 21.12],
            [107.48, 21.18],
            [107.42, 21.18],
          ],
          mode: 'intersects',
        },
      ]).codes,
    ).toEqual([]);
    expect(run([{ kind: 'radius', center: [107.81, 20.81], km: 3 }]).codes).toEqual(['D']);
    expect(run([{ kind: 'radius', center: [107, 21], km: 20000 }]).codes).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('bad input is reported, skipped, and never crashes', () => {
  it('rejects a radius of 0 or below', () => {
    for (const km of [0, -5, Number.NaN]) {
      const out = run([{ kind: 'radius', center: [107, 21], km }]);
      expect(out.problems).toEqual([{ at: 0, message: 'The distance must be more than 0 km.' }]);
      expect(out.codes).toEqual(['A', 'B', 'C', 'D']); // skipped, not applied as "nothing"
    }
  });

  it('rejects a self-intersecting polygon and one with fewer than 3 points', () => {
    const bowtie: [number, number][] = [
      [107, 21],
      [107.1, 21.1],
      [107.1, 21],
      [107, 21.1],
    ];
    expect(() => drawnPolygon(bowtie)).toThrow(FilterInputError);
    expect(run([{ kind: 'polygon', ring: bowtie, mode: 'intersects' }]).problems[0]!.message).toBe('The polygon crosses itself.');
    expect(
      run([
        {
          kind: 'polygon',
          ring: [
            [107, 21],
            [107.1, 21],
          ],
          mode: 'intersects',
        },
      ]).problems[0]!.message,
    ).toBe('A polygon needs at least 3 points.');
  });

  it('reports an unknown target', () => {
    expect(run([{ kind: 'near', target: { layer: 'zone', code: 'nope' }, km: 5 }]).problems[0]!.message).toMatch(/Unknown feature/);
  });

  it('the naive loop agrees with the indexed filter', () => {
    const ring: [number, number][] = [
      [107.05, 20.4],
      [107.5, 20.4],
      [107.5, 21.05],
      [107.05, 21.05],
    ];
    expect([...naivePolygonFilter(shapes, ring)].sort()).toEqual(run([{ kind: 'polygon', ring, mode: 'intersects' }]).codes);
  });
});

describe('point features (sites)', () => {
  it('radius, near a point target and "within" work on points; a point is not a boundary', () => {
    const points: AreaFeature[] = [
      { type: 'Feature', properties: { code: 'p1' }, geometry: { type: 'Point', coordinates: [107.05, 21.05] } as never },
      { type: 'Feature', properties: { code: 'p2' }, geometry: { type: 'Point', coordinates: [107.5, 21.05] } as never },
    ];
    const pctx: FilterContext = {
      ...ctx,
      index: new FeatureIndex(points),
      lookup: (t) => (t.code === 'p1' ? points[0] : t.code === 'A' ? shapes[0] : undefined),
    };
    const codes = (f: Filter[]) => [...applyFilters(f, pctx).codes].sort();
    expect(codes([{ kind: 'radius', center: [107.05, 21.05], km: 1 }])).toEqual(['p1']);
    expect(codes([{ kind: 'near', target: { layer: 'site', code: 'p1' }, km: 50 }])).toEqual(['p1', 'p2']);
    expect(codes([{ kind: 'boundary', target: { layer: 'unit', code: 'A' }, mode: 'within' }])).toEqual(['p1']);
    expect(applyFilters([{ kind: 'boundary', target: { layer: 'site', code: 'p1' }, mode: 'within' }], pctx).problems[0]!.message).toMatch(/needs an area/);
  });
});
