// The app's one map controller: forwards to the renderer in use (MapLibre by default, the 2D map
// after a fallback), so features never need to know which one draws.
import type { Bbox } from '../data/unit-index-types';
import type { Camera } from '../deck/types';
import type { Padding } from '../geo/viewport';
import type { MapController, MapPicture, MoveOptions } from './controller';

export type Renderer = 'webgl' | '2d';

export class ActiveMap implements MapController {
  /** The controller of the renderer in use. */
  current = $state.raw<MapController>() as MapController;
  renderer = $state<Renderer>('webgl');

  constructor(initial: MapController) {
    this.current = initial;
  }

  /** Switches to another renderer's controller (the view itself lives in app state and is kept). */
  use(controller: MapController, renderer: Renderer): void {
    this.current = controller;
    this.renderer = renderer;
  }

  get problem() {
    return this.current.problem;
  }
  get ready() {
    return this.current.ready;
  }
  moveTo(camera: Camera | null, options: MoveOptions): void {
    this.current.moveTo(camera, options);
  }
  fitBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number; duration?: number }): void {
    this.current.fitBounds(bounds, options);
  }
  cameraForBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number }): Camera | null {
    return this.current.cameraForBounds(bounds, options);
  }
  getCamera(): Camera | null {
    return this.current.getCamera();
  }
  panBy(offset: [number, number]): void {
    this.current.panBy(offset);
  }
  exportCanvas(): MapPicture | null {
    return this.current.exportCanvas();
  }
  whenReady(fn: () => void, signal?: AbortSignal): void {
    this.current.whenReady(fn, signal);
  }
}
