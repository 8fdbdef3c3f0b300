// The view description (a MapScene, src/lib/view) as the 2D map's input (a Scene2D), drawn from the light GeoJSON (pure).
import type { Feature, Geometry } from 'geojson';
import type { MapTheme } from '../style/map-theme';
import { areaPaint } from '../view/paint';
import { userFeatureOf } from '../view/describe';
import type { FeatureLook, LayerLooks, MapScene, UserLayerShape, UserPointer } from '../view/types';
import { baseScene, type BaseData } from './base-scene';
import { USER_SHAPE_PREFIX, type Look, type OverlayShape, type Scene2D } from './scene';

/** The parts of a MapScene the 2D map draws (imported layers are optional: a test scene may leave them out). */
export type SceneInput = Pick<MapScene, 'areaLayer' | 'visible' | 'features' | 'labels' | 'overlays' | 'theme'> &
  Partial<Pick<MapScene, 'userLayers' | 'userPointer'>>;

const NO_LOOK: FeatureLook = {};
const lookOf = (looks: LayerLooks | undefined, id: string): FeatureLook => looks?.get(id) ?? NO_LOOK;

const EMPTY: OverlayShape[] = [];

/** An area's look with the scene's colours, by the same rules as the WebGL style (`areaPaint`). */
function areaLook(base: Look, look: FeatureLook, scene: SceneInput, layer: 'communes' | 'districts'): Look {
  const paint = areaPaint(look, scene.theme, layer);
  const dots = layer === 'communes' && look.pattern === 'kieu_mau' && scene.visible.ntmPattern;
  const pattern = dots ? 'dots' : base.pattern;
  const p = scene.theme.patterns;
  return {
    ...base,
    fill: paint.fill,
    // The renderer dims (fill and pattern) by the emphasis' dimOpacity, which is the theme's.
    fillOpacity: look.dimmed ? 1 : paint.fillOpacity,
    pattern,
    ...(pattern ? { patternPixels: pattern === 'dots' ? p.kieuMauDot : pattern === 'crosshatch' ? p.mixedHatch : p.approxHatch } : {}),
    dimmed: !!look.dimmed,
    selected: !!look.selected,
    hovered: !!look.hovered,
  };
}

/** The shape being drawn and the spatial filters' outlines, as the WebGL style's draw-* and filter-shapes-line layers. */
export function overlayShapes(scene: Pick<SceneInput, 'overlays' | 'theme'>): OverlayShape[] {
  const c = scene.theme.colours;
  const shapes: OverlayShape[] = [];
  scene.overlays.filterShapes.features.forEach((f, i) => {
    // (MapLibre's line-dasharray is in line widths: [1.5, 1] × 2.5 px.)
    shapes.push({ id: `filter:${i}`, geometry: f.geometry, fill: null, stroke: c.overlayLine, strokeWidth: 2.5, dash: [3.75, 2.5] });
  });
  const draft = scene.overlays.draft?.shapes.features ?? [];
  // Areas and edges first, vertices on top.
  draft.forEach((f, i) => {
    if (f.geometry.type === 'Polygon')
      shapes.push({ id: `draft:${i}`, geometry: f.geometry, fill: c.overlayFill, fillOpacity: scene.theme.opacity.overlayFill, stroke: null });
    else if (f.geometry.type === 'LineString') shapes.push({ id: `draft:${i}`, geometry: f.geometry, stroke: c.overlayLine, strokeWidth: 2 });
  });
  draft.forEach((f, i) => {
    if (f.geometry.type === 'Point')
      shapes.push({ id: `vertex:${i}`, geometry: f.geometry, fill: c.overlayVertex, stroke: c.overlayLine, strokeWidth: 2, radius: 4 });
  });
  // The measurement: its area faint, the path, then its points (as the WebGL map draws them).
  const measured = scene.overlays.measure?.shapes.features ?? [];
  measured.forEach((f, i) => {
    if (f.geometry.type === 'Polygon')
      shapes.push({ id: `measure-area:${i}`, geometry: f.geometry, fill: c.measureFill, fillOpacity: scene.theme.opacity.measureFill, stroke: null });
  });
  measured.forEach((f, i) => {
    if (f.geometry.type === 'LineString')
      shapes.push({ id: `measure-line:${i}`, geometry: f.geometry, stroke: c.measureLine, strokeWidth: 2.5, dash: [7.5, 3.75], cap: 'round' });
  });
  measured.forEach((f, i) => {
    if (f.geometry.type === 'Point')
      shapes.push({ id: `measure-point:${i}`, geometry: f.geometry, fill: c.measureVertex, stroke: c.measureLine, strokeWidth: 2, radius: 4.5 });
  });
  return shapes;
}

/** One imported layer's shapes, made once per layer data, colours and theme (a hover does not rebuild them). */
const userCache = new WeakMap<object, { key: string; theme: MapTheme; shapes: OverlayShape[] }>();

/**
 * An imported layer as the WebGL map's user:* layers draw it: polygons filled faint with an
 * outline, lines 2 px, points as 5.5 px discs with a light ring; one colour or a colour per
 * attribute value (src/lib/style/user-layer-style.ts).
 * @example userLayerShapes({ id: 'a', data, visible: true, colour: '#e41a1c', byAttribute: null }, mapTheme).length
 */
export function userLayerShapes(layer: UserLayerShape, theme: MapTheme): OverlayShape[] {
  if (!layer.visible) return EMPTY;
  const by = layer.byAttribute && layer.byAttribute.rows.length ? layer.byAttribute : null;
  const key = `${layer.colour}|${by ? by.attribute + ':' + by.rows.map((r) => r.value + '=' + r.colour).join(',') : ''}`;
  const known = userCache.get(layer.data);
  if (known && known.key === key && known.theme === theme) return known.shapes;
  const byValue = by ? new Map(by.rows.map((r) => [r.value, r.colour])) : null;
  const colourOf = (f: Feature): string => {
    if (!byValue || !by) return layer.colour;
    const v = f.properties?.[by.attribute];
    return byValue.get(v === null || v === undefined ? '' : String(v)) ?? by.other.colour;
  };
  const areas: OverlayShape[] = [];
  const points: OverlayShape[] = [];
  const add = (id: string, g: Geometry, colour: string) => {
    switch (g.type) {
      case 'Polygon':
      case 'MultiPolygon':
        areas.push({ id, geometry: g, fill: colour, fillOpacity: theme.opacity.userFill, stroke: colour, strokeWidth: 2 });
        break;
      case 'LineString':
      case 'MultiLineString':
        areas.push({ id, geometry: g, fill: null, stroke: colour, strokeWidth: 2 });
        break;
      case 'Point':
        points.push({ id, geometry: g, fill: colour, fillOpacity: 1, stroke: theme.colours.userPointRing, strokeWidth: 1.5, radius: 5.5 });
        break;
      case 'MultiPoint':
        g.coordinates.forEach((c) => add(id, { type: 'Point', coordinates: c }, colour));
        break;
      case 'GeometryCollection':
        g.geometries.forEach((part) => add(id, part, colour));
        break;
    }
  };
  layer.data.features.forEach((f, i) => {
    if (f.geometry) add(`${USER_SHAPE_PREFIX}${layer.id}:${i}`, f.geometry, colourOf(f));
  });
  // Points over areas and lines (as the WebGL map's fill, line, point layers).
  const shapes = [...areas, ...points];
  userCache.set(layer.data, { key, theme, shapes });
  return shapes;
}

/**
 * The outlines that mark the selected and the hovered imported feature, over their layer: as the
 * areas' (a dark line on a light casing when selected, a darker line under the pointer); a point
 * gets a ring. Not hit-tested (their ids do not start with {@link USER_SHAPE_PREFIX}).
 * @example userPointerShapes(layers, { selected: 'roads-2026:3', hovered: null }, mapTheme).length // 2 (casing and line)
 */
export function userPointerShapes(layers: readonly UserLayerShape[], pointer: UserPointer | undefined, theme: MapTheme): OverlayShape[] {
  if (!pointer || (!pointer.selected && !pointer.hovered)) return EMPTY;
  const c = theme.colours;
  const shapes: OverlayShape[] = [];
  const mark = (code: string | null, selected: boolean) => {
    const at = code ? userFeatureOf(code) : null;
    const layer = at && layers.find((l) => l.id === at.layerId && l.visible);
    const geometry = layer?.data.features[at!.index]?.geometry;
    if (!geometry) return;
    const id = `mark:${selected ? 'selected' : 'hovered'}:${code}`;
    const add = (g: Geometry) => {
      switch (g.type) {
        case 'Polygon':
        case 'MultiPolygon':
        case 'LineString':
        case 'MultiLineString':
          if (selected) shapes.push({ id, geometry: g, fill: null, stroke: c.selectedCasing, strokeWidth: 7, cap: 'round' });
          shapes.push({ id, geometry: g, fill: null, stroke: selected ? c.selectedLine : c.districtLine, strokeWidth: selected ? 2.8 : 3, cap: 'round' });
          break;
        case 'Point':
          shapes.push({ id, geometry: g, fill: null, stroke: selected ? c.selectedLine : c.districtLine, strokeWidth: selected ? 3 : 2, radius: 8 });
          break;
        case 'MultiPoint':
          g.coordinates.forEach((p) => add({ type: 'Point', coordinates: p }));
          break;
        case 'GeometryCollection':
          g.geometries.forEach(add);
          break;
      }
    };
    add(geometry);
  };
  if (pointer.hovered !== pointer.selected) mark(pointer.hovered, false);
  mark(pointer.selected, true);
  return shapes;
}

/**
 * The scene for the 2D map: base layers from the GeoJSON (as base-scene.ts draws them), each
 * feature with its look from the description, the overlays, and labels in the current language.
 * @example sceneFromView(scene.current, { communes, districts, zones, context, sites }, 9).layers.map((l) => l.id)
 */
export function sceneFromView(scene: SceneInput, data: BaseData, zoom: number): Scene2D {
  const v = scene.visible;
  const base = baseScene(
    { ...data, labels: scene.labels as BaseData['labels'] },
    { adminVersion: scene.areaLayer === 'communes' ? '2025' : '2020', layers: { zones: v.zones, labels: v.labels, context: v.context, sites: v.sites }, zoom },
  );
  const o = scene.theme.opacity;
  const layers = base.layers.map((layer) => {
    if (layer.id === 'zones') {
      // A zone is outlined only; hover and selection tint it (as the WebGL map's zones-fill).
      const looks = scene.features.zones;
      if (!looks.size) return layer;
      return {
        ...layer,
        features: layer.features.map((f) => {
          const look = lookOf(looks, f.id);
          const tint = look.hovered ? o.zoneHover : look.selected ? o.zoneSelected : 0;
          return tint ? { ...f, look: { ...f.look, fill: scene.theme.colours.zoneFill, fillOpacity: tint } } : f;
        }),
      };
    }
    if (layer.id !== 'communes' && layer.id !== 'districts') return layer;
    const id = layer.id;
    const looks = scene.features[id];
    return { ...layer, features: layer.features.map((f) => ({ ...f, look: areaLook(f.look, lookOf(looks, f.id), scene, id) })) };
  });
  const siteLooks = scene.features.sites;
  const symbols = base.symbols.map((s) => {
    const look = lookOf(siteLooks, s.id);
    return { ...s, dimmed: !!look.dimmed, selected: !!look.selected, hovered: !!look.hovered };
  });
  const c = scene.theme.colours;
  return {
    ...base,
    layers,
    symbols,
    userShapes: [
      ...(scene.userLayers ?? []).flatMap((l) => userLayerShapes(l, scene.theme)),
      ...userPointerShapes(scene.userLayers ?? [], scene.userPointer, scene.theme),
    ],
    overlays: overlayShapes(scene),
    emphasis: {
      dimOpacity: scene.theme.opacity.dimmed,
      hoverStroke: c.districtLine,
      selectedStroke: c.selectedLine,
      selectedCasing: c.selectedCasing,
      siteCode: c.siteCode,
      siteRing: c.siteRing,
    },
  };
}
