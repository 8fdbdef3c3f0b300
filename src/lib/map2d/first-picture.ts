// The first picture: the build-time home.svg placed under the current camera (no d3, no canvas), then faded out.
import { bootPicture } from './boot-picture';
import { mercatorXY, TILE_SIZE, worldSize, type Bbox, type Camera, type Viewport } from './camera';

/** home.svg's user units are world pixels at this zoom (pipeline/steps/home-svg.ts writes it). */
export const HOME_SVG_ZOOM = 9;
export const HOME_SVG_URL = '/data/home.svg';

/**
 * The box home.svg covers, in world pixels at HOME_SVG_ZOOM: the map's bounds widened to whole pixels.
 * @example homeSvgBox([105.64, 20.44, 108.39, 21.86]) // { x0: 207996, y0: 114753, x1: 210000, y1: 115862 }
 */
export function homeSvgBox(bounds: Bbox): { x0: number; y0: number; x1: number; y1: number } {
  const k = TILE_SIZE * 2 ** HOME_SVG_ZOOM;
  const [wx, ny] = mercatorXY([bounds[0], bounds[3]]);
  const [ex, sy] = mercatorXY([bounds[2], bounds[1]]);
  return { x0: Math.floor(wx * k), y0: Math.floor(ny * k), x1: Math.ceil(ex * k), y1: Math.ceil(sy * k) };
}

/** Where home.svg goes on screen (CSS pixels) for a camera, so it lines up with the WebGL map. */
export function placeHomeSvg(bounds: Bbox, camera: Camera, viewport: Viewport): { left: number; top: number; width: number; height: number } {
  const box = homeSvgBox(bounds);
  const s = worldSize(camera.zoom) / (TILE_SIZE * 2 ** HOME_SVG_ZOOM);
  const [cx, cy] = mercatorXY(camera.center);
  const k = worldSize(camera.zoom);
  return {
    left: box.x0 * s - cx * k + viewport.width / 2,
    top: box.y0 * s - cy * k + viewport.height / 2,
    width: (box.x1 - box.x0) * s,
    height: (box.y1 - box.y0) * s,
  };
}

export interface FirstPicture {
  readonly element: HTMLElement;
  /** Resolves once the picture is decoded and on the page. */
  readonly ready: Promise<void>;
  /** Follows a camera (call on the WebGL map's move events until it is faded). */
  moveTo(camera: Camera): void;
  /** Fades out over `ms` (the WebGL map under it shows through), then removes itself. */
  fadeOut(ms?: number): Promise<void>;
}

/**
 * Shows home.svg in `container` (which should be position: relative and clip its overflow),
 * placed for `camera`. The picture is decorative: the map under it carries the accessible name.
 */
export function showFirstPicture(container: HTMLElement, bounds: Bbox, camera: Camera, url = HOME_SVG_URL): FirstPicture {
  // The picture index.html already shows (boot-picture.ts) is taken over when it is the same one.
  const boot = bootPicture();
  const bootImg = boot?.firstElementChild;
  // (On a software GPU the boot script has drawn it into a canvas: see src/boot/boot.js.)
  const reuse =
    (bootImg instanceof HTMLImageElement && new URL(bootImg.src, location.href).pathname === url) ||
    (bootImg instanceof HTMLCanvasElement && bootImg.dataset.src === url);
  if (boot && !reuse) boot.remove();
  const wrap = reuse ? boot! : document.createElement('div');
  // (The boot script, still decoding, then leaves the <img> as it is: src/boot/boot.js.)
  if (reuse) wrap.dataset.taken = 'map';
  wrap.className = 'first-picture';
  wrap.setAttribute('aria-hidden', 'true');
  wrap.style.cssText = 'position:absolute;inset:0;overflow:hidden;pointer-events:none;z-index:1;';
  const img: HTMLImageElement | HTMLCanvasElement = reuse ? (bootImg as HTMLImageElement | HTMLCanvasElement) : new Image();
  img.style.cssText = 'position:absolute;max-width:none;transform-origin:0 0;';
  if (!reuse && img instanceof HTMLImageElement) {
    img.alt = '';
    img.decoding = 'async';
    img.src = url;
    wrap.appendChild(img);
  }
  container.appendChild(wrap);
  const moveTo = (c: Camera) => {
    const p = placeHomeSvg(bounds, c, { width: container.clientWidth, height: container.clientHeight });
    img.style.left = `${p.left}px`;
    img.style.top = `${p.top}px`;
    img.style.width = `${p.width}px`;
    img.style.height = `${p.height}px`;
  };
  moveTo(camera);
  return {
    element: wrap,
    ready: img instanceof HTMLImageElement ? img.decode().catch(() => undefined) : Promise.resolve(),
    moveTo,
    fadeOut: (ms = 300) => fadeAndRemove(wrap, ms),
  };
}

/** Fades an element out over `ms` (at once with reduced motion), then removes it. */
export function fadeAndRemove(element: HTMLElement, ms: number): Promise<void> {
  return new Promise<void>((done) => {
    const finish = () => {
      element.remove();
      done();
    };
    if (ms <= 0 || globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return finish();
    element.style.transition = `opacity ${ms}ms ease-out`;
    requestAnimationFrame(() => {
      element.style.opacity = '0';
      setTimeout(finish, ms + 50);
    });
  });
}
