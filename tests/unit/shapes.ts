// Small test geometries shared by the unit tests.
import type { Feature, Polygon } from 'geojson';

/** An axis-aligned square ring from (x0, y0) with side d, as a GeoJSON Polygon. */
export const square = (x0: number, y0: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0 + d, y0],
      [x0 + d, y0 + d],
      [x0, y0 + d],
      [x0, y0],
    ],
  ],
});

/** The same square as a Feature with a `kind` (as the pipeline's picture steps take them). */
export const squareFeature = (x0: number, y0: number, d: number, kind = 'unit'): Feature<Polygon, { kind: string }> => ({
  type: 'Feature',
  properties: { kind },
  geometry: square(x0, y0, d),
});
