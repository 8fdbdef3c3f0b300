// The 2D map's first view's geometry, asked for by main.ts at page start on the 2D path: the files
// (preloaded by index.html's boot script) are parsed and decoded as they arrive, while the map's
// chunks load and the page's shell mounts, not after the map's component has mounted.
import type { FeatureCollection } from 'geojson';
import type { AreaFile } from '../data/areas';
import { loadGeometry } from '../data/load';

/** The area files the 2D map draws in its first frame (the 2020 districts load when first shown). */
export const MAP2D_FIRST_AREAS: readonly AreaFile[] = ['communes_2025', 'economic_zones', 'context'];

const early = new Map<AreaFile, Promise<FeatureCollection>>();

/** Starts loading area files for the map's first view (once each until taken). */
export function prefetchGeometry(names: readonly AreaFile[]): void {
  for (const name of names) {
    if (early.has(name)) continue;
    const loading = loadGeometry(name);
    // (A failure surfaces where the file is taken; nothing is reported twice.)
    loading.catch(() => undefined);
    early.set(name, loading);
  }
}

/**
 * An area file: the load prefetchGeometry started (handed out once: a later call, e.g. a map
 * mounted again, loads the file anew, as loadGeometry does), else a new load.
 */
export function takeGeometry(name: AreaFile): Promise<FeatureCollection> {
  const loading = early.get(name);
  early.delete(name);
  return loading ?? loadGeometry(name);
}
