// A distance and its ± as text. Pure and free of Turf, so the panels of the first view can
// import it without the lazily loaded distance engine (site-distances.ts re-exports it).

/** Below this a ± is not worth printing (the cited berth's 0.6 km still is). */
const MIN_PLUS_MINUS_KM = 0.05;

/**
 * A distance as text with its uncertainty: "≈ 12,3 km (± 3 km)"; exact ends give "12,3 km".
 * @example kmText(12.34, 3, (v, d) => v.toFixed(d)) // '≈ 12.3 km (± 3 km)'
 */
export function kmText(km: number, plusMinusKm: number, n: (v: number, digits: number) => string): string {
  if (plusMinusKm < MIN_PLUS_MINUS_KM) return `${n(km, 1)} km`;
  return `≈ ${n(km, 1)} km (± ${n(plusMinusKm, plusMinusKm < 10 ? 1 : 0)} km)`;
}
