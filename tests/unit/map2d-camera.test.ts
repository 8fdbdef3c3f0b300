// The 2D map's camera maths must place every lng/lat on the same pixel as MapLibre does.
import { describe, expect, test } from 'vitest';
import {
  cameraForBounds,
  cameraOfTransform,
  lngLatOfMercator,
  mercatorXY,
  project,
  unproject,
  visibleBounds,
  worldToScreenTransform,
} from '../../src/lib/map2d/camera';

/** MapLibre's own formulas, written out from maplibre-gl/src/geo/mercator_coordinate.ts. */
const mercatorXfromLng = (lng: number) => (180 + lng) / 360;
const mercatorYfromLat = (lat: number) => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
/** MapLibre's locationToScreenPoint for bearing 0, pitch 0: world point minus the centre's, plus the viewport's centre. */
const maplibreProject = (lng: number, lat: number, center: [number, number], zoom: number, w: number, h: number) => {
  const ws = 512 * 2 ** zoom;
  return [(mercatorXfromLng(lng) - mercatorXfromLng(center[0])) * ws + w / 2, (mercatorYfromLat(lat) - mercatorYfromLat(center[1])) * ws + h / 2];
};

describe('mercator', () => {
  test('null island is the middle of the world (MapLibre: fromLngLat(0,0) = {x: .5, y: .5})', () => {
    expect(mercatorXY([0, 0])).toEqual([0.5, 0.5]);
  });
  test('the world is square: the max latitude maps to the top edge', () => {
    expect(mercatorXY([-180, 85.051129])[0]).toBe(0);
    expect(mercatorXY([-180, 85.051129])[1]).toBeCloseTo(0, 6);
    expect(mercatorXY([180, -89])[1]).toBeCloseTo(1, 6);
  });
  test('inverse gives the lng/lat back (MapLibre: -77, 39 round trip)', () => {
    const [x, y] = mercatorXY([-77, 39]);
    const [lng, lat] = lngLatOfMercator(x, y);
    expect(lng).toBeCloseTo(-77, 10);
    expect(lat).toBeCloseTo(39, 10);
  });
});

describe('project / unproject', () => {
  test('MapLibre transform test: 500×500 at zoom 0 on 0,0 puts 0,0 at 250,250', () => {
    expect(project([0, 0], { center: [0, 0], zoom: 0 }, { width: 500, height: 500 })).toEqual([250, 250]);
  });
  test('at zoom z the world is 512·2^z px wide', () => {
    const cam = { center: [0, 0] as [number, number], zoom: 3 };
    const vp = { width: 800, height: 600 };
    const [xw] = project([-180, 0], cam, vp);
    const [xe] = project([180, 0], cam, vp);
    expect(xe - xw).toBeCloseTo(512 * 8, 9);
  });
  test('points in Quảng Ninh land on the pixel MapLibre computes, at several zooms', () => {
    const center: [number, number] = [107.3, 21.15];
    for (const zoom of [6, 8.37, 11, 14.5]) {
      for (const p of [
        [106.5, 20.9],
        [107.9, 21.6],
        [108.05, 21.53],
        [107.3, 21.15],
      ] as [number, number][]) {
        const ours = project(p, { center, zoom }, { width: 1280, height: 800 });
        const theirs = maplibreProject(p[0], p[1], center, zoom, 1280, 800);
        expect(ours[0]).toBeCloseTo(theirs[0]!, 6);
        expect(ours[1]).toBeCloseTo(theirs[1]!, 6);
      }
    }
  });
  test('unproject inverts project', () => {
    const cam = { center: [107.3, 21.15] as [number, number], zoom: 9.2 };
    const vp = { width: 1024, height: 700 };
    const p: [number, number] = [107.71, 21.02];
    const [lng, lat] = unproject(project(p, cam, vp), cam, vp);
    expect(lng).toBeCloseTo(p[0], 9);
    expect(lat).toBeCloseTo(p[1], 9);
    expect(unproject([512, 350], cam, vp)[0]).toBeCloseTo(107.3, 9);
  });
  test('a d3-zoom transform and the camera describe the same view', () => {
    const cam = { center: [107.3, 21.15] as [number, number], zoom: 8.6 };
    const vp = { width: 900, height: 640 };
    const t = worldToScreenTransform(cam, vp);
    const back = cameraOfTransform({ k: t.k, x: t.tx, y: t.ty }, vp);
    expect(back.zoom).toBeCloseTo(8.6, 10);
    expect(back.center[0]).toBeCloseTo(107.3, 9);
    expect(back.center[1]).toBeCloseTo(21.15, 9);
  });
  test('visible bounds are the corners of the viewport', () => {
    const cam = { center: [107.3, 21.15] as [number, number], zoom: 8 };
    const [w, s, e, n] = visibleBounds(cam, { width: 512, height: 512 });
    expect(w).toBeLessThan(107.3);
    expect(e).toBeGreaterThan(107.3);
    expect((w + e) / 2).toBeCloseTo(107.3, 9);
    expect(n).toBeGreaterThan(s);
  });
});

describe('cameraForBounds (values from MapLibre camera.test.ts, 512×512 viewport)', () => {
  const bb: [number, number, number, number] = [-133, 16, -68, 50];
  const vp = { width: 512, height: 512 };
  test('no options', () => {
    const c = cameraForBounds(bb, vp)!;
    expect(c.center[0]).toBeCloseTo(-100.5, 4);
    expect(c.center[1]).toBeCloseTo(34.7171, 4);
    expect(c.zoom).toBeCloseTo(2.469, 3);
  });
  test('padding number', () => {
    const c = cameraForBounds(bb, vp, { padding: 15 })!;
    expect(c.center[1]).toBeCloseTo(34.7171, 4);
    expect(c.zoom).toBeCloseTo(2.382, 3);
  });
  test('asymmetrical padding', () => {
    const c = cameraForBounds(bb, vp, { padding: { top: 10, right: 75, bottom: 50, left: 25 } })!;
    expect(c.center[0]).toBeCloseTo(-96.5558, 4);
    expect(c.center[1]).toBeCloseTo(32.0833, 4);
  });
  test('maxZoom caps the zoom; a box larger than the padding gives no camera', () => {
    expect(cameraForBounds([107, 21, 107.001, 21.001], vp, { maxZoom: 17 })!.zoom).toBe(17);
    expect(cameraForBounds(bb, vp, { padding: 300 })).toBeUndefined();
  });
});
