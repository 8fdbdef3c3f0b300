// The first picture of a themed or non-home link: the view description drawn by the Canvas 2D renderer from the light
// GeoJSON, in the camera the WebGL map opens with, until that map cross-fades in over it. Loaded with import() only for such links.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AreaFile } from '../data/areas';
import { loadGeometry } from '../data/load';
import type { Site } from '../data/site-types';
import type { BaseData } from './base-scene';
import { mercatorXY, worldSize, type Camera, type Viewport } from './camera';
import { fadeAndRemove, type FirstPicture } from './first-picture';
import { sceneFromView, type SceneInput } from './from-scene';
import { CanvasRenderer } from './renderer';

type Areas = FeatureCollection<Polygon | MultiPolygon>;

/**
 * The CSS transform that moves a picture drawn for camera `from` to where camera `to` shows the
 * same places (scale about the top-left corner, then shift), for a viewport in CSS pixels.
 * @example pictureTransform({ center: [107, 21], zoom: 9 }, { center: [107, 21], zoom: 10 }, { width: 800, height: 600 }) // { scale: 2, x: -400, y: -300 }
 */
export function pictureTransform(from: Camera, to: Camera, viewport: Viewport): { scale: number; x: number; y: number } {
  const k0 = worldSize(from.zoom);
  const k1 = worldSize(to.zoom);
  const scale = k1 / k0;
  const [ax, ay] = mercatorXY(from.center);
  const [bx, by] = mercatorXY(to.center);
  return { scale, x: (viewport.width / 2) * (1 - scale) + (ax - bx) * k1, y: (viewport.height / 2) * (1 - scale) + (ay - by) * k1 };
}

export interface ScenePictureOptions {
  /** The camera the WebGL map opens with. */
  camera: Camera;
  /** The view description when the data is there (read then: the theme's colours must be known). */
  scene: () => SceneInput;
  /** The sites, if loaded by then. */
  sites: () => Site[];
  /** A lng/lat near the data (the renderer's local origin). */
  origin: [number, number];
}

/**
 * Loads the light areas the view needs, draws the view on a canvas in `container` (which should
 * be position: relative and clip its overflow) and resolves once it is on the page.
 */
export async function showScenePicture(container: HTMLElement, options: ScenePictureOptions): Promise<FirstPicture> {
  const areaLayer = options.scene().areaLayer;
  const load = (name: AreaFile) => loadGeometry(name) as Promise<Areas>;
  const [areas, zones, context] = await Promise.all([
    load(areaLayer === 'communes' ? 'communes_2025' : 'districts_2020'),
    load('economic_zones'),
    load('context'),
  ]);
  const data: BaseData =
    areaLayer === 'communes'
      ? { communes: areas, zones, context, sites: options.sites() }
      : { communes: { type: 'FeatureCollection', features: [] }, districts: areas, zones, context, sites: options.sites() };
  const wrap = document.createElement('div');
  wrap.className = 'first-picture first-picture-2d';
  wrap.setAttribute('aria-hidden', 'true');
  wrap.style.cssText = 'position:absolute;inset:0;overflow:hidden;pointer-events:none;z-index:1;';
  const canvas = document.createElement('canvas');
  canvas.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;transform-origin:0 0;';
  wrap.appendChild(canvas);
  const viewport: Viewport = { width: container.clientWidth || 1, height: container.clientHeight || 1 };
  const renderer = new CanvasRenderer(canvas, options.origin);
  renderer.render(sceneFromView(options.scene(), data, options.camera.zoom), options.camera, viewport, globalThis.devicePixelRatio || 1);
  // Tests read where the picture was drawn from (the camera, the time it took).
  canvas.dataset.camera = JSON.stringify(options.camera);
  canvas.dataset.drawMs = renderer.lastFrame.ms.toFixed(1);
  container.appendChild(wrap);
  return {
    element: wrap,
    ready: Promise.resolve(),
    // Following the WebGL map's camera moves the drawn picture (no redraw while MapLibre starts).
    moveTo(camera) {
      const t = pictureTransform(options.camera, camera, viewport);
      canvas.style.transform = `matrix(${t.scale},0,0,${t.scale},${t.x},${t.y})`;
    },
    fadeOut: (ms = 300) => fadeAndRemove(wrap, ms),
  };
}
