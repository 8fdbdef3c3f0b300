// The input of the 2D map: a renderer-neutral list of what to draw, in order, each thing with its final look.
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { mapTheme } from '../style/map-theme';

/** Fill patterns drawn over a feature's fill (MapLibre uses fill-pattern images for the same marks). */
export type Pattern = 'hatch' | 'crosshatch' | 'dots' | null;

/**
 * How one feature looks. Colours are final (the adapter resolves themes, hover and selection
 * colours); the three flags add what the renderer does the same way for every feature:
 * `dimmed` multiplies the fill and pattern opacity by {@link Emphasis.dimOpacity}, `hovered` and
 * `selected` stroke an extra outline on top of the layer (selected over hovered).
 */
export interface Look {
  /** CSS colour, or null for no fill. */
  fill: string | null;
  /** 0..1 */
  fillOpacity: number;
  stroke: string | null;
  /** CSS pixels. */
  strokeWidth: number;
  /** Dash and gap lengths in CSS pixels, or null for a solid line. */
  dash: number[] | null;
  pattern: Pattern;
  /**
   * RGBA (0–255) of the pattern's marks; default: the map theme's (approxHatch, mixedHatch,
   * kieuMauDot). The marks are the WebGL map's own pattern pixels (src/lib/style/patterns.ts).
   */
  patternPixels?: readonly [number, number, number, number];
  dimmed: boolean;
  selected: boolean;
  hovered: boolean;
}

export type AreaGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

/**
 * One drawable feature. Keep the same `geometry` object between scenes: projected paths are
 * cached per geometry object and zoom level, so recolouring re-projects nothing.
 */
export interface SceneFeature {
  /** The code the app knows the feature by (unit code, zone id, …): what hit tests return. */
  id: string;
  geometry: AreaGeometry;
  look: Look;
}

export interface SceneLayer {
  id: string;
  features: SceneFeature[];
  /** Whether hit tests may return its features (default true). */
  interactive?: boolean;
}

/** A site drawn as a coloured disc with a short code (as the WebGL map's sites-circle/sites-code). */
export interface SiteSymbol {
  id: string;
  position: [number, number];
  colour: string;
  /** One or two letters drawn in white inside the disc. */
  code: string;
  /** Disc radius in CSS pixels (default {@link DEFAULT_SYMBOL_RADIUS}). */
  radius?: number;
  /** Size (CSS px) of the code (default 9, the WebGL map's full size). */
  codeSize?: number;
  /** Radius (CSS px) of a faint halo that marks a position known only approximately (as the WebGL map's sites-approx). */
  halo?: number;
  /** Opacities of the halo's fill and ring (default: the map theme's approxSiteHalo, approxSiteRing). */
  haloOpacity?: [number, number];
  dimmed?: boolean;
  selected?: boolean;
  hovered?: boolean;
}

/** A text placed at a point; labels that would overlap a higher-priority one are left out. */
export interface Label {
  id: string;
  text: string;
  position: [number, number];
  /** CSS pixels. */
  size: number;
  weight?: 400 | 600;
  /** Higher goes first when labels collide. */
  priority: number;
  /** Shown only from this zoom on. */
  minZoom?: number;
  colour?: string;
  halo?: string;
  /** Wrap at spaces beyond this many ems (as MapLibre's text-max-width; default 8). */
  maxWidthEm?: number;
}

/** A shape over the map that is not a feature: a drawn polygon, its vertices, a radius circle. */
export interface OverlayShape {
  id: string;
  geometry: Polygon | MultiPolygon | LineString | MultiLineString | Point;
  fill?: string | null;
  fillOpacity?: number;
  stroke?: string | null;
  strokeWidth?: number;
  dash?: number[] | null;
  /** Radius in CSS pixels for a Point. */
  radius?: number;
  /** Line ends and joins (default butt, round). */
  cap?: CanvasLineCap;
}

/** How the renderer marks dimmed, hovered and selected features. */
export interface Emphasis {
  dimOpacity: number;
  hoverStroke: string;
  hoverWidth: number;
  selectedStroke: string;
  selectedWidth: number;
  /** A light casing under the selected outline, so it reads over every theme colour (as the WebGL map's *-selected-casing). */
  selectedCasing: string;
  selectedCasingWidth: number;
  /** Site symbols: the code's colour and the ring around the disc. */
  siteCode: string;
  siteRing: string;
}

/** Everything the 2D map draws, bottom to top: background, layers, imported shapes, symbols, overlays, labels (the WebGL style's order). */
export interface Scene2D {
  background: string;
  layers: SceneLayer[];
  /** Imported layers' shapes: over the areas, under the sites (as the WebGL map's user:* layers). */
  userShapes?: OverlayShape[];
  overlays: OverlayShape[];
  symbols: SiteSymbol[];
  labels: Label[];
  emphasis?: Partial<Emphasis>;
  /** CSS font family for labels and symbol codes. */
  fontFamily?: string;
}

/** The WebGL map's own values (src/lib/map/style.ts, src/lib/style/map-theme.ts). */
export const DEFAULT_EMPHASIS: Emphasis = {
  dimOpacity: mapTheme.opacity.dimmed,
  hoverStroke: mapTheme.colours.districtLine,
  hoverWidth: 1.6,
  selectedStroke: mapTheme.colours.selectedLine,
  selectedWidth: 2.8,
  selectedCasing: mapTheme.colours.selectedCasing,
  selectedCasingWidth: 7,
  siteCode: mapTheme.colours.siteCode,
  siteRing: mapTheme.colours.siteRing,
};

/** Hit tests find an imported feature by its shape's id: `user:<layer id>:<feature index>` (other user shapes are marks). */
export const USER_SHAPE_PREFIX = 'user:';

/** As the WebGL map's site disc when no area is known. */
export const DEFAULT_SYMBOL_RADIUS = 8;

export const DEFAULT_FONT = '"Be Vietnam Pro", system-ui, sans-serif';

/** A plain look: a fill with a thin outline, nothing emphasised. */
export function plainLook(fill: string | null, stroke: string | null = null, strokeWidth = 0.6): Look {
  return { fill, fillOpacity: 1, stroke, strokeWidth, dash: null, pattern: null, dimmed: false, selected: false, hovered: false };
}

export const emptyScene = (background = '#c9dde8'): Scene2D => ({ background, layers: [], overlays: [], symbols: [], labels: [] });
