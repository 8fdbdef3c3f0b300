// An imported layer as one filter target: areas first, else lines, else points.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { hasArea, userLayerTarget } from '../../src/lib/geo/user-target';

const fc = (...geometries: GeoJSON.Geometry[]): FeatureCollection => ({ type: 'FeatureCollection', features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) });
const square: GeoJSON.Polygon = { type: 'Polygon', coordinates: [[[107, 21], [107.01, 21], [107.01, 21.01], [107, 21]]] };

describe('userLayerTarget', () => {
  it('collects every polygon into one MultiPolygon (points beside them are left out)', () => {
    const t = userLayerTarget(fc(square, { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] }, { type: 'Point', coordinates: [107, 21] }), 'id-1')!;
    expect(t.geometry.type).toBe('MultiPolygon');
    expect((t.geometry as GeoJSON.MultiPolygon).coordinates).toHaveLength(3);
    expect(t.properties).toEqual({ code: 'id-1' });
    expect(hasArea(fc(square))).toBe(true);
  });

  it('lines, else points; nothing for an empty layer', () => {
    expect(userLayerTarget(fc({ type: 'LineString', coordinates: [[107, 21], [107.1, 21]] }, { type: 'Point', coordinates: [107, 21] }), 'a')!.geometry.type).toBe('MultiLineString');
    expect(userLayerTarget(fc({ type: 'Point', coordinates: [107, 21] }, { type: 'MultiPoint', coordinates: [[107.1, 21], [107.2, 21]] }), 'a')!.geometry).toEqual({ type: 'MultiPoint', coordinates: [[107, 21], [107.1, 21], [107.2, 21]] });
    expect(userLayerTarget(fc(), 'a')).toBeUndefined();
    expect(hasArea(fc({ type: 'Point', coordinates: [107, 21] }))).toBe(false);
  });
});
