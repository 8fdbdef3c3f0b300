// Pointer input on a MapLibre map (the main map and the compare view's second map): hover
// highlights, a click selects, and while a tool is on a click places its point (drawing a filter
// shape, measuring) and a double click finishes a polygon instead of zooming.
import type { Map as MaplibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { draw } from '../state/draw.svelte';
import { measure } from '../state/measure.svelte';
import { selection } from '../state/selection.svelte';
import { view } from '../state/view.svelte';
import { refOf } from './feature-ref';
import { USER_SOURCE_PREFIX } from './style';

export interface PointerOptions {
  /** The fill layer of the areas this map draws (`communes-fill` or `districts-fill`). */
  fillLayer: () => string;
  /** True on a phone-sized map: its info sheet covers the lower half, so a tapped unit is brought clear of it. */
  narrow: () => boolean;
}

/** Attaches the pointer handlers to `map`; returns their removal. */
export function attachPointer(map: MaplibreMap, { fillLayer, narrow }: PointerOptions): () => void {
  // Sites sit above the imported layers, those above the areas: the topmost feature under the
  // pointer is the one meant (MapLibre returns them top first).
  const pickAt = (point: MapMouseEvent['point']) => {
    const user = map.getLayersOrder().filter((id) => id.startsWith(USER_SOURCE_PREFIX));
    const layers = [view.layers.sites ? 'sites-circle' : null, ...user, fillLayer()].filter((l): l is string => !!l && !!map.getLayer(l));
    const exact = map.queryRenderedFeatures(point, { layers });
    if (exact[0]?.layer.id === 'sites-circle') return exact[0];
    // An imported point or line is hard to hit to the pixel: one within 3 px of the pointer counts, over the area under it.
    const box: [PointLike, PointLike] = [
      [point.x - 3, point.y - 3],
      [point.x + 3, point.y + 3],
    ];
    const near = user.length ? map.queryRenderedFeatures(box, { layers: user }).find((f) => f.layer.type !== 'fill') : undefined;
    return near ?? exact[0];
  };
  const onMove = (event: MapMouseEvent) => {
    if (measure.active) {
      map.getCanvas().style.cursor = 'crosshair';
      return;
    }
    const hit = pickAt(event.point);
    const ref = hit ? refOf(hit) : null;
    selection.hover(ref);
    map.getCanvas().style.cursor = ref ? 'pointer' : '';
  };
  const onLeave = () => selection.hover(null);
  const onClick = (event: MapMouseEvent) => {
    if (draw.mode) return draw.add([Number(event.lngLat.lng.toFixed(6)), Number(event.lngLat.lat.toFixed(6))]);
    if (measure.active) return measure.add([event.lngLat.lng, event.lngLat.lat]);
    const hit = pickAt(event.point);
    selection.select(hit ? refOf(hit) : null, { move: narrow() });
  };
  const onDblClick = (event: MapMouseEvent) => {
    if (draw.mode !== 'polygon') return;
    event.preventDefault();
    draw.finish();
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  map.on('dblclick', onDblClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('dblclick', onDblClick);
  };
}
