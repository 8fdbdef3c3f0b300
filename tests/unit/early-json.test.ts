// The JSON index.html's boot script parsed before the app's code ran (src/lib/data/early.ts): the
// app's loads take it once per file, and a file the boot script could not fetch or parse is fetched
// again by the app, whose error a person can read.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { takeEarlyJson } from '../../src/lib/data/early';
import { DataLoadError, fetchJson } from '../../src/lib/data/load';

const early = (entries: Record<string, { value: unknown } | null>) => {
  vi.stubGlobal('window', { __qnEarlyJson: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, Promise.resolve(v)])) });
};
const stubFetch = (body: string, status = 200) => {
  const fetch = vi.fn(async () => new Response(body, { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

afterEach(() => vi.unstubAllGlobals());

describe('early JSON', () => {
  test('is taken once: the same file read again is fetched anew (no two readers share one object)', async () => {
    early({ '/data/index.json': { value: { version: 1 } } });
    const fetch = stubFetch('{"version":2}');
    expect(await fetchJson('/data/index.json')).toEqual({ version: 1 });
    expect(fetch).not.toHaveBeenCalled();
    expect(takeEarlyJson('/data/index.json')).toBeNull();
    expect(await fetchJson('/data/index.json')).toEqual({ version: 2 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("a file the boot script could not fetch or parse is fetched again, and the app's error names it", async () => {
    early({ '/data/sources.json': null, '/data/facts.json': null });
    stubFetch('not json');
    await expect(fetchJson('/data/sources.json')).rejects.toThrow(new DataLoadError('/data/sources.json', 'not valid JSON'));
    stubFetch('', 404);
    await expect(fetchJson('/data/facts.json')).rejects.toThrow(new DataLoadError('/data/facts.json', 'HTTP 404'));
  });

  test('without a boot script (vite dev, tests, a second load) the app fetches at once, in the same task', () => {
    const fetch = stubFetch('{}');
    void fetchJson('/data/index.json');
    expect(fetch).toHaveBeenCalledTimes(1);
    vi.stubGlobal('window', {});
    void fetchJson('/data/index.json');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
