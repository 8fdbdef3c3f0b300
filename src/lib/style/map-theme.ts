// The map's look as one typed object: every colour, pattern colour and opacity the style, the
// pattern images and a second renderer use. The MapLibre style (src/lib/map/style.ts) is built
// from it, as Protomaps basemaps build their layers from a flavor; nothing else hard-codes a colour.
import type { SiteCategory } from '../data/site-types';

/** A CSS colour as `#rrggbb`. */
export type Colour = `#${string}`;
/** Red, green, blue, alpha, each 0–255 (pattern pixels). */
export type Rgba = readonly [number, number, number, number];

export interface SiteLook {
  /** ColorBrewer Dark2, darkened to 4.5:1 contrast with the white code. */
  colour: Colour;
  /** Short code drawn in the symbol (colour-blind readers need more than the colour). */
  code: string;
}

export interface MapTheme {
  /** Flat colours, by what they paint. */
  colours: {
    sea: Colour;
    foreignLand: Colour;
    neighbourLand: Colour;
    neighbourLine: Colour;
    /** Land of the province with no theme (also the fill of unthemed units). */
    provinceLand: Colour;
    provinceLine: Colour;
    communeLine: Colour;
    districtLine: Colour;
    /** Fill of the feature under the pointer, on an unthemed map. */
    hover: Colour;
    /** Fill of the selected feature, on an unthemed map. */
    selected: Colour;
    /** Outline of the selected feature (and of the hovered commune): dark, in a light casing, so it reads over every theme colour. */
    selectedLine: Colour;
    /** The casing around the selected outline. */
    selectedCasing: Colour;
    zoneLine: Colour;
    zoneFill: Colour;
    labelText: Colour;
    labelHalo: Colour;
    /** Site symbols: the code's colour and the ring around the circle. */
    siteCode: Colour;
    siteRing: Colour;
    /** A site whose category has no colour of its own. */
    siteOther: Colour;
    /** Drawn shapes and the outlines of spatial filters. */
    overlayLine: Colour;
    overlayFill: Colour;
    /** Inside of a drawn polygon's vertex. */
    overlayVertex: Colour;
    /** The measure tool's path and area outline, its area fill, and the inside of its points. */
    measureLine: Colour;
    measureFill: Colour;
    measureVertex: Colour;
    /** Ring around an imported point (the point itself has its layer's colour). */
    userPointRing: Colour;
  };
  /** Pattern pixels. */
  patterns: {
    /** Hatch of an approximate district outline. */
    approxHatch: Rgba;
    /** Cross-hatch of a 2025 unit made of land from two districts. */
    mixedHatch: Rgba;
    /** Dots over a unit with a former NTM kiểu mẫu commune. */
    kieuMauDot: Rgba;
  };
  opacity: {
    /** Fill of a feature the filters leave out. */
    dimmed: number;
    /** The kiểu mẫu dots over a dimmed feature. */
    dimmedPattern: number;
    /** Fill of a themed feature under the pointer or selected (lighter, so its class still reads). */
    themedHighlight: number;
    zoneHover: number;
    zoneSelected: number;
    overlayFill: number;
    /** The measured area's fill. */
    measureFill: number;
    /** An imported polygon's fill (its outline is opaque). */
    userFill: number;
    /** Halo of a site whose position is approximate. */
    approxSiteHalo: number;
    approxSiteRing: number;
  };
  sites: Record<SiteCategory, SiteLook>;
}

export const mapTheme = {
  colours: {
    sea: '#c9dde8',
    foreignLand: '#e2dfd8',
    neighbourLand: '#ebe9e2',
    neighbourLine: '#b5b1a8',
    provinceLand: '#fbfaf6',
    provinceLine: '#27323c',
    communeLine: '#8d939b',
    districtLine: '#3d444c',
    hover: '#ffe08a',
    selected: '#f2b632',
    selectedLine: '#10161c',
    selectedCasing: '#ffffff',
    zoneLine: '#c0501a',
    zoneFill: '#c0501a',
    labelText: '#1d2731',
    labelHalo: '#ffffff',
    siteCode: '#ffffff',
    siteRing: '#ffffff',
    siteOther: '#555555',
    overlayLine: '#0b5cad',
    overlayFill: '#0b5cad',
    overlayVertex: '#ffffff',
    measureLine: '#b0127a',
    measureFill: '#b0127a',
    measureVertex: '#ffffff',
    userPointRing: '#ffffff',
  },
  patterns: {
    approxHatch: [125, 132, 140, 110],
    mixedHatch: [134, 84, 168, 150],
    kieuMauDot: [12, 28, 60, 255],
  },
  opacity: {
    dimmed: 0.22,
    dimmedPattern: 0.2,
    themedHighlight: 0.72,
    zoneHover: 0.22,
    zoneSelected: 0.3,
    overlayFill: 0.12,
    measureFill: 0.14,
    userFill: 0.3,
    approxSiteHalo: 0.16,
    approxSiteRing: 0.5,
  },
  sites: {
    economic_zone: { colour: '#b34a00', code: 'KT' },
    industrial_park: { colour: '#6a5fb0', code: 'CN' },
    seaport: { colour: '#1b6fa8', code: 'C' },
    border_gate: { colour: '#c2185b', code: 'CK' },
  },
} as const satisfies MapTheme;
