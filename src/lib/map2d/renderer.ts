// Draws a Scene2D on a Canvas 2D context for a camera (devicePixelRatio aware), with projected paths cached per zoom level.
import { mercatorXY, worldToScreenTransform, type Camera, type Viewport } from './camera';
import { placeLabels, wrapText, type PlacedLabel } from './labels';
import { localToScreen, ProjectionCache, REF_ZOOM, ringBox, SIMPLIFY_PX, simplifyRing, simplifyRings } from './projected';
import { mapTheme } from '../style/map-theme';
import { dotPattern, hatchPattern } from '../style/patterns';
import { SITE_SYMBOL } from '../style/site-symbol';
import {
  DEFAULT_EMPHASIS,
  DEFAULT_FONT,
  DEFAULT_SYMBOL_RADIUS,
  type AreaGeometry,
  type Emphasis,
  type Label,
  type Look,
  type OverlayShape,
  type Pattern,
  type Scene2D,
} from './scene';

/** Each pattern's marks by default: the map theme's (approximate hatch, mixed cross-hatch, kiểu mẫu dots). */
const PATTERN_PIXELS = {
  hatch: mapTheme.patterns.approxHatch,
  crosshatch: mapTheme.patterns.mixedHatch,
  dots: mapTheme.patterns.kieuMauDot,
} as const;
const HALO_OPACITY: [number, number] = [mapTheme.opacity.approxSiteHalo, mapTheme.opacity.approxSiteRing];

/** A multipolygon with at least this many polygons is drawn as a GRID×GRID set of parts (see partsFor). */
const SPLIT_PARTS = 64;
const GRID = 8;

/** Some whole polygons of a big multipolygon, as one path, with their box in local pixels. */
export interface PathPart {
  bbox: [number, number, number, number];
  path: Path2D;
}

export interface FrameStats {
  /** Milliseconds spent drawing the last frame (CPU side). */
  ms: number;
  /** Paths built (not found in the cache) during the last frame. */
  built: number;
  labels: number;
}

/**
 * A Canvas 2D renderer. Paths are projected once into local Web Mercator pixels (ProjectionCache),
 * then turned into one Path2D per geometry and integer zoom level (simplified for that level);
 * a frame only sets a transform and fills/strokes the cached paths.
 */
export class CanvasRenderer {
  readonly cache: ProjectionCache;
  readonly canvas: HTMLCanvasElement;
  #ctx: CanvasRenderingContext2D;
  #paths = new WeakMap<object, Map<number, Path2D>>();
  /** Geometries already simplified for drawing at a level and above (the overview files): no Douglas–Peucker there. */
  #simplifiedAt = new WeakMap<object, number>();
  #parts = new WeakMap<object, Map<number, PathPart[]>>();
  #patterns = new Map<string, CanvasPattern>();
  #widths = new Map<string, number>();
  #lines = new Map<string, string[]>();
  #built = 0;
  /** The current frame's local → CSS pixel offset (see localToScreen). */
  #offset: [number, number] = [0, 0];
  lastFrame: FrameStats = { ms: 0, built: 0, labels: 0 };
  placedLabels: PlacedLabel[] = [];

  /** `origin` is a lng/lat near the data; local coordinates stay small around it. */
  constructor(canvas: HTMLCanvasElement, origin: [number, number]) {
    this.canvas = canvas;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is unavailable');
    this.#ctx = ctx;
    this.cache = new ProjectionCache(origin);
  }

  /**
   * Says that `geometries` were simplified with this renderer's own tolerance at `level` (the
   * pipeline's overview files): their paths at that level and above are drawn from them as they are
   * (~30 ms of a cold start's main thread: Douglas–Peucker, then the radial pass), after the islet test.
   */
  simplifiedFor(geometries: Iterable<AreaGeometry>, level: number): void {
    for (const g of geometries) this.#simplifiedAt.set(g, level);
  }

  /** Whether a geometry is simplified already for its paths at `level` (see simplifiedFor): drawn as it is. */
  #simplifiedAlready(geometry: AreaGeometry, level: number): boolean {
    const at = this.#simplifiedAt.get(geometry);
    return at !== undefined && level >= at;
  }

  /** The Path2D of a geometry at an integer zoom level, built on first use. */
  pathFor(geometry: AreaGeometry, level: number): Path2D {
    let levels = this.#paths.get(geometry);
    if (!levels) this.#paths.set(geometry, (levels = new Map()));
    let path = levels.get(level);
    if (!path) {
      this.#built++;
      const g = this.cache.get(geometry);
      const rings = simplifyRings(g, SIMPLIFY_PX * 2 ** (REF_ZOOM - level), this.#simplifiedAlready(geometry, level));
      path = new Path2D();
      for (const r of rings) {
        path.moveTo(r[0]!, r[1]!);
        for (let i = 2; i < r.length; i += 2) path.lineTo(r[i]!, r[i + 1]!);
        if (g.area) path.closePath();
      }
      levels.set(level, path);
    }
    return path;
  }

  /**
   * A multipolygon of many parts (the province's ~1,300 islands, a coast) as a grid of paths, each
   * holding whole polygons (holes with their outer ring), so a zoomed-in frame fills and strokes
   * only the parts on screen. Null for smaller geometries (one path is faster then).
   */
  partsFor(geometry: AreaGeometry, level: number): PathPart[] | null {
    if (geometry.type !== 'MultiPolygon' || geometry.coordinates.length < SPLIT_PARTS) return null;
    let levels = this.#parts.get(geometry);
    if (!levels) this.#parts.set(geometry, (levels = new Map()));
    let parts = levels.get(level);
    if (!parts) {
      this.#built++;
      const g = this.cache.get(geometry);
      const tolerance = SIMPLIFY_PX * 2 ** (REF_ZOOM - level);
      const simplified = this.#simplifiedAlready(geometry, level);
      const [gx0, gy0, gx1, gy1] = g.bbox;
      const cell = (v: number, lo: number, hi: number) => Math.min(GRID - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo || 1)) * GRID)));
      const grid = new Map<number, PathPart>();
      let ring = 0;
      for (const polygon of geometry.coordinates) {
        const rings = g.rings.slice(ring, ring + polygon.length);
        ring += polygon.length;
        const outer = rings[0];
        if (!outer) continue;
        const box = ringBox(outer);
        const key = cell((box[0] + box[2]) / 2, gx0, gx1) * GRID + cell((box[1] + box[3]) / 2, gy0, gy1);
        let part = grid.get(key);
        for (const r of rings) {
          const kept = simplifyRing(r, true, tolerance, simplified);
          if (!kept) continue;
          if (!part) grid.set(key, (part = { bbox: [...box], path: new Path2D() }));
          part.path.moveTo(kept[0]!, kept[1]!);
          for (let i = 2; i < kept.length; i += 2) part.path.lineTo(kept[i]!, kept[i + 1]!);
          part.path.closePath();
        }
        if (part) {
          part.bbox[0] = Math.min(part.bbox[0], box[0]);
          part.bbox[1] = Math.min(part.bbox[1], box[1]);
          part.bbox[2] = Math.max(part.bbox[2], box[2]);
          part.bbox[3] = Math.max(part.bbox[3], box[3]);
        }
      }
      parts = [...grid.values()];
      levels.set(level, parts);
    }
    return parts;
  }

  /** Sizes the canvas's drawing buffer for a viewport in CSS pixels and a device pixel ratio. */
  resize(viewport: Viewport, dpr: number): void {
    const w = Math.max(1, Math.round(viewport.width * dpr));
    const h = Math.max(1, Math.round(viewport.height * dpr));
    if (this.canvas.width !== w) this.canvas.width = w;
    if (this.canvas.height !== h) this.canvas.height = h;
  }

  /**
   * Builds (caches) the paths the next render of `scene` for this camera needs, drawing nothing:
   * the 2D map calls it between receiving its first scene and the animation frame that draws it,
   * so that frame only fills and strokes (the same paths render would build).
   */
  prepare(scene: Scene2D, camera: Camera, viewport: Viewport): void {
    const t = worldToScreenTransform(camera, viewport);
    const { s, ox, oy } = localToScreen(this.cache.frame, t);
    const level = Math.max(0, Math.min(24, Math.floor(camera.zoom)));
    const [vx0, vy0, vx1, vy1] = [-ox / s, -oy / s, (viewport.width - ox) / s, (viewport.height - oy) / s];
    for (const layer of scene.layers) {
      for (const f of layer.features) {
        const [x0, y0, x1, y1] = this.cache.get(f.geometry).bbox;
        if (x1 < vx0 || x0 > vx1 || y1 < vy0 || y0 > vy1) continue;
        if (!this.partsFor(f.geometry, level)) this.pathFor(f.geometry, level);
      }
    }
  }

  render(scene: Scene2D, camera: Camera, viewport: Viewport, dpr: number): void {
    const start = performance.now();
    this.#built = 0;
    this.resize(viewport, dpr);
    const ctx = this.#ctx;
    const em: Emphasis = { ...DEFAULT_EMPHASIS, ...scene.emphasis };
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);

    const t = worldToScreenTransform(camera, viewport);
    const { s, ox, oy } = localToScreen(this.cache.frame, t);
    this.#offset = [ox, oy];
    const level = Math.max(0, Math.min(24, Math.floor(camera.zoom)));
    const toLocal = () => ctx.setTransform(dpr * s, 0, 0, dpr * s, dpr * ox, dpr * oy);
    // Only features whose box meets the viewport are drawn.
    const [vx0, vy0, vx1, vy1] = [-ox / s, -oy / s, (viewport.width - ox) / s, (viewport.height - oy) / s];

    for (const layer of scene.layers) {
      const hovered: Path2D[] = [];
      const selected: Path2D[] = [];
      for (const f of layer.features) {
        const [x0, y0, x1, y1] = this.cache.get(f.geometry).bbox;
        if (x1 < vx0 || x0 > vx1 || y1 < vy0 || y0 > vy1) continue;
        const parts = this.partsFor(f.geometry, level);
        const paths = parts
          ? parts.filter(({ bbox: [a, b, c, d] }) => !(c < vx0 || a > vx1 || d < vy0 || b > vy1)).map((p) => p.path)
          : [this.pathFor(f.geometry, level)];
        for (const path of paths) {
          this.#drawFeature(path, f.look, em, s, dpr, toLocal);
          if (f.look.selected) selected.push(path);
          else if (f.look.hovered) hovered.push(path);
        }
      }
      toLocal();
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
      ctx.lineJoin = 'round';
      // Hovered: a darker outline; selected: dark over a light casing (reads over every theme colour).
      for (const [paths, colour, width] of [
        [hovered, em.hoverStroke, em.hoverWidth],
        [selected, em.selectedCasing, em.selectedCasingWidth],
        [selected, em.selectedStroke, em.selectedWidth],
      ] as const) {
        if (!paths.length) continue;
        ctx.strokeStyle = colour;
        ctx.lineWidth = width / s;
        for (const p of paths) ctx.stroke(p);
      }
    }

    for (const o of scene.userShapes ?? []) this.#drawOverlay(o, t, s, dpr, level, toLocal, viewport);

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const font = scene.fontFamily ?? DEFAULT_FONT;
    for (const sym of scene.symbols) {
      const [mx, my] = mercatorXY(sym.position);
      const x = mx * t.k + t.tx,
        y = my * t.k + t.ty;
      const reach = Math.max(sym.halo ?? 0, sym.radius ?? DEFAULT_SYMBOL_RADIUS) + 4;
      if (x < -reach || y < -reach || x > viewport.width + reach || y > viewport.height + reach) continue;
      const alpha = sym.dimmed ? em.dimOpacity : 1;
      // (A dimmed site loses its halo, as on the WebGL map.)
      if (sym.halo && !sym.dimmed) {
        const [fillOpacity, ringOpacity] = sym.haloOpacity ?? HALO_OPACITY;
        ctx.beginPath();
        ctx.arc(x, y, sym.halo, 0, Math.PI * 2);
        ctx.fillStyle = sym.colour;
        ctx.globalAlpha = fillOpacity;
        ctx.fill();
        ctx.strokeStyle = sym.colour;
        ctx.lineWidth = SITE_SYMBOL.haloRingWidth;
        ctx.globalAlpha = ringOpacity;
        ctx.stroke();
      }
      ctx.globalAlpha = alpha;
      ctx.beginPath();
      ctx.arc(x, y, sym.radius ?? DEFAULT_SYMBOL_RADIUS, 0, Math.PI * 2);
      ctx.fillStyle = sym.colour;
      ctx.fill();
      // (As the WebGL map's sites-circle: a dark ring when selected, no change under the pointer.)
      ctx.lineWidth = sym.selected ? SITE_SYMBOL.selectedRingWidth : SITE_SYMBOL.ringWidth;
      ctx.strokeStyle = sym.selected ? em.selectedStroke : em.siteRing;
      ctx.stroke();
      ctx.fillStyle = em.siteCode;
      ctx.font = `600 ${sym.codeSize ?? 9}px ${font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(sym.code, x, y + 0.5);
    }
    ctx.globalAlpha = 1;

    for (const o of scene.overlays) this.#drawOverlay(o, t, s, dpr, level, toLocal, viewport);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.globalAlpha = 1;

    const widthOf = (l: Label, text: string) => {
      const key = `${l.weight ?? 400} ${l.size} ${text}`;
      let w = this.#widths.get(key);
      if (w === undefined) {
        ctx.font = `${l.weight ?? 400} ${l.size}px ${font}`;
        w = ctx.measureText(text).width;
        this.#widths.set(key, w);
      }
      return w;
    };
    const wrap = (l: Label) => {
      const key = `${l.weight ?? 400} ${l.size} ${l.maxWidthEm ?? 8} ${l.text}`;
      let lines = this.#lines.get(key);
      if (!lines) {
        lines = wrapText(l.text, (l.maxWidthEm ?? 8) * l.size, (t) => widthOf(l, t));
        this.#lines.set(key, lines);
      }
      return lines;
    };
    const measure = (l: Label) => Math.max(...wrap(l).map((t) => widthOf(l, t)));
    const projectPoint = (p: [number, number]): [number, number] => {
      const [mx, my] = mercatorXY(p);
      return [mx * t.k + t.tx, my * t.k + t.ty];
    };
    this.placedLabels = placeLabels(scene.labels, camera.zoom, viewport, projectPoint, measure, 2, wrap);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const p of this.placedLabels) {
      ctx.font = `${p.label.weight ?? 400} ${p.label.size}px ${font}`;
      ctx.strokeStyle = p.label.halo ?? mapTheme.colours.labelHalo;
      ctx.lineWidth = 2.8;
      ctx.fillStyle = p.label.colour ?? mapTheme.colours.labelText;
      const lineHeight = p.label.size * 1.2;
      p.lines.forEach((text, i) => {
        const y = p.y + (i - (p.lines.length - 1) / 2) * lineHeight;
        ctx.strokeText(text, p.x, y);
        ctx.fillText(text, p.x, y);
      });
    }
    this.lastFrame = { ms: performance.now() - start, built: this.#built, labels: this.placedLabels.length };
  }

  #drawFeature(path: Path2D, look: Look, em: Emphasis, s: number, dpr: number, toLocal: () => void, cap: CanvasLineCap = 'butt'): void {
    const ctx = this.#ctx;
    const dim = look.dimmed ? em.dimOpacity : 1;
    toLocal();
    if (look.fill && look.fillOpacity > 0) {
      ctx.globalAlpha = look.fillOpacity * dim;
      ctx.fillStyle = look.fill;
      ctx.fill(path);
    }
    if (look.pattern) {
      // The pattern is laid in screen pixels (as MapLibre's fill-pattern): its matrix undoes the local transform.
      const pattern = this.#pattern(look.pattern, look.patternPixels ?? PATTERN_PIXELS[look.pattern]);
      pattern.setTransform(new DOMMatrix([1 / s, 0, 0, 1 / s, -this.#offset[0] / s, -this.#offset[1] / s]));
      ctx.globalAlpha = dim;
      ctx.fillStyle = pattern;
      ctx.fill(path);
    }
    if (look.stroke && look.strokeWidth > 0) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = look.stroke;
      ctx.lineWidth = look.strokeWidth / s;
      ctx.lineJoin = 'round';
      ctx.lineCap = cap;
      ctx.setLineDash(look.dash ? look.dash.map((d) => d / s) : []);
      ctx.stroke(path);
      ctx.setLineDash([]);
      ctx.lineCap = 'butt';
    }
  }

  #drawOverlay(
    o: OverlayShape,
    t: { k: number; tx: number; ty: number },
    s: number,
    dpr: number,
    level: number,
    toLocal: () => void,
    viewport: Viewport,
  ): void {
    const ctx = this.#ctx;
    ctx.globalAlpha = 1;
    if (o.geometry.type === 'Point') {
      const [mx, my] = mercatorXY(o.geometry.coordinates);
      const x = mx * t.k + t.tx,
        y = my * t.k + t.ty;
      const r = o.radius ?? 4;
      if (x < -r || y < -r || x > viewport.width + r || y > viewport.height + r) return;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      if (o.fill) {
        ctx.globalAlpha = o.fillOpacity ?? 1;
        ctx.fillStyle = o.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (o.stroke) {
        ctx.strokeStyle = o.stroke;
        ctx.lineWidth = o.strokeWidth ?? 1.5;
        ctx.stroke();
      }
      return;
    }
    const [x0, y0, x1, y1] = this.cache.get(o.geometry).bbox;
    const { ox, oy } = { ox: this.#offset[0], oy: this.#offset[1] };
    if (x1 * s + ox < -4 || x0 * s + ox > viewport.width + 4 || y1 * s + oy < -4 || y0 * s + oy > viewport.height + 4) return;
    this.#drawFeature(
      this.pathFor(o.geometry, level),
      {
        fill: o.fill ?? null,
        fillOpacity: o.fillOpacity ?? 0.15,
        stroke: o.stroke ?? null,
        strokeWidth: o.strokeWidth ?? 2,
        dash: o.dash ?? null,
        pattern: null,
        dimmed: false,
        selected: false,
        hovered: false,
      },
      DEFAULT_EMPHASIS,
      s,
      dpr,
      toLocal,
      o.cap,
    );
  }

  /** The WebGL map's pattern image (src/lib/style/patterns.ts) as a canvas pattern, one per kind and colour. */
  #pattern(kind: Exclude<Pattern, null>, pixels: readonly [number, number, number, number]): CanvasPattern {
    const key = `${kind} ${pixels.join(',')}`;
    let p = this.#patterns.get(key);
    if (!p) {
      const image = kind === 'dots' ? dotPattern(8, pixels) : kind === 'crosshatch' ? hatchPattern(6, pixels, true) : hatchPattern(8, pixels);
      const tile = document.createElement('canvas');
      tile.width = image.width;
      tile.height = image.height;
      const data = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
      tile.getContext('2d')!.putImageData(data, 0, 0);
      p = this.#ctx.createPattern(tile, 'repeat')!;
      this.#patterns.set(key, p);
    }
    return p;
  }
}
