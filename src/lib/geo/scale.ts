// A scale bar for a web-mercator view: a round distance and its length in pixels.

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres one CSS pixel covers at `lat` and `zoom` (512-pixel tiles, as MapLibre draws). */
export const metresPerPixel = (lat: number, zoom: number) => (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);

/**
 * The longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxPx` pixels.
 * @example niceScale(100, 150) // { metres: 10000, px: 100 }
 */
export function niceScale(mPerPx: number, maxPx: number): { metres: number; px: number } {
  if (!(mPerPx > 0) || !(maxPx > 0)) throw new Error('scale needs positive numbers');
  const maxMetres = mPerPx * maxPx;
  const magnitude = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((s) => s * magnitude <= maxMetres) ?? 1;
  const metres = step * magnitude;
  return { metres, px: metres / mPerPx };
}

/** "10 km" or "500 m". */
export const scaleLabel = (metres: number, format: (n: number) => string = String) => (metres >= 1000 ? `${format(metres / 1000)} km` : `${format(metres)} m`);
