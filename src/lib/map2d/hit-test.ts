// Which scene features lie under a screen point, topmost first (pure: projected rings, no canvas).
import type { Camera, Viewport } from './camera';
import { mercatorXY, worldToScreenTransform } from './camera';
import { distanceToLines, REF_SCALE, ringsContain, type ProjectionCache } from './projected';
import { DEFAULT_SYMBOL_RADIUS, type Scene2D } from './scene';

/** Lines count as hit within this many CSS pixels of their stroke. */
const LINE_SLOP = 3;

export interface Hit {
  /** 'symbols' for a site, otherwise the layer id. */
  layer: string;
  id: string;
}

/**
 * Features under a screen point (CSS pixels), topmost first: site symbols, then layers from the
 * top down (features in reverse drawing order). Layers with `interactive: false` are skipped.
 * @example queryAt(scene, cache, camera, viewport, [640, 400]) // [{ layer: 'communes', id: '22015' }]
 */
export function queryAt(scene: Scene2D, cache: ProjectionCache, camera: Camera, viewport: Viewport, point: readonly [number, number]): Hit[] {
  const t = worldToScreenTransform(camera, viewport);
  const hits: Hit[] = [];
  for (let i = scene.symbols.length - 1; i >= 0; i--) {
    const s = scene.symbols[i]!;
    const [mx, my] = mercatorXY(s.position);
    if (Math.hypot(mx * t.k + t.tx - point[0], my * t.k + t.ty - point[1]) <= (s.radius ?? DEFAULT_SYMBOL_RADIUS) + 1)
      hits.push({ layer: 'symbols', id: s.id });
  }
  // The point in the cache's local pixels (see projected.ts).
  const localX = ((point[0] - t.tx) / t.k - cache.frame.origin[0]) * REF_SCALE;
  const localY = ((point[1] - t.ty) / t.k - cache.frame.origin[1]) * REF_SCALE;
  const pxPerLocal = t.k / REF_SCALE;
  for (let li = scene.layers.length - 1; li >= 0; li--) {
    const layer = scene.layers[li]!;
    if (layer.interactive === false) continue;
    for (let fi = layer.features.length - 1; fi >= 0; fi--) {
      const f = layer.features[fi]!;
      const g = cache.get(f.geometry);
      const slop = g.area ? 0 : (LINE_SLOP + f.look.strokeWidth / 2) / pxPerLocal;
      const [x0, y0, x1, y1] = g.bbox;
      if (localX < x0 - slop || localX > x1 + slop || localY < y0 - slop || localY > y1 + slop) continue;
      if (g.area ? ringsContain(g.rings, localX, localY) : distanceToLines(g.rings, localX, localY) <= slop) hits.push({ layer: layer.id, id: f.id });
    }
  }
  return hits;
}
