// Your own layers as a planner brings them: a VN-2000 Shapefile from the planning institute, a
// KML, a CSV with coordinates, by file picker and by drag and drop; bad files each get a plain
// message and nothing already imported is lost; the layers are still there after a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, planLayer, project, setLayer, waitForIdle } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/in/import');
const fixture = (name: string) => join(FIXTURES, name);

/** Drops a file on the map area, as a person dragging it from the desktop. */
async function dropFile(page: Page, name: string, bytes: Buffer | { size: number }) {
  await page.evaluate(
    ({ name, b64, size }) => {
      const data = b64 !== null ? Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)) : new Uint8Array(size);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name));
      const stage = document.querySelector('main.stage')!;
      for (const type of ['dragenter', 'dragover', 'drop']) stage.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: Buffer.isBuffer(bytes) ? bytes.toString('base64') : null, size: Buffer.isBuffer(bytes) ? 0 : bytes.size },
  );
}

const list = (page: Page) => page.getByTestId('user-layer-list');
const layerIds = (page: Page) =>
  list(page)
    .locator(':scope > li')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-layer-id')!));

/** Each rendered point of an imported layer, with the 2025 unit drawn under it. */
async function pointsOnUnits(page: Page, layerId: string): Promise<{ code: unknown; unit: string | null }[]> {
  await waitForIdle(page);
  const points = await page.evaluate(
    (id) =>
      window.qnMap
        .queryRenderedFeatures({ layers: [`user:${id}:point`] })
        .map((f) => ({ props: f.properties, at: (f.geometry as GeoJSON.Point).coordinates as [number, number] })),
    layerId,
  );
  const out: { code: unknown; unit: string | null }[] = [];
  for (const p of points) {
    const xy = await project(page, p.at);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const unit = await page.evaluate(([x, y]) => window.qnMap.queryRenderedFeatures([x, y], { layers: ['communes-fill'] })[0]?.id ?? null, [
      xy.x - box.x,
      xy.y - box.y,
    ] as [number, number]);
    out.push({ code: p.props.MA_DVHC ?? p.props.code ?? p.props.ma, unit: unit === null ? null : String(unit) });
  }
  return out.sort((a, b) => String(a.code).localeCompare(String(b.code)));
}

test('a VN-2000 / TM-3 107°45′ Shapefile lands on its 2025 units; a KML and a CSV follow; reload keeps them', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles(fixture('qn-vn2000-tm3.zip'));
  await expect(list(page).locator(':scope > li')).toHaveCount(1);
  await expect(list(page)).toContainText('qn-vn2000-tm3');
  await expect(list(page)).toContainText('6 đối tượng');
  await expect(list(page)).toContainText('vn2000-tm3-qn');
  const [shp] = await layerIds(page);
  const onUnits = await pointsOnUnits(page, shp!);
  expect(onUnits).toEqual([
    { code: '06652', unit: '06652' },
    { code: '06970', unit: '06970' },
    { code: '07192', unit: '07192' },
  ]);
  // The polygons are drawn too.
  expect(await page.evaluate((id) => window.qnMap.queryRenderedFeatures({ layers: [`user:${id}:fill`] }).length, shp!)).toBeGreaterThan(0);

  // Coloured by an attribute: a legend with each value and its count; the map paints by it.
  await list(page).locator(`li[data-layer-id="${shp}"]`).getByTestId('user-layer-colour-by').selectOption('MA_DVHC');
  const legend = list(page).locator(`li[data-layer-id="${shp}"]`).getByTestId('user-layer-legend');
  await expect(legend.locator('li')).toHaveText(['06652 (2)', '06970 (2)', '07192 (2)']);
  await expect.poll(() => page.evaluate((id) => JSON.stringify(window.qnMap.getPaintProperty(`user:${id}:fill`, 'fill-color')), shp!)).toContain('"match"');

  // A KML, dropped on the map: its HTML description is kept as text, with a note.
  await dropFile(page, 'qn-points.kml', readFileSync(fixture('qn-points.kml')));
  await expect(list(page).locator(':scope > li')).toHaveCount(2);
  await expect(page.getByTestId('import-issues')).toContainText('chỉ hiển thị dưới dạng chữ');
  const kml = (await layerIds(page))[1]!;
  expect((await pointsOnUnits(page, kml)).map((p) => p.unit)).toEqual(['06652', '06970', '07192']);

  // A CSV with kinh_do / vi_do columns.
  await page.getByTestId('import-input').setInputFiles(fixture('qn-points.csv'));
  await expect(list(page).locator(':scope > li')).toHaveCount(3);
  const csv = (await layerIds(page))[2]!;
  expect((await pointsOnUnits(page, csv)).map((p) => p.unit)).toEqual(['06652', '06970', '07192']);

  // Hide, recolour, remove: the map follows.
  await list(page).locator(`li[data-layer-id="${csv}"] input[type=checkbox]`).uncheck();
  await waitForIdle(page);
  expect(await page.evaluate((id) => window.qnMap.getLayoutProperty(`user:${id}:point`, 'visibility'), csv)).toBe('none');
  await list(page).locator(`li[data-layer-id="${kml}"] input[type=color]`).fill('#123456');
  await expect.poll(() => page.evaluate((id) => window.qnMap.getPaintProperty(`user:${id}:point`, 'circle-color'), kml)).toBe('#123456');

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
  await expect(list(page).locator(':scope > li')).toHaveCount(3);
  expect(await layerIds(page)).toEqual([shp, kml, csv]);
  expect((await pointsOnUnits(page, shp!)).map((p) => p.unit)).toEqual(['06652', '06970', '07192']);
  expect(await page.evaluate((id) => window.qnMap.getPaintProperty(`user:${id}:point`, 'circle-color'), kml)).toBe('#123456');
  await expect(list(page).locator(`li[data-layer-id="${shp}"]`).getByTestId('user-layer-legend').locator('li')).toHaveCount(3);

  await list(page).locator(`li[data-layer-id="${csv}"]`).getByTestId('user-layer-remove').click();
  await expect(list(page).locator(':scope > li')).toHaveCount(2);
  await expect.poll(() => page.evaluate((id) => !!window.qnMap.getSource(`user:${id}`), csv)).toBe(false);
  // The removal is written to IndexedDB after the list updates: reload once it is stored.
  await expect.poll(() => storedLayerCount(page)).toBe(2);
  await page.reload();
  await expect(list(page).locator(':scope > li')).toHaveCount(2);
});

test('a Shapefile without .prj asks for the system, VN-2000 / Quảng Ninh first, and lands right', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles(fixture('qn-vn2000-tm3-noprj.zip'));
  const question = page.getByTestId('import-question');
  await expect(question).toContainText('không có .prj');
  const first = question.locator('fieldset button').first();
  await expect(first).toContainText('VN-2000 / TM-3 107°45′ (Quảng Ninh)');
  await expect(first).toContainText('rơi vào Quảng Ninh');
  await first.click();
  await expect(list(page).locator(':scope > li')).toHaveCount(1);
  const [id] = await layerIds(page);
  expect((await pointsOnUnits(page, id!)).map((p) => p.unit)).toEqual(['06652', '06970', '07192']);
});

test('bad input: each file gets its plain message and nothing imported before is lost; names stay text', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles(fixture('qn-points.kml'));
  await expect(list(page).locator(':scope > li')).toHaveCount(1);
  const issues = page.getByTestId('import-issues');

  const cases: [string, Buffer | { size: number }, string][] = [
    ['broken.geojson', readFileSync(fixture('broken.geojson')), 'broken.geojson: tệp bị lỗi, không đọc được'],
    ['unknown-projection.zip', readFileSync(fixture('unknown-projection.zip')), 'unknown-projection.zip: không nhận ra hệ tọa độ của tệp (.prj)'],
    ['big.geojson', { size: 51 * 2 ** 20 }, 'big.geojson: tệp vượt giới hạn'],
    ['far-away.geojson', readFileSync(fixture('far-away.geojson')), 'nằm xa ngoài Quảng Ninh'],
  ];
  for (const [name, bytes, message] of cases) {
    await dropFile(page, name, bytes);
    await expect(issues, name).toContainText(message);
    await expect(list(page).locator(':scope > li'), name).toHaveCount(1);
    await expect(list(page)).toContainText('qn-points');
    await issues.getByRole('button').click();
  }

  // Markup in a name: listed as the literal text, never as an element.
  await dropFile(page, 'markup.geojson', readFileSync(fixture('markup.geojson')));
  await expect(list(page).locator(':scope > li')).toHaveCount(2);
  await expect(issues).toContainText('chỉ hiển thị dưới dạng chữ');
  await expect(list(page).locator(':scope > li').nth(1)).toContainText('markup');
  expect(await page.locator('[data-testid=user-layers] img, [data-testid=user-layers] script').count()).toBe(0);
  await page.reload();
  await expect(list(page).locator(':scope > li')).toHaveCount(2);
});

test('an imported layer is a target of "within N km of" in the filters', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles(fixture('qn-vn2000-tm3.zip'));
  await expect(list(page).locator(':scope > li')).toHaveCount(1);
  const [id] = await layerIds(page);
  await page.getByRole('tab', { name: 'Lọc' }).click();
  await page.getByTestId('near-target').selectOption(`user:${id}`);
  await page.getByTestId('near-km').fill('0.2');
  await page.getByTestId('add-near').click();
  await expect(page.getByTestId('active-filters')).toContainText('Lớp của bạn: qn-vn2000-tm3');
  const codes = await page
    .getByTestId('filter-results')
    .locator('button[data-code]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!).sort());
  expect(codes).toEqual(['06652', '06970', '07192']);
});

/** How many layers the browser's IndexedDB holds for the app (src/lib/import/store.ts). */
function storedLayerCount(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('qn-imports');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('layers').objectStore('layers').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test('imported points, lines and areas answer hover (pointer) and click on the WebGL map with their card; the selected one draws wider', async ({ page }) => {
  await openApp(page, '/?c=107.5,21.15,9.5');
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('import-input').setInputFiles(planLayer());
  await expect(list(page).locator(':scope > li')).toHaveCount(1);
  const [id] = await layerIds(page);
  await waitForIdle(page);
  const cursor = () => page.locator('.maplibregl-canvas').evaluate((c) => (c as HTMLCanvasElement).style.cursor);
  const state = (index: number) => page.evaluate(([source, i]) => window.qnMap.getFeatureState({ source, id: i }), [`user:${id}`, index] as [string, number]);
  const panel = page.getByTestId('info-panel');

  // An area: a hand over it, a click opens its card and marks it selected.
  const inside = await project(page, [107.4, 21.25]);
  await page.mouse.move(inside.x, inside.y);
  await expect.poll(cursor).toBe('pointer');
  await expect.poll(async () => (await state(0)).hovered).toBe(true);
  await page.mouse.click(inside.x, inside.y);
  await expect(panel.locator('h2')).toHaveText('Khu đất dự kiến');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('Vùng');
  await expect(panel.getByTestId('user-feature-attributes')).toContainText('120');
  await expect.poll(async () => (await state(0)).selected).toBe(true);
  // An imported feature is known only in this browser: the link does not carry it.
  expect(new URL(page.url()).searchParams.get('s') ?? '').not.toMatch(/^user/);

  // A line, a pixel or two off it (no name in the file: numbered); the area is no longer marked.
  const onLine = await project(page, [107.55, 21.15]);
  await page.mouse.click(onLine.x, onLine.y + 2);
  await expect(panel.locator('h2')).toHaveText('Đối tượng 2');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('Đường');
  await expect.poll(async () => (await state(1)).selected).toBe(true);
  expect((await state(0)).selected).toBe(false);

  // A point, clicked beside its centre.
  const point = await project(page, [107.7, 21.05]);
  await page.mouse.click(point.x + 3, point.y);
  await expect(panel.locator('h2')).toHaveText('Điểm khảo sát');
  await expect(panel.getByTestId('user-feature-kind')).toContainText('Điểm');

  // A unit next to them still opens the unit's card.
  const unit = await project(page, [107.5, 21.05]);
  await page.mouse.click(unit.x, unit.y);
  await expect(panel.getByTestId('user-feature-kind')).toHaveCount(0);
  await page.keyboard.press('Escape');
});
