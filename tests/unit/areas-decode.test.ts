// The app's one TopoJSON decoder (src/lib/data/areas.ts) and the outer edge the pipeline stitches
// into the units' overview file (pipeline/steps/topojson.ts withOuterEdge).
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { decodeAreas, EDGE_OBJECT } from '../../src/lib/data/areas';
import { toTopoJson, withOuterEdge } from '../../pipeline/steps/topojson';

/** A unit square's ring with its lower left corner at x0, 0. */
const square = (x0: number) => [
  [
    [x0, 0],
    [x0 + 1, 0],
    [x0 + 1, 1],
    [x0, 1],
    [x0, 0],
  ],
];

/** Two unit squares side by side, sharing the border x = 1. */
const squares: FeatureCollection = {
  type: 'FeatureCollection',
  features: ['a', 'b'].map((code, i) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: square(i) } })),
};

/** Each segment of some lines, direction-free, as text. */
const segments = (lines: number[][][]) =>
  new Set(
    lines.flatMap((line) =>
      line.slice(1).map((p, i) =>
        [line[i]!, p]
          .map((v) => v.map((x) => Math.round(x * 1e5) / 1e5).join(','))
          .sort()
          .join(' '),
      ),
    ),
  );

describe('decodeAreas', () => {
  it('decodes the areas, and no edge where the file has none', async () => {
    const decoded = decodeAreas(JSON.parse(await toTopoJson(squares)))!;
    expect(decoded.features.map((f) => f.properties?.code)).toEqual(['a', 'b']);
    expect(decoded.edge).toBeUndefined();
  });

  it("decodes the pipeline's stitched edge: the outline of both squares, without the border they share", async () => {
    const text = withOuterEdge(await toTopoJson(squares));
    expect(Object.keys(JSON.parse(text).objects)).toEqual(['areas', EDGE_OBJECT]);
    const decoded = decodeAreas(JSON.parse(text))!;
    expect(decoded.features).toHaveLength(2);
    expect(decoded.edge!.type).toBe('MultiLineString');
    expect(segments(decoded.edge!.coordinates)).toEqual(
      segments([
        [
          [1, 0],
          [0, 0],
          [0, 1],
          [1, 1],
        ],
        [
          [1, 1],
          [2, 1],
          [2, 0],
          [1, 0],
        ],
      ]),
    );
  });

  it('refuses what is not an area file: another object, an edge that is not lines, not TopoJSON', async () => {
    const topology = JSON.parse(withOuterEdge(await toTopoJson(squares)));
    expect(decodeAreas({ ...topology, objects: { ...topology.objects, more: topology.objects.areas } })).toBeNull();
    expect(decodeAreas({ ...topology, objects: { ...topology.objects, [EDGE_OBJECT]: topology.objects.areas } })).toBeNull();
    expect(decodeAreas({ type: 'FeatureCollection', features: [] })).toBeNull();
    expect(decodeAreas(null)).toBeNull();
    expect(() => withOuterEdge('{"type":"Topology","objects":{},"arcs":[]}')).toThrow(/no "areas" geometry collection/);
  });
});
