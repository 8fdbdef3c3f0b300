// The 2D map engine (src/lib/map2d) in Chromium with WebGL disabled (--disable-3d-apis), on its own test page.
import { expect, test, type Page } from '@playwright/test';
import type { Server } from 'node:http';
import { PNG } from 'pngjs';
import { buildAndServe } from './fixtures/map2d/serve';

let base = '';
let server: Server | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  ({ url: base, server } = await buildAndServe());
});
test.afterAll(() => server?.close());

interface Unit {
  code: string;
  label: [number, number];
}

async function open(page: Page, query = '') {
  await page.goto(`${base}/index.html${query}`);
  await expect(page.locator('html')).toHaveAttribute('data-map2d-ready', 'true');
}
const camera = (page: Page) => page.evaluate(() => (window as any).qn2d.map.getCamera() as { center: [number, number]; zoom: number });
const moveEnds = (page: Page) => page.evaluate(() => (window as any).qn2d.events.filter((e: any) => e.type === 'moveend').length as number);
const units = (page: Page) => page.evaluate(() => (window as any).qn2d.index.units.map((u: any) => ({ code: u.code, label: u.label })) as Unit[]);
const projectAll = (page: Page, points: [number, number][]) =>
  page.evaluate((ps) => ps.map((p) => (window as any).qn2d.map.project(p)) as [number, number][], points);
/** A distinct colour per unit: #rrggbb from its position in the list. */
const colourOf = (i: number) => `#${(40 + i * 3).toString(16).padStart(2, '0')}${(200 - i * 2).toString(16).padStart(2, '0')}a0`;
const hex = (rgb: number[]) =>
  `#${rgb
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;

test('WebGL is unavailable here, and the 2D map is drawn anyway', async ({ page }) => {
  await open(page);
  const webgl = await page.evaluate(() => (window as any).qn2d.webgl);
  expect(webgl.available).toBe(false);
  const scene = await page.evaluate(() => (window as any).qn2d.map.getScene().layers.map((l: any) => [l.id, l.features.length]));
  expect(scene).toContainEqual(['communes', 54]);
});

test('all 54 units are drawn where they are: each unit’s own fill colour under its label point, and the hit test names it', async ({ page }) => {
  await open(page, '?labels=0&sites=0&zones=0');
  const list = await units(page);
  expect(list).toHaveLength(54);
  await page.evaluate((fills) => (window as any).qn2d.setFills(fills), Object.fromEntries(list.map((u, i) => [u.code, colourOf(i)])));
  const points = await projectAll(
    page,
    list.map((u) => u.label),
  );
  const found = await page.evaluate((ps) => {
    const map = (window as any).qn2d.map;
    const canvas = map.toCanvas() as HTMLCanvasElement;
    const ctx = canvas.getContext('2d')!;
    const dpr = canvas.width / canvas.clientWidth;
    return ps.map(([x, y]) => ({ rgb: [...ctx.getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data], hit: map.queryAt([x, y])[0]?.id ?? null }));
  }, points);
  const viewport = page.viewportSize()!;
  list.forEach((u, i) => {
    const [x, y] = points[i]!;
    expect(x > 0 && y > 0 && x < viewport.width && y < viewport.height, `${u.code} on screen`).toBe(true);
    expect(found[i]!.hit, `hit at ${u.code}'s label point`).toBe(u.code);
    expect(hex(found[i]!.rgb), `colour at ${u.code}'s label point`).toBe(colourOf(i));
  });
});

test('a themed unit shows its colour on screen (pixel of a screenshot)', async ({ page }) => {
  await open(page, '?labels=0&sites=0');
  const [unit] = await units(page);
  await page.evaluate((code) => (window as any).qn2d.setFills({ [code]: '#225ea8' }), unit!.code);
  const [[x, y]] = (await projectAll(page, [unit!.label])) as [[number, number]];
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } }));
  expect(hex([...png.data])).toBe('#225ea8');
});

test('a click on a unit gives its code (topmost first) and selects it', async ({ page }) => {
  await open(page, '?sites=0');
  const list = await units(page);
  const target = list[10]!;
  const [[x, y]] = (await projectAll(page, [target.label])) as [[number, number]];
  await page.mouse.click(x, y);
  const click = await page.evaluate(() => (window as any).qn2d.events.find((e: any) => e.type === 'click')?.payload);
  expect(click.hits[0]).toEqual({ layer: 'communes', id: target.code });
  // Within a pixel (~0.002° at the home zoom) of the label point clicked.
  expect(Math.abs(click.lngLat[0] - target.label[0])).toBeLessThan(0.003);
  expect(Math.abs(click.lngLat[1] - target.label[1])).toBeLessThan(0.003);
  const selected = await page.evaluate(
    (code) =>
      (window as any).qn2d.map
        .getScene()
        .layers.find((l: any) => l.id === 'communes')
        .features.find((f: any) => f.id === code).look.selected,
    target.code,
  );
  expect(selected).toBe(true);
});

test('wheel zooms around the pointer, drag pans', async ({ page }) => {
  await open(page);
  const start = await camera(page);
  await page.mouse.move(700, 400);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(start.zoom + 0.5);
  const zoomed = await camera(page);
  await page.mouse.move(700, 400);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(700 - i * 20, 400 - i * 10);
  await page.mouse.up();
  const panned = await camera(page);
  expect(panned.zoom).toBeCloseTo(zoomed.zoom, 6);
  // Dragging the map left and up shows what lies east and south.
  expect(panned.center[0]).toBeGreaterThan(zoomed.center[0]);
  expect(panned.center[1]).toBeLessThan(zoomed.center[1]);
  // The point under the pointer moved exactly with it: 200 px × the metres a pixel.
  const [[x]] = (await projectAll(page, [zoomed.center])) as [[number, number]];
  expect(x).toBeCloseTo(640 - 200, 0);
});

test('keyboard: arrows pan, + and - zoom', async ({ page }) => {
  await open(page);
  await page.locator('canvas').focus();
  const start = await camera(page);
  let ends = await moveEnds(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => moveEnds(page)).toBeGreaterThan(ends);
  const right = await camera(page);
  expect(right.center[0]).toBeGreaterThan(start.center[0]);
  expect(right.center[1]).toBeCloseTo(start.center[1], 9);
  ends = await moveEnds(page);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => moveEnds(page)).toBeGreaterThan(ends);
  expect((await camera(page)).center[1]).toBeLessThan(right.center[1]);
  ends = await moveEnds(page);
  await page.keyboard.press('+');
  await expect.poll(() => moveEnds(page)).toBeGreaterThan(ends);
  expect((await camera(page)).zoom).toBeCloseTo(start.zoom + 1, 6);
  ends = await moveEnds(page);
  await page.keyboard.press('-');
  await expect.poll(() => moveEnds(page)).toBeGreaterThan(ends);
  expect((await camera(page)).zoom).toBeCloseTo(start.zoom, 6);
});

test.describe('touch', () => {
  test.use({ hasTouch: true, viewport: { width: 412, height: 780 } });
  test('two fingers moving apart zoom in; one finger pans', async ({ page }) => {
    await open(page);
    const cdp = await page.context().newCDPSession(page);
    const start = await camera(page);
    const touch = (type: string, points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) } as never);
    await touch('touchStart', [
      [166, 390],
      [246, 390],
    ]);
    for (let i = 1; i <= 10; i++)
      await touch('touchMove', [
        [166 - i * 8, 390],
        [246 + i * 8, 390],
      ]);
    await touch('touchEnd', []);
    await expect.poll(() => moveEnds(page)).toBeGreaterThan(0);
    const pinched = await camera(page);
    // Fingers 80 px apart end 240 px apart: three times the scale, log2(3) ≈ 1.58 zoom levels.
    expect(pinched.zoom - start.zoom).toBeCloseTo(Math.log2(3), 1);
    const ends = await moveEnds(page);
    await touch('touchStart', [[200, 400]]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [[200 + i * 10, 400]]);
    await touch('touchEnd', []);
    await expect.poll(() => moveEnds(page)).toBeGreaterThan(ends);
    expect((await camera(page)).center[0]).toBeLessThan(pinched.center[0]);
  });
});

test('flyTo moves the camera to its target (fly and cross-fade)', async ({ page }) => {
  await open(page);
  const target = { center: [107.75, 21.25] as [number, number], zoom: 10.5 };
  await page.evaluate((t) => (window as any).qn2d.map.flyTo(t, { duration: 400 }), target);
  let c = await camera(page);
  expect(c.zoom).toBeCloseTo(10.5, 6);
  expect(c.center[0]).toBeCloseTo(107.75, 6);
  await page.evaluate(() => (window as any).qn2d.map.flyTo({ center: [107.2, 21.1], zoom: 9 }, { mode: 'fade', duration: 300 }));
  c = await camera(page);
  expect(c.zoom).toBeCloseTo(9, 6);
  expect(c.center[1]).toBeCloseTo(21.1, 6);
});

test('PNG export: the canvas gives a non-blank image of the map', async ({ page }) => {
  await open(page);
  const dataUrl = await page.evaluate(() => ((window as any).qn2d.map.toCanvas() as HTMLCanvasElement).toDataURL('image/png'));
  const png = PNG.sync.read(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  expect(png.width).toBe(page.viewportSize()!.width);
  const colours = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4 * 7) {
    const key = hex([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
    colours.set(key, (colours.get(key) ?? 0) + 1);
  }
  const samples = png.data.length / 4 / 7;
  // Sea, land of the province, neighbours, lines and labels: many colours, the sea not everywhere.
  expect(colours.size).toBeGreaterThan(20);
  expect((colours.get('#c9dde8') ?? 0) / samples).toBeLessThan(0.6);
  expect((colours.get('#fbfaf6') ?? 0) / samples).toBeGreaterThan(0.1);
});

test('the first picture (home.svg) lines up with the 2D map: land and sea at the same pixels', async ({ page }) => {
  await open(page, '?labels=0&sites=0&zones=0');
  const list = await units(page);
  const points = await projectAll(
    page,
    list.map((u) => u.label),
  );
  const sea: [number, number] = [1150, 700];
  const shotOf = async () => PNG.sync.read(await page.screenshot());
  const map2d = await shotOf();
  await page.goto(`${base}/first-svg.html`);
  await expect(page.locator('html')).toHaveAttribute('data-first-picture', /\d+/);
  const first = await shotOf();
  const at = (png: PNG, [x, y]: [number, number]) => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return hex([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]);
  };
  for (const p of points) expect(at(first, p)).toBe(at(map2d, p));
  expect(at(first, sea)).toBe(at(map2d, sea));
});
