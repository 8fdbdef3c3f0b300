// The 2D map as an image: the same contract as the WebGL export (a canvas, drawn whole, whose width/clientWidth is the pixel ratio).

/** Anything that can draw its current frame synchronously onto its canvas. */
export interface CanvasSource {
  redraw(): void;
  readonly canvas: HTMLCanvasElement;
}

/**
 * Redraws the map now and returns its canvas, ready for `drawImage` (as composeMapImage reads
 * MapLibre's `map.redraw(); map.getCanvas()`).
 */
export function mapCanvas(map: CanvasSource): HTMLCanvasElement {
  map.redraw();
  return map.canvas;
}

/** The map's current frame as a PNG blob. */
export async function mapPng(map: CanvasSource): Promise<Blob> {
  const canvas = mapCanvas(map);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The map image could not be made');
  return blob;
}
