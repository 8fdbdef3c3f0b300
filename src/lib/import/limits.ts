// The stated limits of an import: file size, and the area an imported feature is expected in.

/** Files over 50 MB are refused before they are read (stated in the README and the picker). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The map's bounds [west, south, east, north] (= `bounds` in public/data/index.json; a test checks). */
export const MAP_BOUNDS: [number, number, number, number] = [105.64, 20.44, 108.39, 21.86];

/**
 * A feature whose box lies wholly outside the map's bounds widened by this many degrees (~55 km)
 * is "far outside Quảng Ninh": usually a file read in the wrong system (UTM 48N vs TM-3 moves
 * features by hundreds of km), so the user is told rather than shown an empty map.
 */
export const AREA_MARGIN_DEG = 0.5;

/** Polygons with more vertices than this are not checked for self-intersection (O(n²)), only for shape. */
export const KINKS_MAX_VERTICES = 5000;
