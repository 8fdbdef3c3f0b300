// The overview area files: the 2D map's first-view areas (communes 2025, economic zones, context)
// simplified once, at build time, for the levels the province is seen whole at (a zoom below
// OVERVIEW_MAX_LEVEL + 1). There the 2D map would drop most of the light files' vertices anyway
// (simplifyRings at SIMPLIFY_PX): the overview files are about half their bytes, the map's first
// frame decodes and projects half the vertices, and it need not simplify them again at
// OVERVIEW_MAX_LEVEL (Map2D.simplifiedFor). The full light files are read the first time a view
// goes past OVERVIEW_MAX_LEVEL (README "Data: sources, licences, rebuilding").
// (Constants only: main.ts imports this, through first-data.ts, on both maps' paths. The overview
// files' tolerance is projected.ts' overviewToleranceMetres.)
import type { AreaFile } from '../data/areas';

/** The highest integer zoom level the overview files are drawn at. */
export const OVERVIEW_MAX_LEVEL = 8;

/** The area files that have an overview version. */
export const OVERVIEW_FILES: readonly AreaFile[] = ['communes_2025', 'economic_zones', 'context'];

/** Whether a camera zoom is drawn from the overview files. @example usesOverview(8.6) // true */
export const usesOverview = (zoom: number) => Math.floor(zoom) <= OVERVIEW_MAX_LEVEL;
