// Pointer, wheel, touch, pinch and keyboard navigation of the 2D map with d3-zoom; transforms are in world fractions.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3Zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { mercatorXY, TILE_SIZE, type Bbox } from './camera';

/** A d3-zoom transform: screen = k·m + [x, y] for a world fraction m (see camera.ts). */
export interface WorldTransform {
  k: number;
  x: number;
  y: number;
}

export interface InteractionOptions {
  minZoom: number;
  maxZoom: number;
  /** The camera may not show beyond these bounds (as MapLibre's maxBounds). */
  maxBounds?: Bbox;
  /** Pixels an arrow key pans. */
  keyPanPx?: number;
  /** Called on every change of the transform; `user` is true when a person moved the map. */
  onChange: (t: WorldTransform, user: boolean) => void;
  onEnd: (t: WorldTransform, user: boolean) => void;
  /** A click or tap that did not move the map (CSS pixels in the element). */
  onClick: (point: [number, number], event: MouseEvent) => void;
  /** The mouse over the map (null when it leaves or a button is held). */
  onHover: (point: [number, number] | null) => void;
}

export interface Interaction {
  /** Moves to a transform: at once (duration 0) or along d3's smooth zoom path (van Wijk, as MapLibre's flyTo). */
  transformTo(t: WorldTransform, duration: number): Promise<void>;
  current(): WorldTransform;
  destroy(): void;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Wires d3-zoom on an element: drag pan, wheel zoom, double-click / double-tap zoom, touch pan
 * and pinch, arrow keys pan, + and - zoom. The element gets tabindex 0 so keys reach it.
 */
export function createInteraction(element: HTMLElement, initial: WorldTransform, options: InteractionOptions): Interaction {
  const sel = select(element) as Selection<HTMLElement, unknown, null, undefined>;
  let user = false;
  const behaviour: ZoomBehavior<HTMLElement, unknown> = d3Zoom<HTMLElement, unknown>()
    .scaleExtent([TILE_SIZE * 2 ** options.minZoom, TILE_SIZE * 2 ** options.maxZoom])
    .clickDistance(4)
    .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      user = !!e.sourceEvent;
      if (user) options.onHover(null);
    })
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => options.onChange(plain(e.transform), user || !!e.sourceEvent))
    .on('end', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      options.onEnd(plain(e.transform), user || !!e.sourceEvent);
      user = false;
    });
  let bounds: Extent | null = null;
  if (options.maxBounds) {
    const [w, s, e, n] = options.maxBounds;
    const [x0, y0] = mercatorXY([w, n]);
    const [x1, y1] = mercatorXY([e, s]);
    bounds = [
      [x0, y0],
      [x1, y1],
    ];
    behaviour.translateExtent(bounds).constrain(insideBounds);
  }
  // d3-zoom constrains gestures only: programmatic moves (a start camera, a fit, a flight, a resize) are kept inside here.
  const inside = (t: ZoomTransform) =>
    bounds
      ? insideBounds(
          t,
          [
            [0, 0],
            [element.clientWidth || 1, element.clientHeight || 1],
          ],
          bounds,
        )
      : t;
  element.tabIndex = 0;
  element.style.touchAction = 'none';
  // d3-zoom's own double-click (and double-tap) zooms ×2 from the pointer; shift zooms out.
  sel.call(behaviour);
  behaviour.transform(sel, inside(zoomIdentity.translate(initial.x, initial.y).scale(initial.k)));

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented) return; // d3-zoom cancels the click that ends a drag
    const rect = element.getBoundingClientRect();
    options.onClick([event.clientX - rect.left, event.clientY - rect.top], event);
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const rect = element.getBoundingClientRect();
    options.onHover(event.buttons ? null : [event.clientX - rect.left, event.clientY - rect.top]);
  };
  const onLeave = () => options.onHover(null);
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = options.keyPanPx ?? 100;
    const k = (element as unknown as { __zoom: ZoomTransform }).__zoom.k;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const duration = reducedMotion() ? 0 : 200;
    user = true;
    if (moves[event.key]) {
      const [dx, dy] = moves[event.key]!;
      behaviour.translateBy(sel.transition().duration(duration), dx / k, dy / k);
    } else if (event.key === '+' || event.key === '=') behaviour.scaleBy(sel.transition().duration(duration), 2);
    else if (event.key === '-' || event.key === '_') behaviour.scaleBy(sel.transition().duration(duration), 0.5);
    else {
      user = false;
      return;
    }
    event.preventDefault();
  };
  element.addEventListener('click', onClick);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerleave', onLeave);
  element.addEventListener('keydown', onKey);

  return {
    transformTo(t, duration) {
      const target = inside(zoomIdentity.translate(t.x, t.y).scale(t.k));
      sel.interrupt();
      if (duration <= 0 || reducedMotion()) {
        behaviour.transform(sel, target);
        return Promise.resolve();
      }
      const transition = sel.transition().duration(duration);
      behaviour.transform(transition, target);
      return transition.end().catch(() => undefined);
    },
    current: () => plain((element as unknown as { __zoom: ZoomTransform }).__zoom),
    destroy() {
      sel.interrupt();
      sel.on('.zoom', null).on('.map2d', null);
      element.removeEventListener('click', onClick);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
      element.removeEventListener('keydown', onKey);
    },
  };
}

const plain = (t: ZoomTransform): WorldTransform => ({ k: t.k, x: t.x, y: t.y });

type Extent = [[number, number], [number, number]];

/**
 * d3-zoom's constraint, as MapLibre keeps a view inside maxBounds: zoomed out (or resized) until the
 * screen is larger than the bounds, the view is zoomed in about the screen's centre until it fits
 * (d3's own constraint would centre the bounds and show what lies beyond them), then kept inside.
 */
export function insideBounds(transform: ZoomTransform, extent: Extent, bounds: Extent): ZoomTransform {
  const [[sx0, sy0], [sx1, sy1]] = extent;
  const [[bx0, by0], [bx1, by1]] = bounds;
  const least = Math.max((sx1 - sx0) / (bx1 - bx0), (sy1 - sy0) / (by1 - by0));
  let t = transform;
  if (t.k < least) {
    const [mx, my] = t.invert([(sx0 + sx1) / 2, (sy0 + sy1) / 2]);
    t = zoomIdentity.translate((sx0 + sx1) / 2 - least * mx, (sy0 + sy1) / 2 - least * my).scale(least);
  }
  // The view's overshoot past each side of the bounds, in world units; moved back inside.
  const dx0 = t.invertX(sx0) - bx0,
    dx1 = t.invertX(sx1) - bx1,
    dy0 = t.invertY(sy0) - by0,
    dy1 = t.invertY(sy1) - by1;
  return t.translate(dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1), dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1));
}
