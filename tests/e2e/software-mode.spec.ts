// Software WebGL (SwiftShader, as office PCs and virtual desktops without a GPU get) and no stored
// choice (Playwright project `software`): the app draws with the 2D map and never downloads MapLibre;
// a person can still choose the WebGL map, which is remembered; `?renderer=` overrides for a link.
import { expect, test, type Page } from '@playwright/test';
import { recordedFrames, recordFrames, shellAndMapFrames } from './helpers';

/** MapLibre's chunk and its worker (both carry the name in the build). */
const isMapLibre = (url: string) => /maplibre/i.test(new URL(url).pathname);

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

const open2D = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.map2d === 'ready', null, { timeout: 45_000 });
/** MapLibre's map is up (the test handle) and has drawn all it shows. */
const openWebGL = (page: Page) =>
  page.waitForFunction(() => !!(window as any).qnMap?.loaded() && document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });

test('software WebGL: the 2D map with a note saying why, and no MapLibre byte fetched', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/');
  await open2D(page);
  await expect(page.locator('html')).toHaveAttribute('data-renderer', '2d');
  await expect(page.locator('html')).toHaveAttribute('data-renderer-reason', 'software');
  const note = page.getByTestId('map2d-note');
  await expect(note).toHaveAttribute('data-webgl', 'software');
  await expect(note.locator('summary')).toContainText('không có bộ xử lý đồ hoạ (GPU)');
  await expect(page.getByTestId('map2d').locator('canvas')).toBeVisible();
  // The 2D map's "idle" (everything in view drawn) comes too; the bench reads it.
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
  await expect(page.locator('#first-picture')).toHaveCount(0);
  expect(requests.filter(isMapLibre), 'MapLibre chunk or worker requested').toEqual([]);
  expect(
    requests.some((url) => url.includes('.pmtiles')),
    'tile archive requested',
  ).toBe(false);
  expect(await page.evaluate(() => 'qnMap' in window)).toBe(false);
});

test('shell first: the top bar, the controls and the legend are painted in a frame before the 2D map is created', async ({ page }) => {
  await recordFrames(page);
  await page.goto('/');
  await open2D(page);
  const { shell, map } = shellAndMapFrames(await recordedFrames(page));
  expect(shell, 'a frame painted the whole shell').toBeGreaterThanOrEqual(0);
  expect(map, 'a frame painted the map').toBeGreaterThan(shell);
});

test('"use the WebGL map" switches to MapLibre with the view kept, and is remembered after a reload', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/?c=107.3,21.1,9.5');
  await open2D(page);
  await page.getByTestId('map2d-note').locator('summary').click();
  await page.getByTestId('use-webgl').click();
  await openWebGL(page);
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  await expect(page.getByTestId('map2d')).toHaveCount(0);
  expect(requests.some(isMapLibre)).toBe(true);
  const camera = await page.evaluate(() => ({ center: (window as any).qnMap.getCenter().toArray(), zoom: (window as any).qnMap.getZoom() }));
  expect(camera.zoom).toBeCloseTo(9.5, 1);
  expect(camera.center[0]).toBeCloseTo(107.3, 2);
  expect(await page.evaluate(() => localStorage.getItem('qn.renderer'))).toBe('webgl');
  // The choice is the person's, not the link's: the app never writes it into the URL.
  expect(new URL(page.url()).searchParams.has('renderer')).toBe(false);

  await page.reload();
  await openWebGL(page);
  await expect(page.locator('html')).toHaveAttribute('data-renderer', 'webgl');
  await expect(page.locator('html')).toHaveAttribute('data-renderer-reason', 'stored');
  await expect(page.getByTestId('map2d')).toHaveCount(0);
});

test('?renderer=2d in a link draws the 2D map even where WebGL was chosen', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('qn.renderer', 'webgl'));
  const requests = recordRequests(page);
  await page.goto('/?renderer=2d');
  await open2D(page);
  await expect(page.locator('html')).toHaveAttribute('data-renderer-reason', 'link');
  await expect(page.getByTestId('use-webgl')).toHaveCount(1);
  expect(requests.filter(isMapLibre)).toEqual([]);
});
