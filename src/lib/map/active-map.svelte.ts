// The app's one map controller: forwards to the renderer in use (MapLibre, or the 2D map where
// WebGL is missing or software), so features never need to know which one draws. Until a renderer
// is chosen (at page start, before any map code is downloaded) calls that need a map wait for it.
import type { Bbox } from '../data/unit-index-types';
import type { Camera } from '../deck/types';
import type { Padding } from '../geo/viewport';
import type { MapController, MapPicture, MoveOptions } from './controller';

export type Renderer = 'webgl' | '2d';

type Queued = { fn: () => void; signal: AbortSignal | undefined };

export class ActiveMap implements MapController {
  /** The controller of the renderer in use, or null before one is chosen. */
  current = $state.raw<MapController | null>(null);
  renderer = $state<Renderer | null>(null);
  #queue: Queued[] = [];

  constructor(initial: MapController | null = null, renderer: Renderer | null = null) {
    this.current = initial;
    this.renderer = initial ? (renderer ?? 'webgl') : null;
  }

  /** Switches to another renderer's controller (the view itself lives in app state and is kept). */
  use(controller: MapController, renderer: Renderer): void {
    this.current = controller;
    this.renderer = renderer;
    for (const { fn, signal } of this.#queue.splice(0)) controller.whenReady(fn, signal);
  }

  get problem() {
    return this.current?.problem ?? null;
  }
  get ready() {
    return this.current?.ready ?? false;
  }
  moveTo(camera: Camera | null, options: MoveOptions): void {
    if (this.current) this.current.moveTo(camera, options);
    else this.whenReady(() => this.current?.moveTo(camera, options));
  }
  fitBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number; duration?: number }): void {
    if (this.current) this.current.fitBounds(bounds, options);
    else this.whenReady(() => this.current?.fitBounds(bounds, options));
  }
  cameraForBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number }): Camera | null {
    return this.current?.cameraForBounds(bounds, options) ?? null;
  }
  getCamera(): Camera | null {
    return this.current?.getCamera() ?? null;
  }
  panBy(offset: [number, number]): void {
    this.current?.panBy(offset);
  }
  exportCanvas(): MapPicture | null {
    return this.current?.exportCanvas() ?? null;
  }
  whenReady(fn: () => void, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    if (this.current) return this.current.whenReady(fn, signal);
    const entry: Queued = { fn, signal };
    this.#queue.push(entry);
    signal?.addEventListener('abort', () => (this.#queue = this.#queue.filter((q) => q !== entry)), { once: true });
  }
}
