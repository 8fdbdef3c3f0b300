// An imported layer as one filter target: areas first, else lines, else points.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { hasArea, userLayerTarget } from '../../src/lib/geo/user-target';

const fc = (...geometries: GeoJSON.Geometry[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
});
const square: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [107, 21],
      [107.01, 21],
      [107.01, 21.01],
      [107, 21],
    ],
  ],
};

describe('userLayerTarget', () => {
  it('collects every polygon into one MultiPolygon (points beside them are left out)', () => {
    const t = userLayerTarget(
      fc(square, { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] }, { type: 'Point', coordinates: [107, 21] }),
      'id-1',
    )!;
    expect(t.geometry.type).toBe('MultiPolygon');
    expect((t.geometry as GeoJSON.MultiPolygon).coordinates).toHaveLength(3);
    expect(t.properties).toEqual({ code: 'id-1' });
    expect(hasArea(fc(square))).toBe(true);
  });

  it('lines, else points; nothing for an empty layer', () => {
    expect(
      userLayerTarget(
        fc(
          {
            type: 'LineString',
            coordinates: [
              [107, 21],
              [107.1, 21],
            ],
          },
          { type: 'Point', coordinates: [107, 21] },
        ),
        'a',
      )!.geometry.type,
    ).toBe('MultiLineString');
    expect(
      userLayerTarget(
        fc(
          { type: 'Point', coordinates: [107, 21] },
          {
            type: 'MultiPoint',
            coordinates: [
              [107.1, 21],
              [107.2, 21],
            ],
          },
        ),
        'a',
      )!.geometry,
    ).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [107, 21],
        [107.1, 21],
        [107.2, 21],
      ],
    });
    expect(userLayerTarget(fc(), 'a')).toBeUndefined();
    expect(hasArea(fc({ type: 'Point', coordinates: [107, 21] }))).toBe(false);
  });
});

describe('colour by attribute', async () => {
  const { categoryColours, CATEGORY_COLOURS, OTHER_COLOUR } = await import('../../src/lib/style/user-layer-style');
  const { userLayerColour } = await import('../../src/lib/map/style');
  const layer = (values: unknown[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features: values.map((v) => ({ type: 'Feature', properties: { loai: v as string }, geometry: { type: 'Point', coordinates: [107, 21] } })),
  });

  it('most frequent values first, one colour each; the rest is "other"; map and legend agree', () => {
    const c = categoryColours(layer(['b', 'a', 'a', null, 1, 'c', 'd', 'e', 'f', 'g', 'h']), 'loai');
    expect(c.rows.map((r) => [r.value, r.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['', 1],
      ['1', 1],
      ['c', 1],
      ['d', 1],
      ['e', 1],
    ]);
    expect(c.rows.map((r) => r.colour)).toEqual([...CATEGORY_COLOURS]);
    expect(c.other).toEqual({ colour: OTHER_COLOUR, count: 3 });
    const expr = userLayerColour('#000000', c) as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr.slice(2, -1)).toEqual(c.rows.flatMap((r) => [r.value, r.colour]));
    expect(expr.at(-1)).toBe(OTHER_COLOUR);
    expect(userLayerColour('#123456', null)).toBe('#123456');
  });
});
