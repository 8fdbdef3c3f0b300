// The archive's source-layers, named once: the pipeline writes them (pipeline/build-outputs.ts),
// the style reads them (src/lib/map/style.ts), and a test checks the archive holds each one.

/** Source-layer names in tiles/quangninh.pmtiles, by what they hold. */
export const SOURCE_LAYERS = {
  /** Neighbouring countries and provinces (property `kind`: country | province). */
  context: 'context',
  /** The province outline. */
  province: 'province',
  /** The 13 district-level units of 2020–2025, plus the "mixed" areas (ids `mixed:<unit code>`). */
  districts: 'districts_2020',
  /** The 54 commune-level units since 1 July 2025. */
  communes: 'communes_2025',
  /** Economic zones (KKT). */
  zones: 'economic_zones',
  /** Approximate water the units' outlines take in (Cửa Lục bay; properties kind, name, approximate, source). */
  water: 'water',
  /** Investment sites (points). */
  sites: 'sites',
} as const;

/** From this zoom the approximate water (source-layer `water`, context kind `water`) is drawn, in both renderers. */
export const WATER_MIN_ZOOM = 9;

export type SourceLayerKey = keyof typeof SOURCE_LAYERS;
export type SourceLayerName = (typeof SOURCE_LAYERS)[SourceLayerKey];
