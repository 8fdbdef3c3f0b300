// Geometry projected once into local Web Mercator pixels (pure): the shared input of drawing and hit testing.
import type { Position } from 'geojson';
import type { AreaGeometry } from './scene';
import { mercatorXY, TILE_SIZE } from './camera';

/** Paths are kept in world pixels at this zoom, relative to an origin near the data (Float32-safe in Path2D). */
export const REF_ZOOM = 12;
export const REF_SCALE = TILE_SIZE * 2 ** REF_ZOOM;

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

function projectLine(coords: Position[], origin: [number, number]): Float64Array {
  const out = new Float64Array(coords.length * 2);
  for (let i = 0; i < coords.length; i++) {
    const [x, y] = mercatorXY(coords[i]!);
    out[2 * i] = (x - origin[0]) * REF_SCALE;
    out[2 * i + 1] = (y - origin[1]) * REF_SCALE;
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
 * Drops vertices closer than `tolerance` local pixels to the last kept one (radial distance),
 * keeping ends; rings that collapse below 4 points (areas) or 2 (lines) are dropped.
 * Used once per zoom level, so a zoomed-out frame draws far fewer vertices.
 */
export function simplifyRings(g: ProjectedGeometry, tolerance: number): Float64Array[] {
  const t2 = tolerance * tolerance;
  const out: Float64Array[] = [];
  for (const r of g.rings) {
    const n = r.length / 2;
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
    if (kept.length / 2 >= (g.area ? 4 : 2)) out.push(Float64Array.from(kept));
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
