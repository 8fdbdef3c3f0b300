// Which scene features lie under a screen point, topmost first (pure: projected rings, no canvas).
import type { Camera, Viewport } from './camera';
import { mercatorXY, worldToScreenTransform } from './camera';
import { distanceToLines, REF_SCALE, ringsContain, type ProjectionCache } from './projected';
import { DEFAULT_SYMBOL_RADIUS, USER_SHAPE_PREFIX, type Scene2D } from './scene';

/** Lines count as hit within this many CSS pixels of their stroke. */
const LINE_SLOP = 3;
/** An imported point counts as hit within this many CSS pixels of its disc. */
const POINT_SLOP = 3;

export interface Hit {
  /** 'symbols' for a site, 'user' for an imported feature (id `<layer id>:<index>`), otherwise the layer id. */
  layer: string;
  id: string;
}

/**
 * Features under a screen point (CSS pixels), topmost first: site symbols, imported features,
 * then layers from the top down (features in reverse drawing order). Layers with `interactive: false` are skipped.
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
  // Imported features (over the areas, under the sites), points first: the last drawn is on top.
  const user = scene.userShapes ?? [];
  for (let i = user.length - 1; i >= 0; i--) {
    const o = user[i]!;
    if (!o.id.startsWith(USER_SHAPE_PREFIX)) continue;
    const id = o.id.slice(USER_SHAPE_PREFIX.length);
    if (o.geometry.type === 'Point') {
      const [mx, my] = mercatorXY(o.geometry.coordinates);
      if (Math.hypot(mx * t.k + t.tx - point[0], my * t.k + t.ty - point[1]) <= (o.radius ?? 4) + POINT_SLOP) hits.push({ layer: 'user', id });
      continue;
    }
    const g = cache.get(o.geometry);
    const slop = (LINE_SLOP + (o.strokeWidth ?? 2) / 2) / pxPerLocal;
    const [x0, y0, x1, y1] = g.bbox;
    if (localX < x0 - slop || localX > x1 + slop || localY < y0 - slop || localY > y1 + slop) continue;
    if ((g.area && o.fill && ringsContain(g.rings, localX, localY)) || distanceToLines(g.rings, localX, localY) <= slop) hits.push({ layer: 'user', id });
  }
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
