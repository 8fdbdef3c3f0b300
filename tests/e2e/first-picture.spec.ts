// The first picture (home.svg before MapLibre is ready) and the fallback to the 2D map when the
// WebGL context is lost and not restored — both with WebGL available (the `chromium` project).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { mercatorXY, project as projectOn, worldSize, type Camera } from '../../src/lib/map2d/camera';
import { mapTheme } from '../../src/lib/style/map-theme';
import { NTM_COLOURS } from '../../src/lib/style/palette';
import { homeSvgBox } from '../../src/lib/map2d/first-picture';
import type { Map2D } from '../../src/lib/map2d/map2d';
import { openApp, project, recordedFrames, recordFrames, shellAndMapFrames } from './helpers';

interface Index {
  bounds: [number, number, number, number];
  units: { code: string; name: string; label: [number, number] }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Index;
const unit = (code: string) => index.units.find((u) => u.code === code)!;

test('the first picture and the WebGL map agree: each unit under the same screen point, then the picture fades', async ({ page }) => {
  // The plain home link shows home.svg: the 2D renderer's chunk is not loaded for it.
  const scenePictureChunks: string[] = [];
  // (The app's data: preloaded by index.html, fetched and parsed by the boot script, one request each.)
  const appData: string[] = [];
  page.on('request', (r) => {
    if (/first-picture-2d/.test(r.url())) scenePictureChunks.push(r.url());
    if (/\/data\/(index|sources)\.json$/.test(r.url())) appData.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  // The picture as placed when it first showed (before MapLibre is ready), in page pixels.
  const placed = await (
    await page.waitForFunction(() => {
      // (An <img>, or on a software GPU the canvas the boot script drew it into: src/boot/boot.js.)
      const img = document.querySelector<HTMLElement>('.first-picture img, .first-picture canvas');
      if (!document.documentElement.dataset.firstMapPaintAt || !img) return null;
      const r = img.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height, idle: document.documentElement.dataset.mapIdle === 'true' };
    })
  ).jsonValue();
  expect(placed!.idle, 'the picture is up before the WebGL map is idle').toBe(false);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
  // Where a place is in home.svg: world pixels at the picture's zoom, from its box's corner.
  const box = homeSvgBox(index.bounds);
  const k = worldSize(9);
  for (const code of ['06970', '06712', '06652', '07192', '06724']) {
    const [mx, my] = mercatorXY(unit(code).label);
    const inPicture = {
      x: placed!.left + ((mx * k - box.x0) / (box.x1 - box.x0)) * placed!.width,
      y: placed!.top + ((my * k - box.y0) / (box.y1 - box.y0)) * placed!.height,
    };
    const onMap = await project(page, unit(code).label);
    expect(Math.abs(inPicture.x - onMap.x), `${code} x`).toBeLessThanOrEqual(1.5);
    expect(Math.abs(inPicture.y - onMap.y), `${code} y`).toBeLessThanOrEqual(1.5);
    // …and the WebGL map has that very unit there.
    const hit = await page.evaluate(
      (ll) => window.qnMap.queryRenderedFeatures(window.qnMap.project(ll), { layers: ['communes-fill'] })[0]?.id,
      unit(code).label,
    );
    expect(String(hit), `unit under ${code}'s point on the WebGL map`).toBe(code);
  }
  await expect(page.locator('.first-picture')).toHaveCount(0);
  expect(scenePictureChunks).toEqual([]);
  expect(appData.sort()).toEqual(['/data/index.json', '/data/sources.json']);
});

test('shell first: the top bar, the controls and the legend are painted in a frame before MapLibre is created', async ({ page }) => {
  await recordFrames(page);
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
  await expect(page.locator('html')).toHaveAttribute('data-renderer', 'webgl');
  const { shell, map } = shellAndMapFrames(await recordedFrames(page));
  expect(shell, 'a frame painted the whole shell').toBeGreaterThanOrEqual(0);
  expect(map, 'a frame painted the map').toBeGreaterThan(shell);
});
test("the boot script's picture is on screen before the app's code has run, without a request: the units' land where they are, sea around", async ({
  page,
}) => {
  // The app's own script never arrives: what is on screen is index.html's alone.
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.firstMapPaintAt);
  expect(await page.evaluate(() => document.querySelector('#app')!.childElementCount), 'no app yet').toBe(0);
  const canvas = page.locator('#first-picture canvas');
  await expect(canvas).toHaveAttribute('data-src', '/data/home.svg');
  expect(requests.filter((p) => p.endsWith('.svg') && p !== '/favicon.svg')).toEqual([]);
  // Its pixels, through the box the boot script placed it in (world pixels at home.svg's zoom).
  const box = homeSvgBox(index.bounds);
  const k = worldSize(9);
  const at = (lngLat: [number, number]) => {
    const [mx, my] = mercatorXY(lngLat);
    return [(mx * k - box.x0) / (box.x1 - box.x0), (my * k - box.y0) / (box.y1 - box.y0)] as const;
  };
  const points = [...['06970', '06712', '06652'].map((code) => at(unit(code).label)), at([107.9, 20.9])];
  const colours = await canvas.evaluate((el: HTMLCanvasElement, pts) => {
    const ctx = el.getContext('2d')!;
    return pts.map(([fx, fy]) => [...ctx.getImageData(Math.round(fx * el.width), Math.round(fy * el.height), 1, 1).data.slice(0, 3)]);
  }, points);
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const off = (rgb: number[], colour: string) => Math.max(...rgb.map((v, j) => Math.abs(v - hex(colour)[j]!)));
  for (const rgb of colours.slice(0, 3)) expect(off(rgb, mapTheme.colours.provinceLand), `unit land: rgb(${rgb})`).toBeLessThanOrEqual(4);
  expect(off(colours[3]!, mapTheme.colours.sea), `open sea: rgb(${colours[3]})`).toBeLessThanOrEqual(4);
  // The renderer is chosen by then (the app reads it), and the app's script was asked for.
  await expect(page.locator('html')).toHaveAttribute('data-renderer', /^(webgl|2d)$/);
  expect(requests.some((p) => /^\/assets\/index-[^/]*\.js$/.test(p))).toBe(true);
});

test('a themed link with its own camera: the first picture is that view drawn in 2D in the theme colours, and the WebGL map has each unit under the same point', async ({
  page,
}) => {
  const camera: Camera = { center: [107.45, 21.22], zoom: 9 };
  // (Labels and sites off: the colours are sampled at the units' label points.)
  await page.goto(`/?t=ntm&c=${camera.center[0]},${camera.center[1]},${camera.zoom}&off=labels,sites`);
  const shown = await (
    await page.waitForFunction(
      () => {
        const canvas = document.querySelector<HTMLCanvasElement>('.first-picture-2d canvas');
        if (!canvas || !document.documentElement.dataset.firstMapPaintAt) return null;
        // Keep the canvas for reading after the WebGL map has faded it out.
        (window as unknown as { firstPicture: HTMLCanvasElement }).firstPicture = canvas;
        const r = canvas.getBoundingClientRect();
        return {
          left: r.left,
          top: r.top,
          width: r.width,
          height: r.height,
          camera: canvas.dataset.camera!,
          idle: document.documentElement.dataset.mapIdle === 'true',
        };
      },
      null,
      { timeout: 30_000 },
    )
  ).jsonValue();
  expect(shown!.idle, 'the picture is up before the WebGL map is idle').toBe(false);
  expect(JSON.parse(shown!.camera)).toMatchObject({ center: camera.center, zoom: camera.zoom });
  await expect(page.locator('.first-picture img')).toHaveCount(0);
  const viewport = { width: shown!.width, height: shown!.height };
  const expected: [string, string][] = [
    ['06712', NTM_COLOURS.nang_cao],
    ['06970', NTM_COLOURS.dat_chuan],
    ['06652', NTM_COLOURS.not_applicable],
  ];
  const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
  const points = expected.map(([code]) => projectOn(unit(code).label, camera, viewport));
  // The picture's pixels (the most common colour of a 7×7 box) at each unit's label point.
  const colours = await page.evaluate((pts) => {
    const canvas = (window as unknown as { firstPicture: HTMLCanvasElement }).firstPicture;
    const ctx = canvas.getContext('2d')!;
    const dpr = canvas.width / canvas.getBoundingClientRect().width || canvas.width / canvas.clientWidth || 1;
    return pts.map(([x, y]) => {
      const d = ctx.getImageData(Math.round(x * dpr) - 3, Math.round(y * dpr) - 3, 7, 7).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < d.length; i += 4) counts.set(`${d[i]},${d[i + 1]},${d[i + 2]}`, (counts.get(`${d[i]},${d[i + 1]},${d[i + 2]}`) ?? 0) + 1);
      return [...counts]
        .sort((a, b) => b[1] - a[1])[0]![0]
        .split(',')
        .map(Number);
    });
  }, points);
  expected.forEach(([code, colour], i) => {
    const off = Math.max(...colours[i]!.map((v, j) => Math.abs(v - hex(colour)[j]!)));
    expect(off, `${code} in the first picture: rgb(${colours[i]}) vs ${colour}`).toBeLessThanOrEqual(6);
  });
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
  await expect(page.locator('.first-picture')).toHaveCount(0);
  for (const [i, [code, colour]] of expected.entries()) {
    const inPicture = { x: shown!.left + points[i]![0], y: shown!.top + points[i]![1] };
    const onMap = await project(page, unit(code).label);
    expect(Math.abs(inPicture.x - onMap.x), `${code} x`).toBeLessThanOrEqual(1.5);
    expect(Math.abs(inPicture.y - onMap.y), `${code} y`).toBeLessThanOrEqual(1.5);
    const hit = await page.evaluate(
      (ll) => window.qnMap.queryRenderedFeatures(window.qnMap.project(ll), { layers: ['communes-fill'] })[0]?.id,
      unit(code).label,
    );
    expect(String(hit), `unit under ${code}'s point on the WebGL map`).toBe(code);
    // …in the same colour.
    const png = PNG.sync.read(await page.screenshot({ clip: { x: onMap.x - 3, y: onMap.y - 3, width: 7, height: 7 } }));
    const rgb = [png.data[24 * 4]!, png.data[24 * 4 + 1]!, png.data[24 * 4 + 2]!];
    expect(Math.max(...rgb.map((v, j) => Math.abs(v - hex(colour)[j]!))), `${code} on the WebGL map: rgb(${rgb})`).toBeLessThanOrEqual(8);
  }
});

test('a lost WebGL context that is not restored: the 2D map takes over with the same view and selection', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  const at = await project(page, unit('06970').label);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Xã Ba Chẽ');
  await page.mouse.move(700, 420);
  // The wheel zoom's own end (the link already carries the home camera before the zoom starts, so
  // polling the link alone could pass before the zoom has begun).
  const zoomStart = await page.evaluate(() => {
    const map = window.qnMap;
    const from = map.getZoom();
    map.on('moveend', function zoomed() {
      if (map.getZoom() < from + 0.1) return;
      map.off('moveend', zoomed);
      document.documentElement.dataset.testWheelZoomed = 'true';
    });
    return from;
  });
  await page.mouse.wheel(0, -300);
  await page.waitForFunction(() => document.documentElement.dataset.testWheelZoomed === 'true');
  // ...and been reported (the link carries the camera the map shows).
  await page.waitForFunction(() => {
    const c = new URL(location.href).searchParams.get('c')?.split(',').map(Number);
    return !window.qnMap.isMoving() && !!c && c[2] !== undefined && Math.abs(c[2] - window.qnMap.getZoom()) < 0.01;
  });
  const before = await page.evaluate(() => ({ center: window.qnMap.getCenter().toArray(), zoom: window.qnMap.getZoom() }));
  await page.evaluate(() => {
    const canvas = window.qnMap.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await page.waitForFunction(() => document.documentElement.dataset.map2d === 'ready', null, { timeout: 20_000 });
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
  await expect(page.getByTestId('map2d-note')).toBeVisible();
  const after = await page.evaluate(() => (window as unknown as { qnMap2d: Map2D }).qnMap2d.getCamera());
  expect(before.zoom, 'the wheel zoomed in').toBeGreaterThan(zoomStart + 0.1);
  expect(after.zoom).toBeCloseTo(before.zoom, 1);
  expect(after.center[0]).toBeCloseTo(before.center[0], 3);
  expect(after.center[1]).toBeCloseTo(before.center[1], 3);
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Xã Ba Chẽ');
  await expect(page.getByTestId('theme-select')).toHaveValue('ntm');
  const look = await page.evaluate(
    () =>
      (window as unknown as { qnMap2d: Map2D }).qnMap2d
        .getScene()
        .layers.find((l) => l.id === 'communes')!
        .features.find((f) => f.id === '06970')!.look,
  );
  expect(look.selected).toBe(true);
});

test('a context lost in the middle of a zoom: the 2D map opens where the WebGL map was, not where its last finished move was', async ({ page }) => {
  await openApp(page);
  // The context is lost the moment a wheel zoom has come most of the way, before its moveend (that
  // moveend never comes): the map's last reported camera is still the home view.
  await page.evaluate(() => {
    const map = window.qnMap;
    const from = map.getZoom();
    map.on('move', function onMove() {
      if (map.getZoom() < from + 0.3) return;
      map.off('move', onMove);
      const at = map.getCenter();
      document.documentElement.dataset.testLostAt = JSON.stringify({ center: [at.lng, at.lat], zoom: map.getZoom() });
      const gl = (map.getCanvas().getContext('webgl2') ?? map.getCanvas().getContext('webgl')) as WebGLRenderingContext;
      gl.getExtension('WEBGL_lose_context')!.loseContext();
    });
  });
  await page.mouse.move(700, 420);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction(() => document.documentElement.dataset.map2d === 'ready', null, { timeout: 20_000 });
  const lost = JSON.parse((await page.evaluate(() => document.documentElement.dataset.testLostAt))!) as { center: [number, number]; zoom: number };
  await expect(page.locator('.maplibregl-canvas'), 'the WebGL map is gone').toHaveCount(0);
  const after = await page.evaluate(() => (window as unknown as { qnMap2d: Map2D }).qnMap2d.getCamera());
  // (The WebGL map may have moved on a little after the loss: no frame drew it, but its camera went on.)
  expect(after.zoom).toBeGreaterThanOrEqual(lost.zoom - 0.01);
  expect(after.zoom).toBeLessThan(lost.zoom + 0.2);
  expect(after.center[0]).toBeCloseTo(lost.center[0], 1);
  expect(after.center[1]).toBeCloseTo(lost.center[1], 1);
});
