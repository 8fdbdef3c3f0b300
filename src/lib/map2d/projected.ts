// Geometry projected once into local Web Mercator pixels (pure): the shared input of drawing and hit testing.
import type { Position } from 'geojson';
import type { AreaGeometry } from './scene';
import { MAX_LATITUDE, mercatorXY, TILE_SIZE } from './camera';
import { OVERVIEW_MAX_LEVEL } from './overview';

/** Paths are kept in world pixels at this zoom, relative to an origin near the data (Float32-safe in Path2D). */
export const REF_ZOOM = 12;
export const REF_SCALE = TILE_SIZE * 2 ** REF_ZOOM;
/** Vertices closer than this many screen pixels at a level's zoom are merged in that level's path (the renderer's simplifyRings). */
export const SIMPLIFY_PX = 0.4;

/** Web Mercator's equator in metres (the sphere mapshaper and MapLibre use for Web Mercator). */
const EQUATOR_M = 2 * Math.PI * 6378137;

/**
 * The overview files' Douglas–Peucker tolerance in metres at `latitude` (src/lib/map2d/overview.ts):
 * the tolerance the 2D map simplifies with at OVERVIEW_MAX_LEVEL (SIMPLIFY_PX screen pixels there).
 * A pixel covers fewer metres farther from the equator, so the northern edge of what is drawn gives
 * the safe value.
 * @example Math.round(overviewToleranceMetres(21.7)) // 114
 */
export function overviewToleranceMetres(latitude: number): number {
  const metresPerLocalPx = (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / REF_SCALE;
  return SIMPLIFY_PX * 2 ** (REF_ZOOM - OVERVIEW_MAX_LEVEL) * metresPerLocalPx;
}

/** A geometry in local pixels: each ring or line as interleaved x, y. */
export interface ProjectedGeometry {
  rings: Float64Array[];
  /** True for polygons (rings are closed areas), false for lines. */
  area: boolean;
  bbox: [number, number, number, number];
}

/** Local pixel space: screen = scale·local + offset (see {@link localToScreen}). */
export interface LocalFrame {
  /** World fraction (mercatorXY) of local 0, 0. */
  origin: [number, number];
}

/**
 * (mercatorXY's arithmetic written out, same results: this loop runs once per vertex, ~50,000
 * before the map's first frame, mostly not yet optimised by the JIT; a call and an array per
 * vertex cost ~40% of the projection's CPU time there: 14.7 → 9.0 ms, cold, home view.)
 */
function projectLine(coords: Position[], origin: [number, number]): Float64Array {
  const out = new Float64Array(coords.length * 2);
  const x0 = origin[0],
    y0 = origin[1];
  for (let i = 0; i < coords.length; i++) {
    const p = coords[i]!;
    const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, p[1]!));
    const x = (180 + p[0]!) / 360;
    const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360))) / 360;
    out[2 * i] = (x - x0) * REF_SCALE;
    out[2 * i + 1] = (y - y0) * REF_SCALE;
  }
  return out;
}

/**
 * Projects a geometry into local pixels.
 * @example projectGeometry({ type: 'LineString', coordinates: [[107, 21], [108, 21]] }, frame).rings[0] // Float64Array(4)
 */
export function projectGeometry(geometry: AreaGeometry, frame: LocalFrame): ProjectedGeometry {
  const lines: Position[][] =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : geometry.type === 'LineString'
          ? [geometry.coordinates]
          : geometry.coordinates;
  const rings = lines.map((l) => projectLine(l, frame.origin));
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const r of rings) {
    for (let i = 0; i < r.length; i += 2) {
      const x = r[i]!,
        y = r[i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return { rings, area: geometry.type === 'Polygon' || geometry.type === 'MultiPolygon', bbox: [minX, minY, maxX, maxY] };
}

/**
 * Simplifies each ring for drawing at one zoom level: vertices closer than `tolerance` local
 * pixels to the last kept one are dropped (radial pass), then Douglas–Peucker removes those within
 * `tolerance` of the line through their neighbours, keeping ends. Rings that collapse below 4
 * points (areas) or 2 (lines) are dropped, and so are area rings smaller than 2·tolerance both
 * ways (islets that would be a speck under one pixel). Hit tests use the full rings. With
 * `simplified` (shapes the pipeline simplified already at this tolerance or finer), the islet test
 * only (see simplifyRing).
 */
export function simplifyRings(g: ProjectedGeometry, tolerance: number, simplified = false): Float64Array[] {
  const out: Float64Array[] = [];
  for (const r of g.rings) {
    const kept = simplifyRing(r, g.area, tolerance, simplified);
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * One ring or line simplified as {@link simplifyRings} does; null when it is dropped. With
 * `simplified` (a ring the pipeline has simplified already at this tolerance or finer, see
 * src/lib/map2d/overview.ts) the ring itself, after the islet test: a second pass would only drop
 * vertices under SIMPLIFY_PX apart, and it cost ~5 ms and a copy of every ring before the first frame.
 */
export function simplifyRing(r: Float64Array, area: boolean, tolerance: number, simplified = false): Float64Array | null {
  const t2 = tolerance * tolerance;
  const n = r.length / 2;
  if (area && n > 0) {
    const [x0, y0, x1, y1] = ringBox(r);
    if (x1 - x0 < 2 * tolerance && y1 - y0 < 2 * tolerance) return null;
  }
  if (simplified) return n >= (area ? 4 : 2) ? r : null;
  const kept: number[] = [r[0]!, r[1]!];
  let px = r[0]!,
    py = r[1]!;
  for (let i = 1; i < n - 1; i++) {
    const x = r[2 * i]!,
      y = r[2 * i + 1]!;
    if ((x - px) ** 2 + (y - py) ** 2 >= t2) {
      kept.push(x, y);
      px = x;
      py = y;
    }
  }
  if (n > 1) kept.push(r[2 * n - 2]!, r[2 * n - 1]!);
  const reduced = douglasPeuckerOf(kept, t2);
  return reduced.length / 2 >= (area ? 4 : 2) ? reduced : null;
}

/** The box of one ring: [minX, minY, maxX, maxY]. */
export function ringBox(r: Float64Array): [number, number, number, number] {
  let x0 = Infinity,
    x1 = -Infinity,
    y0 = Infinity,
    y1 = -Infinity;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i]! < x0) x0 = r[i]!;
    if (r[i]! > x1) x1 = r[i]!;
    if (r[i + 1]! < y0) y0 = r[i + 1]!;
    if (r[i + 1]! > y1) y1 = r[i + 1]!;
  }
  return [x0, y0, x1, y1];
}

/** Douglas–Peucker on interleaved x, y (iterative), with the squared tolerance. */
function douglasPeuckerOf(p: number[], t2: number): Float64Array {
  const n = p.length / 2;
  if (n < 3) return Float64Array.from(p);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: number[] = [0, n - 1];
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const ax = p[2 * first]!,
      ay = p[2 * first + 1]!;
    const dx = p[2 * last]! - ax,
      dy = p[2 * last + 1]! - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1,
      at = -1;
    for (let i = first + 1; i < last; i++) {
      const ex = p[2 * i]! - ax,
        ey = p[2 * i + 1]! - ay;
      // Squared distance to the segment (to the first point when a closed ring's ends meet).
      let d2: number;
      if (len2 === 0) d2 = ex * ex + ey * ey;
      else {
        const u = Math.max(0, Math.min(1, (ex * dx + ey * dy) / len2));
        d2 = (ex - u * dx) ** 2 + (ey - u * dy) ** 2;
      }
      if (d2 > worst) {
        worst = d2;
        at = i;
      }
    }
    if (worst > t2) {
      keep[at] = 1;
      stack.push(first, at, at, last);
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += keep[i]!;
  const out = new Float64Array(count * 2);
  for (let i = 0, j = 0; i < n; i++)
    if (keep[i]) {
      out[j++] = p[2 * i]!;
      out[j++] = p[2 * i + 1]!;
    }
  return out;
}

/** The affine map from local pixels to screen pixels for a camera: screen = s·local + [ox, oy]. */
export function localToScreen(frame: LocalFrame, t: { k: number; tx: number; ty: number }): { s: number; ox: number; oy: number } {
  return { s: t.k / REF_SCALE, ox: frame.origin[0] * t.k + t.tx, oy: frame.origin[1] * t.k + t.ty };
}

/** Even-odd test of a local point against every ring (holes and multipolygons included). */
export function ringsContain(rings: Float64Array[], x: number, y: number): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i]!,
        yi = r[2 * i + 1]!,
        xj = r[2 * j]!,
        yj = r[2 * j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Smallest distance from a local point to the segments of the lines. */
export function distanceToLines(rings: Float64Array[], x: number, y: number): number {
  let best = Infinity;
  for (const r of rings) {
    for (let i = 0; i + 3 < r.length; i += 2) {
      const ax = r[i]!,
        ay = r[i + 1]!,
        bx = r[i + 2]!,
        by = r[i + 3]!;
      const dx = bx - ax,
        dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const u = len2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      best = Math.min(best, Math.hypot(x - ax - u * dx, y - ay - u * dy));
    }
  }
  return best;
}

/** A cache of projected geometries keyed by the geometry object, all in one local frame. */
export class ProjectionCache {
  readonly frame: LocalFrame;
  #projected = new WeakMap<object, ProjectedGeometry>();

  constructor(origin: [number, number]) {
    this.frame = { origin: mercatorXY(origin) };
  }

  get(geometry: AreaGeometry): ProjectedGeometry {
    let p = this.#projected.get(geometry);
    if (!p) {
      p = projectGeometry(geometry, this.frame);
      this.#projected.set(geometry, p);
    }
    return p;
  }
}
