// The app's core flows in a Chromium without WebGL (--disable-3d-apis), as on office PCs without a
// usable GPU: the 2D map (src/lib/map2d) takes over, reached by tests as `window.qnMap2d`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Site } from '../../src/lib/data/site-types';
import type { Map2D } from '../../src/lib/map2d/map2d';
import { decodeAreas } from '../../src/lib/data/areas';
import { classify } from '../../src/lib/geo/classify';
import { OVERVIEW_MAX_LEVEL } from '../../src/lib/map2d/overview';
import { mapTheme } from '../../src/lib/style/map-theme';
import { NO_DATA_COLOUR, NTM_COLOURS, indicatorPalette } from '../../src/lib/style/palette';
import { PUSHED_TOWARDS, contextLandOf, openTab, type SideTab, dominantColourAt, pixelAt, planLayer } from './helpers';

declare global {
  interface Window {
    /** The app's 2D map, exposed under automation by src/lib/map2d/Map2DView.svelte. */
    qnMap2d: Map2D;
  }
}

interface Index {
  units: { code: string; name: string; label: [number, number] }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Index;
const unit = (code: string) => index.units.find((u) => u.code === code)!;
const sites = JSON.parse(readFileSync(new URL('../../public/data/sites.json', import.meta.url), 'utf8')) as Site[];
const site = (id: string) => sites.find((s) => s.id === id)!;
const IMPORT_FIXTURES = join(import.meta.dirname, '../fixtures/in/import');
/** [west, south, east, north] of the land the 2D map draws around the province (context kind country: China, Vietnam), as served. */
/** Opens the app and waits until the 2D map answers input. */
async function open2D(page: Page, path = '/') {
  await page.goto(path);
  await page.waitForFunction(() => document.documentElement.dataset.map2d === 'ready', null, { timeout: 45_000 });
}
/** Screen position (page pixels) of a lng/lat on the 2D map. */
async function screenOf(page: Page, lngLat: [number, number]) {
  const box = (await page.getByTestId('map2d').boundingBox())!;
  const [x, y] = await page.evaluate((ll) => window.qnMap2d.project(ll), lngLat);
  return { x: box.x + x, y: box.y + y };
}
/** Turns a layer toggle on or off (as helpers.ts' setLayer, without waiting for MapLibre). */
async function setLayer(page: Page, name: string, on: boolean): Promise<void> {
  const before = (await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab')) as SideTab | null;
  if (before && before !== 'map') await openTab(page, 'map');
  const box = page.getByRole('region', { name: 'Lớp bản đồ' }).getByRole('checkbox', { name, exact: true });
  if (on) await box.check();
  else await box.uncheck();
  if (before && before !== 'map') await openTab(page, before);
}
const cameraOf = (page: Page) => page.evaluate(() => window.qnMap2d.getCamera());
/** Waits for the next drawn frame (the scene was set, a frame drawn). */
const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
/** The most common colour in a 9×9 box around a map point (ignores outlines and dots). */
const colourAt = async (page: Page, lngLat: [number, number]) => dominantColourAt(page, await screenOf(page, lngLat));
const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const offFrom = (actual: number[], expected: string) => Math.max(...actual.map((v, i) => Math.abs(v - hex(expected)[i]!)));
function expectColour(actual: number[], expected: string, what: string) {
  expect(offFrom(actual, expected), `${what}: rendered rgb(${actual}) vs ${expected}`).toBeLessThanOrEqual(6);
}
/** A site symbol's look on the 2D map. */
const symbolOf = (page: Page, id: string) => page.evaluate((i) => window.qnMap2d.getScene().symbols.find((s) => s.id === i) ?? null, id);

test('default view: the 2D map shows all 54 units, each under its label point, with the note on how to get the full map', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open2D(page);
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  const note = page.getByTestId('map2d-note');
  await expect(note).toContainText('tăng tốc đồ hoạ');
  await note.locator('summary').click();
  await expect(note).toContainText('Sử dụng tính năng tăng tốc đồ hoạ khi có');
  const viewport = (await page.getByTestId('map2d').boundingBox())!;
  const found = await page.evaluate(
    (units) =>
      units.map((u) => {
        const p = window.qnMap2d.project(u.label);
        return { code: u.code, p, hit: window.qnMap2d.queryAt(p).find((h) => h.layer === 'communes')?.id ?? null };
      }),
    index.units,
  );
  expect(found).toHaveLength(54);
  for (const f of found) {
    expect(f.p[0] > 0 && f.p[1] > 0 && f.p[0] < viewport.width && f.p[1] < viewport.height, `${f.code} on screen`).toBe(true);
    expect(f.hit, `unit under ${f.code}'s label point`).toBe(f.code);
  }
  // No raw library message reaches the page.
  await expect(page.locator('body')).not.toContainText(/GPUInitializationError|WebGL2 is required|openstreetmap/i);
  expect(errors).toEqual([]);
});

test('click a unit → its panel; hover marks it; pan and zoom with wheel and keyboard', async ({ page }) => {
  await open2D(page);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  const at = await screenOf(page, unit('06970').label);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Xã Ba Chẽ');
  const hover = await screenOf(page, unit('06652').label);
  await page.mouse.move(hover.x, hover.y);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          window.qnMap2d
            .getScene()
            .layers.find((l) => l.id === 'communes')!
            .features.find((f) => f.id === '06652')!.look.hovered,
      ),
    )
    .toBe(true);
  const before = await cameraOf(page);
  await page.mouse.move(700, 420);
  await page.mouse.wheel(0, -400);
  await page.waitForFunction((z) => Math.abs(window.qnMap2d.getCamera().zoom - z) > 0.1, before.zoom);
  await page.locator('canvas.map2d-canvas').focus();
  const z = (await cameraOf(page)).center;
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((c) => window.qnMap2d.getCamera().center[0] > c[0] + 1e-4, z);
  // The URL follows the camera.
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBeTruthy();
});

test.describe("the first view's areas (src/lib/map2d/overview.ts)", () => {
  /** Vertices of one unit's geometry as the 2D map draws it now. */
  const verticesOf = (page: Page, code: string) =>
    page.evaluate((c) => {
      const g = window.qnMap2d
        .getScene()
        .layers.find((l) => l.id === 'communes')!
        .features.find((f) => f.id === c)!.geometry;
      return (g.type === 'Polygon' ? g.coordinates.flat() : g.type === 'MultiPolygon' ? g.coordinates.flat(2) : []).length;
    }, code);
  /** Vertices of one unit in a served area file. */
  const servedVertices = async (page: Page, path: string, code: string) => {
    const fc = decodeAreas(await page.evaluate((p) => fetch(p).then((r) => r.json()), path))!;
    const g = fc.features.find((f) => f.properties?.code === code)!.geometry;
    return (g.type === 'Polygon' ? g.coordinates.flat() : g.type === 'MultiPolygon' ? g.coordinates.flat(2) : []).length;
  };
  const topoRequests = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('.topo.json')) seen.push(new URL(r.url()).pathname);
    });
    return seen;
  };

  test('the province whole is drawn from the overview files; zoomed in past their levels, from the full files', async ({ page }) => {
    const seen = topoRequests(page);
    const appData: string[] = [];
    page.on('request', (r) => /\/data\/(index|sources)\.json$/.test(r.url()) && appData.push(new URL(r.url()).pathname));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open2D(page);
    expect(Math.floor((await cameraOf(page)).zoom)).toBeLessThanOrEqual(OVERVIEW_MAX_LEVEL);
    await expect(page.getByTestId('map2d')).toHaveAttribute('data-detail', 'overview');
    expect(seen).toEqual(['/data/communes_2025.overview.topo.json', '/data/economic_zones.overview.topo.json', '/data/context.overview.topo.json']);
    // (One request each for the app's data too: preloaded by index.html, taken by the boot script's fetch.)
    expect([...appData].sort()).toEqual(['/data/index.json', '/data/sources.json']);
    // Hạ Long's ward (06652): drawn with the overview file's vertices, fewer than the full file's.
    const overview = await verticesOf(page, '06652');
    expect(overview).toBe(await servedVertices(page, '/data/communes_2025.overview.topo.json', '06652'));
    const full = await servedVertices(page, '/data/communes_2025.topo.json', '06652');
    expect(overview).toBeLessThan(full);
    // Zoomed in to level 10 over it: the full files are read and drawn.
    const at = await screenOf(page, unit('06652').label);
    await page.mouse.move(at.x, at.y);
    while (Math.floor((await cameraOf(page)).zoom) <= OVERVIEW_MAX_LEVEL + 1) {
      const zoom = (await cameraOf(page)).zoom;
      await page.mouse.wheel(0, -300);
      await page.waitForFunction((z) => window.qnMap2d.getCamera().zoom > z + 0.1, zoom);
    }
    await expect(page.getByTestId('map2d')).toHaveAttribute('data-detail', 'full');
    await expect.poll(() => verticesOf(page, '06652')).toBe(full);
    expect(seen).toEqual(expect.arrayContaining(['/data/communes_2025.topo.json', '/data/economic_zones.topo.json', '/data/context.topo.json']));
    // Back at the province whole, the full areas stay (nothing is read again).
    const reads = seen.length;
    await page.locator('canvas.map2d-canvas').focus();
    while ((await cameraOf(page)).zoom >= OVERVIEW_MAX_LEVEL + 1) {
      const zoom = (await cameraOf(page)).zoom;
      await page.keyboard.press('Minus');
      await page.waitForFunction((z) => window.qnMap2d.getCamera().zoom < z - 0.5, zoom);
    }
    await nextFrame(page);
    await expect(page.getByTestId('map2d')).toHaveAttribute('data-detail', 'full');
    expect(seen.filter((p) => p.endsWith('.topo.json') && !p.includes('districts'))).toHaveLength(reads);
    expect(errors).toEqual([]);
  });

  test.describe('on a wide screen', () => {
    test.use({ viewport: { width: 2560, height: 1440 } });
    test('the province whole is at a level above the overview levels: the full files at once, no overview file', async ({ page }) => {
      const seen = topoRequests(page);
      await open2D(page);
      expect(Math.floor((await cameraOf(page)).zoom)).toBeGreaterThan(OVERVIEW_MAX_LEVEL);
      await expect(page.getByTestId('map2d')).toHaveAttribute('data-detail', 'full');
      expect(seen).toEqual(['/data/communes_2025.topo.json', '/data/economic_zones.topo.json', '/data/context.topo.json']);
      expect(await verticesOf(page, '06652')).toBe(await servedVertices(page, '/data/communes_2025.topo.json', '06652'));
    });
  });
});

test('NTM theme colours the units on the 2D map (pixels), and the 2020 districts replace the units', async ({ page }) => {
  await open2D(page);
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await expect(page.getByTestId('theme-legend')).toContainText('NTM kiểu mẫu');
  await nextFrame(page);
  expectColour(await colourAt(page, unit('06712').label), NTM_COLOURS.nang_cao, 'Phường Móng Cái 1');
  expectColour(await colourAt(page, unit('06970').label), NTM_COLOURS.dat_chuan, 'Xã Ba Chẽ');
  expectColour(await colourAt(page, unit('06652').label), NTM_COLOURS.not_applicable, 'Phường Hà Tu');
  await page.getByTestId('theme-select').selectOption('none');
  await page.getByRole('radio', { name: /2020/ }).first().check();
  await expect.poll(() => page.evaluate(() => window.qnMap2d.getScene().layers.map((l) => l.id))).toContain('districts');
});

test('draw a polygon around a unit: exactly it is listed, the rest is dimmed', async ({ page }) => {
  await open2D(page);
  await openTab(page, 'filter');
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  const c = await screenOf(page, unit('06970').label);
  await page.getByTestId('draw-polygon').click();
  await expect(page.getByTestId('draw-hint')).toBeVisible();
  for (const [dx, dy] of [
    [-12, -10],
    [12, -10],
    [0, 12],
  ] as const)
    await page.mouse.click(c.x + dx, c.y + dy);
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('filter-results').locator('button[data-code]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-code', '06970');
  const looks = await page.evaluate(() => {
    const layer = window.qnMap2d.getScene().layers.find((l) => l.id === 'communes')!;
    const of = (id: string) => layer.features.find((f) => f.id === id)!.look.dimmed;
    return { inside: of('06970'), outside: of('06652'), outline: window.qnMap2d.getScene().overlays.length };
  });
  expect(looks).toEqual({ inside: false, outside: true, outline: 1 });
});

test('radius filter: a click on the 2D map places its centre; the units near it are listed and its circle is drawn', async ({ page }) => {
  await open2D(page);
  await openTab(page, 'filter');
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('radius-km').fill('3');
  await page.getByRole('button', { name: 'Chọn điểm trên bản đồ' }).click();
  const c = await screenOf(page, unit('06685').label); // Phường Hồng Gai
  await page.mouse.click(c.x, c.y);
  const rows = page.getByTestId('filter-results').locator('button[data-code]');
  await expect(rows.first()).toBeVisible();
  const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  expect(codes).toContain('06685');
  expect(codes.length).toBeLessThan(10);
  await expect(page.getByTestId('active-filters')).toContainText('3 km');
  // The circle's outline is on the map, around the clicked point.
  const circle = await page.evaluate(() => window.qnMap2d.getScene().overlays.find((o) => o.id.startsWith('filter:'))?.geometry.type ?? null);
  expect(circle).toBe('Polygon');
  // Keyboard zoom: + zooms in one step on the focused map.
  const before = (await cameraOf(page)).zoom;
  await page.locator('canvas.map2d-canvas').focus();
  await page.keyboard.press('+');
  await expect.poll(async () => (await cameraOf(page)).zoom - before).toBeCloseTo(1, 1);
});

test('search → the unit opens and is brought into view', async ({ page }) => {
  await open2D(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('dam ha');
  await expect(page.getByTestId('search-results').getByRole('option').first()).toContainText('Xã Đầm Hà');
  await input.press('Enter');
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText(/Đầm Hà/);
});

test.describe('with reduced motion (slides jump)', () => {
  test.use({ reducedMotion: 'reduce' });
  test('present mode keys move through slides; the camera follows', async ({ page }) => {
    await open2D(page);
    await openTab(page, 'present');
    await page.getByTestId('present-builtin').click();
    await expect(page.getByTestId('slide-number')).toHaveText('1 / 8');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-number')).toHaveText('2 / 8');
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('slide-number')).toHaveText('3 / 8');
    await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Thành phố Đông Triều');
    await expect
      .poll(async () => {
        const c = await cameraOf(page);
        return [c.center[0].toFixed(2), c.center[1].toFixed(2), c.zoom.toFixed(1)];
      })
      .toEqual(['106.58', '21.12', '9.9']);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('slide-overlay')).toBeHidden();
  });
});

test('URL round trip: a link with camera and theme opens the same view on the 2D map', async ({ page, context }) => {
  await open2D(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await page.mouse.move(700, 420);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('ntm');
  // Once the wheel zoom has ended, the link carries the camera the map shows.
  await page.waitForFunction(() => {
    const c = new URL(location.href).searchParams.get('c')?.split(',').map(Number);
    const now = window.qnMap2d.getCamera();
    return !!c && c[2] !== undefined && Math.abs(c[2] - now.zoom) < 0.01 && Math.abs(c[0]! - now.center[0]) < 1e-4;
  });
  const before = await cameraOf(page);
  const url = page.url();
  const other = await context.newPage();
  await open2D(other, url.slice(url.indexOf('/', 8)));
  const after = await cameraOf(other);
  expect(after.zoom).toBeCloseTo(before.zoom, 1);
  expect(after.center[0]).toBeCloseTo(before.center[0], 3);
  expect(after.center[1]).toBeCloseTo(before.center[1], 3);
  await expect(other.getByTestId('theme-select')).toHaveValue('ntm');
});

test('PNG export and print compose the 2D map with title and footer', async ({ page }) => {
  await open2D(page);
  await openTab(page, 'present');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const png = PNG.sync.read(readFileSync((await download.path())!));
  const canvas = await page.evaluate(() => ({ w: window.qnMap2d.canvas.width, h: window.qnMap2d.canvas.height }));
  expect(png.width).toBe(canvas.w);
  expect(png.height).toBeGreaterThanOrEqual(canvas.h + 56 + 90);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 13) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(50);
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'In (A4 ngang)' }).click();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet').locator('img');
  await expect(sheet).toBeVisible();
  await expect(page.getByTestId('map2d')).toBeHidden();
  const src = await sheet.getAttribute('src');
  expect(src!.length).toBeGreaterThan(50_000);
  // The printed picture is the map: as wide as the 2D map's canvas, with the land's colour in it.
  const printed = PNG.sync.read(Buffer.from(src!.slice(src!.indexOf(',') + 1), 'base64'));
  expect(printed.width).toBe(canvas.w);
  let land = 0;
  for (let i = 0; i < printed.data.length; i += 4 * 7)
    if (offFrom([printed.data[i]!, printed.data[i + 1]!, printed.data[i + 2]!], mapTheme.colours.provinceLand) <= 3) land++;
  expect(land, 'pixels of the province land in the printed picture').toBeGreaterThan(1000);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the 2D map fills the screen with the province, and a tap opens a unit', async ({ page }) => {
    await open2D(page);
    const box = (await page.getByTestId('map2d').boundingBox())!;
    expect(box.width).toBe(390);
    const inView = await page.evaluate(
      (units) =>
        units.filter((u) => {
          const [x, y] = window.qnMap2d.project(u.label);
          const { width, height } = window.qnMap2d.viewport();
          return x > 0 && y > 0 && x < width && y < height;
        }).length,
      index.units,
    );
    expect(inView).toBe(54);
    const at = await screenOf(page, unit('06970').label);
    // (Xã Ba Chẽ's label point has no site over it.)
    await page.touchscreen.tap(at.x, at.y);
    await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Xã Ba Chẽ');
  });

  test('a tap on an imported point opens its card, and the map brings the point clear of the sheet', async ({ page }) => {
    await open2D(page);
    const point: [number, number] = [107.76, 20.99];
    const plan = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Bến tàu dự kiến' }, geometry: { type: 'Point', coordinates: point } }],
    };
    await page.getByTestId('import-input').setInputFiles({ name: 'ben.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(plan)) });
    await expect.poll(() => page.evaluate(() => (window.qnMap2d.getScene().userShapes ?? []).length)).toBe(1);
    await nextFrame(page);
    const at = await screenOf(page, point);
    await page.touchscreen.tap(at.x, at.y);
    const panel = page.getByTestId('info-panel');
    await expect(panel.locator('h2')).toHaveText('Bến tàu dự kiến');
    const sheet = (await panel.boundingBox())!;
    await expect.poll(async () => (await screenOf(page, point)).y, { message: 'the point above the sheet' }).toBeLessThan(sheet.y - 8);
  });
});

test('the investor list: "show on the map" dims the other sites (pixels); a site opens from the list with its card and distances', async ({ page }) => {
  await open2D(page);
  await setLayer(page, 'Nhãn địa danh', false);
  await openTab(page, 'invest');
  const list = page.getByTestId('site-list');
  await expect(list.locator('li')).toHaveCount(29);
  // Khu bến Hòn Gai (a seaport with a cited point, no halo) in its own colour, then dimmed once the list leaves ports out.
  const port = site('port_hon_gai');
  await expect.poll(async () => offFrom(await colourAt(page, port.position), mapTheme.sites.seaport.colour)).toBeLessThanOrEqual(6);
  const panel = page.getByTestId('investor-panel');
  for (const c of ['Khu kinh tế', 'Cảng biển', 'Cửa khẩu']) await panel.getByRole('checkbox', { name: c, exact: true }).uncheck();
  await page.getByTestId('investor-on-map').check();
  await expect.poll(async () => (await symbolOf(page, 'port_hon_gai'))?.dimmed).toBe(true);
  expect((await symbolOf(page, 'kcn_hai_ha'))?.dimmed).toBe(false);
  await nextFrame(page);
  // Faint: far from the port colour, close to what is under it.
  expect(offFrom(await colourAt(page, port.position), mapTheme.sites.seaport.colour)).toBeGreaterThan(60);
  await page.getByTestId('investor-on-map').uncheck();
  await expect.poll(async () => (await symbolOf(page, 'port_hon_gai'))?.dimmed).toBe(false);
  await nextFrame(page);
  expect(offFrom(await colourAt(page, port.position), mapTheme.sites.seaport.colour)).toBeLessThanOrEqual(6);

  // Open a site from the list: its card with the distances, the symbol selected on the map.
  await list.locator('li[data-id="kcn_hai_ha"] button.link').click();
  const card = page.getByTestId('info-panel');
  await expect(card.locator('h2')).toHaveText('KCN cảng biển Hải Hà (Texhong Hải Hà)');
  await expect(card).toContainText('Xã Quảng Hà');
  await expect(card.getByTestId('site-distances')).toContainText('≈');
  await expect(card.getByTestId('site-distances')).toContainText('km (±');
  await expect.poll(async () => (await symbolOf(page, 'kcn_hai_ha'))?.selected).toBe(true);
  const [x, y] = await page.evaluate((p) => window.qnMap2d.project(p), site('kcn_hai_ha').position);
  const { width, height } = await page.evaluate(() => window.qnMap2d.viewport());
  expect(x > 0 && y > 0 && x < width && y < height, 'the site is in view').toBe(true);
  // A click on its symbol opens the same card again.
  await card.getByRole('button', { name: 'Đóng' }).click();
  await expect(card).toBeHidden();
  const at = await screenOf(page, site('kcn_hai_ha').position);
  await page.mouse.click(at.x, at.y);
  await expect(card.locator('h2')).toHaveText('KCN cảng biển Hải Hà (Texhong Hải Hà)');
});

test('present mode with motion: slides move the 2D camera along an animated path; the presenter window drives the main window', async ({ page, context }) => {
  await open2D(page);
  await openTab(page, 'present');
  await page.getByTestId('present-builtin').click();
  await expect(page.getByTestId('slide-number')).toHaveText('1 / 8');
  await page.waitForFunction(() => document.documentElement.dataset.map2d === 'ready');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-number')).toHaveText('3 / 8');
  const slideCamera = async () => {
    const c = await cameraOf(page);
    return [c.center[0].toFixed(2), c.center[1].toFixed(2), c.zoom.toFixed(1)];
  };
  await expect.poll(slideCamera).toEqual(['106.58', '21.12', '9.9']);
  // Slide 4 (Vân Đồn) is 100 km east: the camera travels there over time (d3's smooth zoom path, 1.6 s),
  // not in one jump. (On a busy machine few frames of it may be drawn, but it still takes its time.)
  await page.evaluate(() => {
    const w = window as unknown as { moves: number[]; pressedAt: number; arrivedAt: number };
    w.moves = [];
    w.pressedAt = w.arrivedAt = 0;
    window.addEventListener('keydown', () => (w.pressedAt ||= performance.now()), { capture: true });
    window.qnMap2d.on('move', ({ camera }) => w.moves.push(camera.center[0]));
    // (A late moveend of the flight to slide 3 does not count.)
    window.qnMap2d.on('moveend', () => (w.arrivedAt = w.pressedAt ? performance.now() : 0));
  });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-number')).toHaveText('4 / 8');
  await expect.poll(slideCamera).toEqual(['107.58', '21.36', '9.9']);
  // (The camera reads as arrived, to the rounding, a frame or two before the flight ends.)
  await page.waitForFunction(() => (window as unknown as { arrivedAt: number }).arrivedAt > 0);
  const travel = await page.evaluate(() => {
    const w = window as unknown as { moves: number[]; pressedAt: number; arrivedAt: number };
    return { frames: w.moves.length, pressedAt: w.pressedAt, arrivedAt: w.arrivedAt };
  });
  expect(travel.arrivedAt - travel.pressedAt, `ms from the key to the slide's camera (${travel.frames} frames)`).toBeGreaterThan(1000);

  // The presenter window (a second page of the same app) drives the main one.
  const presenter = await context.newPage();
  await presenter.goto('/?presenter=1');
  await expect(presenter.getByTestId('presenter-number')).toHaveText('4 / 8');
  const before = await cameraOf(page);
  await presenter.getByTestId('presenter-next-button').click();
  await expect(page.getByTestId('slide-number')).toHaveText('5 / 8');
  await expect(presenter.getByTestId('presenter-number')).toHaveText('5 / 8');
  await expect
    .poll(async () => {
      const c = await cameraOf(page);
      return Math.abs(c.zoom - before.zoom) + Math.abs(c.center[0] - before.center[0]) + Math.abs(c.center[1] - before.center[1]);
    })
    .toBeGreaterThan(0.05);
  await page.keyboard.press('Home');
  await expect(presenter.getByTestId('presenter-number')).toHaveText('1 / 8');
});

test('an imported layer is drawn on the 2D map in its colour, by attribute too, and hides with its checkbox', async ({ page }) => {
  await open2D(page);
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('import-input').setInputFiles(join(IMPORT_FIXTURES, 'qn-vn2000-tm3.zip'));
  const list = page.getByTestId('user-layer-list');
  await expect(list.locator(':scope > li')).toHaveCount(1);
  const shapes = () =>
    page.evaluate(() =>
      (window.qnMap2d.getScene().userShapes ?? []).map((o) => ({
        type: o.geometry.type,
        fill: o.fill,
        at: o.geometry.type === 'Point' ? o.geometry.coordinates : null,
      })),
    );
  await expect.poll(async () => (await shapes()).length).toBeGreaterThan(0);
  const points = (await shapes()).filter((s) => s.type === 'Point');
  expect(points).toHaveLength(3);
  await nextFrame(page);
  for (const p of points) expectColour(await colourAt(page, p.at as [number, number]), p.fill!, `imported point at ${p.at}`);
  // Coloured by an attribute: each value its own colour.
  await list.locator(':scope > li').first().getByTestId('user-layer-colour-by').selectOption('MA_DVHC');
  await expect.poll(async () => new Set((await shapes()).filter((s) => s.type === 'Point').map((s) => s.fill)).size).toBe(3);
  await nextFrame(page);
  for (const p of (await shapes()).filter((s) => s.type === 'Point'))
    expectColour(await colourAt(page, p.at as [number, number]), p.fill!, `coloured point at ${p.at}`);
  await list.locator(':scope > li').first().locator('input[type=checkbox]').first().uncheck();
  await expect.poll(async () => (await shapes()).length).toBe(0);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('pinching two fingers apart zooms the 2D map in around them', async ({ page }) => {
    await open2D(page);
    const box = (await page.getByTestId('map2d').boundingBox())!;
    const before = await cameraOf(page);
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height * 0.4;
    const under = await page.evaluate(([x, y]) => window.qnMap2d.unproject([x, y]), [cx - box.x, cy - box.y] as [number, number]);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 30);
    for (let d = 40; d <= 120; d += 10) await touch('touchMove', d);
    await touch('touchEnd', 120);
    await expect.poll(async () => (await cameraOf(page)).zoom - before.zoom).toBeGreaterThan(1.5);
    // The place between the fingers stays between them.
    const [x, y] = await page.evaluate((ll) => window.qnMap2d.project(ll), under);
    expect(Math.abs(x - (cx - box.x))).toBeLessThan(4);
    expect(Math.abs(y - (cy - box.y))).toBeLessThan(4);
  });
});

test('a table of figures per 2025 unit colours the 2D map (pixels); a unit without a figure stays white', async ({ page }) => {
  await open2D(page);
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('import-input').setInputFiles(new URL('../fixtures/in/import/unit-figures-no-diacritics.csv', import.meta.url).pathname);
  const dialog = page.getByTestId('table-dialog');
  await dialog.getByTestId('table-unit').fill('tỷ đồng');
  await dialog.getByTestId('table-year').fill('2024');
  await dialog.getByTestId('table-source').fill('Cục Thống kê tỉnh');
  await dialog.getByTestId('table-join').click();
  await dialog.getByTestId('table-save').click();
  await expect(page.getByTestId('legend-user-source')).toHaveText('Nguồn: Cục Thống kê tỉnh (bảng của bạn)');
  const p = indicatorPalette(classify([1234.5, 20, 3.5, 7], 'quantile', 5), '', String, '');
  await nextFrame(page);
  expectColour(await colourAt(page, unit('06688').label), p.colourFor(1234.5), 'Phường Hạ Long');
  expectColour(await colourAt(page, unit('06970').label), p.colourFor(3.5), 'Xã Ba Chẽ');
  expectColour(await colourAt(page, unit('06724').label), NO_DATA_COLOUR, 'Xã Hải Sơn (not in the table)');
});

// Issue 17 item 10: the ward outlines take in Cửa Lục bay; its approximate water is drawn over the theme.
test('Cửa Lục bay reads as water at zoom 12 over the NTM theme on the 2D map; Bãi Cháy land keeps its theme colour', async ({ page }) => {
  await open2D(page, '/?c=107.045,20.99,12&off=labels,sites');
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await expect(page.getByTestId('theme-legend')).toContainText('NTM kiểu mẫu');
  await expect.poll(() => page.evaluate(() => window.qnMap2d.getScene().layers.map((l) => l.id))).toContain('water');
  await nextFrame(page);
  expectColour(await colourAt(page, [107.05, 20.99]), mapTheme.colours.sea, 'Cửa Lục bay, 107.05 E 20.99 N');
  const land = await colourAt(page, [107.055, 20.952]);
  const hexOf = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  expect(
    Object.values(NTM_COLOURS).some((c) => hexOf(c).every((v, i) => Math.abs(v - land[i]!) <= 6)),
    `Bãi Cháy land rgb(${land}) has an NTM colour`,
  ).toBe(true);
});

test('imported points, lines and areas answer hover (pointer) and click on the 2D map with their card in the info panel', async ({ page }) => {
  await open2D(page, '/?c=107.5,21.15,9.5');
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('import-input').setInputFiles(planLayer());
  await expect(page.getByTestId('user-layer-list').locator(':scope > li')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => (window.qnMap2d.getScene().userShapes ?? []).length)).toBe(3);
  await nextFrame(page);
  const canvas = page.locator('canvas.map2d-canvas');
  const cursor = () => canvas.evaluate((c) => (c as HTMLCanvasElement).style.cursor);
  const marks = () => page.evaluate(() => (window.qnMap2d.getScene().userShapes ?? []).filter((o) => o.id.startsWith('mark:')).map((o) => o.id.split(':')[1]));
  const panel = page.getByTestId('info-panel');

  // An area: the pointer over it is a hand and outlines it; a click opens its card.
  const inside = await screenOf(page, [107.4, 21.25]);
  await page.mouse.move(inside.x, inside.y);
  await expect.poll(cursor).toBe('pointer');
  await expect.poll(marks).toContain('hovered');
  await page.mouse.click(inside.x, inside.y);
  await expect(panel.locator('h2')).toHaveText('Khu đất dự kiến');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('Vùng');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('ke-hoach');
  const attributes = panel.getByTestId('user-feature-attributes');
  await expect(attributes).toContainText('dien_tich_ha');
  await expect(attributes).toContainText('120');
  // A file's markup is shown as text, never as HTML.
  await expect(attributes).toContainText('<b>in đậm?</b>');
  await expect(attributes.locator('b')).toHaveCount(0);
  await expect.poll(marks).toContain('selected');
  // The selected outline is drawn: dark pixels along the area's north edge.
  const edge = await screenOf(page, [107.4, 21.27]);
  const column = await Promise.all([-3, -2, -1, 0, 1, 2, 3].map((dy) => pixelAt(page, edge.x, edge.y + dy)));
  expect(Math.min(...column.map((c) => c[0] + c[1] + c[2])), `outline pixels ${JSON.stringify(column)}`).toBeLessThan(200);
  // An imported feature is known only in this browser: the link does not carry it.
  expect(new URL(page.url()).searchParams.get('s') ?? '').not.toMatch(/^user/);

  // A line, by a click on it (no name in the file: numbered).
  const onLine = await screenOf(page, [107.55, 21.15]);
  await page.mouse.move(onLine.x, onLine.y + 2);
  await expect.poll(cursor).toBe('pointer');
  await page.mouse.click(onLine.x, onLine.y + 2);
  await expect(panel.locator('h2')).toHaveText('Đối tượng 2');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('Đường');
  await expect(attributes).toContainText('tệp không có giá trị');

  // A point.
  const point = await screenOf(page, [107.7, 21.05]);
  await page.mouse.click(point.x + 3, point.y);
  await expect(panel.locator('h2')).toHaveText('Điểm khảo sát');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('Điểm');
  await expect(panel).toContainText('21,05');

  // Esc closes it; the pointer off every feature of the layer is no hand over the sea.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect.poll(marks).toEqual([]);
});

test('site symbols on the 2D map take the WebGL sizes for the zoom: small discs at the province view, full size from zoom 12', async ({ page }) => {
  await open2D(page);
  const port = site('port_cam_pha');
  const at = async (zoom: number) => {
    await page.evaluate((z) => window.qnMap2d.flyTo({ center: [107.37, 21.03], zoom: z }, { mode: 'jump' }), zoom);
    await expect
      .poll(async () => (await symbolOf(page, port.id))?.codeSize)
      .toBeCloseTo(zoom >= 11 ? 9 : zoom <= 7 ? 5 : zoom <= 9 ? 5 + ((zoom - 7) * 1.5) / 2 : 6.5 + ((zoom - 9) * 2.5) / 2, 1);
    await nextFrame(page);
    return (await symbolOf(page, port.id))!.radius!;
  };
  // (A seaport has no area in its source: the fixed disc, 8 px at full size.)
  // (Zoom 8, not 7: on this screen the map zooms out no further than about 7.8, where the view reaches the edge of the drawn land.)
  expect(await at(8)).toBeCloseTo(0.525 * 8, 1);
  expect(await at(9)).toBeCloseTo(0.6 * 8, 1);
  expect(await at(11)).toBeCloseTo(0.85 * 8, 1);
  expect(await at(12)).toBeCloseTo(8, 1);
  // Pixels: at zoom 12 the disc (8 px) is in the site's colour 5.5 px above its centre (clear of
  // the code's letters); at zoom 9 (4.8 px) that is off the disc.
  const colour = (await symbolOf(page, port.id))!.colour;
  const centre = await screenOf(page, port.position);
  expect(offFrom(await pixelAt(page, centre.x, centre.y - 5.5), colour), 'disc at zoom 12').toBeLessThanOrEqual(40);
  await at(9);
  const small = await screenOf(page, port.position);
  expect(offFrom(await pixelAt(page, small.x, small.y - 7), colour), 'no disc 7 px out at zoom 9').toBeGreaterThan(40);
});

test('on a wide screen the credits are shown in full (wrapped, never cut), clear of the side panel', async ({ page }) => {
  await open2D(page);
  const credits = page.getByTestId('map2d-credits');
  const sources = JSON.parse(readFileSync(new URL('../../public/data/sources.json', import.meta.url), 'utf8')) as { attribution: string }[];
  for (const s of sources) await expect(credits).toContainText(s.attribution);
  expect(await credits.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1), 'credits not cut').toBe(true);
  const box = (await credits.boundingBox())!;
  const side = (await page.locator('[role="tablist"]').first().boundingBox())!;
  expect(box.x, 'credits right of the side panel').toBeGreaterThan(side.x + side.width);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('no view shows where the drawn land ends: at the home view, zoomed out as far as it goes and pushed to each corner, the screen stays inside the context; the top corners are land, not background', async ({
    page,
  }) => {
    await open2D(page);
    const contextLand = await contextLandOf(page);
    /** What the screen shows, [west, south, east, north], from the map's own camera. */
    const shown = () =>
      page.evaluate(() => {
        const m = window.qnMap2d;
        const { width, height } = m.viewport();
        const [w, n] = m.unproject([0, 0]);
        const [e, s] = m.unproject([width, height]);
        return [w, s, e, n];
      });
    const inside = async (what: string) => {
      const [w, s, e, n] = await shown();
      expect(w, `${what}: west edge inside the drawn land (${contextLand[0]})`).toBeGreaterThanOrEqual(contextLand[0]);
      expect(s, `${what}: south edge inside (${contextLand[1]})`).toBeGreaterThanOrEqual(contextLand[1]);
      expect(e, `${what}: east edge inside (${contextLand[2]})`).toBeLessThanOrEqual(contextLand[2]);
      expect(n, `${what}: north edge inside (${contextLand[3]})`).toBeLessThanOrEqual(contextLand[3]);
    };
    await inside('home view');
    // The top corners at the home view are China and Vietnam: land colour, not the sea-coloured background.
    const corners = await page.evaluate(() => {
      const canvas = window.qnMap2d.toCanvas();
      const ctx = canvas.getContext('2d')!;
      const pick = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
      const bg = window.qnMap2d.getScene().background;
      ctx.fillStyle = bg;
      return { left: pick(4, 4), right: pick(canvas.width - 5, 4), background: ctx.fillStyle };
    });
    const hexOf = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    expect(hexOf(corners.left), 'top-left corner').not.toBe(corners.background);
    expect(hexOf(corners.right), 'top-right corner').not.toBe(corners.background);
    // A person pinching out (wheel here) as far as the map goes.
    const map = (await page.getByTestId('map2d').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    const zoomBefore = await page.evaluate(() => window.qnMap2d.getCamera().zoom);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.qnMap2d.getCamera().zoom)).toBeLessThanOrEqual(zoomBefore);
    await inside('zoomed out');
    // Pushed to each corner at the lowest zoom (a jump asks for far past the limits; the map keeps inside).
    for (const center of PUSHED_TOWARDS) {
      await page.evaluate((c) => window.qnMap2d.setCamera({ center: c, zoom: 6 }), center);
      await inside(`pushed towards ${center.join(', ')}`);
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('the simplified-map note and the credits fold to two small buttons; all 54 units uncovered; the credits open in full, by keyboard too', async ({
    page,
  }) => {
    await open2D(page);
    const foot = (await page.getByTestId('map2d-foot').boundingBox())!;
    const map = (await page.getByTestId('map2d').boundingBox())!;
    // Small: one row at the bottom right.
    expect(foot.height, 'foot height').toBeLessThanOrEqual(32);
    expect(foot.width, 'foot width').toBeLessThanOrEqual(230);
    // Every unit's label point is on the map, not under the foot.
    for (const u of index.units) {
      const p = await screenOf(page, u.label);
      expect(p.x > map.x && p.x < map.x + map.width && p.y > map.y && p.y < map.y + map.height, `${u.name} on the map`).toBe(true);
      const inFoot = p.x >= foot.x && p.x <= foot.x + foot.width && p.y >= foot.y && p.y <= foot.y + foot.height;
      expect(inFoot, `${u.name} under the note or credits`).toBe(false);
    }
    // The note still says why, and how to get the full map, one tap away.
    const note = page.getByTestId('map2d-note');
    await expect(note.locator('summary')).toHaveText(/Bản đồ đơn giản/);
    await note.locator('summary').tap();
    await expect(note).toContainText('không dùng được tăng tốc đồ hoạ (WebGL)');
    await expect(note).toContainText('Sử dụng tính năng tăng tốc đồ hoạ khi có');
    await expect(note.locator('p').first()).toBeVisible();
    await note.locator('summary').tap();
    // The credits: a named button (keyboard: Tab to it, Enter), then the whole text, wrapped, on screen.
    const toggle = page.getByRole('button', { name: 'Nguồn dữ liệu bản đồ' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('map2d-credits')).toHaveCount(0);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const credits = page.getByTestId('map2d-credits');
    await expect(credits).toBeVisible();
    const sources = JSON.parse(readFileSync(new URL('../../public/data/sources.json', import.meta.url), 'utf8')) as { attribution: string }[];
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) await expect(credits).toContainText(s.attribution);
    const box = (await credits.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 390 && box.y >= 0, 'credits on screen').toBe(true);
    expect(await credits.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1), 'credits not cut').toBe(true);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(credits).toHaveCount(0);
  });
});
