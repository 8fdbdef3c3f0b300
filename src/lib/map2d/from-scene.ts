// The view description (a MapScene, src/lib/view) as the 2D map's input (a Scene2D), drawn from the light GeoJSON (pure).
import { areaPaint } from '../view/paint';
import type { FeatureLook, LayerLooks, MapScene } from '../view/types';
import { baseScene, type BaseData } from './base-scene';
import type { Look, OverlayShape, Scene2D } from './scene';

/**
 * The parts of a MapScene the 2D map draws. Extra fields (a measure overlay, imported layers) are
 * ignored, so a newer scene still draws.
 */
export type SceneInput = Pick<MapScene, 'areaLayer' | 'visible' | 'features' | 'labels' | 'overlays' | 'theme'>;

const NO_LOOK: FeatureLook = {};
const lookOf = (looks: LayerLooks | undefined, id: string): FeatureLook => looks?.get(id) ?? NO_LOOK;

const rgba = ([r, g, b, a]: readonly number[]) => `rgba(${r},${g},${b},${(a ?? 255) / 255})`;

/** An area's look with the scene's colours, by the same rules as the WebGL style (`areaPaint`). */
function areaLook(base: Look, look: FeatureLook, scene: SceneInput, layer: 'communes' | 'districts'): Look {
  const paint = areaPaint(look, scene.theme, layer);
  const dots = layer === 'communes' && look.pattern === 'kieu_mau' && scene.visible.ntmPattern;
  return {
    ...base,
    fill: paint.fill,
    // The renderer dims (fill and pattern) by the emphasis' dimOpacity, which is the theme's.
    fillOpacity: look.dimmed ? 1 : paint.fillOpacity,
    pattern: dots ? 'dots' : base.pattern,
    ...(dots ? { patternColour: rgba(scene.theme.patterns.kieuMauDot) } : {}),
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
    shapes.push({ id: `filter:${i}`, geometry: f.geometry, fill: null, stroke: c.overlayLine, strokeWidth: 2, dash: [4, 3] });
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
    if (f.geometry.type === 'LineString') shapes.push({ id: `measure-line:${i}`, geometry: f.geometry, stroke: c.measureLine, strokeWidth: 2.5 });
  });
  measured.forEach((f, i) => {
    if (f.geometry.type === 'Point')
      shapes.push({ id: `measure-point:${i}`, geometry: f.geometry, fill: c.measureVertex, stroke: c.measureLine, strokeWidth: 2, radius: 4 });
  });
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
  const layers = base.layers.map((layer) => {
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
  return {
    ...base,
    layers,
    symbols,
    overlays: overlayShapes(scene),
    emphasis: { dimOpacity: scene.theme.opacity.dimmed, selectedStroke: scene.theme.colours.selectedLine },
  };
}
