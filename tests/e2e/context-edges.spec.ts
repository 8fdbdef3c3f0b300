// The WebGL map never shows where the neighbouring land ends (the context's box): on a phone at the
// home view, and zoomed out and pushed to each corner. (The 2D map: no-webgl.spec.ts, "on a phone (390×844)".)
import { expect, test } from '@playwright/test';
import { PUSHED_TOWARDS, contextLandOf, openApp, pixelAt, project } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone the WebGL map shows land to the screen’s top corners, and no view reaches past the drawn land', async ({ page }) => {
  await openApp(page);
  // The land drawn around the province (context kind country: China, Vietnam), as served.
  const land = await contextLandOf(page);
  const inside = async (what: string) => {
    const [[w, s], [e, n]] = await page.evaluate(() => window.qnMap.getBounds().toArray());
    expect(w!, `${what}: west`).toBeGreaterThanOrEqual(land[0]!);
    expect(s!, `${what}: south`).toBeGreaterThanOrEqual(land[1]!);
    expect(e!, `${what}: east`).toBeLessThanOrEqual(land[2]!);
    expect(n!, `${what}: north`).toBeLessThanOrEqual(land[3]!);
  };
  await inside('home view');
  // What a person sees: the top corners (China, Vietnam) are not the colour of the open sea.
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const seaAt = await project(page, [107.9, 20.4]);
  const sea = await pixelAt(page, seaAt.x, seaAt.y);
  const off = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
  expect(off(await pixelAt(page, box.x + 3, box.y + 3), sea), 'top-left corner is land').toBeGreaterThan(6);
  expect(off(await pixelAt(page, box.x + box.width - 4, box.y + 3), sea), 'top-right corner is land').toBeGreaterThan(6);
  for (const center of PUSHED_TOWARDS) {
    await page.evaluate((c) => window.qnMap.jumpTo({ center: c, zoom: 6 }), center);
    await inside(`pushed towards ${center.join(', ')}`);
  }
});
