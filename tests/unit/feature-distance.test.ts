// Distances shown beside filter results: point–point, point–area, area–area.
import { describe, expect, it } from 'vitest';
import { distanceBetweenKm } from '../../src/lib/geo/feature-distance';
import type { AreaFeature, FilterableFeature } from '../../src/lib/geo/spatial-index';

const point = (c: [number, number]): FilterableFeature => ({ type: 'Feature', properties: { code: 'p' }, geometry: { type: 'Point', coordinates: c } });
const square = (x: number, y: number, s: number): AreaFeature => ({
  type: 'Feature',
  properties: { code: 'a' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + s, y],
        [x + s, y + s],
        [x, y + s],
        [x, y],
      ],
    ],
  },
});

describe('distanceBetweenKm', () => {
  it('measures point to point on the great circle', () => {
    expect(distanceBetweenKm(point([107, 21]), point([107.1, 21]))).toBeCloseTo(10.38, 1);
  });
  it('is 0 for a point inside an area, and the edge distance outside', () => {
    expect(distanceBetweenKm(point([107.05, 21.05]), square(107, 21, 0.1))).toBe(0);
    expect(distanceBetweenKm(square(107, 21, 0.1), point([107.2, 21.05]))).toBeCloseTo(10.38, 1);
  });
  it('is 0 for overlapping areas, about 0 for touching ones, and the gap between separate ones', () => {
    expect(distanceBetweenKm(square(107, 21, 0.1), square(107.05, 21.05, 0.1))).toBe(0);
    expect(distanceBetweenKm(square(107, 21, 0.1), square(107.1, 21, 0.1))).toBeLessThan(0.01);
    expect(distanceBetweenKm(square(107, 21, 0.1), square(107.2, 21, 0.1))).toBeCloseTo(10.38, 1);
  });
});
