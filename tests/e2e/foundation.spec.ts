// The foundation as a person sees it: an offline map of Quảng Ninh, its 54 units, districts, panels.
import { expect, test } from '@playwright/test';
import { distinctColours, expectPanelTitle, openApp, project, recordForeignRequests, renderedIds, setLayer, waitForIdle } from './helpers';

test('opens fitted to the province with all 54 units of 2025 rendered, and no request to another host', async ({ page }) => {
  const foreign = recordForeignRequests(page);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openApp(page);
  const units = await renderedIds(page, 'communes-fill');
  expect(units).toHaveLength(54);
  expect(units).toContain('06970'); // Xã Ba Chẽ, under its corrected code
  expect(units).not.toContain('06978');
  // The province fills the view: its box is inside the viewport.
  const inView = await page.evaluate(() => {
    const b = window.qnMap.getBounds();
    return b.getWest() <= 106.44 && b.getEast() >= 108.07 && b.getSouth() <= 20.72 && b.getNorth() >= 21.66;
  });
  expect(inView).toBe(true);
  expect(await distinctColours(page)).toBeGreaterThan(20);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('draws sea, land, the Chinese side, province outline and economic zones from our archive', async ({ page }) => {
  await openApp(page);
  const counts = await page.evaluate(() => {
    const q = (layer: string) => window.qnMap.queryRenderedFeatures({ layers: [layer] });
    return {
      context: [...new Set(q('context-fill').map((f) => f.properties.name))].sort(),
      province: q('province-line').length > 0,
      zones: [...new Set(q('zones-line').map((f) => f.properties.code))].sort(),
    };
  });
  expect(counts.context).toContain('China');
  expect(counts.province).toBe(true);
  expect(counts.zones).toEqual(['kkt_mong_cai', 'kkt_van_don']);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('sapnhap.bando.com.vn');
});

test('Vietnamese labels are placed with the self-hosted font', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (r) => r.url().includes('be-vietnam-pro') && fontRequests.push(r.url()));
  await openApp(page);
  const labels = await page.evaluate(() => window.qnMap.queryRenderedFeatures({ layers: ['labels-communes'] }).map((f) => f.properties.name as string));
  expect(labels.length).toBeGreaterThan(30);
  expect(labels).toContain('Ba Chẽ');
  expect(labels).toContain('Đông Mai');
  expect(labels).toContain('Mạo Khê');
  // One file per weight, subset to the app's characters (pipeline/fonts.ts), Vietnamese included.
  expect(fontRequests.some((u) => /be-vietnam-pro-400-[\w-]+\.woff2$/.test(u))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('14px "Be Vietnam Pro"', 'Đông Mai, Ba Chẽ, Mạo Khê'))).toBe(true);
  expect(await page.evaluate(() => window.qnMap.getStyle().glyphs)).toBeUndefined();
});

test('hovering a unit highlights it', async ({ page }) => {
  await openApp(page);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  const label = await page.evaluate(() =>
    fetch('/data/index.json')
      .then((r) => r.json())
      .then((i) => i.units.find((u: { code: string }) => u.code === '06862').label),
  );
  const at = await project(page, label); // Xã Tiên Yên
  await page.mouse.move(at.x - 5, at.y - 5);
  await page.mouse.move(at.x, at.y);
  await expect.poll(() => page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'communes_2025', id: '06862' }).hover)).toBe(true);
});

test('clicking a unit opens its panel with name, type, area, district and lineage', async ({ page }) => {
  await openApp(page);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  const label = await page.evaluate(() =>
    fetch('/data/index.json')
      .then((r) => r.json())
      .then((i) => i.units.find((u: { code: string }) => u.code === '06970').label),
  );
  const at = await project(page, label);
  await page.mouse.click(at.x, at.y);
  await expectPanelTitle(page, 'Xã Ba Chẽ');
  const panel = page.getByTestId('info-panel');
  await expect(panel).toContainText('km²');
  await expect(panel).toContainText('Huyện Ba Chẽ');
  await expect(panel).toContainText('Thị trấn Ba Chẽ');
  await expect(panel).toContainText('Xã Hải Lạng');
  await expect(panel).toContainText('một phần');
  await expect(panel).toContainText('Huyện Tiên Yên');
  expect(await page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'communes_2025', id: '06970' }).selected)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('the version switch shows the 13 districts of 2020–2025, approximate ones marked with the reason', async ({ page }) => {
  await openApp(page);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByLabel('Huyện 2020–2025 (13)').check();
  await waitForIdle(page);
  const ids = await renderedIds(page, 'districts-fill');
  expect(ids.filter((id) => !id.startsWith('mixed:'))).toHaveLength(13);
  expect(ids.filter((id) => id.startsWith('mixed:'))).toEqual(['mixed:06979', 'mixed:06985']);
  expect(await renderedIds(page, 'communes-fill')).toEqual([]);
  const approx = await renderedIds(page, 'districts-line-approx');
  expect(approx).toEqual(expect.arrayContaining(['193', '195', '198', '199', '202']));
  expect(approx).not.toContain('194');

  // An approximate district: dashed outline and hatch on the map, the reason in the panel.
  const halong = await page.evaluate(() =>
    fetch('/data/index.json')
      .then((r) => r.json())
      .then((i) => i.districts.find((d: { code: string }) => d.code === '193').label),
  );
  const at = await project(page, halong);
  await page.mouse.click(at.x, at.y);
  await expectPanelTitle(page, 'Thành phố Hạ Long');
  await expect(page.getByTestId('info-panel')).toContainText('Ranh giới gần đúng');
  await expect(page.getByTestId('info-panel')).toContainText('Xã Kỳ Thượng');

  // An exact one says so.
  await page.getByTestId('info-panel').getByRole('button', { name: 'Đóng' }).click();
  const mongcai = await page.evaluate(() =>
    fetch('/data/index.json')
      .then((r) => r.json())
      .then((i) => i.districts.find((d: { code: string }) => d.code === '194').label),
  );
  const at2 = await project(page, mongcai);
  await page.mouse.click(at2.x, at2.y);
  await expectPanelTitle(page, 'Thành phố Móng Cái');
  await expect(page.getByTestId('info-panel')).toContainText('Ranh giới chính xác');
});

test('layer toggles hide and show the economic zones', async ({ page }) => {
  await openApp(page);
  await setLayer(page, 'Khu kinh tế', false);
  expect(await renderedIds(page, 'zones-line')).toEqual([]);
  await setLayer(page, 'Khu kinh tế', true);
  expect(await renderedIds(page, 'zones-line')).toEqual(['kkt_mong_cai', 'kkt_van_don']);
});

test('the sources dialog lists every source with licence', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Nguồn dữ liệu' }).click();
  const dialog = page.getByTestId('sources-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Natural Earth');
  await expect(dialog).toContainText('MIT');
  await expect(dialog).toContainText('dvhcvn/20250701');
  // Every seed article and web page behind a figure has its own entry.
  const cited = dialog.getByTestId('sources-cited');
  await expect(cited.locator('li[data-kind="seed"]')).toHaveCount(5);
  await expect(cited).toContainText('bài báo nguồn 002');
  await expect(cited).toContainText('Móng Cái: Lan tỏa khát vọng đổi mới');
  await expect(cited.locator('li[data-kind="web"] a').first()).toHaveAttribute('href', /^https?:\/\//);
});
