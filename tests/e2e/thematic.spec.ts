// Thematic maps as a planner uses them: colours of named units, legend, ranking, cited figures.
import { expect, test, type Page } from '@playwright/test';
import { classify } from '../../src/lib/geo/classify';
import { mapTheme } from '../../src/lib/style/map-theme';
import { NTM_COLOURS, indicatorPalette, sequentialColours } from '../../src/lib/style/palette';
import { openApp, project, setLayer, waitForIdle, dominantColourAt } from './helpers';

interface Indexed {
  units: { code: string; label: [number, number] }[];
  districts: { code: string; label: [number, number] }[];
}

async function loadIndex(page: Page): Promise<Indexed> {
  return page.evaluate(() => fetch('/data/index.json').then((r) => r.json()));
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

/** The most common colour in a 9×9 box around a map point (ignores hatch lines and dots). */
const colourAt = async (page: Page, lngLat: [number, number]) => dominantColourAt(page, await project(page, lngLat));

function expectColour(actual: number[], expected: string, what: string) {
  const want = hex(expected);
  const off = Math.max(...actual.map((v, i) => Math.abs(v - want[i]!)));
  expect(off, `${what}: rendered rgb(${actual}) vs ${expected}`).toBeLessThanOrEqual(6);
}

async function openThemed(page: Page) {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  // Labels and site symbols off, so the sampled pixels are the fill itself.
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
}

test('NTM theme colours the 2025 units by class, with a legend that has no-data and not-applicable', async ({ page }) => {
  await openThemed(page);
  await page.getByTestId('theme-select').selectOption('ntm');
  await waitForIdle(page);
  const index = await loadIndex(page);
  const label = (code: string) => index.units.find((u) => u.code === code)!.label;
  expectColour(await colourAt(page, label('07090')), NTM_COLOURS.kieu_mau, 'Phường An Sinh (3 former kiểu mẫu communes)');
  expectColour(await colourAt(page, label('06712')), NTM_COLOURS.nang_cao, 'Phường Móng Cái 1 (Hải Xuân nâng cao)');
  expectColour(await colourAt(page, label('06970')), NTM_COLOURS.dat_chuan, 'Xã Ba Chẽ');
  expectColour(await colourAt(page, label('06652')), NTM_COLOURS.not_applicable, 'Phường Hà Tu (urban)');
  const legend = page.getByTestId('theme-legend');
  await expect(legend.locator('li')).toHaveCount(7);
  await expect(page.getByTestId('legend-ward-rule')).toHaveText(
    '4 phường cũ có bản ghi NTM từ khi còn là xã được tính như xã; phường, thị trấn cũ khác không xét NTM.',
  );
  await expect(legend).toContainText('NTM kiểu mẫu');
  await expect(legend).toContainText('Không có số liệu');
  await expect(legend).toContainText('Đô thị — không áp dụng NTM');
  await expect(legend).toContainText('Có xã cũ đạt NTM kiểu mẫu');
  // The kiểu mẫu pattern is on for units with a former kiểu mẫu commune.
  expect(await page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'communes_2025', id: '06724' }).kieuMau)).toBe(true);
});

test('a 2025 unit panel shows its NTM composition and each former commune with its level and source', async ({ page }) => {
  await openThemed(page);
  await page.getByTestId('theme-select').selectOption('ntm');
  await waitForIdle(page);
  const index = await loadIndex(page);
  const at = await project(page, index.units.find((u) => u.code === '07090')!.label);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByTestId('info-panel');
  await expect(panel.locator('h2')).toHaveText('Phường An Sinh');
  await expect(panel.getByTestId('ntm-summary')).toContainText('NTM kiểu mẫu');
  await expect(panel.getByTestId('ntm-summary')).toContainText('3 trên 4 xã cũ: NTM kiểu mẫu');
  await expect(panel).toContainText('Xã Việt Dân');
  await expect(panel).toContainText('daidoanket.vn');
});

test('switching indicator, year, classes and method recolours named districts as the palette says', async ({ page }) => {
  await openThemed(page);
  const index = await loadIndex(page);
  const label = (code: string) => index.districts.find((d) => d.code === code)!.label;
  const reloads = await page.evaluate(() => {
    (window as unknown as { tileLoads: number }).tileLoads = 0;
    window.qnMap.on('dataloading', (e) => {
      if ((e as { tile?: unknown }).tile) (window as unknown as { tileLoads: number }).tileLoads++;
    });
    return 0;
  });
  expect(reloads).toBe(0);

  await page.getByTestId('theme-select').selectOption('indicator:income_per_capita');
  await expect(page.getByTestId('year-select')).toHaveValue('2023');
  await waitForIdle(page);
  // 2023, whole-district income: Tiên Yên 76.92, Đầm Hà >80, Đông Triều >163 — three values, one class each.
  // Ba Chẽ's 64.3 is rural-only income: it has its own indicator and leaves this map white.
  const threeOf2023 = sequentialColours(3);
  expectColour(await colourAt(page, label('199')), threeOf2023[0]!, 'Tiên Yên 2023');
  expectColour(await colourAt(page, label('205')), threeOf2023[2]!, 'Đông Triều 2023');
  expectColour(await colourAt(page, label('202')), '#ffffff', 'Ba Chẽ 2023 (rural-only figure: not on this map)');
  expectColour(await colourAt(page, label('201')), '#ffffff', 'Hải Hà 2023 (no data)');
  const legend = page.getByTestId('theme-legend');
  await expect(legend).toContainText('163 triệu đồng/người/năm');
  await expect(legend).toContainText('Không có số liệu');
  await expect(page.getByTestId('legend-coverage')).toHaveText('3 trên 13 huyện có số liệu này cho năm 2023; không lấy số của năm khác.');
  await expect(legend).toContainText('trên …: nguồn ghi “trên/hơn” (cận dưới)');
  // A figure the source bounds ("trên 163 triệu") keeps its bound in the ranking chart.
  await expect(page.getByTestId('ranking-chart')).toContainText('trên 163');

  // Three classes, quantile vs equal interval: colours follow the palette built from the full table.
  await page.getByTestId('classes-select').selectOption('3');
  const values = [76.92, 80, 163, ...Array(10).fill(null)];
  for (const method of ['equal', 'quantile', 'jenks'] as const) {
    await page.getByTestId('method-select').selectOption(method);
    await waitForIdle(page);
    const palette = indicatorPalette(classify(values, method, 3), '', String, '');
    expectColour(await colourAt(page, label('199')), palette.colourFor(76.92), `Tiên Yên, ${method}`);
    expectColour(await colourAt(page, label('205')), palette.colourFor(163), `Đông Triều, ${method}`);
  }

  // Another year: 2021 has Hạ Long, Cẩm Phả, Vân Đồn; Đông Triều has no value then.
  await page.getByTestId('year-select').selectOption('2021');
  await waitForIdle(page);
  const three = sequentialColours(3);
  expectColour(await colourAt(page, label('203')), three[2]!, 'Vân Đồn 2021 (122)');
  expectColour(await colourAt(page, label('205')), '#ffffff', 'Đông Triều 2021 (no data)');

  // Another indicator: production value 2023, Hải Hà 33,497 > Đầm Hà 8,351.
  await page.getByTestId('theme-select').selectOption('indicator:production_value');
  await waitForIdle(page);
  const two = sequentialColours(2);
  expectColour(await colourAt(page, label('201')), two[1]!, 'Hải Hà production value 2023');
  expectColour(await colourAt(page, label('200')), two[0]!, 'Đầm Hà production value 2023');
  await expect(page.getByTestId('year-select').locator('option')).toHaveText(['2023']);

  // Recolouring never reloaded a tile.
  expect(await page.evaluate(() => (window as unknown as { tileLoads: number }).tileLoads)).toBe(0);
});

test('the ranking chart and the map highlight each other, and a bar opens the district', async ({ page }) => {
  await openThemed(page);
  await page.getByTestId('theme-select').selectOption('indicator:production_value');
  await waitForIdle(page);
  const chart = page.getByTestId('ranking-chart');
  await expect(chart.locator('.bar-row')).toHaveCount(2);
  await expect(chart.locator('.bar-row').first()).toContainText('Hải Hà');
  await expect(chart).toContainText('Không có số liệu:');
  await chart.locator('[data-code="200"]').hover();
  await expect.poll(() => page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'districts_2020', id: '200' }).hover)).toBe(true);
  // Map → chart.
  const index = await loadIndex(page);
  const at = await project(page, index.districts.find((d) => d.code === '201')!.label);
  await page.mouse.move(at.x, at.y);
  await expect(chart.locator('[data-code="201"]')).toHaveClass(/active/);
  await chart.locator('[data-code="200"]').click();
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Huyện Đầm Hà');
});

test('a district panel lists its figures with unit, year, source and quote (seed figures)', async ({ page }) => {
  await openThemed(page);
  await page.getByLabel('Huyện 2020–2025 (13)').check();
  await waitForIdle(page);
  const index = await loadIndex(page);
  const at = await project(page, index.districts.find((d) => d.code === '201')!.label);
  await page.mouse.click(at.x, at.y);
  const facts = page.getByTestId('info-panel').getByTestId('fact-list');
  await expect(facts).toContainText('33.497');
  await expect(facts).toContainText('tỷ đồng');
  await expect(facts).toContainText('trên 385');
  await expect(facts).toContainText('1.600 triệu USD');
  await expect(facts).toContainText('bài báo nguồn 001');
  await expect(facts).toContainText('Các nguồn khác nhau cho số khác nhau');
  await facts.locator('details').first().locator('summary').click();
  await expect(facts.locator('blockquote').first()).toBeVisible();

  await page.getByTestId('info-panel').getByRole('button', { name: 'Đóng' }).click();
  const mc = await project(page, index.districts.find((d) => d.code === '194')!.label);
  await page.mouse.click(mc.x, mc.y);
  await expect(facts).toContainText('1.357,5');
  await expect(facts).toContainText('429');
  await expect(page.getByTestId('info-panel')).toContainText('1413/QĐ-TTg');
});

test('province figures: 8-month 2023 FDI and domestic investment with their source', async ({ page }) => {
  await openThemed(page);
  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  const panel = page.getByTestId('info-panel');
  await expect(panel.locator('h2')).toHaveText('Tỉnh Quảng Ninh');
  // The quotes say "trên 853 triệu USD", "trên 45.300 tỷ đồng": the bound is shown, in Vietnamese words.
  await expect(panel).toContainText('trên 853 triệu USD');
  await expect(panel).toContainText('trên 45.300 tỷ đồng');
  await expect(panel).toContainText('98/98');
});

// Issue 17 item 10: the ward outlines take in Cửa Lục bay; its approximate water is drawn over the theme.
test('Cửa Lục bay reads as water at zoom 12 over the NTM theme; Bãi Cháy land keeps its theme colour', async ({ page }) => {
  await openApp(page, '/?c=107.045,20.99,12&off=labels,sites');
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await expect(page.getByTestId('theme-legend')).toContainText('NTM kiểu mẫu');
  await waitForIdle(page);
  expectColour(await colourAt(page, [107.05, 20.99]), mapTheme.colours.sea, 'Cửa Lục bay, 107.05 E 20.99 N');
  const land = await colourAt(page, [107.055, 20.952]);
  const themed = Object.values(NTM_COLOURS).map(hex);
  expect(
    themed.some((c) => c.every((v, i) => Math.abs(v - land[i]!) <= 6)),
    `Bãi Cháy land rgb(${land}) has an NTM colour`,
  ).toBe(true);
  await expect(page.getByText('Mặt nước vịnh Cửa Lục: đường bờ gần đúng (Natural Earth 1:10m, sai số đến ~1 km)')).toBeVisible();
});
