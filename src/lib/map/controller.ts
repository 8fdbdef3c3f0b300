// What the app asks of "the map", whichever renderer draws it (MapLibre, or the 2D map where WebGL
// is missing): camera moves, the camera now, a picture for export, readiness and problems.
// Features call `mainMap` (main-map.ts), which forwards to the renderer in use.
import type { Bbox } from '../data/unit-index-types';
import type { Camera } from '../deck/types';
import type { Padding } from '../geo/viewport';

/** Which tile-archive problem the map ran into, in words a person can act on (see App.svelte). */
export type ArchiveProblem = 'missing' | 'not_pmtiles' | 'damaged' | 'unreadable' | 'tile';

/** What the image composer reads from a map (MapLibre's Map has these; the 2D owner makes one). */
export interface MapPicture {
  /** Draws the current frame now, so the canvas is whole when copied. */
  redraw(): void;
  getCanvas(): HTMLCanvasElement;
  getCenter(): { lat: number };
  getZoom(): number;
}

export interface MoveOptions {
  animate: boolean;
  duration?: number;
}

/** The renderer-neutral map controller. */
export interface MapController {
  /** A tile-archive problem, or null (the 2D map has no archive: always null). */
  readonly problem: ArchiveProblem | null;
  /** The map can be moved and exported now. */
  readonly ready: boolean;
  /** Moves to a view's camera, or fits the whole province (leaving room for panels) when null. */
  moveTo(camera: Camera | null, options: MoveOptions): void;
  /** Fits a box into the map, leaving `padding` free. */
  fitBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number; duration?: number }): void;
  /** The camera that would fit a box, or null when the map is not there yet. */
  cameraForBounds(bounds: Bbox, options?: { padding?: number | Padding; maxZoom?: number }): Camera | null;
  /** The camera now, or null before the map exists. */
  getCamera(): Camera | null;
  /** Pans by screen pixels at once. */
  panBy(offset: [number, number]): void;
  /** The map as a picture for PNG export and print, or null when there is none yet. */
  exportCanvas(): MapPicture | null;
  /** Runs `fn` once the map is ready (never after `signal` aborted). */
  whenReady(fn: () => void, signal?: AbortSignal): void;
}
