// The overview area files: the 2D map's first-view areas (communes 2025, economic zones, context)
// simplified once, at build time, for the levels the province is seen whole at (a zoom below
// OVERVIEW_MAX_LEVEL + 1). There the 2D map would drop most of the light files' vertices anyway
// (simplifyRings at SIMPLIFY_PX): the overview files are about half their bytes, and the map's first
// frame decodes, projects and simplifies half the vertices (README "How the map is drawn").
// The full light files are read once the map is idle and drawn from the first level above it.
import type { AreaFile } from '../data/areas';
import { REF_SCALE, REF_ZOOM, SIMPLIFY_PX } from './projected';

/** The highest integer zoom level the overview files are drawn at. */
export const OVERVIEW_MAX_LEVEL = 8;

/** The area files that have an overview version. */
export const OVERVIEW_FILES: readonly AreaFile[] = ['communes_2025', 'economic_zones', 'context'];

/** Whether a camera zoom is drawn from the overview files. @example usesOverview(8.6) // true */
export const usesOverview = (zoom: number) => Math.floor(zoom) <= OVERVIEW_MAX_LEVEL;

/** Web Mercator's equator in metres (the sphere mapshaper and MapLibre use for Web Mercator). */
const EQUATOR_M = 2 * Math.PI * 6378137;

/**
 * The overview files' Douglas–Peucker tolerance in metres at `latitude`: the tolerance the 2D map
 * simplifies with at OVERVIEW_MAX_LEVEL (SIMPLIFY_PX screen pixels there). A pixel covers fewer
 * metres farther from the equator, so the northern edge of what is drawn gives the safe value.
 * @example Math.round(overviewToleranceMetres(21.7)) // 114
 */
export function overviewToleranceMetres(latitude: number): number {
  const metresPerLocalPx = (EQUATOR_M * Math.cos((latitude * Math.PI) / 180)) / REF_SCALE;
  return SIMPLIFY_PX * 2 ** (REF_ZOOM - OVERVIEW_MAX_LEVEL) * metresPerLocalPx;
}
