// What the map shows, as plain data: the contract between the app's state and any renderer.
//
// The app computes one `MapScene` (src/lib/view/scene.svelte.ts, from the pure functions in
// describe.ts); a renderer draws it and never reads app state. Today's renderer is the MapLibre
// adapter (src/lib/map/*.svelte.ts); a Canvas-2D/SVG renderer for PCs without WebGL can draw the
// same scene from the light GeoJSON in public/data/*.geojson:
//   - area geometry: communes_2025.topo.json / districts_2020.topo.json / economic_zones.topo.json,
//     joined on `properties.code` to the keys of `scene.features.<layer>`;
//   - site points: `appData.sites` (`position`, `category`), keyed by site id;
//   - label points: `scene.labels`; overlays: `scene.overlays` (already GeoJSON);
//   - colours: `scene.theme` (src/lib/style/map-theme.ts), resolved per feature with `areaPaint()`.
// Everything here is immutable: a new scene object is made when anything changes, so a renderer
// may compare by identity (`next.features.communes !== previous.features.communes`).
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { Bbox } from '../data/unit-index-types';
import type { AdminVersion, Camera, ToggleLayer } from '../deck/types';
import type { MapTheme } from '../style/map-theme';

/**
 * Interactive feature layers, by what they hold (the archive's source-layer for each is
 * `SOURCE_LAYERS[layer]`, src/lib/data/source-layers.ts).
 * - `communes`: the 54 units of 2025, keyed by unit code ("06724");
 * - `districts`: the 13 districts of 2020–2025 by code ("201"), and the areas of units that
 *   straddle two districts by `mixed:<unit code>` (see `mixedId`, src/lib/data/unit-index-types.ts);
 * - `zones`: economic zones by id; `sites`: investment sites by id.
 */
export type FeatureLayer = 'communes' | 'districts' | 'zones' | 'sites';

/** Fill patterns drawn over a feature's fill. */
export type FeaturePattern = 'kieu_mau';

/**
 * How one feature looks. Every field is optional: an empty object is the base look (base land
 * colour, full opacity, normal outline). Renderers resolve it to paint with `areaPaint()`
 * (src/lib/view/paint.ts) so the rules (dimming wins; a theme colour stays visible under hover)
 * are the same everywhere.
 */
export interface FeatureLook {
  /** Thematic fill colour (`#rrggbb`, from the theme's palette); absent on an unthemed map. */
  fill?: string;
  /** A pattern over the fill: `kieu_mau` = dots, the unit has a former NTM kiểu mẫu commune. */
  pattern?: FeaturePattern;
  /** Left out by the active filters: drawn faint. */
  dimmed?: true;
  /** Its panel is open. */
  selected?: true;
  /** Under the pointer. */
  hovered?: true;
}

/** Feature id → look, for one layer. */
export type LayerLooks = ReadonlyMap<string, FeatureLook>;

/**
 * Which groups of layers are shown. A renderer maps each group to what it draws:
 * - `communes` / `districts`: fills, outlines and labels of that administrative version
 *   (districts include the hatch of approximate outlines and of mixed areas);
 * - `zones`, `context` (neighbouring countries and provinces), `sites`: toggled by the person;
 * - `labels`: when false, no area label (units, districts, zones) is drawn at all;
 * - `ntmPattern`: the kiểu mẫu dots (only while the NTM theme is on, on the 2025 units).
 */
export interface VisibleGroups {
  communes: boolean;
  districts: boolean;
  zones: boolean;
  context: boolean;
  labels: boolean;
  ntmPattern: boolean;
  sites: boolean;
}
export type LayerGroupName = keyof VisibleGroups;

/** What decides visibility: the admin version, the person's toggles, and whether NTM is shown. */
export interface VisibilityInput {
  adminVersion: AdminVersion;
  layers: Record<ToggleLayer, boolean>;
  /** True when the NTM theme colours the 2025 units (shows the kiểu mẫu pattern). */
  ntm: boolean;
}

/** The polygon being drawn (a draft, not yet a filter). */
export interface DraftShape {
  /** `polygon`: vertices of a polygon; `point`: waiting for one click (a radius filter's centre). */
  mode: 'polygon' | 'point';
  /**
   * GeoJSON to draw, in order: the vertices (Point), then once there are 2+ vertices the edges
   * (LineString, closed from 3), then from 3 vertices the area (Polygon). Empty before the first click.
   */
  shapes: FeatureCollection<Point | LineString | Polygon>;
}

/**
 * A measurement (the measure tool, src/lib/geo/measure.ts): `distance` is a path, `area` a polygon.
 * `shapes` holds, in order: the placed points (Point, `properties.index` 0…), then from 2 points the
 * path (LineString; in `area` mode closed back to the first point from 3), then in `area` mode
 * from 3 points the area (Polygon). A renderer draws the line, the area faint, and the points as
 * small circles; the figures themselves are shown by the panel, not on the map.
 */
export interface MeasureShape {
  mode: 'distance' | 'area';
  shapes: FeatureCollection<Point | LineString | Polygon>;
}

/** Shapes drawn over the map that are not features of the data. */
export interface Overlays {
  /** The measurement on the map, or null when there is none (no point placed). */
  measure: MeasureShape | null;
  /** The shape being drawn, or null when not drawing. */
  draft: DraftShape | null;
  /** Outlines of the active spatial filters: drawn polygons, radius circles (dashed line). */
  filterShapes: FeatureCollection<Polygon>;
}

/**
 * The camera, as far as the description decides it. Moves a person makes are the renderer's; slides
 * and links move the camera through the map owner (`moveTo`), which is a command, not a state.
 */
export interface SceneCamera {
  /** Where the map opens: a link's camera, or null for the fitted province (`home`). */
  start: Camera | null;
  /** The province's extent [west, south, east, north]: the default framing. */
  home: Bbox;
  /** The map may not pan beyond this. */
  maxBounds: Bbox;
  /**
   * A box to bring into view, when a feature was selected outside the map (a panel, the search):
   * the renderer fits it if it is not wholly visible already. A new object each time a selection
   * asks for it, so a renderer acts once per object; null otherwise.
   */
  focus: { bbox: Bbox } | null;
}

/**
 * A layer the planner imported (src/lib/import; state in src/lib/state/user-layers.svelte.ts):
 * WGS-84 GeoJSON of any geometry type, drawn in one colour over the data's areas and under the
 * labels: polygons filled faint with an outline, lines as lines, points as circles. `data` keeps
 * its identity for the layer's life (compare by `id`; a renderer uploads it once), while
 * `visible` and `colour` may change. Properties are plain text from the file: never render them as HTML.
 */
export interface UserLayerShape {
  id: string;
  data: FeatureCollection;
  visible: boolean;
  /** `#rrggbb`: the one colour, or (when `byAttribute` is set) unused. */
  colour: string;
  /**
   * Colour by an attribute: each feature whose `properties[attribute]` (as text, '' when
   * missing) equals a row's `value` takes that row's colour, every other feature `other.colour`
   * (src/lib/style/user-layer-style.ts). Null for one colour.
   */
  byAttribute: import('../style/user-layer-style').CategoryColours | null;
}

export interface UserPointer {
  selected: string | null;
  hovered: string | null;
}

/** Everything a renderer needs to draw the map. */
export interface MapScene {
  /** The area layer that the admin version shows (the other one is hidden). */
  areaLayer: 'communes' | 'districts';
  /** Which groups are shown. */
  visible: VisibleGroups;
  /**
   * Looks per layer. `communes` and `districts` hold every feature of the index; `zones` and
   * `sites` every zone and site (sites once loaded). A feature missing from a map has the base look.
   */
  features: Record<FeatureLayer, LayerLooks>;
  /** Label points (`properties.kind`: unit | district | zone | context, `name` in the current language). */
  labels: FeatureCollection<Point>;
  overlays: Overlays;
  /** Imported layers, bottom to top. */
  userLayers: readonly UserLayerShape[];
  /**
   * The imported feature selected and the one under the pointer, as `<layer id>:<feature index>`
   * (a `user` FeatureRef's code), or null. Optional: a scene without imports may leave it out.
   */
  userPointer?: UserPointer;
  camera: SceneCamera;
  /** Colours, patterns and opacities. */
  theme: MapTheme;
}

/** A drawn filter outline (GeoJSON polygon). */
export type FilterShape = Feature<Polygon>;
