// The first picture (home.svg before MapLibre is ready) and the fallback to the 2D map when the
// WebGL context is lost and not restored — both with WebGL available (the `chromium` project).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { mercatorXY, worldSize } from '../../src/lib/map2d/camera';
import { homeSvgBox } from '../../src/lib/map2d/first-picture';
import type { Map2D } from '../../src/lib/map2d/map2d';
import { openApp, project } from './helpers';

interface Index {
  bounds: [number, number, number, number];
  units: { code: string; name: string; label: [number, number] }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Index;
const unit = (code: string) => index.units.find((u) => u.code === code)!;

test('the first picture and the WebGL map agree: each unit under the same screen point, then the picture fades', async ({ page }) => {
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
});

test('a lost WebGL context that is not restored: the 2D map takes over with the same view and selection', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  const at = await project(page, unit('06970').label);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Xã Ba Chẽ');
  await page.mouse.move(700, 420);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction(() => !window.qnMap.isMoving() && new URL(location.href).searchParams.get('c') !== null);
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
