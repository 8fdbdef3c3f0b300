// The owner of one MapLibre map (one per map on the page): creates it, queues calls until the
// style has loaded, exposes its readiness as state, and removes it on teardown.
import { Map as MaplibreMap, setWorkerUrl, type LngLatBoundsLike, type MapOptions, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { dotPattern, hatchPattern } from '../style/patterns';
import { mapTheme, type MapTheme } from '../style/map-theme';
import type { Camera } from '../deck/types';
import type { Bbox } from '../data/unit-index-types';
import type { ArchiveProblem, MapController, MapPicture } from './controller';
import { registerArchiveProtocol } from './archive-protocol';
import { DOTS_KIEU_MAU, HATCH_APPROX, HATCH_MIXED, SOURCE } from './style';
import { isSoftwareRenderer, rendererName } from './software-renderer';
import { exposeTestHandle } from './test-handle';

/** What went wrong with the tile archive, in words a person can act on. */
export function describeArchiveError(message: string): ArchiveProblem {
  if (/\b404\b|Bad response code/i.test(message)) return 'missing';
  if (/magic number/i.test(message)) return 'not_pmtiles';
  if (/DataView|outside the bounds|unexpected end|incorrect header|invalid/i.test(message)) return 'damaged';
  return 'unreadable';
}

export type { ArchiveProblem };

setWorkerUrl(workerUrl);

export type MapStatus = 'loading' | 'ready' | 'failed';

export interface MapOwnerOptions {
  /** Expose this map as `window.qnMap` for browser tests and the bench (see test-handle.ts). */
  testHandle?: boolean;
  /** Colours of the patterns made in code. */
  theme?: MapTheme;
}

type Queued = { fn: (map: MaplibreMap) => void; signal: AbortSignal | undefined };

export class MapOwner implements MapController {
  map = $state.raw<MaplibreMap | null>(null);
  status = $state<MapStatus>('loading');
  /** Goes up each time the WebGL context is restored: feature-state must then be written again. */
  generation = $state(0);
  /** What is wrong with the tile archive, or null. */
  problem = $state<ArchiveProblem | null>(null);
  #queue: Queued[] = [];
  /** Calls held back while a software flight is on: the slide's changes are drawn when it lands. */
  #held: Queued[] | null = null;
  /**
   * True when WebGL is drawn in software (SwiftShader, WARP, llvmpipe): a frame then costs
   * 100–300 ms, so flights are drawn as CSS transforms of the last frame (`cssFlight`).
   */
  software = false;
  readonly #options: MapOwnerOptions;

  constructor(options: MapOwnerOptions = {}) {
    this.#options = options;
  }
  /** The fitted province view, for views that have no camera of their own. */
  home: { bounds: LngLatBoundsLike; padding: number | PaddingOptions | (() => number | PaddingOptions) } | null = null;

  /** Creates the map in `container`; the returned function removes it. */
  mount(container: HTMLElement, options: Omit<MapOptions, 'container'>): () => void {
    registerArchiveProtocol();
    const map = new MaplibreMap({ ...options, container });
    // (getContext hands back the map's own context: no second one is made.)
    const gl = map.getCanvas().getContext('webgl2');
    this.software = !!gl && isSoftwareRenderer(rendererName(gl));
    // Patterns are made in code, so they are supplied when a layer first asks for them.
    const { patterns: colours } = this.#options.theme ?? mapTheme;
    const patterns: Record<string, () => ReturnType<typeof hatchPattern>> = {
      [HATCH_APPROX]: () => hatchPattern(8, colours.approxHatch),
      [HATCH_MIXED]: () => hatchPattern(6, colours.mixedHatch, true),
      [DOTS_KIEU_MAU]: () => dotPattern(8, colours.kieuMauDot),
    };
    map.setMissingStyleImageResolver((id) => {
      const make = patterns[id];
      if (make && !map.hasImage(id)) map.addImage(id, make());
    });
    map.once('load', () => {
      this.status = 'ready';
      const queued = this.#queue.splice(0);
      for (const { fn, signal } of queued) if (!signal?.aborted) fn(map);
    });
    // MapLibre rebuilds its style after a restored context; feature-state is written again once
    // the rebuilt style has loaded (its documented moment for re-applying state).
    map.on('webglcontextrestored', () => {
      map.once('style.load', () => {
        this.generation += 1;
      });
    });
    map.on('error', (event) => {
      const message = event.error?.message ?? 'unknown error';
      const fromArchive = (event as { sourceId?: string }).sourceId === SOURCE || /pmtiles|magic number|DataView/i.test(message);
      // One tile that fails (bad bytes) is a smaller problem than the archive failing as a whole.
      const oneTile = !!(event as { tile?: unknown }).tile;
      if (fromArchive && !this.problem) this.problem = oneTile ? 'tile' : describeArchiveError(message);
      console.warn('map error:', message);
    });
    this.map = map;
    const withdrawHandle = this.#options.testHandle ? exposeTestHandle(map) : () => {};
    return () => {
      this.#queue = [];
      this.#held = null;
      this.#flight++;
      this.#stopCssFlight?.();
      withdrawHandle();
      map.remove();
      this.map = null;
      this.status = 'loading';
    };
  }

  get ready(): boolean {
    return this.status === 'ready' && !!this.map;
  }

  fitBounds(bounds: Bbox, options: { padding?: number | PaddingOptions; maxZoom?: number; duration?: number } = {}): void {
    this.whenReady((map) => map.fitBounds(bounds, options));
  }

  cameraForBounds(bounds: Bbox, options: { padding?: number | PaddingOptions; maxZoom?: number } = {}): Camera | null {
    const fitted = this.map?.cameraForBounds(bounds, options);
    if (!fitted?.center || fitted.zoom === undefined) return null;
    const c = fitted.center as { lng: number; lat: number };
    return { center: [c.lng, c.lat], zoom: fitted.zoom, bearing: 0, pitch: 0 };
  }

  getCamera(): Camera | null {
    const map = this.map;
    if (!map) return null;
    const c = map.getCenter();
    return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  }

  panBy(offset: [number, number]): void {
    this.map?.panBy(offset, { duration: 0 });
  }

  exportCanvas(): MapPicture | null {
    return this.map;
  }

  #flight = 0;
  /** Ends the software flight under way (its transform removed), if any. */
  #stopCssFlight: (() => void) | null = null;

  /** Moves the camera to a view's camera, or to the whole province when it has none. */
  moveTo(camera: Camera | null, options: { animate: boolean; duration?: number }): void {
    // (Not held back by a software flight: a new move replaces it.)
    this.#whenLoaded((map) => {
      let target: Camera;
      if (camera) target = camera;
      else {
        // (The padding may be measured now: panels over the map, such as a slide's caption, leave it room.)
        const padding = typeof this.home?.padding === 'function' ? this.home.padding() : this.home?.padding;
        const fitted = this.home && map.cameraForBounds(this.home.bounds, { padding });
        if (!fitted?.center || fitted.zoom === undefined) return;
        const c = fitted.center as { lng: number; lat: number };
        target = { center: [c.lng, c.lat], zoom: fitted.zoom, bearing: 0, pitch: 0 };
      }
      const flight = ++this.#flight;
      if (!this.software || !options.animate) {
        this.#stopCssFlight?.();
        this.#stopCssFlight = null;
      }
      if (!options.animate) {
        this.#release(map);
        map.jumpTo(target);
        return;
      }
      if (this.software) {
        // The changes made with the move (a slide's theme and layers, applied by effects after
        // this call) are drawn first, at the old camera, as MapLibre's flight shows them from its
        // start; the transform then carries that frame, and calls made during the flight wait
        // for the landing, so nothing repaints under the transform.
        this.#stopCssFlight?.();
        const current = () => flight === this.#flight;
        let started = false;
        const takeOff = () => {
          if (!current() || started) return;
          started = true;
          this.#held ??= [];
          this.#stopCssFlight = cssFlight(map, target, options.duration ?? 1600, this.#options.theme ?? mapTheme, current, () => this.#release(map));
        };
        setTimeout(() => {
          if (!current()) return;
          map.once('render', takeOff);
          map.triggerRepaint();
        }, 0);
        // (Marked as flying from the key press on, for tests and the bench.)
        map.getContainer().dataset.cssFlight = 'on';
        this.#stopCssFlight = () => {
          map.off('render', takeOff);
          delete map.getContainer().dataset.cssFlight;
        };
        return;
      }
      this.#release(map);
      // A flight can end a little off its target (seen when it starts zoomed out under maxBounds):
      // once it has ended, and no other move replaced it, the camera is put exactly on the target.
      // (Registered after flyTo: starting it ends the previous flight, whose moveend is not ours.)
      map.flyTo({ ...target, duration: options.duration ?? 1600, essential: true });
      map.once('moveend', () => {
        if (flight !== this.#flight || map.isMoving()) return;
        const c = map.getCenter();
        if (Math.abs(c.lng - target.center[0]) > 1e-6 || Math.abs(c.lat - target.center[1]) > 1e-6 || Math.abs(map.getZoom() - target.zoom) > 1e-6)
          map.jumpTo(target);
      });
    });
  }

  /**
   * Runs `fn` now if the style has loaded, else as soon as it has; never once `signal` is aborted
   * (an effect's cleanup aborts it, so a queued call from a stale run does not land later).
   */
  whenReady(fn: (map: MaplibreMap) => void, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    if (this.#held && this.map && this.status === 'ready') {
      const entry: Queued = { fn, signal };
      this.#held.push(entry);
      signal?.addEventListener('abort', () => (this.#held = this.#held?.filter((q) => q !== entry) ?? null), { once: true });
      return;
    }
    this.#whenLoaded(fn, signal);
  }

  #whenLoaded(fn: (map: MaplibreMap) => void, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    if (this.map && this.status === 'ready') fn(this.map);
    else {
      const entry: Queued = { fn, signal };
      this.#queue.push(entry);
      signal?.addEventListener('abort', () => (this.#queue = this.#queue.filter((q) => q !== entry)), { once: true });
    }
  }

  /** Runs the calls held back during a software flight (in order), and holds no more. */
  #release(map: MaplibreMap): void {
    const held = this.#held;
    this.#held = null;
    for (const { fn, signal } of held ?? []) if (!signal?.aborted) fn(map);
  }
}

/**
 * A flight for software WebGL (as Esri does for GPU-less virtual desktops): the last frame is moved
 * and scaled by CSS transforms towards the target, one per animation frame, which the compositor
 * draws without WebGL; then `land` applies the held changes, the map jumps exactly onto the target
 * and draws one real frame, and the transform is removed when that frame is drawn. While it flies,
 * the map's container has `data-css-flight` (the bench and tests wait for it to go).
 */
function cssFlight(map: MaplibreMap, target: Camera, duration: number, theme: MapTheme, current: () => boolean, land: () => void): () => void {
  const canvas = map.getCanvas();
  const container = map.getContainer();
  const holder = map.getCanvasContainer();
  const p = map.project(target.center as [number, number]);
  const scale = 2 ** (target.zoom - map.getZoom());
  const dx = canvas.clientWidth / 2 - p.x;
  const dy = canvas.clientHeight / 2 - p.y;
  // The same ease as MapLibre's default.
  const ease = (k: number) => (k < 0.5 ? 4 * k ** 3 : 1 - (-2 * k + 2) ** 3 / 2);
  const t0 = performance.now();
  let frame = 0;
  const clear = () => {
    cancelAnimationFrame(frame);
    canvas.style.transform = '';
    canvas.style.transformOrigin = '';
    canvas.style.willChange = '';
    holder.style.backgroundColor = '';
    delete container.dataset.cssFlight;
  };
  container.dataset.cssFlight = 'on';
  // Where a zoom out uncovers the container, it shows the sea, as the map would.
  holder.style.backgroundColor = theme.colours.sea;
  canvas.style.transformOrigin = `${p.x}px ${p.y}px`;
  canvas.style.willChange = 'transform';
  const step = (now: number) => {
    if (!current()) return;
    const k = ease(Math.min(1, (now - t0) / duration));
    canvas.style.transform = `translate(${dx * k}px, ${dy * k}px) scale(${scale ** k})`;
    if (k < 1) {
      frame = requestAnimationFrame(step);
      return;
    }
    land();
    map.jumpTo(target);
    delete container.dataset.cssFlight;
    // The transform goes with the first frame drawn at the target.
    map.once('render', () => {
      if (current()) clear();
    });
    map.triggerRepaint();
  };
  frame = requestAnimationFrame(step);
  return clear;
}
