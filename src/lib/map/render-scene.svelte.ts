// The MapLibre renderer of a map description (src/lib/view): one small unit per concern, each an
// $effect that reads only its part of the scene, writes only what changed, and whose cleanup
// cancels its pending call (an AbortSignal to `whenReady`). Call `renderScene` while a component
// initialises (its effects live as long as the component).
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { insideFree, type Padding } from '../geo/viewport';
import { SOURCE_LAYERS } from '../data/source-layers';
import { selection } from '../state/selection.svelte';
import { userFeatureOf } from '../view/describe';
import type { SceneState } from '../view/scene.svelte';
import type { FeatureLayer, FeatureLook, LayerLooks, UserLayerShape } from '../view/types';
import { FeatureStateWriter, type StateValues } from './feature-state';
import type { MapOwner } from './map-owner.svelte';
import {
  DRAW_SOURCE,
  FILTER_SOURCE,
  MEASURE_SOURCE,
  USER_LAYERS_BEFORE,
  userLayerColour,
  userLayerIds,
  userLayerSpecs,
  FeatureStateKey,
  LABEL_SOURCE,
  SOURCE,
  layersForGroups,
} from './style';

/** Runs `apply` on the map once it is ready; the effect's cleanup cancels it if still pending. */
function onMap(owner: MapOwner, apply: (map: MaplibreMap) => void): () => void {
  const pending = new AbortController();
  owner.whenReady(apply, pending.signal);
  return () => pending.abort();
}

/** Layer visibility follows the shown groups; only layers that change are touched. */
function renderVisibility(owner: MapOwner, scene: SceneState) {
  // The selection casings are shown from the first selection on (hidden before: style.ts).
  let outlines = false;
  $effect(() => {
    outlines ||= selection.selected !== null;
    const visibility = layersForGroups(scene.visible, { selectionOutlines: outlines });
    return onMap(owner, (map) => {
      for (const [id, on] of visibility) {
        const value = on ? 'visible' : 'none';
        if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== value) map.setLayoutProperty(id, 'visibility', value);
      }
    });
  });
}

/** Label text follows the language; `initial` is the collection the style was built with. */
function renderLabels(owner: MapOwner, scene: SceneState, initial: unknown) {
  let shown = initial;
  $effect(() => {
    const labels = scene.labels;
    if (labels === shown) return;
    return onMap(owner, (map) => {
      (map.getSource(LABEL_SOURCE) as GeoJSONSource).setData(labels);
      shown = labels;
    });
  });
}

/** A look as the style's feature-state (only keys that are set: the base look has none). */
export function lookState(look: FeatureLook): StateValues {
  const s: Record<string, string | boolean> = {};
  if (look.fill) s[FeatureStateKey.fill] = look.fill;
  if (look.pattern === 'kieu_mau') s[FeatureStateKey.kieuMau] = true;
  if (look.dimmed) s[FeatureStateKey.dim] = true;
  if (look.selected) s[FeatureStateKey.selected] = true;
  if (look.hovered) s[FeatureStateKey.hover] = true;
  return s;
}

/**
 * Each feature's look as feature-state, through one writer per layer: a recolour, a filter or a
 * hover writes only the features whose look changed. After a restored WebGL context MapLibre has
 * dropped feature-state (the owner's `generation` goes up): everything is written again.
 */
function renderFeatures(owner: MapOwner, scene: SceneState) {
  const layers: FeatureLayer[] = ['communes', 'districts', 'zones', 'sites'];
  const writers = Object.fromEntries(layers.map((l) => [l, new FeatureStateWriter(SOURCE, SOURCE_LAYERS[l])])) as Record<FeatureLayer, FeatureStateWriter>;
  const written = new Map<FeatureLayer, LayerLooks>();
  let generation = -1;
  $effect(() => {
    const features = scene.features;
    if (owner.generation !== generation) {
      generation = owner.generation;
      for (const w of Object.values(writers)) w.forget();
      written.clear();
    }
    return onMap(owner, (map) => {
      for (const layer of layers) {
        const looks = features[layer];
        if (written.get(layer) === looks) continue;
        const next = new Map<string, StateValues>();
        for (const [id, look] of looks) next.set(id, lookState(look));
        writers[layer].write(map, next);
        written.set(layer, looks);
      }
    });
  });
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** The shape being drawn and the outlines of the spatial filters. */
function renderOverlays(owner: MapOwner, scene: SceneState) {
  $effect(() => {
    const shapes = scene.draft?.shapes ?? EMPTY;
    return onMap(owner, (map) => (map.getSource(DRAW_SOURCE) as GeoJSONSource).setData(shapes));
  });
  $effect(() => {
    const shapes = scene.filterShapes;
    return onMap(owner, (map) => (map.getSource(FILTER_SOURCE) as GeoJSONSource).setData(shapes));
  });
  // While drawing or measuring, a double click or double tap places points instead of zooming in.
  $effect(() => {
    const drawing = scene.draft !== null || scene.measuring;
    return onMap(owner, (map) => (drawing ? map.doubleClickZoom.disable() : map.doubleClickZoom.enable()));
  });
}

/** The measurement: the source is rewritten only when the shape changed (a point placed or removed). */
function renderMeasure(owner: MapOwner, scene: SceneState) {
  $effect(() => {
    const shapes = scene.measure?.shapes ?? EMPTY;
    return onMap(owner, (map) => (map.getSource(MEASURE_SOURCE) as GeoJSONSource).setData(shapes));
  });
}

/** Features handed to MapLibre's worker per message (see `fillSource`). */
const SOURCE_CHUNK = 2500;

/** Features `start`… of a layer, with their index as id (MapLibre's `updateData` needs ids). */
function featureChunk(data: FeatureCollection, start: number): FeatureCollection {
  return { type: 'FeatureCollection', features: data.features.slice(start, start + SOURCE_CHUNK).map((f, i) => ({ ...f, id: start + i })) };
}

/**
 * Gives a big layer to MapLibre's worker SOURCE_CHUNK features per message: one structured clone
 * of 10,000 features is a long task on the main thread. Each waits for the worker's answer, so
 * MapLibre does not merge the pending additions into one message again.
 */
async function fillSource(source: GeoJSONSource, data: FeatureCollection, removed: () => boolean) {
  try {
    // The first part replaces the empty data still waiting to be sent (an addition would be merged
    // into that message); the others follow one answer at a time.
    await source.setData(featureChunk(data, 0));
    for (let start = SOURCE_CHUNK; start < data.features.length; start += SOURCE_CHUNK) {
      if (removed()) return;
      await source.updateData({ add: featureChunk(data, start).features });
    }
  } catch {
    // The source was removed meanwhile.
  }
}

/**
 * Imported layers: one GeoJSON source each, added once with its data (no `setData` when only the
 * colour or visibility changes: those are paint and layout properties), removed with the layer.
 */
function renderUserLayers(owner: MapOwner, scene: SceneState) {
  const shown = new Map<string, UserLayerShape>();
  $effect(() => {
    const layers = scene.userLayers;
    return onMap(owner, (map) => {
      const next = new Map(layers.map((l) => [l.id, l]));
      for (const [id] of shown) {
        if (next.has(id)) continue;
        const ids = userLayerIds(id);
        for (const layer of [ids.point, ids.line, ids.fill]) if (map.getLayer(layer)) map.removeLayer(layer);
        if (map.getSource(ids.source)) map.removeSource(ids.source);
        shown.delete(id);
      }
      for (const l of layers) {
        const ids = userLayerIds(l.id);
        const before = shown.get(l.id);
        if (!before || !map.getSource(ids.source)) {
          const big = l.data.features.length > SOURCE_CHUNK;
          // Each feature's id is its index in the layer: hover and click name it by that (feature-ref.ts).
          map.addSource(ids.source, { type: 'geojson', data: big ? EMPTY : featureChunk(l.data, 0) });
          if (big) void fillSource(map.getSource(ids.source) as GeoJSONSource, l.data, () => map.getSource(ids.source) === undefined);
          for (const spec of userLayerSpecs(l.id, userLayerColour(l.colour, l.byAttribute), l.visible, scene.theme))
            map.addLayer(spec, map.getLayer(USER_LAYERS_BEFORE) ? USER_LAYERS_BEFORE : undefined);
        } else {
          if (before.colour !== l.colour || before.byAttribute !== l.byAttribute) {
            const colour = userLayerColour(l.colour, l.byAttribute);
            map.setPaintProperty(ids.fill, 'fill-color', colour);
            map.setPaintProperty(ids.line, 'line-color', colour);
            map.setPaintProperty(ids.point, 'circle-color', colour);
          }
          if (before.visible !== l.visible)
            for (const layer of [ids.fill, ids.line, ids.point]) map.setLayoutProperty(layer, 'visibility', l.visible ? 'visible' : 'none');
        }
        shown.set(l.id, l);
      }
    });
  });
}

/** The imported feature selected and the one under the pointer draw wider (feature-state `selected`, `hovered`). */
function renderUserPointer(owner: MapOwner, scene: SceneState) {
  const marked: { key: 'selected' | 'hovered'; code: string }[] = [];
  $effect(() => {
    const { selected, hovered } = scene.userPointer;
    return onMap(owner, (map) => {
      const set = (code: string, key: 'selected' | 'hovered', on: boolean) => {
        const at = userFeatureOf(code);
        const source = at && userLayerIds(at.layerId).source;
        if (at && source && map.getSource(source)) map.setFeatureState({ source, id: at.index }, { [key]: on });
      };
      for (const m of marked.splice(0)) set(m.code, m.key, false);
      if (selected) marked.push({ key: 'selected', code: selected });
      if (hovered) marked.push({ key: 'hovered', code: hovered });
      for (const m of marked) set(m.code, m.key, true);
    });
  });
}

/**
 * Brings a feature selected outside the map into the part of the map no panel covers, unless it
 * is wholly there already. `freePadding` measures the panels over the map when the move is made.
 */
function renderFocus(owner: MapOwner, scene: SceneState, freePadding: () => Padding) {
  $effect(() => {
    const focus = scene.camera.focus;
    if (!focus) return;
    const box = focus.bbox;
    let frame = 0;
    const cancel = onMap(owner, (map) => {
      // After this update has drawn the panel that opens with the selection.
      frame = requestAnimationFrame(() => {
        const padding = freePadding();
        const canvas = map.getCanvas();
        const a = map.project([box[0], box[3]]);
        const b = map.project([box[2], box[1]]);
        const size = { width: canvas.clientWidth, height: canvas.clientHeight };
        if (!insideFree({ left: a.x, top: a.y, right: b.x, bottom: b.y }, size, padding)) map.fitBounds(box, { padding, maxZoom: 12, duration: 600 });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancel();
    };
  });
}

/**
 * Draws `scene` on the owner's map for as long as the calling component lives. `focus: false`
 * leaves framing a selection to another map (a compare view's second map follows the main one).
 */
export function renderScene(owner: MapOwner, scene: SceneState, styleLabels: unknown, freePadding: () => Padding, options: { focus?: boolean } = {}): void {
  renderVisibility(owner, scene);
  renderLabels(owner, scene, styleLabels);
  renderFeatures(owner, scene);
  renderOverlays(owner, scene);
  renderMeasure(owner, scene);
  renderUserLayers(owner, scene);
  renderUserPointer(owner, scene);
  if (options.focus !== false) renderFocus(owner, scene, freePadding);
}
