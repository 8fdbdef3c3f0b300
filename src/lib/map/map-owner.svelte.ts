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

  /** Moves the camera to a view's camera, or to the whole province when it has none. */
  moveTo(camera: Camera | null, options: { animate: boolean; duration?: number }): void {
    this.whenReady((map) => {
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
      if (!options.animate) {
        map.jumpTo(target);
        return;
      }
      // A flight can end a little off its target (seen when it starts zoomed out under maxBounds):
      // once it has ended, and no other move replaced it, the camera is put exactly on the target.
      // (Registered after flyTo: starting it ends the previous flight, whose moveend is not ours.)
      map.flyTo({ ...target, duration: options.duration ?? 1600, essential: true });
      map.once('moveend', () => {
        if (flight !== this.#flight || map.isMoving()) return;
        const c = map.getCenter();
        if (Math.abs(c.lng - target.center[0]) > 1e-6 || Math.abs(c.lat - target.center[1]) > 1e-6 || Math.abs(map.getZoom() - target.zoom) > 1e-6) map.jumpTo(target);
      });
    });
  }

  /**
   * Runs `fn` now if the style has loaded, else as soon as it has; never once `signal` is aborted
   * (an effect's cleanup aborts it, so a queued call from a stale run does not land later).
   */
  whenReady(fn: (map: MaplibreMap) => void, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    if (this.map && this.status === 'ready') fn(this.map);
    else {
      const entry: Queued = { fn, signal };
      this.#queue.push(entry);
      signal?.addEventListener('abort', () => (this.#queue = this.#queue.filter((q) => q !== entry)), { once: true });
    }
  }
}
