// The owner of the app's 2D map (where WebGL is missing): holds the Map2D, queues calls until it
// exists, and answers the renderer-neutral controller (src/lib/map/controller.ts) the features use.
import type { Bbox } from '../data/unit-index-types';
import type { Camera } from '../deck/types';
import type { Padding } from '../geo/viewport';
import type { MapController, MapPicture, MoveOptions } from '../map/controller';
import type { Map2D, TransitionMode } from './map2d';

type Queued = { fn: () => void; signal: AbortSignal | undefined };

const toDeckCamera = (c: { center: [number, number]; zoom: number }): Camera => ({ center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: 0, pitch: 0 });

export class Map2DOwner implements MapController {
  map = $state.raw<Map2D | null>(null);
  readonly problem = null;
  /** How slides change the camera: along a smooth zoom path, or a cross-fade of the pictures. */
  transition: TransitionMode = 'fly';
  /** The fitted province view, for views that have no camera of their own. */
  home: { bounds: Bbox; padding: () => number | Padding } | null = null;
  #queue: Queued[] = [];

  get ready(): boolean {
    return !!this.map;
  }

  /** Adopts a created map; the returned function forgets it (the caller destroys it). */
  attach(map: Map2D): () => void {
    this.map = map;
    for (const { fn, signal } of this.#queue.splice(0)) if (!signal?.aborted) fn();
    return () => {
      if (this.map === map) this.map = null;
      this.#queue = [];
    };
  }

  whenReady(fn: () => void, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    if (this.map) fn();
    else {
      const entry: Queued = { fn, signal };
      this.#queue.push(entry);
      signal?.addEventListener('abort', () => (this.#queue = this.#queue.filter((q) => q !== entry)), { once: true });
    }
  }

  moveTo(camera: Camera | null, options: MoveOptions): void {
    this.whenReady(() => {
      const map = this.map!;
      const target = camera ?? (this.home ? map.cameraForBounds(this.home.bounds, { padding: this.home.padding() }) : undefined);
      if (!target) return;
      void map.flyTo(target, { mode: options.animate ? this.transition : 'jump', duration: options.duration ?? (this.transition === 'fade' ? 500 : 1600) });
    });
  }

  fitBounds(bounds: Bbox, options: { padding?: number | Padding; maxZoom?: number; duration?: number } = {}): void {
    this.whenReady(() => {
      const map = this.map!;
      const target = map.cameraForBounds(bounds, options);
      if (target) void map.flyTo(target, { mode: options.duration === 0 ? 'jump' : 'fly', duration: options.duration ?? 600 });
    });
  }

  cameraForBounds(bounds: Bbox, options: { padding?: number | Padding; maxZoom?: number } = {}): Camera | null {
    const c = this.map?.cameraForBounds(bounds, options);
    return c ? toDeckCamera(c) : null;
  }

  getCamera(): Camera | null {
    const c = this.map?.getCamera();
    return c ? toDeckCamera(c) : null;
  }

  panBy([dx, dy]: [number, number]): void {
    const map = this.map;
    if (!map) return;
    const { width, height } = map.viewport();
    map.setCamera({ ...map.getCamera(), center: map.unproject([width / 2 + dx, height / 2 + dy]) });
  }

  exportCanvas(): MapPicture | null {
    const map = this.map;
    if (!map) return null;
    return {
      redraw: () => map.redraw(),
      getCanvas: () => map.canvas,
      getCenter: () => ({ lat: map.getCamera().center[1] }),
      getZoom: () => map.getCamera().zoom,
    };
  }
}
