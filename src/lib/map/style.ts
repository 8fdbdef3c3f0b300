// Builds the MapLibre style: our PMTiles archive, a label source, self-hosted fonts, no remote URL.
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import font400 from '../../fonts/be-vietnam-pro-400.woff2?url';
import font600 from '../../fonts/be-vietnam-pro-600.woff2?url';
import { SOURCE_LAYERS, WATER_MIN_ZOOM } from '../data/source-layers';
import { unicodeRanges } from '../style/font-subset';
import { mapTheme, type MapTheme } from '../style/map-theme';
import { SITE_SYMBOL } from '../style/site-symbol';
import type { CategoryColours } from '../style/user-layer-style';
import { visibleGroups } from '../view/describe';
import type { LayerGroupName, VisibilityInput, VisibleGroups } from '../view/types';

export const SOURCE = 'qn';
export const LABEL_SOURCE = 'labels';
/** The polygon being drawn (vertices and edges). */
export const DRAW_SOURCE = 'draw';
/** The measure tool's points, path and area. */
export const MEASURE_SOURCE = 'measure';
/** Ids of an imported layer's source and MapLibre layers (one GeoJSON source per layer). */
/** The ids of an imported layer's source and layers all start with this. */
export const USER_SOURCE_PREFIX = 'user:';
export const userLayerIds = (id: string) => ({ source: `user:${id}`, fill: `user:${id}:fill`, line: `user:${id}:line`, point: `user:${id}:point` });
/** Imported layers go below this one (the first label layer), so names stay readable over them. */
export const USER_LAYERS_BEFORE = 'filter-shapes-line';

/**
 * The MapLibre layers of one imported layer in `colour`: polygons faint with an outline, lines,
 * points as circles (`geometry-type` is matched with and without "Multi").
 */
/** The colour of an imported layer's features: one colour, or a `match` on the attribute's text. */
export function userLayerColour(colour: string, byAttribute: CategoryColours | null): ExpressionSpecification | string {
  if (!byAttribute || byAttribute.rows.length === 0) return colour;
  return [
    'match',
    ['to-string', ['coalesce', ['get', byAttribute.attribute], '']],
    ...byAttribute.rows.flatMap((r) => [r.value, r.colour]),
    byAttribute.other.colour,
  ] as unknown as ExpressionSpecification;
}

export function userLayerSpecs(id: string, colour: ExpressionSpecification | string, visible: boolean, theme: MapTheme = mapTheme): LayerSpecification[] {
  const ids = userLayerIds(id);
  const is = (...types: string[]): ExpressionSpecification => ['match', ['geometry-type'], types, true, false];
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  return [
    {
      id: ids.fill,
      type: 'fill',
      source: ids.source,
      filter: is('Polygon', 'MultiPolygon'),
      layout,
      paint: { 'fill-color': colour, 'fill-opacity': theme.opacity.userFill },
    },
    {
      id: ids.line,
      type: 'line',
      source: ids.source,
      filter: is('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString'),
      layout,
      // The imported feature under the pointer or selected (feature-state, see render-scene) draws wider.
      paint: {
        'line-color': colour,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, ['boolean', ['feature-state', 'hovered'], false], 3, 2],
      },
    },
    {
      id: ids.point,
      type: 'circle',
      source: ids.source,
      filter: is('Point', 'MultiPoint'),
      layout,
      paint: {
        'circle-radius': 5.5,
        'circle-color': colour,
        'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], theme.colours.selectedLine, theme.colours.userPointRing],
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hovered'], false], 2.5, 1.5],
      },
    },
  ];
}

/** Shapes of the active spatial filters (drawn polygons, radius circles). */
export const FILTER_SOURCE = 'filter-shapes';
export const ARCHIVE_PATH = '/tiles/quangninh.pmtiles';
export const FONT_REGULAR = 'Be Vietnam Pro Regular';
export const FONT_SEMIBOLD = 'Be Vietnam Pro SemiBold';
export const HATCH_APPROX = 'hatch-approx';
export const HATCH_MIXED = 'hatch-mixed';
export const DOTS_KIEU_MAU = 'dots-kieu-mau';

/** Source-layers of the archive, as the pipeline names them (one list: src/lib/data/source-layers.ts). */
export const SourceLayer = SOURCE_LAYERS;

/** Site categories: colour and the short code drawn in the symbol (from the map theme). */
export const SiteStyle = mapTheme.sites;

/** Layers grouped by what a toggle or the admin-version switch shows and hides. */
export const LayerGroups = {
  communes: ['communes-fill', 'communes-selected-casing', 'communes-line', 'labels-communes'],
  districts: [
    'districts-fill',
    'districts-hatch-approx',
    'districts-hatch-mixed',
    'districts-selected-casing',
    'districts-line-approx',
    'districts-line-exact',
    'labels-districts',
  ],
  zones: ['zones-fill', 'zones-line', 'labels-zones'],
  labels: ['labels-communes', 'labels-districts', 'labels-zones'],
  context: ['context-fill', 'context-line', 'labels-context'],
  ntm: ['communes-kieumau'],
  sites: ['sites-approx', 'sites-circle', 'sites-code'],
} as const;

/**
 * The feature-state keys the style reads; the adapter (features.svelte.ts) writes them from each
 * feature's look in the view description (src/lib/view).
 */
export const FeatureStateKey = {
  /** Thematic fill colour (a string), absent on an unthemed map. */
  fill: 'fill',
  /** The feature has a former NTM kiểu mẫu commune (dots). */
  kieuMau: 'kieuMau',
  /** Left out by the filters. */
  dim: 'dim',
  selected: 'selected',
  hover: 'hover',
} as const;

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const themed: ExpressionSpecification = ['==', ['typeof', ['feature-state', FeatureStateKey.fill]], 'string'];

/*
 * MapLibre compiles one GL program per layer type and per set of paint properties that vary by
 * feature (an attribute), by zoom and feature (a zoom-interpolated attribute) or not at all (a
 * uniform). Under a software GPU each program costs ~40–70 ms of the first view, so layers of one
 * type are given the same set: a constant is written as a per-feature value that never varies
 * (`perFeature`), a zoom curve as a per-feature one (`zoomed`). Same look, fewer programs
 * (13 → 8 for the first view; bench/experiments/programs.ts lists them).
 */
const NEVER: ExpressionSpecification = ['boolean', ['get', '_'], false];
/** A constant that MapLibre treats as varying by feature (an attribute), so layers share a program. */
const perFeature = (value: unknown): ExpressionSpecification => ['case', NEVER, value, value] as ExpressionSpecification;
/** A zoom curve (or a constant) that MapLibre treats as varying by zoom and feature, for the same reason. */
const zoomed = (stops: [number, unknown][]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, v]) => [z, typeof v === 'number' ? perFeature(v) : v])] as unknown as ExpressionSpecification;

function absolute(path: string): string {
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').href;
}

function labelLayer(
  theme: MapTheme,
  id: string,
  kind: string,
  size: [number, number],
  font: string,
  extra: Partial<LayerSpecification['layout']> = {},
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: LABEL_SOURCE,
    filter: ['==', ['get', 'kind'], kind],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [font],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, size[0], 12, size[1]],
      'text-max-width': 8,
      'text-padding': 2,
      ...extra,
    },
    paint: { 'text-color': theme.colours.labelText, 'text-halo-color': theme.colours.labelHalo, 'text-halo-width': 1.4 },
  } as LayerSpecification;
}

export type { VisibilityInput };

/** MapLibre layers of each group of the view description (src/lib/view/types.ts, `VisibleGroups`). */
const GroupLayers: Record<Exclude<LayerGroupName, 'labels'>, readonly string[]> = {
  communes: LayerGroups.communes,
  districts: LayerGroups.districts,
  zones: LayerGroups.zones,
  context: LayerGroups.context,
  ntmPattern: LayerGroups.ntm,
  sites: LayerGroups.sites,
};

/**
 * Each MapLibre layer's visibility for the shown groups; labels off hides every area label.
 * @example layersForGroups({ ...groups, communes: false }).get('communes-fill') // false
 */
export function layersForGroups(groups: VisibleGroups, options: { selectionOutlines?: boolean } = {}): Map<string, boolean> {
  const visible = new Map<string, boolean>();
  for (const [group, ids] of Object.entries(GroupLayers) as [keyof typeof GroupLayers, readonly string[]][]) {
    for (const id of ids) visible.set(id, groups[group]);
  }
  if (!groups.labels) for (const id of LayerGroups.labels) visible.set(id, false);
  if (!options.selectionOutlines) for (const id of SELECTION_CASINGS) visible.set(id, false);
  return visible;
}

/**
 * The white casings under a selected outline. They draw nothing until something is selected, yet a
 * shown casing lays out and draws every outline of its layer again (and compiles a GL program):
 * they are hidden until the first selection (`selectionOutlines`), then stay shown.
 */
export const SELECTION_CASINGS = ['communes-selected-casing', 'districts-selected-casing'] as const;

/**
 * Which layers are visible for a view. The style is built with it (so the worker never lays out
 * a hidden layer at start-up) and the map adapter applies it on every change.
 * @example layerVisibility({ adminVersion: '2020', layers }).get('communes-fill') // false
 */
export function layerVisibility(view: VisibilityInput): Map<string, boolean> {
  return layersForGroups(visibleGroups(view));
}

/** The complete style for a view, with the first label points built in (no second trip to the worker). */
export function buildStyle(labels: FeatureCollection<Point>, view: VisibilityInput, theme: MapTheme = mapTheme): StyleSpecification {
  return buildSceneStyle(labels, visibleGroups(view), theme);
}

/** The complete style for the groups a scene shows (src/lib/view), in the scene's theme. */
export function buildSceneStyle(
  labels: FeatureCollection<Point>,
  groups: VisibleGroups,
  theme: MapTheme = mapTheme,
  options: { selectionOutlines?: boolean } = {},
): StyleSpecification {
  const visibility = layersForGroups(groups, options);
  const style = buildLayers(labels, theme);
  for (const layer of style.layers) {
    if (visibility.get(layer.id) === false) layer.layout = { ...layer.layout, visibility: 'none' } as never;
  }
  return style;
}

function buildLayers(labels: FeatureCollection<Point>, theme: MapTheme): StyleSpecification {
  const c = theme.colours;
  const o = theme.opacity;
  const siteRadius: ExpressionSpecification = [
    'case',
    ['>', ['get', 'area_ha'], 0],
    ['interpolate', ['linear'], ['sqrt', ['get', 'area_ha']], ...SITE_SYMBOL.radiusBySqrtHa.flat()],
    SITE_SYMBOL.radiusNoArea,
  ];
  const siteColour = [
    'match',
    ['get', 'category'],
    ...Object.entries(theme.sites).flatMap(([k, v]) => [k, v.colour]),
    c.siteOther,
  ] as unknown as ExpressionSpecification;
  /**
   * A thematic colour arrives as feature-state "fill" (set per feature, so recolouring never
   * re-uploads geometry); without one, hover and selection colour the base map.
   */
  const interactiveFill: ExpressionSpecification = [
    'case',
    themed,
    ['to-color', ['feature-state', FeatureStateKey.fill]],
    state(FeatureStateKey.selected),
    c.selected,
    state(FeatureStateKey.hover),
    c.hover,
    c.provinceLand,
  ];
  /**
   * Features outside the active filters are dimmed (feature-state "dim"); on a themed map, hover and
   * selection lighten the fill a little instead of hiding its class colour.
   */
  const interactiveOpacity: ExpressionSpecification = [
    'case',
    state(FeatureStateKey.dim),
    o.dimmed,
    ['all', themed, ['any', state(FeatureStateKey.hover), state(FeatureStateKey.selected)]],
    o.themedHighlight,
    1,
  ];
  return {
    version: 8,
    name: 'Quảng Ninh plan',
    'font-faces': {
      // One file per weight, the same the page's CSS loads (src/fonts/fonts.css): one download.
      [FONT_REGULAR]: [{ url: absolute(font400), 'unicode-range': unicodeRanges() }],
      [FONT_SEMIBOLD]: [{ url: absolute(font600), 'unicode-range': unicodeRanges() }],
    },
    sources: {
      [SOURCE]: {
        type: 'vector',
        url: `pmtiles://${absolute(ARCHIVE_PATH)}`,
        promoteId: { [SourceLayer.communes]: 'code', [SourceLayer.districts]: 'code', [SourceLayer.zones]: 'code', [SourceLayer.sites]: 'code' },
      },
      [LABEL_SOURCE]: { type: 'geojson', data: labels },
      [DRAW_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [MEASURE_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      [FILTER_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': c.sea } },
      {
        id: 'context-fill',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.context,
        paint: { 'fill-color': ['match', ['get', 'kind'], 'country', c.foreignLand, c.neighbourLand], 'fill-opacity': perFeature(1), 'fill-antialias': false },
      },
      {
        id: 'context-line',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.context,
        filter: ['==', ['get', 'kind'], 'province'],
        paint: {
          'line-color': perFeature(c.neighbourLine),
          'line-width': zoomed([
            [7, 0.8],
            [12, 0.8],
          ]),
        },
      },
      // Line layers draw the edges, so fills skip their own antialiased outline pass.
      {
        id: 'communes-fill',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.communes,
        paint: { 'fill-color': interactiveFill, 'fill-opacity': interactiveOpacity, 'fill-antialias': false },
      },
      {
        id: 'communes-kieumau',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.communes,
        paint: {
          'fill-pattern': DOTS_KIEU_MAU,
          'fill-opacity': ['case', ['!', state(FeatureStateKey.kieuMau)], 0, state(FeatureStateKey.dim), o.dimmedPattern, 1],
          'fill-antialias': false,
        },
      },
      {
        id: 'districts-fill',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.districts,
        paint: { 'fill-color': interactiveFill, 'fill-opacity': interactiveOpacity, 'fill-antialias': false },
      },
      {
        id: 'districts-hatch-approx',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.districts,
        filter: ['all', ['==', ['get', 'kind'], 'district'], ['==', ['get', 'exact'], false]],
        paint: { 'fill-pattern': HATCH_APPROX, 'fill-antialias': false },
      },
      {
        id: 'districts-hatch-mixed',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.districts,
        filter: ['==', ['get', 'kind'], 'mixed'],
        paint: { 'fill-pattern': HATCH_MIXED, 'fill-antialias': false },
      },
      {
        id: 'zones-fill',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.zones,
        // Outline only (no tint), so thematic colours underneath read true; a tint on hover/selection.
        paint: {
          'fill-color': perFeature(c.zoneFill),
          'fill-opacity': ['case', state(FeatureStateKey.hover), o.zoneHover, state(FeatureStateKey.selected), o.zoneSelected, 0],
          'fill-antialias': false,
        },
      },
      // Cửa Lục bay, which the units' outlines take in: sea over the unit fills (themes included), under
      // outlines, sites and labels. Its shore is Natural Earth 1:10m (approximate, see the legend).
      {
        id: 'water-fill',
        type: 'fill',
        source: SOURCE,
        'source-layer': SourceLayer.water,
        minzoom: WATER_MIN_ZOOM,
        paint: { 'fill-color': perFeature(c.sea), 'fill-opacity': perFeature(1), 'fill-antialias': false },
      },
      // The selected outline is dark over a white casing, so it reads over every theme colour
      // (the casing layers draw nothing for unselected features).
      {
        id: 'communes-selected-casing',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.communes,
        paint: {
          'line-color': c.selectedCasing,
          'line-width': ['case', state(FeatureStateKey.selected), 7, 0],
          'line-opacity': ['case', state(FeatureStateKey.selected), 1, 0],
        },
      },
      {
        id: 'communes-line',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.communes,
        // The selection outline shares this layer (feature-state), so the heavy geometry is laid out once.
        paint: {
          'line-color': ['case', state(FeatureStateKey.selected), c.selectedLine, state(FeatureStateKey.hover), c.districtLine, c.communeLine],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            7,
            ['case', state(FeatureStateKey.selected), 2.5, 0.5],
            12,
            ['case', state(FeatureStateKey.selected), 3, 1.2],
          ],
        },
      },
      {
        id: 'districts-selected-casing',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.districts,
        paint: {
          'line-color': c.selectedCasing,
          'line-width': ['case', state(FeatureStateKey.selected), 7, 0],
          'line-opacity': ['case', state(FeatureStateKey.selected), 1, 0],
        },
      },
      // Approximate outlines first, dashed; exact ones over them, solid. A border shared with an
      // exact district is itself exact, so it ends up solid; only uncertain borders stay dashed.
      {
        id: 'districts-line-approx',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.districts,
        filter: ['==', ['get', 'exact'], false],
        paint: {
          'line-color': ['case', state(FeatureStateKey.selected), c.selectedLine, c.districtLine],
          'line-width': ['case', state(FeatureStateKey.selected), 3, 1.6],
          'line-dasharray': [2, 1.5],
        },
      },
      {
        id: 'districts-line-exact',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.districts,
        filter: ['==', ['get', 'exact'], true],
        paint: {
          'line-color': ['case', state(FeatureStateKey.selected), c.selectedLine, c.districtLine],
          'line-width': ['case', state(FeatureStateKey.selected), 3, 1.6],
        },
      },
      {
        id: 'zones-line',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.zones,
        paint: { 'line-color': c.zoneLine, 'line-width': 2.2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'province-line',
        type: 'line',
        source: SOURCE,
        'source-layer': SourceLayer.province,
        paint: {
          'line-color': perFeature(c.provinceLine),
          'line-width': zoomed([
            [7, 0.9],
            [10, 1.6],
            [13, 3],
          ]),
        },
      },
      // Sites: a faint halo marks a position that is only approximate (somewhere in its unit).
      {
        id: 'sites-approx',
        type: 'circle',
        source: SOURCE,
        'source-layer': SourceLayer.sites,
        filter: ['==', ['get', 'quality'], 'approximate'],
        paint: {
          'circle-radius': zoomed(SITE_SYMBOL.haloByZoom.map(([z, r]) => [z, r])),
          'circle-color': siteColour,
          'circle-opacity': ['case', state(FeatureStateKey.dim), 0, o.approxSiteHalo],
          'circle-stroke-width': perFeature(SITE_SYMBOL.haloRingWidth),
          'circle-stroke-color': siteColour,
          'circle-stroke-opacity': ['case', state(FeatureStateKey.dim), 0, o.approxSiteRing],
        },
      },
      {
        id: 'sites-circle',
        type: 'circle',
        source: SOURCE,
        'source-layer': SourceLayer.sites,
        paint: {
          // Sized by area where a source gives one (√ha), a fixed size otherwise; about half that size
          // at the province view, so the symbols leave the place names around them readable
          // (the zoom curve also lets this layer share the halo's GL program).
          'circle-radius': zoomed(SITE_SYMBOL.scaleByZoom.map(([z, k]) => [z, k === 1 ? siteRadius : ['*', k, siteRadius]])),
          'circle-color': siteColour,
          // A site the investor list leaves out (its "show on the map") fades.
          'circle-opacity': ['case', state(FeatureStateKey.dim), o.dimmed, 1],
          'circle-stroke-opacity': ['case', state(FeatureStateKey.dim), o.dimmed, 1],
          'circle-stroke-color': ['case', state(FeatureStateKey.selected), c.selectedLine, c.siteRing],
          'circle-stroke-width': ['case', state(FeatureStateKey.selected), SITE_SYMBOL.selectedRingWidth, SITE_SYMBOL.ringWidth],
        },
      },
      {
        id: 'sites-code',
        type: 'symbol',
        source: SOURCE,
        'source-layer': SourceLayer.sites,
        layout: {
          'text-field': [
            'match',
            ['get', 'category'],
            ...Object.entries(theme.sites).flatMap(([k, v]) => [k, v.code]),
            '',
          ] as unknown as ExpressionSpecification,
          'text-font': [FONT_SEMIBOLD],
          // Small with the small circles of the province view; full size from zoom 11.
          'text-size': ['interpolate', ['linear'], ['zoom'], ...SITE_SYMBOL.codeSizeByZoom.flat()] as ExpressionSpecification,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': c.siteCode, 'text-opacity': ['case', state(FeatureStateKey.dim), o.dimmed, 1] },
      },
      {
        id: 'filter-shapes-line',
        type: 'line',
        source: FILTER_SOURCE,
        paint: { 'line-color': c.overlayLine, 'line-width': 2.5, 'line-dasharray': [1.5, 1] },
      },
      {
        id: 'draw-fill',
        type: 'fill',
        source: DRAW_SOURCE,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': c.overlayFill, 'fill-opacity': o.overlayFill },
      },
      { id: 'draw-line', type: 'line', source: DRAW_SOURCE, paint: { 'line-color': c.overlayLine, 'line-width': 2 } },
      {
        id: 'draw-points',
        type: 'circle',
        source: DRAW_SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': 4, 'circle-color': c.overlayVertex, 'circle-stroke-color': c.overlayLine, 'circle-stroke-width': 2 },
      },
      {
        id: 'measure-fill',
        type: 'fill',
        source: MEASURE_SOURCE,
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': c.measureFill, 'fill-opacity': o.measureFill },
      },
      {
        id: 'measure-line',
        type: 'line',
        source: MEASURE_SOURCE,
        filter: ['==', ['geometry-type'], 'LineString'],
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': c.measureLine, 'line-width': 2.5, 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'measure-points',
        type: 'circle',
        source: MEASURE_SOURCE,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: { 'circle-radius': 4.5, 'circle-color': c.measureVertex, 'circle-stroke-color': c.measureLine, 'circle-stroke-width': 2 },
      },
      // Symbol layers higher in the stack are placed first: zone names must win over unit names.
      labelLayer(theme, 'labels-context', 'context', [10, 13], FONT_REGULAR),
      labelLayer(theme, 'labels-districts', 'district', [11, 15], FONT_SEMIBOLD),
      labelLayer(theme, 'labels-communes', 'unit', [9.5, 14], FONT_REGULAR),
      labelLayer(theme, 'labels-zones', 'zone', [10, 13], FONT_SEMIBOLD, { 'text-max-width': 12 }),
    ],
  };
}
