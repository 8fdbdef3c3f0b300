// The 2D map: a canvas in a container, a Scene2D drawn for a Web Mercator camera, d3-zoom navigation, events, hit tests.
// Load it with `await import('./map2d')` only when needed: it brings d3-zoom (the renderer alone does not).
import {
  cameraForBounds,
  cameraOfTransform,
  flattenCamera,
  project,
  unproject,
  worldToScreenTransform,
  type Bbox,
  type Camera,
  type Padding,
  type Viewport,
} from './camera';
import { mapCanvas } from './export';
import { queryAt, type Hit } from './hit-test';
import { createInteraction, type Interaction, type WorldTransform } from './interaction';
import { CanvasRenderer, type FrameStats } from './renderer';
import { emptyScene, type AreaGeometry, type Scene2D } from './scene';

export interface Map2DOptions {
  /** The element the map fills (it gets a canvas child). */
  container: HTMLElement;
  camera: Camera;
  minZoom?: number;
  maxZoom?: number;
  maxBounds?: Bbox;
  scene?: Scene2D;
  /** A lng/lat near the data (keeps cached path coordinates small); default: the start camera's centre. */
  origin?: [number, number];
  /** Device pixel ratio (default: window.devicePixelRatio). */
  pixelRatio?: number;
}

export interface PointerInfo {
  /** CSS pixels in the container. */
  point: [number, number];
  lngLat: [number, number];
  /** Features under the point, topmost first. */
  hits: Hit[];
}

export interface Map2DEvents {
  /** The camera changed (every frame of a drag or an animation). */
  move: { camera: Camera; user: boolean };
  /** A move ended. */
  moveend: { camera: Camera; user: boolean };
  /** A click or tap that did not drag. */
  click: PointerInfo;
  /** The mouse moved over the map; null when it left or a drag began. */
  hover: PointerInfo | null;
  /** A frame was drawn. */
  render: FrameStats;
}

export type TransitionMode = 'fly' | 'fade' | 'jump';

export interface Map2D {
  readonly canvas: HTMLCanvasElement;
  setScene(scene: Scene2D): void;
  getScene(): Scene2D;
  getCamera(): Camera;
  /** Jumps to a camera (bearing and pitch flattened to 0). */
  setCamera(camera: Camera): void;
  /**
   * Moves to a camera: 'fly' along d3's smooth zoom path, 'fade' jumps and cross-fades the old
   * picture out, 'jump' at once. Resolves when done (or interrupted). Reduced motion → jump.
   */
  flyTo(camera: Camera, options?: { duration?: number; mode?: TransitionMode }): Promise<void>;
  /** The camera that fits a box (as MapLibre's cameraForBounds), for this map's size. */
  cameraForBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number }): Camera | undefined;
  on<E extends keyof Map2DEvents>(event: E, handler: (payload: Map2DEvents[E]) => void): () => void;
  /** Features under a point in CSS pixels of the container, topmost first. */
  queryAt(point: [number, number]): Hit[];
  project(lngLat: [number, number]): [number, number];
  unproject(point: [number, number]): [number, number];
  /** Draws the current frame now (not waiting for the next animation frame). */
  redraw(): void;
  /**
   * Builds what the next frame will draw (paths for the current camera) now, in the caller's task,
   * instead of at the start of that frame; draws nothing.
   */
  prepare(): void;
  /** The renderer's simplifiedFor: these geometries are drawn as they are at `level` and above (the overview files). */
  simplifiedFor(geometries: Iterable<AreaGeometry>, level: number): void;
  /** Redraws and returns the canvas, for the image composer and PNG export. */
  toCanvas(): HTMLCanvasElement;
  /** Size of the container in CSS pixels. */
  viewport(): Viewport;
  lastFrame(): FrameStats;
  destroy(): void;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Creates a 2D map filling `options.container`. */
export function createMap2D(options: Map2DOptions): Map2D {
  const { container } = options;
  const minZoom = options.minZoom ?? 0;
  const maxZoom = options.maxZoom ?? 22;
  const canvas = document.createElement('canvas');
  canvas.className = 'map2d-canvas';
  canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block;outline-offset:-3px;transform-origin:0 0;';
  canvas.setAttribute('role', 'application');
  container.appendChild(canvas);
  // A canvas the CPU draws (Skia in the page's process): where WebGL is software, a GPU-backed 2D
  // canvas would be drawn by the same software GPU process that rasterises the page, and each frame
  // waits for it. (The first getContext decides; the renderer's own call gets this context.)
  canvas.getContext('2d', { willReadFrequently: true });
  const renderer = new CanvasRenderer(canvas, options.origin ?? options.camera.center);
  let scene = options.scene ?? emptyScene();
  let camera = flattenCamera(options.camera);
  let size: Viewport = { width: container.clientWidth || 1, height: container.clientHeight || 1 };
  const handlers = new Map<keyof Map2DEvents, Set<(p: never) => void>>();
  const emit = <E extends keyof Map2DEvents>(event: E, payload: Map2DEvents[E]) => {
    for (const h of handlers.get(event) ?? []) (h as (p: Map2DEvents[E]) => void)(payload);
  };
  let fade: { image: HTMLCanvasElement; start: number; duration: number; done: () => void } | null = null;
  /**
   * A programmatic flight (a slide, a framed selection) in progress: between real frames the last
   * one is moved and scaled by a CSS transform of the canvas (the compositor's work only), as the
   * WebGL map does on a software GPU; a real frame is drawn at landing (and whenever the scene
   * changes on the way). `drawn`: the camera of the frame on the canvas.
   */
  let flight: { drawn: Camera } | null = null;
  let frame = 0;
  let destroyed = false;

  const draw = () => {
    frame = 0;
    if (destroyed) return;
    const dpr = options.pixelRatio ?? globalThis.devicePixelRatio ?? 1;
    renderer.render(scene, camera, size, dpr);
    if (flight) {
      flight.drawn = camera;
      canvas.style.transform = '';
    }
    if (fade) {
      const p = Math.min(1, (performance.now() - fade.start) / fade.duration);
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.globalAlpha = 1 - p;
      ctx.drawImage(fade.image, 0, 0, canvas.width, canvas.height);
      ctx.globalAlpha = 1;
      if (p >= 1) {
        fade.done();
        fade = null;
      } else schedule();
    }
    emit('render', renderer.lastFrame);
  };
  const schedule = () => {
    if (!frame && !destroyed) frame = requestAnimationFrame(draw);
  };
  const toTransform = (c: Camera): WorldTransform => {
    const t = worldToScreenTransform(c, size);
    return { k: t.k, x: t.tx, y: t.ty };
  };
  const info = (point: [number, number]): PointerInfo => ({
    point,
    lngLat: unproject(point, camera, size),
    hits: queryAt(scene, renderer.cache, camera, size, point),
  });

  const interaction: Interaction = createInteraction(canvas, toTransform(camera), {
    minZoom,
    maxZoom,
    maxBounds: options.maxBounds,
    onChange(t, user) {
      camera = cameraOfTransform(t, size);
      if (flight && !user) {
        // screen = k·m + t: the drawn frame's pixels map to this camera's by a scale and a shift.
        const from = toTransform(flight.drawn);
        const k = t.k / from.k;
        canvas.style.transform = `translate(${t.x - k * from.x}px, ${t.y - k * from.y}px) scale(${k})`;
      } else schedule();
      emit('move', { camera, user });
    },
    onEnd(t, user) {
      camera = cameraOfTransform(t, size);
      emit('moveend', { camera, user });
    },
    onClick: (point) => emit('click', info(point)),
    onHover: (point) => emit('hover', point ? info(point) : null),
  });
  // The zoom behaviour may have clamped the start camera (zoom range, bounds).
  camera = cameraOfTransform(interaction.current(), size);

  const observer = new ResizeObserver(() => {
    const next = { width: container.clientWidth || 1, height: container.clientHeight || 1 };
    if (next.width === size.width && next.height === size.height) return;
    // Keep the centre and zoom (as MapLibre does on resize).
    const keep = camera;
    size = next;
    interaction.transformTo(toTransform(keep), 0);
    // (A screen grown past the bounds zooms in a little: the camera the interaction kept.)
    camera = cameraOfTransform(interaction.current(), size);
    schedule();
  });
  observer.observe(container);
  // (The first frame in the next animation frame: the caller sets its scene first, and an empty
  // frame drawn now would never be seen.)
  schedule();

  const map: Map2D = {
    canvas,
    setScene(next) {
      scene = next;
      schedule();
    },
    getScene: () => scene,
    getCamera: () => ({ ...camera, center: [camera.center[0], camera.center[1]] }),
    setCamera(next) {
      void interaction.transformTo(toTransform(flattenCamera(next)), 0);
    },
    async flyTo(next, opts = {}) {
      const mode: TransitionMode = reducedMotion() ? 'jump' : (opts.mode ?? 'fly');
      const target = toTransform(flattenCamera(next));
      if (mode === 'jump') return interaction.transformTo(target, 0);
      if (mode === 'fly') {
        if (frame) {
          cancelAnimationFrame(frame);
          draw();
        }
        flight = { drawn: camera };
        // (Zooming out uncovers the container's edges: the sea colour, as the map's background.)
        container.style.backgroundColor = scene.background;
        // (Its own compositor layer while it flies: a transform then changes no painted pixel of the page.)
        canvas.style.willChange = 'transform';
        const mine = flight;
        try {
          await interaction.transformTo(target, opts.duration ?? 1000);
        } finally {
          // (A newer flight has taken over: it lands.)
          if (flight === mine && !destroyed) {
            flight = null;
            canvas.style.transform = '';
            canvas.style.willChange = '';
            if (frame) cancelAnimationFrame(frame);
            draw();
          }
        }
        return;
      }
      const image = document.createElement('canvas');
      image.width = canvas.width;
      image.height = canvas.height;
      image.getContext('2d')!.drawImage(canvas, 0, 0);
      fade?.done();
      await new Promise<void>((done) => {
        fade = { image, start: performance.now(), duration: opts.duration ?? 500, done };
        void interaction.transformTo(target, 0);
        schedule();
      });
    },
    cameraForBounds: (bounds, opts = {}) => cameraForBounds(bounds, size, { maxZoom, ...opts }),
    on(event, handler) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(handler as (p: never) => void);
      return () => handlers.get(event)?.delete(handler as (p: never) => void);
    },
    queryAt: (point) => queryAt(scene, renderer.cache, camera, size, point),
    project: (lngLat) => project(lngLat, camera, size),
    unproject: (point) => unproject(point, camera, size),
    redraw() {
      if (frame) cancelAnimationFrame(frame);
      draw();
    },
    prepare: () => renderer.prepare(scene, camera, size),
    simplifiedFor: (geometries, level) => renderer.simplifiedFor(geometries, level),
    toCanvas: () => mapCanvas(map),
    viewport: () => ({ ...size }),
    lastFrame: () => renderer.lastFrame,
    destroy() {
      destroyed = true;
      if (frame) cancelAnimationFrame(frame);
      fade?.done();
      observer.disconnect();
      interaction.destroy();
      handlers.clear();
      canvas.remove();
    },
  };
  return map;
}
