// The compare view where WebGL is missing (Playwright project no-webgl, --disable-3d-apis): the
// second map is a 2D map too, clipped at the divider, under one camera with the main 2D map.
import { expect, test, type Page } from '@playwright/test';
import type { Map2D } from '../../src/lib/map2d/map2d';

declare global {
  interface Window {
    /** The compare view's second 2D map, exposed under automation (src/lib/map/test-handle.ts). */
    qnCompareMap2d?: Map2D;
  }
}

const cameras = (page: Page) =>
  page.evaluate(() => {
    const main = (window as unknown as { qnMap2d: Map2D }).qnMap2d.getCamera();
    const second = window.qnCompareMap2d!.getCamera();
    return { main: [...main.center, main.zoom], second: [...second.center, second.zoom] };
  });

test('2D maps: districts left, 2025 units right of the divider, one camera, divider by keyboard, off removes the second map', async ({ page }) => {
  await page.goto('/?v=2020&c=107.1,21.15,8.8&cmp=2025,none,,50');
  await page.waitForFunction(() => document.documentElement.dataset.map2d === 'ready', null, { timeout: 45_000 });
  await expect(page.getByTestId('compare-map')).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });

  // What each map draws under the same point right of the divider: the 2025 units on the second,
  // the districts on the main one (hidden there by the clip).
  const point: [number, number] = [800, 250];
  const hitsAt = (p: [number, number]) =>
    page.evaluate((p) => {
      const main = (window as unknown as { qnMap2d: Map2D }).qnMap2d;
      return { main: main.queryAt(p).map((h) => h.layer), second: window.qnCompareMap2d!.queryAt(p).map((h) => h.layer) };
    }, p);
  // (Hit tests read the paths of the last frame drawn.)
  await expect.poll(async () => (await hitsAt(point)).second).toContain('communes');
  const hits = await hitsAt(point);
  expect(hits.second).not.toContain('districts');
  expect(hits.main).toContain('districts');
  await expect(page.getByTestId('compare-title-right')).toContainText('Xã, phường 2025 (54)');

  let c = await cameras(page);
  expect(c.second).toEqual(c.main);
  // A drag right of the divider moves the second map; the main one follows.
  const before = c.main;
  await page.mouse.move(950, 600);
  await page.mouse.down();
  await page.mouse.move(850, 640, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await cameras(page)).main[0]).toBeGreaterThan(before[0]!);
  c = await cameras(page);
  for (let i = 0; i < 3; i++) expect(c.second[i]).toBeCloseTo(c.main[i]!, 9);

  const handle = page.getByTestId('compare-divider');
  await handle.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '40');
  expect(await page.getByTestId('compare-map').evaluate((el) => getComputedStyle(el).clipPath)).toBe('inset(0px 0px 0px 40%)');

  await page.getByTestId('compare-toggle').uncheck();
  await expect(page.getByTestId('compare-map')).toHaveCount(0);
  expect(await page.evaluate(() => window.qnCompareMap2d === undefined)).toBe(true);
  expect(await page.locator('canvas.map2d-canvas').count()).toBe(1);
});
