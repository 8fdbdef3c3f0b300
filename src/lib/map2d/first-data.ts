// The 2D map's first view's geometry, asked for by main.ts at page start on the 2D path: the files
// (requested, and parsed once the first picture's frame has begun, by index.html's boot script:
// src/lib/data/early.ts) are decoded as they arrive, while the map's
// chunks load and the page's shell mounts, not after the map's component has mounted.
import type { AreaDetail, AreaFile, DecodedAreas } from '../data/areas';
import { loadGeometry } from '../data/load';
import { OVERVIEW_FILES, OVERVIEW_MAX_LEVEL } from './overview';

/** The area files the 2D map draws in its first frame (the 2020 districts load when first shown). */
export const MAP2D_FIRST_AREAS: readonly AreaFile[] = ['communes_2025', 'economic_zones', 'context'];

/** The version of `name` a view at integer zoom `level` is drawn from: its overview file at the overview levels. */
export const detailFor = (name: AreaFile, level: number): AreaDetail => (level <= OVERVIEW_MAX_LEVEL && OVERVIEW_FILES.includes(name) ? 'overview' : 'full');

/**
 * The first view's integer zoom level as index.html's boot script worked it out (`data-first-level`,
 * from the window's size or the link's camera, when it preloaded the matching files), else null.
 */
export function firstLevelAtStart(): number | null {
  const value = document.documentElement.dataset.firstLevel;
  return value !== undefined && value !== '' && Number.isFinite(Number(value)) ? Number(value) : null;
}

const early = new Map<string, Promise<DecodedAreas>>();
const key = (name: AreaFile, detail: AreaDetail) => `${name} ${detail}`;

/** Starts loading area files for the map's first view at zoom `level` (once each until taken). */
export function prefetchGeometry(names: readonly AreaFile[], level: number | null): void {
  for (const name of names) {
    const detail = level === null ? 'full' : detailFor(name, level);
    if (early.has(key(name, detail))) continue;
    const loading = loadGeometry(name, detail);
    // (A failure surfaces where the file is taken; nothing is reported twice.)
    loading.catch(() => undefined);
    early.set(key(name, detail), loading);
  }
}

/**
 * An area file: the load prefetchGeometry started (handed out once: a later call, e.g. a map
 * mounted again, loads the file anew, as loadGeometry does), else a new load.
 */
export function takeGeometry(name: AreaFile, detail: AreaDetail = 'full'): Promise<DecodedAreas> {
  const loading = early.get(key(name, detail));
  early.delete(key(name, detail));
  return loading ?? loadGeometry(name, detail);
}
