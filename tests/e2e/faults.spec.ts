// Faults injected by the test: the person sees a plain message and the rest of the app keeps working.
import { expect, test, type Page } from '@playwright/test';
import { openApp, openTab, renderedIds, setLayer, waitForIdle } from './helpers';

async function labelsStillDrawn(page: Page) {
  const labels = await page.evaluate(() => window.qnMap.queryRenderedFeatures({ layers: ['labels-communes'] }).length);
  expect(labels).toBeGreaterThan(20);
}

test('tile archive missing (404): a plain message; labels, figures and lists still work', async ({ page }) => {
  await page.route('**/tiles/quangninh.pmtiles', (r) => r.fulfill({ status: 404, body: 'not found' }));
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy tệp bản đồ nền (quangninh.pmtiles).');
  await expect(page.getByRole('alert')).toContainText('vẫn dùng được');
  await labelsStillDrawn(page);
  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  await expect(page.getByTestId('info-panel')).toContainText('45.300');
  await openTab(page, 'invest');
  await expect(page.getByTestId('site-list').locator('li')).toHaveCount(29);
});

test('tile archive that is not PMTiles, or truncated: said so, no blank page', async ({ page }) => {
  await page.route('**/tiles/quangninh.pmtiles', (r) => r.fulfill({ status: 200, body: 'not a pmtiles archive '.repeat(40) }));
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('không phải định dạng PMTiles');
  await labelsStillDrawn(page);

  await page.unroute('**/tiles/quangninh.pmtiles');
  await page.route('**/tiles/quangninh.pmtiles', async (r) => {
    const response = await r.fetch();
    r.fulfill({ status: 206, headers: response.headers(), body: (await response.body()).subarray(0, 50) });
  });
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('bị hỏng hoặc không đầy đủ');
  await labelsStillDrawn(page);
});

test('facts.json malformed: message, the map and its panels work, the theme picker is off', async ({ page }) => {
  await page.route('**/data/facts.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"version": 1, "facts": [' }));
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('/data/facts.json');
  await expect(page.getByRole('alert')).toContainText('Bản đồ vẫn hoạt động');
  expect(await renderedIds(page, 'communes-fill')).toHaveLength(54);
  await expect(page.getByTestId('theme-select')).toBeDisabled();
});

test('sites.json missing: message; the rest of the map works', async ({ page }) => {
  await page.route('**/data/sites.json', (r) => r.fulfill({ status: 404, body: '' }));
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('/data/sites.json: HTTP 404');
  expect(await renderedIds(page, 'communes-fill')).toHaveLength(54);
});

test('index.json missing: a message instead of a blank page', async ({ page }) => {
  await page.route('**/data/index.json', (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('/data/index.json: HTTP 404');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a lost WebGL context comes back with the same view, layers and theme', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await setLayer(page, 'Khu kinh tế', false);
  const before = await page.evaluate(() => ({ center: window.qnMap.getCenter().toArray(), zoom: window.qnMap.getZoom() }));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const gl = window.qnMap.getCanvas().getContext('webgl2') ?? window.qnMap.getCanvas().getContext('webgl');
        const ext = gl!.getExtension('WEBGL_lose_context')!;
        window.qnMap.once('webglcontextlost', () => setTimeout(() => ext.restoreContext(), 50));
        window.qnMap.once('webglcontextrestored', () => window.qnMap.once('style.load', () => resolve()));
        ext.loseContext();
      }),
  );
  await waitForIdle(page);
  const after = await page.evaluate(() => ({ center: window.qnMap.getCenter().toArray(), zoom: window.qnMap.getZoom() }));
  expect(after).toEqual(before);
  expect(await renderedIds(page, 'communes-fill')).toHaveLength(54);
  expect(await renderedIds(page, 'zones-line')).toEqual([]);
  expect(await page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'communes_2025', id: '07090' }).fill)).toBe('#225ea8');
});

test('a tile that fails to decode: said plainly; the other tiles, labels and panels still work', async ({ page }) => {
  let damaged = false;
  await page.route('**/tiles/quangninh.pmtiles', async (route) => {
    const response = await route.fetch();
    const range = route.request().headers().range ?? '';
    const start = Number(/bytes=(\d+)/.exec(range)?.[1] ?? 0);
    // The first request reads the header and directory; the first tile read after it is spoiled.
    if (start > 0 && !damaged) {
      damaged = true;
      const body = Buffer.alloc((await response.body()).length, 0x5a);
      return route.fulfill({ response, body });
    }
    return route.fulfill({ response });
  });
  await openApp(page);
  expect(damaged).toBe(true);
  await expect(page.getByRole('alert')).toContainText('Một phần bản đồ không vẽ được');
  await labelsStillDrawn(page);
  expect((await renderedIds(page, 'communes-fill')).length).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  await expect(page.getByTestId('info-panel')).toContainText('45.300');
});

test('the font fails to load: labels fall back to a system font, with a note', async ({ page }) => {
  await page.route(/\.woff2?$/, (r) => r.fulfill({ status: 404, body: '' }));
  await openApp(page);
  await labelsStillDrawn(page);
  await expect(page.getByRole('status').filter({ hasText: 'Phông chữ' })).toContainText('phông chữ của hệ thống');
  // The page itself still reads in Vietnamese.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quy hoạch phát triển tỉnh Quảng Ninh');
});
