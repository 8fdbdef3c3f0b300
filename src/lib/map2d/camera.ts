// Web Mercator camera ↔ screen maths that match MapLibre's (512 px tiles), so a 2D picture lines up with the WebGL map.

/** MapLibre's tile size: the whole world is 512·2^zoom pixels wide. */
export const TILE_SIZE = 512;
/** MapLibre clamps latitudes to this (the square Web Mercator world). */
export const MAX_LATITUDE = 85.051129;

/**
 * A camera as MapLibre describes it. Only bearing 0 and pitch 0 are drawn by the 2D map; any other
 * value is flattened to 0 (see {@link flattenCamera}), so a tilted WebGL view shows a plan view here.
 */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** [west, south, east, north] in degrees. */
export type Bbox = [number, number, number, number];

export const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/**
 * A lng/lat as a fraction of the world (MapLibre's MercatorCoordinate x, y; 0..1, y down).
 * @example mercatorXY([0, 0]) // [0.5, 0.5]
 */
export function mercatorXY([lng, lat]: readonly [number, number] | readonly number[]): [number, number] {
  const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat!));
  const x = (180 + lng!) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360))) / 360;
  return [x, y];
}

/** The inverse of {@link mercatorXY}. */
export function lngLatOfMercator(x: number, y: number): [number, number] {
  const lng = x * 360 - 180;
  const y2 = 180 - y * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
  return [lng, lat];
}

/** A camera with bearing and pitch set to 0 (the 2D map draws plan views only). */
export function flattenCamera(camera: Camera): Camera {
  return { center: [camera.center[0], camera.center[1]], zoom: camera.zoom, bearing: 0, pitch: 0 };
}

/**
 * The affine transform from world fractions (mercatorXY) to screen pixels for a camera and viewport:
 * screen = k·m + [tx, ty]. k is the world size in pixels.
 */
export function worldToScreenTransform(camera: Camera, viewport: Viewport): { k: number; tx: number; ty: number } {
  const k = worldSize(camera.zoom);
  const [cx, cy] = mercatorXY(camera.center);
  return { k, tx: viewport.width / 2 - cx * k, ty: viewport.height / 2 - cy * k };
}

/**
 * Where a lng/lat appears on screen, in CSS pixels from the top-left (as MapLibre's map.project).
 * @example project([107.3, 21.2], { center: [107.3, 21.2], zoom: 8 }, { width: 800, height: 600 }) // [400, 300]
 */
export function project(lngLat: readonly [number, number] | readonly number[], camera: Camera, viewport: Viewport): [number, number] {
  const { k, tx, ty } = worldToScreenTransform(camera, viewport);
  const [x, y] = mercatorXY(lngLat);
  return [x * k + tx, y * k + ty];
}

/** The lng/lat under a screen point (as MapLibre's map.unproject). */
export function unproject(point: readonly [number, number], camera: Camera, viewport: Viewport): [number, number] {
  const { k, tx, ty } = worldToScreenTransform(camera, viewport);
  return lngLatOfMercator((point[0] - tx) / k, (point[1] - ty) / k);
}

const toPadding = (p: number | Padding | undefined): Padding =>
  typeof p === 'number' ? { top: p, bottom: p, left: p, right: p } : { top: 0, bottom: 0, left: 0, right: 0, ...p };

/**
 * The camera that fits a box in the viewport, as MapLibre's map.cameraForBounds (bearing 0, Web
 * Mercator, no map padding): the largest zoom at which the box fits inside the padded viewport,
 * capped at maxZoom, centred in the padded area.
 * @example cameraForBounds([106.4, 20.7, 108.1, 21.7], { width: 1280, height: 800 }, { padding: 24 })
 */
export function cameraForBounds(bounds: Bbox, viewport: Viewport, options: { padding?: number | Padding; maxZoom?: number } = {}): Camera | undefined {
  const pad = toPadding(options.padding);
  const [x0, y1] = mercatorXY([bounds[0], bounds[1]]);
  const [x1, y0] = mercatorXY([bounds[2], bounds[3]]);
  const sizeX = (x1 - x0) * TILE_SIZE;
  const sizeY = (y1 - y0) * TILE_SIZE;
  const availableWidth = viewport.width - pad.left - pad.right;
  const availableHeight = viewport.height - pad.top - pad.bottom;
  if (availableWidth < 0 || availableHeight < 0 || !(sizeX > 0) || !(sizeY > 0)) return undefined;
  const zoom = Math.min(Math.log2(Math.min(availableWidth / sizeX, availableHeight / sizeY)), options.maxZoom ?? Infinity);
  const k = worldSize(zoom);
  const offsetX = (pad.left - pad.right) / 2 / k;
  const offsetY = (pad.top - pad.bottom) / 2 / k;
  const center = lngLatOfMercator((x0 + x1) / 2 - offsetX, (y0 + y1) / 2 - offsetY);
  return { center, zoom, bearing: 0, pitch: 0 };
}

/** The lng/lat box a camera shows in a viewport. */
export function visibleBounds(camera: Camera, viewport: Viewport): Bbox {
  const [w, n] = unproject([0, 0], camera, viewport);
  const [e, s] = unproject([viewport.width, viewport.height], camera, viewport);
  return [w, s, e, n];
}

/**
 * The camera for a d3-zoom transform whose unit is the world fraction (screen = k·m + [x, y]).
 * The inverse of {@link worldToScreenTransform}.
 */
export function cameraOfTransform(t: { k: number; x: number; y: number }, viewport: Viewport): Camera {
  const zoom = Math.log2(t.k / TILE_SIZE);
  const center = lngLatOfMercator((viewport.width / 2 - t.x) / t.k, (viewport.height / 2 - t.y) / t.k);
  return { center, zoom, bearing: 0, pitch: 0 };
}
