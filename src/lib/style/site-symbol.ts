// How a site symbol is sized on both maps (pure): one set of stops that MapLibre's style and the 2D map read.

/** Piecewise-linear stops `[input, value]`, ascending input (as a MapLibre `interpolate linear`). */
export type Stops = readonly (readonly [number, number])[];

export const SITE_SYMBOL = {
  /** Full-size disc radius (CSS px) by √(area in ha), where a source gives an area. */
  radiusBySqrtHa: [
    [2, 7],
    [40, 14],
    [470, 20],
  ] as Stops,
  /** Full-size disc radius (CSS px) when no area is known. */
  radiusNoArea: 8,
  /**
   * Share of the full size by zoom: about half at the province view, so the symbols leave the
   * place names around them readable; full size from zoom 12.
   */
  scaleByZoom: [
    [7, 0.45],
    [9, 0.6],
    [11, 0.85],
    [12, 1],
  ] as Stops,
  /** Radius (CSS px) by zoom of the faint halo that marks a position known only approximately. */
  haloByZoom: [
    [7, 5],
    [9, 8],
    [12, 22],
  ] as Stops,
  /** The category code's size (CSS px) by zoom: small with the small discs, full size from zoom 11. */
  codeSizeByZoom: [
    [7, 5],
    [9, 6.5],
    [11, 9],
  ] as Stops,
  /** The disc's ring (CSS px): a plain site, a selected one. */
  ringWidth: 1.5,
  selectedRingWidth: 3,
  /** The halo's ring (CSS px). */
  haloRingWidth: 1,
} as const;

/**
 * The value of stops at `x`, linear between them and clamped at the ends (MapLibre's `interpolate linear`).
 * @example interpolateStops([[7, 0.45], [9, 0.6]], 8) // 0.525
 */
export function interpolateStops(stops: Stops, x: number): number {
  const first = stops[0]!;
  if (x <= first[0]) return first[1];
  for (let i = 1; i < stops.length; i++) {
    const [x1, v1] = stops[i]!;
    if (x <= x1) {
      const [x0, v0] = stops[i - 1]!;
      return v0 + ((v1 - v0) * (x - x0)) / (x1 - x0);
    }
  }
  return stops[stops.length - 1]![1];
}

/**
 * A site disc's radius (CSS px) at a zoom, as the WebGL map's sites-circle draws it.
 * @example siteRadiusAt(null, 12) // 8
 * @example siteRadiusAt(null, 7) // 3.6
 */
export function siteRadiusAt(areaHa: number | null, zoom: number): number {
  const full = areaHa && areaHa > 0 ? interpolateStops(SITE_SYMBOL.radiusBySqrtHa, Math.sqrt(areaHa)) : SITE_SYMBOL.radiusNoArea;
  return full * interpolateStops(SITE_SYMBOL.scaleByZoom, zoom);
}
