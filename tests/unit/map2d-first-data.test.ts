// The 2D map's first areas, loaded at page start (src/lib/map2d/first-data.ts): each prefetched load
// is handed out once, a later call loads anew, and a failed prefetch surfaces where it is taken.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { prefetchGeometry, takeGeometry } from '../../src/lib/map2d/first-data';

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
    prefetchGeometry(['communes_2025', 'context']);
    prefetchGeometry(['communes_2025']);
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
    prefetchGeometry(['economic_zones']);
    await new Promise((r) => setTimeout(r, 0));
    await expect(takeGeometry('economic_zones')).rejects.toThrow('/data/economic_zones.topo.json: HTTP 404');
  });
});
