// The 2D map's pure parts: projected paths, hit tests, label placement, software-renderer names.
import { describe, expect, test } from 'vitest';
import type { Polygon } from 'geojson';
import { mercatorXY, project } from '../../src/lib/map2d/camera';
import { queryAt } from '../../src/lib/map2d/hit-test';
import { placeLabels, wrapText } from '../../src/lib/map2d/labels';
import { overviewToleranceMetres, ProjectionCache, projectGeometry, REF_SCALE, ringsContain, simplifyRings } from '../../src/lib/map2d/projected';
import { emptyScene, plainLook, type Label, type Scene2D } from '../../src/lib/map2d/scene';
import { isSoftwareRenderer } from '../../src/lib/map2d/webgl-support';
import { square } from './shapes';

const withHole: Polygon = { type: 'Polygon', coordinates: [square(107, 21, 0.4).coordinates[0]!, square(107.1, 21.1, 0.2).coordinates[0]!] };

describe('projected geometry', () => {
  test('local pixels are world pixels at the reference zoom from the origin', () => {
    const cache = new ProjectionCache([107, 21]);
    const g = cache.get(square(107, 21, 0.1));
    expect(g.rings[0]![0]).toBeCloseTo(0, 9);
    expect(g.rings[0]![2]).toBeCloseTo((0.1 / 360) * REF_SCALE, 6);
    expect(g.area).toBe(true);
  });
  test('every vertex lands where mercatorXY puts it, beyond the Mercator latitude limit too', () => {
    const origin: [number, number] = [107.5, 21.2];
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [107, 21],
        [108.25, 21.75],
        [-179.5, 89.9],
        [12, -88],
      ],
    };
    const g = projectGeometry(line, { origin: mercatorXY(origin) });
    const [ox, oy] = mercatorXY(origin);
    line.coordinates.forEach((c, i) => {
      const [x, y] = mercatorXY(c);
      expect(g.rings[0]![2 * i]).toBe((x - ox) * REF_SCALE);
      expect(g.rings[0]![2 * i + 1]).toBe((y - oy) * REF_SCALE);
    });
  });
  test('the same geometry object is projected once', () => {
    const cache = new ProjectionCache([107, 21]);
    const s = square(107, 21, 0.1);
    expect(cache.get(s)).toBe(cache.get(s));
  });
  test('simplification drops close vertices and tiny rings, keeps ring ends', () => {
    const dense: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [107, 21],
          [107.00001, 21],
          [107.1, 21],
          [107.1, 21.1],
          [107, 21.1],
          [107, 21],
        ],
      ],
    };
    const g = projectGeometry(dense, { origin: [0.79, 0.44] });
    const out = simplifyRings(g, 1);
    expect(out[0]!.length / 2).toBe(5);
    expect(simplifyRings(g, 1e9)).toEqual([]);
  });
  test('simplifying drops points on a straight edge (Douglas–Peucker) and islets under a pixel, never the corners', () => {
    const edge = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [107 + (0.1 * i) / n, 21] as [number, number]);
    const wiggly: Polygon = { type: 'Polygon', coordinates: [[...edge(50), [107.1, 21], [107.1, 21.1], [107, 21.1], [107, 21]]] };
    const g = projectGeometry(wiggly, { origin: [0.79, 0.44] });
    expect(simplifyRings(g, 1)[0]!.length / 2).toBe(5);
    const islet = projectGeometry(square(107, 21, 0.002), { origin: [0.79, 0.44] });
    // 0.002° is ~12 local pixels at the reference zoom: kept at tolerance 1, dropped at 10.
    expect(simplifyRings(islet, 1)).toHaveLength(1);
    expect(simplifyRings(islet, 10)).toEqual([]);
  });
  test('shapes the pipeline simplified already are drawn as they are, after the islet test', () => {
    const edge = (n: number): [number, number][] => Array.from({ length: n }, (_, i) => [107 + (0.1 * i) / n, 21] as [number, number]);
    const wiggly: Polygon = { type: 'Polygon', coordinates: [[...edge(50), [107.1, 21], [107.1, 21.1], [107, 21.1], [107, 21]]] };
    const g = projectGeometry(wiggly, { origin: [0.79, 0.44] });
    // The straight edge's points are ~12 local pixels apart: all kept, whatever the tolerance, and the ring is not copied.
    expect(simplifyRings(g, 1, true)[0]).toBe(g.rings[0]);
    expect(simplifyRings(g, 20, true)[0]!.length / 2).toBe(54);
    expect(simplifyRings(g, 20)[0]!.length / 2).toBe(5);
    const islet = projectGeometry(square(107, 21, 0.002), { origin: [0.79, 0.44] });
    expect(simplifyRings(islet, 1, true)).toHaveLength(1);
    expect(simplifyRings(islet, 10, true)).toEqual([]);
    // (A line is kept from 2 points, a ring from 4.)
    const line = projectGeometry(
      {
        type: 'LineString',
        coordinates: [
          [107, 21],
          [107.1, 21],
        ],
      },
      { origin: [0.79, 0.44] },
    );
    expect(simplifyRings(line, 1, true)).toHaveLength(1);
  });
  test("the overview tolerance is the 2D map's own at its highest overview level, smaller farther north", () => {
    // 0.4 px at zoom 8 (512 px tiles) at 21.7° N: 0.4 × 40,075,017 m × cos 21.7° / 131,072 px.
    expect(overviewToleranceMetres(21.7)).toBeCloseTo((0.4 * 40_075_016.686 * Math.cos((21.7 * Math.PI) / 180)) / 131_072, 6);
    expect(overviewToleranceMetres(23)).toBeLessThan(overviewToleranceMetres(21.7));
  });
  test('holes are outside (even-odd)', () => {
    const g = projectGeometry(withHole, { origin: [0.79, 0.44] });
    const at = (lng: number, lat: number) => {
      const h = projectGeometry(
        {
          type: 'LineString',
          coordinates: [
            [lng, lat],
            [lng, lat],
          ],
        },
        { origin: [0.79, 0.44] },
      ).rings[0]!;
      return ringsContain(g.rings, h[0]!, h[1]!);
    };
    expect(at(107.05, 21.05)).toBe(true);
    expect(at(107.2, 21.2)).toBe(false);
    expect(at(107.5, 21.2)).toBe(false);
  });
});

describe('queryAt', () => {
  const camera = { center: [107.3, 21.2] as [number, number], zoom: 9 };
  const viewport = { width: 800, height: 600 };
  const scene: Scene2D = {
    ...emptyScene(),
    layers: [
      { id: 'province', interactive: false, features: [{ id: 'qn', geometry: square(106.5, 20.5, 2), look: plainLook('#fff') }] },
      {
        id: 'communes',
        features: [
          { id: 'A', geometry: square(107, 21, 0.4) },
          { id: 'B', geometry: withHole },
        ].map((f) => ({ ...f, look: plainLook('#eee') })),
      },
    ],
    symbols: [{ id: 'site-1', position: [107.05, 21.05], colour: '#b34a00', code: 'KT' }],
  };
  const at = (lng: number, lat: number) => queryAt(scene, new ProjectionCache([107, 21]), camera, viewport, project([lng, lat], camera, viewport));
  test('topmost first: symbol, then later features of upper layers; non-interactive skipped', () => {
    expect(at(107.05, 21.05)).toEqual([
      { layer: 'symbols', id: 'site-1' },
      { layer: 'communes', id: 'B' },
      { layer: 'communes', id: 'A' },
    ]);
  });
  test('a point in a hole hits only the feature without the hole', () => {
    expect(at(107.2, 21.2)).toEqual([{ layer: 'communes', id: 'A' }]);
  });
  test('nothing outside', () => {
    expect(at(108, 21.9)).toEqual([]);
  });
  test('a symbol is hit within its radius in pixels', () => {
    const [x, y] = project([107.05, 21.05], camera, viewport);
    const hits = queryAt(scene, new ProjectionCache([107, 21]), camera, viewport, [x + 7, y]);
    expect(hits[0]).toEqual({ layer: 'symbols', id: 'site-1' });
    expect(queryAt(scene, new ProjectionCache([107, 21]), camera, viewport, [x + 12, y])[0]?.layer).toBe('communes');
  });
});

describe('queryAt: imported features', () => {
  const camera = { center: [107.3, 21.2] as [number, number], zoom: 9 };
  const viewport = { width: 800, height: 600 };
  const scene: Scene2D = {
    ...emptyScene(),
    layers: [{ id: 'communes', features: [{ id: 'A', geometry: square(107, 21, 0.6), look: plainLook('#eee') }] }],
    userShapes: [
      { id: 'user:plan-2026-01-01T00:00:00Z:0', geometry: square(107.1, 21.1, 0.1), fill: '#1b9e77', fillOpacity: 0.2, stroke: '#1b9e77', strokeWidth: 2 },
      {
        id: 'user:plan-2026-01-01T00:00:00Z:1',
        geometry: {
          type: 'LineString',
          coordinates: [
            [107.3, 21.3],
            [107.5, 21.3],
          ],
        },
        fill: null,
        stroke: '#1b9e77',
        strokeWidth: 2,
      },
      { id: 'user:plan-2026-01-01T00:00:00Z:2', geometry: { type: 'Point', coordinates: [107.15, 21.15] }, fill: '#1b9e77', radius: 5.5 },
      // The selection mark over the area: drawn, never hit.
      { id: 'mark:selected:plan-2026-01-01T00:00:00Z:0', geometry: square(107.1, 21.1, 0.1), fill: null, stroke: '#000', strokeWidth: 2.8 },
    ],
  };
  const cache = new ProjectionCache([107, 21]);
  const at = (lng: number, lat: number, dx = 0, dy = 0) => {
    const [x, y] = project([lng, lat], camera, viewport);
    return queryAt(scene, cache, camera, viewport, [x + dx, y + dy]);
  };
  test('a point over an area over a unit: topmost first, as `user` hits with `<layer id>:<index>`', () => {
    expect(at(107.15, 21.15)).toEqual([
      { layer: 'user', id: 'plan-2026-01-01T00:00:00Z:2' },
      { layer: 'user', id: 'plan-2026-01-01T00:00:00Z:0' },
      { layer: 'communes', id: 'A' },
    ]);
  });
  test('a point within its radius and a few pixels; a line within a few pixels of its stroke', () => {
    expect(at(107.15, 21.15, 8, 0)[0]).toEqual({ layer: 'user', id: 'plan-2026-01-01T00:00:00Z:2' });
    expect(at(107.4, 21.3, 0, 3)[0]).toEqual({ layer: 'user', id: 'plan-2026-01-01T00:00:00Z:1' });
    expect(at(107.4, 21.3, 0, 9)[0]).toEqual({ layer: 'communes', id: 'A' });
  });
});

describe('placeLabels', () => {
  const label = (id: string, x: number, priority: number, minZoom?: number): Label => ({ id, text: id, position: [x, 0], size: 12, priority, minZoom });
  const place = (labels: Label[], zoom = 10) =>
    placeLabels(
      labels,
      zoom,
      { width: 400, height: 100 },
      ([x]) => [x, 50],
      () => 40,
    ).map((p) => p.label.id);
  test('higher priority wins a collision; separate labels both show', () => {
    expect(place([label('a', 100, 1), label('b', 110, 5), label('c', 300, 0)])).toEqual(['b', 'c']);
  });
  test('minZoom and off-screen labels are left out', () => {
    expect(place([label('a', 100, 1, 11), label('b', 1000, 1)])).toEqual([]);
  });
  test('a wrapped label takes the room of its lines', () => {
    const tall = placeLabels(
      [label('a', 100, 1)],
      10,
      { width: 400, height: 100 },
      ([x]) => [x, 50],
      () => 40,
      2,
      () => ['one', 'two'],
    )[0]!;
    expect(tall.lines).toEqual(['one', 'two']);
    expect(tall.box[3] - tall.box[1]).toBeCloseTo(12 * 1.2 * 2 + 4);
  });
});

describe('wrapText', () => {
  const width = (t: string) => t.length * 7;
  test('a text within the width stays one line', () => {
    expect(wrapText('Hạ Long', 80, width)).toEqual(['Hạ Long']);
  });
  test('a long text breaks at spaces into balanced lines no wider than the limit', () => {
    const lines = wrapText('KKT cửa khẩu Móng Cái (gần đúng)', 132, width);
    expect(lines.join(' ')).toBe('KKT cửa khẩu Móng Cái (gần đúng)');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(132);
  });
  test('a single word wider than the limit stays whole', () => {
    expect(wrapText('Supercalifragilistic', 50, width)).toEqual(['Supercalifragilistic']);
  });
});

test('software renderers are recognised by name', () => {
  expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
  expect(isSoftwareRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
  expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
  expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  expect(isSoftwareRenderer(null)).toBe(false);
});
