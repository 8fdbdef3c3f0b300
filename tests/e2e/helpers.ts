// Shared steps for browser tests: open the app, wait for the map, read what is on screen.
import { expect, type Page } from '@playwright/test';
import { decodeAreas } from '../../src/lib/data/areas';
import { PNG } from 'pngjs';

declare global {
  interface Window {
    /** The app's main map, exposed under automation by src/lib/map/test-handle.ts. */
    qnMap: import('maplibre-gl').Map;
  }
}

/** Hosts the page requested, other than its own: must stay empty (the app is self-contained). */
export function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(request.url());
  });
  return foreign;
}

/** Opens the app and waits until the map is idle (all tiles loaded and drawn). */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
}

/**
 * Waits for the map's next idle after whatever was just done (a repaint forces one), once a flight
 * drawn by CSS transforms (software WebGL: map-owner.svelte.ts) has landed.
 */
export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.qnMap.getContainer().dataset.cssFlight);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.qnMap.once('idle', () => resolve());
        window.qnMap.triggerRepaint();
      }),
  );
}

/** Distinct feature ids rendered in a layer across the whole viewport. */
export async function renderedIds(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((l) => [...new Set(window.qnMap.queryRenderedFeatures({ layers: [l] }).map((f) => String(f.id)))].sort(), layer);
}

/** The screen position of a coordinate. */
export async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const p = await page.evaluate((ll) => window.qnMap.project(ll), lngLat);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Reads one pixel's colour from a screenshot of the page. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = PNG.sync.read(await page.screenshot());
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

/**
 * The most common colour in a 9×9 box around a screen point: the fill there, whatever outline,
 * hatch line or dot crosses the box.
 */
export async function dominantColourAt(page: Page, at: { x: number; y: number }): Promise<number[]> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: at.x - 4, y: at.y - 4, width: 9, height: 9 } }));
  const counts = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = `${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])[0]![0]
    .split(',')
    .map(Number);
}

/** Number of distinct colours in a screenshot region (a blank map has one or two). */
export async function distinctColours(page: Page): Promise<number> {
  const png = PNG.sync.read(await page.locator('.maplibregl-canvas').screenshot());
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) seen.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  return seen.size;
}

export async function expectPanelTitle(page: Page, name: string): Promise<void> {
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText(name);
}

export type SideTab = 'map' | 'filter' | 'invest' | 'present';

/** Opens a tab of the side column (map, filter, invest, present), as a person clicks it. */
export async function openTab(page: Page, tab: SideTab): Promise<void> {
  const button = page.locator(`[role="tab"][data-tab="${tab}"]`);
  await button.click();
  await expect(button).toHaveAttribute('aria-selected', 'true');
}

/** Turns a layer toggle on or off in the layer controls (on the map tab; the tab open before is reopened). */
export async function setLayer(page: Page, name: string, on: boolean): Promise<void> {
  const before = (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab')) as SideTab | null;
  if (before && before !== 'map') await openTab(page, 'map');
  const box = page.getByRole('region', { name: 'Lớp bản đồ' }).getByRole('checkbox', { name, exact: true });
  if (on) await box.check();
  else await box.uncheck();
  await waitForIdle(page);
  if (before && before !== 'map') await openTab(page, before);
}

/** A planner's own layer for the imported-feature tests: an area (with markup in an attribute), an unnamed line, a point. */
export function planLayer(): { name: string; mimeType: string; buffer: Buffer } {
  const area: [number, number][] = [
    [107.37, 21.23],
    [107.43, 21.23],
    [107.43, 21.27],
    [107.37, 21.27],
    [107.37, 21.23],
  ];
  const plan = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'Khu đất dự kiến', dien_tich_ha: 120, ghi_chu: '<b>in đậm?</b>' },
        geometry: { type: 'Polygon', coordinates: [area] },
      },
      {
        type: 'Feature',
        properties: { dien_tich_ha: null, ghi_chu: 'tuyến' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [107.5, 21.15],
            [107.6, 21.15],
          ],
        },
      },
      { type: 'Feature', properties: { name: 'Điểm khảo sát', dien_tich_ha: 1, ghi_chu: '' }, geometry: { type: 'Point', coordinates: [107.7, 21.05] } },
    ],
  };
  return { name: 'ke-hoach.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(plan)) };
}

/** The box [west, south, east, north] of the land drawn around the province (context kind country), as served. */
export async function contextLandOf(page: Page): Promise<[number, number, number, number]> {
  const context = decodeAreas(await page.evaluate(() => fetch('/data/context.topo.json').then((r) => r.json())))!;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0]!, x);
      box[1] = Math.min(box[1]!, y);
      box[2] = Math.max(box[2]!, x);
      box[3] = Math.max(box[3]!, y);
    } else (c as unknown[]).forEach(walk);
  };
  for (const f of context.features) if (f.properties?.kind === 'country' && f.geometry.type !== 'GeometryCollection') walk(f.geometry.coordinates);
  return box as [number, number, number, number];
}

/** Centres far past the maps' limits, one towards each corner: a jump there must keep the view inside. */
export const PUSHED_TOWARDS: [number, number][] = [
  [100, 30],
  [115, 30],
  [100, 15],
  [115, 15],
];

/** What one animation frame was about to paint: the shell's parts, and whether a map had been created. */
export interface FrameContent {
  header: boolean;
  controls: boolean;
  legend: boolean;
  map: boolean;
}

/**
 * Records, from the page's first animation frame on, what each frame is about to paint (an
 * animation-frame callback runs just before its frame's paint): the top bar, the side column's
 * controls and legend, and whether either map has created its canvas. Call before `page.goto`;
 * read with `recordedFrames`.
 */
export async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const frames: { header: boolean; controls: boolean; legend: boolean; map: boolean }[] = [];
    (window as unknown as { __qnFrames: typeof frames }).__qnFrames = frames;
    const tick = () => {
      frames.push({
        header: !!document.querySelector('header.topbar h1'),
        controls: !!document.querySelector('[data-testid=theme-select]'),
        legend: !!document.querySelector('#side .legend'),
        map: !!document.querySelector('canvas.map2d-canvas, canvas.maplibregl-canvas'),
      });
      if (frames.length < 600 && !document.documentElement.dataset.mapIdle) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The frames `recordFrames` saw. */
export const recordedFrames = (page: Page): Promise<FrameContent[]> => page.evaluate(() => (window as unknown as { __qnFrames: FrameContent[] }).__qnFrames);

/** Index of the first frame that painted the whole shell (top bar, controls, legend), and of the first with a map. */
export function shellAndMapFrames(frames: FrameContent[]): { shell: number; map: number } {
  return { shell: frames.findIndex((f) => f.header && f.controls && f.legend), map: frames.findIndex((f) => f.map) };
}
