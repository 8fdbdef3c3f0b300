// The 2D map's first areas, loaded at page start (src/lib/map2d/first-data.ts): each prefetched load
// is handed out once, a later call loads anew, and a failed prefetch surfaces where it is taken; the
// overview files where the first view is at an overview level (src/lib/map2d/overview.ts).
import { afterEach, describe, expect, test, vi } from 'vitest';
import { areaPath } from '../../src/lib/data/areas';
import { detailFor, MAP2D_FIRST_AREAS, prefetchGeometry, takeGeometry } from '../../src/lib/map2d/first-data';
import { OVERVIEW_MAX_LEVEL, usesOverview } from '../../src/lib/map2d/overview';

const topology = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
  objects: { units: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: 'a' } }] } },
};

function stubFetch(ok = true) {
  const fetch = vi.fn(async (_url: string) => (ok ? new Response(JSON.stringify(topology)) : new Response('', { status: 404 })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('first-data', () => {
  test('a prefetched file is fetched once, handed out once, and fetched anew afterwards', async () => {
    const fetch = stubFetch();
    prefetchGeometry(['communes_2025', 'context'], null);
    prefetchGeometry(['communes_2025'], null);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/data/communes_2025.topo.json', '/data/context.topo.json']);
    const first = await takeGeometry('communes_2025');
    expect(first.features[0]?.properties?.code).toBe('a');
    expect(fetch).toHaveBeenCalledTimes(2);
    await takeGeometry('communes_2025');
    expect(fetch).toHaveBeenCalledTimes(3);
    await takeGeometry('context');
    expect(fetch).toHaveBeenCalledTimes(3);
  });
  test('a failed prefetch is reported where the file is taken, not before', async () => {
    stubFetch(false);
    prefetchGeometry(['economic_zones'], null);
    await new Promise((r) => setTimeout(r, 0));
    await expect(takeGeometry('economic_zones')).rejects.toThrow('/data/economic_zones.topo.json: HTTP 404');
  });

  test('a first view at an overview level reads the overview files, and the full ones are taken apart', async () => {
    const fetch = stubFetch();
    prefetchGeometry(MAP2D_FIRST_AREAS, OVERVIEW_MAX_LEVEL);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([
      '/data/communes_2025.overview.topo.json',
      '/data/economic_zones.overview.topo.json',
      '/data/context.overview.topo.json',
    ]);
    await takeGeometry('communes_2025', 'overview');
    expect(fetch).toHaveBeenCalledTimes(3);
    // (The full file was not prefetched: taking it loads it.)
    await takeGeometry('communes_2025', 'full');
    expect(fetch.mock.calls.at(-1)?.[0]).toBe('/data/communes_2025.topo.json');
    await takeGeometry('economic_zones', 'overview');
    await takeGeometry('context', 'overview');
  });
  test('one level above the overview levels reads the full files', () => {
    const fetch = stubFetch();
    prefetchGeometry(MAP2D_FIRST_AREAS, OVERVIEW_MAX_LEVEL + 1);
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(MAP2D_FIRST_AREAS.map((name) => areaPath(name)));
    for (const name of MAP2D_FIRST_AREAS) void takeGeometry(name);
  });
});

describe('overview', () => {
  test('only the first-view files have an overview version, drawn up to OVERVIEW_MAX_LEVEL', () => {
    expect(detailFor('communes_2025', 8)).toBe('overview');
    expect(detailFor('context', OVERVIEW_MAX_LEVEL)).toBe('overview');
    expect(detailFor('communes_2025', OVERVIEW_MAX_LEVEL + 1)).toBe('full');
    expect(detailFor('districts_2020', 6)).toBe('full');
    expect(usesOverview(OVERVIEW_MAX_LEVEL + 0.99)).toBe(true);
    expect(usesOverview(OVERVIEW_MAX_LEVEL + 1)).toBe(false);
  });
});
