// Fetches the app's JSON (built by the pipeline) with errors a person can read.
import type { FactsFile } from './facts-types';
import type { AppIndex, DataSource } from './unit-index-types';
import { takeEarlyJson } from './early';
import { areaPath, decodeAreas, type AreaDetail, type AreaFile, type DecodedAreas } from './areas';

export class DataLoadError extends Error {
  constructor(readonly what: string, detail: string) {
    super(`${what}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

export async function fetchJson(path: string): Promise<unknown> {
  // (Fetched and parsed already by index.html's boot script while the app's code loaded: src/lib/data/early.ts.)
  const early = takeEarlyJson(path);
  const parsed = early ? await early : null;
  if (parsed) return parsed.value;
  let response: Response;
  try {
    response = await fetch(path);
  } catch (err) {
    throw new DataLoadError(path, (err as Error).message);
  }
  if (!response.ok) throw new DataLoadError(path, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(path, 'not valid JSON');
  }
}

/** Loads public/data/index.json and checks its shape before the app relies on it. */
export async function loadIndex(): Promise<AppIndex> {
  const value = (await fetchJson('/data/index.json')) as Partial<AppIndex> | null;
  if (!value || value.version !== 1 || !Array.isArray(value.units) || !Array.isArray(value.districts) || !Array.isArray(value.bounds)) {
    throw new DataLoadError('/data/index.json', 'unexpected content');
  }
  return value as AppIndex;
}

/** Loads public/data/sources.json (the attribution list). */
export async function loadSources(): Promise<DataSource[]> {
  const value = await fetchJson('/data/sources.json');
  if (!Array.isArray(value)) throw new DataLoadError('/data/sources.json', 'unexpected content');
  return value as DataSource[];
}

/** Loads public/data/facts.json (cited figures and NTM status). */
export async function loadFacts(): Promise<FactsFile> {
  const value = (await fetchJson('/data/facts.json')) as Partial<FactsFile> | null;
  if (!value || value.version !== 1 || !Array.isArray(value.facts) || !value.ntm) {
    throw new DataLoadError('/data/facts.json', 'unexpected content');
  }
  return value as FactsFile;
}

/**
 * Loads one of the light area files the pipeline writes (TopoJSON) as GeoJSON, for the 2D map and
 * in-browser Turf work (the overview version only for the 2D map's lowest levels).
 */
export async function loadGeometry(name: AreaFile, detail: AreaDetail = 'full'): Promise<DecodedAreas> {
  const path = areaPath(name, detail);
  // (The units' overview file also gives the province's outline at the overview levels: areas.ts EDGE_SOURCE.)
  const value = decodeAreas(await fetchJson(path));
  if (!value) throw new DataLoadError(path, 'unexpected content');
  return value;
}

/** Loads public/data/sites.json (investment sites). */
export async function loadSites(): Promise<import('./site-types').Site[]> {
  const value = await fetchJson('/data/sites.json');
  if (!Array.isArray(value)) throw new DataLoadError('/data/sites.json', 'unexpected content');
  return value as import('./site-types').Site[];
}
