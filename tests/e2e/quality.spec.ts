// What makes the product pleasant and safe to use: accessibility (axe), phones (bottom sheets and
// touch), offline after the first visit, the Content-Security-Policy, and data shown as text.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, project, renderedIds, waitForIdle, openTab } from './helpers';

interface Index {
  units: { code: string; name: string; label: [number, number] }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Index;
const unit = (code: string) => index.units.find((u) => u.code === code)!;

/** Serious or critical accessibility problems on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

test('no serious or critical accessibility violation on the main views', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  expect(await seriousViolations(page), 'default view').toEqual([]);

  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  await expect(page.getByTestId('info-panel')).toBeVisible();
  expect(await seriousViolations(page), 'panel open').toEqual([]);

  await page.getByTestId('theme-select').selectOption('ntm');
  await openTab(page, 'filter');
  await page
    .getByTestId('filter-panel')
    .getByRole('checkbox', { name: 'Xã', exact: true })
    .check()
    .catch(() => undefined);
  expect(await seriousViolations(page), 'theme and filter').toEqual([]);

  await openTab(page, 'invest');
  await page.getByTestId('site-list').locator('li').first().getByRole('button').first().click();
  expect(await seriousViolations(page), 'investor').toEqual([]);

  await openTab(page, 'present');
  await page.getByTestId('present-builtin').click();
  await expect(page.getByTestId('slide-overlay')).toBeVisible();
  expect(await seriousViolations(page), 'presenting').toEqual([]);
});

test('the production page carries a Content-Security-Policy of its own origin, and nothing violates it', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  // Flows that load lazy code, draw patterns, export images and present.
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  await openTab(page, 'filter');
  await page.getByTestId('draw-polygon').click();
  await page.keyboard.press('Escape');
  await openTab(page, 'present');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe('quang-ninh-map.png');
  await page.getByTestId('present-builtin').click();
  await page.keyboard.press('End');
  await waitForIdle(page);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('names containing markup are shown as text', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">Xã <b>Ba</b> Chẽ';
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.units.find((u: { code: string }) => u.code === '06970').name = hostile;
    await route.fulfill({ response, json: data });
  });
  await openApp(page);
  await page.getByTestId('search-input').fill('Ba Chẽ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText(hostile);
  expect(await page.getByTestId('info-panel').locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('with the network gone, a reload shows the whole map from the cache', async ({ page, context }) => {
    await openApp(page);
    // The worker registers after the first view, then caches the app, data and the archive.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page
      .waitForFunction(async () => (await caches.keys()).length > 0 && !!navigator.serviceWorker.controller, null, { timeout: 30_000 })
      .catch(async () => {
        await page.reload();
        await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      });
    // The build's brotli/gzip copies are for the server (README "Deploying"): the cache holds the files they encode.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
      return urls;
    });
    expect(cached.filter((u) => /\/data\/communes_2025\.topo\.json/.test(u))).toHaveLength(1);
    expect(cached.filter((u) => /\.(br|gz)(\?|$)/.test(u))).toEqual([]);
    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
    expect(await renderedIds(page, 'communes-fill')).toHaveLength(54);
    expect(await page.evaluate(() => window.qnMap.queryRenderedFeatures({ layers: ['labels-communes'] }).length)).toBeGreaterThan(20);
    await expect(page.getByTestId('theme-select')).toBeEnabled();
    // A link with a view opens offline too.
    await page.goto('/?v=2020&t=indicator:income_per_capita&y=2023');
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
    expect((await renderedIds(page, 'districts-fill')).length).toBeGreaterThan(10);
    await context.setOffline(false);
  });
});

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /**
   * Two touches closer in time than this make a double tap (Chromium's gesture detector: 300 ms;
   * MapLibre's tap zoom: 500 ms between taps counts only within a few pixels).
   */
  const DOUBLE_TAP_MS = 400;

  /** Records when the page last saw a finger lift, on the page's own clock (event time stamps). */
  async function trackTouchEnds(page: Page) {
    await page.evaluate(() =>
      document.addEventListener('touchend', (e) => ((window as unknown as { lastTouchEnd: number }).lastTouchEnd = e.timeStamp), { capture: true }),
    );
  }

  /** Waits until the last finger lift is past the double-tap window (an event, not a fixed sleep). */
  async function pastDoubleTap(page: Page) {
    await page.waitForFunction((ms) => performance.now() - ((window as unknown as { lastTouchEnd?: number }).lastTouchEnd ?? -Infinity) > ms, DOUBLE_TAP_MS, {
      polling: 'raf',
    });
  }

  /** One touch gesture through the DevTools protocol: start, moves, end (Playwright only taps). */
  async function gesture(page: Page, steps: [number, number][][]) {
    const cdp = await page.context().newCDPSession(page);
    const send = (type: string, points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type: type as 'touchStart', touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    await send('touchStart', steps[0]!);
    // One move per frame, as a finger would.
    for (const points of steps.slice(1)) {
      await send('touchMove', points);
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await send('touchEnd', []);
    await cdp.detach();
  }

  test('the map fills the screen; tap selects into a bottom sheet; pan and pinch move the map', async ({ page }) => {
    // (Sites off, via the link, so a tap lands on the unit.)
    await openApp(page, '/?off=sites');
    await trackTouchEnds(page);
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(canvas.width).toBe(390);
    expect(canvas.height).toBeGreaterThan(700);
    await expect(page.getByTestId('deck-panel')).toBeHidden();

    const p = await project(page, unit('06970').label);
    await page.touchscreen.tap(p.x, p.y);
    const panel = page.getByTestId('info-panel');
    await expect(panel.locator('h2')).toHaveText(unit('06970').name);
    const box = (await panel.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    expect(Math.round(box.y + box.height)).toBe(844);
    await panel.getByRole('button', { name: 'Đóng' }).tap();
    await expect(panel).toBeHidden();
    // Past the double-tap window, and above where bottom sheets open.
    await pastDoubleTap(page);

    const before = await page.evaluate(() => ({ c: window.qnMap.getCenter().toArray(), z: window.qnMap.getZoom() }));
    await gesture(
      page,
      Array.from({ length: 12 }, (_, i) => [[150 + i * 10, 260 + i * 6]]),
    );
    await page.waitForFunction((c) => Math.abs(window.qnMap.getCenter().lng - c[0]) > 0.01, before.c);

    await pastDoubleTap(page);
    await gesture(
      page,
      Array.from({ length: 9 }, (_, i) => [
        [170 - i * 12, 300],
        [220 + i * 12, 300],
      ]),
    );
    await page.waitForFunction((z) => window.qnMap.getZoom() > z + 0.5, before.z);
  });

  test('the tools are a bottom sheet; a polygon drawn by taps filters the units', async ({ page }) => {
    await openApp(page, '/?off=sites');
    await trackTouchEnds(page);
    await page.getByTestId('tools-toggle').tap();
    const sheet = page.locator('#side');
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBe(390);
    expect(Math.round(box.y + box.height)).toBe(844);
    await page.locator('[role="tab"][data-tab="filter"]').tap();
    await page.getByTestId('draw-polygon').tap();
    // Drawing needs the map: the sheet has closed.
    await expect(sheet).toBeHidden();
    await waitForIdle(page);
    const c = await project(page, unit('06970').label);
    // Taps far enough apart in space and time not to count as a double tap (which finishes).
    for (const [dx, dy] of [
      [-22, -18],
      [22, -18],
      [0, 22],
    ] as const) {
      await page.touchscreen.tap(c.x + dx, c.y + dy);
      await pastDoubleTap(page);
    }
    await page.getByRole('button', { name: /Xong/ }).tap();
    await page.getByTestId('tools-toggle').tap();
    await expect(page.getByTestId('filter-results')).toContainText(unit('06970').name);
  });

  test('presenting on a phone: slides move with the buttons', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('tools-toggle').tap();
    await page.locator('[role="tab"][data-tab="present"]').tap();
    await page.getByTestId('present-builtin').tap();
    await expect(page.getByTestId('slide-number')).toHaveText('1 / 8');
    await page.getByRole('button', { name: 'Trang sau' }).tap();
    await expect(page.getByTestId('slide-number')).toHaveText('2 / 8');
  });
});
