// The compare view (a swipe between two states of the map) as a planner and a presenter use it:
// districts against the 2025 units side by side, the divider by keyboard and mouse, one camera,
// the link and a slide that carry it, and the second map gone when compare is off.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { openApp, openTab, waitForIdle } from './helpers';

declare global {
  interface Window {
    /** The compare view's second map, exposed under automation (src/lib/map/test-handle.ts). */
    qnCompareMap?: import('maplibre-gl').Map;
  }
}

const CAMERA = 'c=107.1,21.15,8.8';
const divider = (page: Page) => page.getByTestId('compare-divider');

/** Waits until the second map exists and has drawn everything (a repaint forces a fresh idle). */
async function waitForCompareIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !!window.qnCompareMap, null, { timeout: 45_000 });
  await waitForIdle(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.qnCompareMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Pixels of a region that differ (any channel by more than 40) between two screenshots. */
function differing(a: PNG, b: PNG, box: { x0: number; x1: number; y0: number; y1: number }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!)) > 40) n++;
    }
  return n;
}

const centres = (page: Page) =>
  page.evaluate(() => ({
    main: [window.qnMap.getCenter().lng, window.qnMap.getCenter().lat, window.qnMap.getZoom()],
    second: [window.qnCompareMap!.getCenter().lng, window.qnCompareMap!.getCenter().lat, window.qnCompareMap!.getZoom()],
  }));

test('districts against the 2025 units: left of the divider looks like the districts map, right like the 2025 map', async ({ page }) => {
  // (Three pages drawn in full under software WebGL.)
  test.setTimeout(180_000);
  // (Once the first picture, home.svg, has faded out: it would cover part of the map.)
  const shot = async (name: string) => {
    await expect(page.locator('.first-picture')).toHaveCount(0);
    return PNG.sync.read(await page.screenshot({ path: test.info().outputPath(`${name}.png`) }));
  };
  await openApp(page, `/?v=2020&${CAMERA}`);
  await waitForIdle(page);
  const districts = await shot('districts');
  await openApp(page, `/?${CAMERA}`);
  await waitForIdle(page);
  const units = await shot('units');
  await openApp(page, `/?v=2020&${CAMERA}&cmp=2025,none,,50`);
  await waitForCompareIdle(page);
  const compared = await shot('compared');

  // Away from the side column (x < 312), the side cards (top), the divider (x 640 ± 20), and the
  // credits and any problem note (bottom).
  const left = { x0: 330, x1: 615, y0: 230, y1: 680 };
  const right = { x0: 665, x1: 1260, y0: 230, y1: 680 };
  const leftVsDistricts = differing(compared, districts, left);
  const leftVsUnits = differing(compared, units, left);
  const rightVsUnits = differing(compared, units, right);
  const rightVsDistricts = differing(compared, districts, right);
  // The two versions do look different there (boundaries, hatching, labels)…
  expect(differing(districts, units, left)).toBeGreaterThan(500);
  expect(differing(districts, units, right)).toBeGreaterThan(500);
  // …and each half shows its own.
  expect(leftVsDistricts).toBeLessThan(leftVsUnits / 5);
  expect(rightVsUnits).toBeLessThan(rightVsDistricts / 5);

  // Each half is labelled with its version.
  await expect(page.getByTestId('compare-title-left')).toContainText('Huyện 2020–2025 (13)');
  await expect(page.getByTestId('compare-title-right')).toContainText('Xã, phường 2025 (54)');
  await expect(page.getByTestId('compare-card-left')).toContainText('Ranh giới gần đúng');
});

test('the divider moves by keyboard (arrows, Shift, Home, End) and by dragging; the clip follows', async ({ page }) => {
  await openApp(page, `/?v=2020&${CAMERA}&cmp=2025,none,,50`);
  await waitForCompareIdle(page);
  const handle = divider(page);
  await expect(handle).toHaveAttribute('role', 'separator');
  await expect(handle).toHaveAttribute('aria-valuenow', '50');
  const clip = () => page.getByTestId('compare-map').evaluate((el) => getComputedStyle(el).clipPath);
  expect(await clip()).toBe('inset(0px 0px 0px 50%)');

  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '51');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '61');
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '60');
  expect(await clip()).toBe('inset(0px 0px 0px 60%)');
  // The line stands where the clip is.
  const line = (await handle.boundingBox())!;
  expect(line.x + line.width / 2).toBeCloseTo(1280 * 0.6, 0);
  // A visible focus ring on the handle.
  await expect(handle.locator('.grip')).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', '5');
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', '95');
  expect(await clip()).toBe('inset(0px 0px 0px 95%)');
  // The map did not pan with the arrows (the divider had them).
  await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('2025,none,,95');

  // Dragging the handle.
  const grip = (await handle.locator('.grip').boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(700, grip.y, { steps: 5 });
  await page.mouse.move(896, grip.y, { steps: 5 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '70');
  expect(await clip()).toBe('inset(0px 0px 0px 70%)');
});

test('one camera: panning either map moves the other', async ({ page }) => {
  await openApp(page, `/?v=2020&${CAMERA}&cmp=2025,none,,50`);
  await waitForCompareIdle(page);
  let c = await centres(page);
  expect(c.second).toEqual(c.main);

  // Drag on the main map (left half).
  await page.mouse.move(450, 600);
  await page.mouse.down();
  await page.mouse.move(520, 560, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => !window.qnMap.isMoving() && !window.qnCompareMap!.isMoving());
  c = await centres(page);
  expect(c.main[0]).not.toBeCloseTo(107.1, 3);
  expect(c.second).toEqual(c.main);

  // Drag on the second map (right half): the main map follows, and reports the camera to the link.
  const before = c.main;
  await page.mouse.move(950, 600);
  await page.mouse.down();
  await page.mouse.move(850, 650, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => !window.qnMap.isMoving() && !window.qnCompareMap!.isMoving());
  c = await centres(page);
  expect(c.main[0]).toBeGreaterThan(before[0]!);
  expect(c.second[0]).toBeCloseTo(c.main[0]!, 9);
  expect(c.second[1]).toBeCloseTo(c.main[1]!, 9);
  expect(c.second[2]).toBeCloseTo(c.main[2]!, 9);
  await expect.poll(() => new URL(page.url()).searchParams.get('c')?.split(',')[0]).toBe(c.main[0]!.toFixed(5).replace(/0+$/, ''));
});

test('compare from the Map tab: the other version, then a theme on the right; off removes the second map', async ({ page }) => {
  await openApp(page, '/?v=2020');
  await openTab(page, 'map');
  await expect(page.getByTestId('compare-map')).toHaveCount(0);
  await page.getByTestId('compare-toggle').check();
  await expect(page.getByTestId('compare-version-2025')).toBeChecked();
  await waitForCompareIdle(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('2025,none,,50');
  expect(await page.evaluate(() => window.qnCompareMap!.getLayoutProperty('communes-fill', 'visibility') ?? 'visible')).toBe('visible');
  expect(await page.evaluate(() => window.qnMap.getLayoutProperty('communes-fill', 'visibility'))).toBe('none');

  // NTM on the right: its legend (the main legend's rows, with counts) in the right card.
  await page.getByTestId('compare-theme').selectOption('ntm');
  const right = page.getByTestId('compare-card-right');
  await expect(right.locator('[data-testid="theme-legend"] li[data-key="nang_cao"]')).toBeVisible();
  await expect(right.locator('[data-testid="theme-legend"] li[data-key="no_data"] .count')).toBeVisible();
  await expect(page.getByTestId('compare-title-right')).toContainText('Nông thôn mới');
  await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('2025,ntm,,50');
  // An indicator moves the right side to the districts, with a year.
  await page.getByTestId('compare-theme').selectOption('indicator:income_per_capita');
  await expect(page.getByTestId('compare-version-2020')).toBeChecked();
  await expect(page.getByTestId('compare-year')).toHaveValue('2023');
  await page.getByTestId('compare-year').selectOption('2021');
  await expect(page.getByTestId('compare-title-right')).toContainText('2021');
  await expect(right.getByTestId('legend-coverage')).toContainText('năm 2021');
  await expect(right).toContainText('Số liệu:');

  await page.getByTestId('compare-toggle').uncheck();
  await expect(page.getByTestId('compare-map')).toHaveCount(0);
  await expect(page.getByTestId('compare-view')).toHaveCount(0);
  expect(await page.evaluate(() => window.qnCompareMap === undefined)).toBe(true);
  expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
  await expect.poll(() => new URL(page.url()).searchParams.has('cmp')).toBe(false);
});

test('the link round trip restores compare, divider and all', async ({ page }) => {
  // (Three pages opened under software WebGL.)
  test.setTimeout(150_000);
  await openApp(page, `/?v=2020&${CAMERA}&cmp=2025,none,,50`);
  await expect(divider(page)).toBeVisible();
  await divider(page).focus();
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '30');
  await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('2025,none,,30');
  const link = page.url();

  await openApp(page, '/');
  await expect(page.getByTestId('compare-map')).toHaveCount(0);
  await openApp(page, link.replace(/^https?:\/\/[^/]+/, ''));
  await page.waitForFunction(() => !!window.qnCompareMap, null, { timeout: 45_000 });
  await expect(divider(page)).toHaveAttribute('aria-valuenow', '30');
  await expect(page.getByTestId('compare-title-left')).toContainText('Huyện 2020–2025 (13)');
  await expect(page.getByTestId('compare-title-right')).toContainText('Xã, phường 2025 (54)');
  expect(await page.getByTestId('compare-map').evaluate((el) => getComputedStyle(el).clipPath)).toBe('inset(0px 0px 0px 30%)');
});

test.describe('presenting', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a slide that stores compare shows it; the focused divider keeps its arrows, the presenter keys still move slides', async ({ page }) => {
    await openApp(page, `/?v=2020&${CAMERA}&cmp=2025,none,,40`);
    await waitForCompareIdle(page);
    await openTab(page, 'present');
    await page.getByTestId('add-slide').click();
    await openTab(page, 'map');
    await page.getByTestId('compare-toggle').uncheck();
    await expect(page.getByTestId('compare-map')).toHaveCount(0);
    await openTab(page, 'present');
    await page.getByTestId('add-slide').click();
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('qn-map.deck')!).slides.map((s: { view: { compare?: unknown } }) => s.view.compare ?? null),
    );
    expect(stored).toEqual([{ adminVersion: '2025', theme: { id: 'none', year: null, method: 'quantile', classes: 5 }, split: 40 }, null]);

    await page.getByTestId('present-mine').click();
    await expect(page.getByTestId('slide-number')).toHaveText('1 / 2');
    await waitForCompareIdle(page);
    await expect(divider(page)).toHaveAttribute('aria-valuenow', '40');
    await expect(page.getByTestId('compare-card-right')).toBeVisible();

    await divider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(divider(page)).toHaveAttribute('aria-valuenow', '41');
    await expect(page.getByTestId('slide-number')).toHaveText('1 / 2');

    // Focus elsewhere: the arrows move slides again; slide 2 has no compare view.
    await page.getByTestId('slide-title').click();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-number')).toHaveText('2 / 2');
    await expect(page.getByTestId('compare-map')).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('slide-number')).toHaveText('1 / 2');
    await expect(page.getByTestId('compare-map')).toHaveCount(1);
    await expect(divider(page)).toHaveAttribute('aria-valuenow', '40');
  });
});
