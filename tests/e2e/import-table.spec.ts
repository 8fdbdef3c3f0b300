// A planner's own table of figures on the map: a CSV per 2025 unit with names written without
// diacritics (dropped on the map), an XLSX per 2020–2025 district (file picker); the short form
// asks the columns, the number format, the figure's unit, year and source; unmatched rows are listed
// and one is fixed by hand; the map, legend, ranking and unit card show the figure; missing units
// stay white; bad tables get a plain message; a reload keeps the theme.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { classify } from '../../src/lib/geo/classify';
import { NO_DATA_COLOUR, indicatorPalette } from '../../src/lib/style/palette';
import { openApp, openTab, project, setLayer, waitForIdle, dominantColourAt } from './helpers';

const FIXTURES = join(import.meta.dirname, '../fixtures/in/import');
const fixture = (name: string) => join(FIXTURES, name);

interface Indexed {
  units: { code: string; label: [number, number] }[];
  districts: { code: string; label: [number, number] }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Indexed;
const unitAt = (code: string) => index.units.find((u) => u.code === code)!.label;
const districtAt = (code: string) => index.districts.find((d) => d.code === code)!.label;

/** Drops a file on the map area, as a person dragging it from the desktop. */
async function dropFile(page: Page, name: string) {
  const b64 = readFileSync(fixture(name)).toString('base64');
  await page.evaluate(
    ({ name, b64 }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
      const stage = document.querySelector('main.stage')!;
      for (const type of ['dragenter', 'dragover', 'drop']) stage.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64 },
  );
}

/** The most common colour in a 9×9 box around a map point (ignores outlines). */
const colourAt = async (page: Page, lngLat: [number, number]) => dominantColourAt(page, await project(page, lngLat));
const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
function expectColour(actual: number[], expected: string, what: string) {
  const want = hex(expected);
  const off = Math.max(...actual.map((v, i) => Math.abs(v - want[i]!)));
  expect(off, `${what}: rendered rgb(${actual}) vs ${expected}`).toBeLessThanOrEqual(6);
}
const palette = (values: number[]) => indicatorPalette(classify(values, 'quantile', 5), '', String, '');

async function fillForm(page: Page, unit: string, year: string, source: string) {
  const dialog = page.getByTestId('table-dialog');
  await dialog.getByTestId('table-unit').fill(unit);
  await dialog.getByTestId('table-year').fill(year);
  await dialog.getByTestId('table-source').fill(source);
  await dialog.getByTestId('table-join').click();
}

test('a CSV per 2025 unit, names without diacritics: dialog, unmatched rows fixed by hand, map, legend, ranking, card; reload keeps it', async ({ page }) => {
  await openApp(page);
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await dropFile(page, 'unit-figures-no-diacritics.csv');
  const dialog = page.getByTestId('table-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('table-key-column')).toHaveValue('don vi');
  await expect(dialog.getByTestId('table-value-column')).toHaveValue('so lieu');
  // "1.234,5" and "3,5" can only be Vietnamese: detected, and said.
  await expect(dialog.getByTestId('table-number-format')).toHaveValue('vi');
  await expect(dialog.getByTestId('table-format-note')).toHaveText('Nhận ra từ các ô của cột.');
  // Unit, year and source are required.
  await expect(dialog.getByTestId('table-join')).toBeDisabled();
  await fillForm(page, 'tỷ đồng', '2024', 'Cục Thống kê tỉnh');
  await expect(dialog.getByTestId('table-matched')).toHaveText('4/6 dòng khớp với đơn vị 2025');
  const unmatched = dialog.getByTestId('table-unmatched');
  await expect(unmatched.locator('li[data-row="5"]')).toContainText('unit-figures-no-diacritics.csv, dòng 5 ("Phuong Khong Co")');
  await expect(unmatched.locator('li[data-row="6"]')).toContainText('dòng 6 ("Xa Tien Yen"): ô số liệu trống hoặc không phải số');
  // Row 5 is fixed by choosing its unit; row 6 has no number and stays out (never a 0).
  await unmatched.locator('li[data-row="5"]').getByTestId('table-pick').selectOption('06652');
  await expect(dialog.getByTestId('table-matched')).toHaveText('5/6 dòng khớp với đơn vị 2025');
  await expect(unmatched.locator('li')).toHaveCount(1);
  await dialog.getByTestId('table-save').click();
  await expect(dialog).toBeHidden();

  // The theme picker lists it as the user's own; the legend says unit, year and source.
  await expect(page.getByTestId('theme-select')).toHaveValue(/^user:/);
  await expect(page.getByTestId('theme-select').locator('option:checked')).toHaveText('so lieu, 2024 (bảng của bạn)');
  const legend = page.getByTestId('map-legend');
  await expect(legend).toContainText('so lieu (tỷ đồng) · 2024');
  await expect(page.getByTestId('legend-user-source')).toHaveText('Nguồn: Cục Thống kê tỉnh (bảng của bạn)');
  await expect(page.getByTestId('legend-coverage')).toHaveText('5/54 đơn vị có số liệu năm 2024; còn lại: không có số liệu');
  await expect(page.getByTestId('ranking-chart').locator('button[data-code]')).toHaveCount(5);
  await expect(page.getByTestId('ranking-chart').locator('button[data-code]').first()).toHaveAttribute('data-code', '06688');

  // The map: each unit in its class colour, a unit the table does not give stays white (no data).
  const p = palette([1234.5, 20, 3.5, 7, 9]);
  const check = async () => {
    await waitForIdle(page);
    expectColour(await colourAt(page, unitAt('06688')), p.colourFor(1234.5), 'Phường Hạ Long ("Phuong Ha Long", 1.234,5)');
    expectColour(await colourAt(page, unitAt('06970')), p.colourFor(3.5), 'Xã Ba Chẽ ("Xa Ba Che", 3,5)');
    expectColour(await colourAt(page, unitAt('06652')), p.colourFor(9), 'Phường Hà Tu (chosen by hand)');
    expectColour(await colourAt(page, unitAt('06862')), NO_DATA_COLOUR, 'Xã Tiên Yên (its cell is not a number: no data)');
    expectColour(await colourAt(page, unitAt('06724')), NO_DATA_COLOUR, 'Xã Hải Sơn (not in the table)');
  };
  await check();

  // A reload keeps the table (IndexedDB) and the theme (the link, written after the frame).
  await expect.poll(() => new URL(page.url()).searchParams.get('t') ?? '').toMatch(/^user:/);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
  // (The first picture fades out over 300 ms after the map's first idle: the colours are the map's once it is gone.)
  await expect(page.locator('#first-picture, .first-picture')).toHaveCount(0);
  await expect(page.getByTestId('legend-user-source')).toHaveText('Nguồn: Cục Thống kê tỉnh (bảng của bạn)');
  await expect(page.getByTestId('user-table-list').locator('li')).toHaveCount(1);
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await check();

  // The unit card shows the figure with unit, year and source.
  await page.getByTestId('ranking-chart').locator('button[data-code="06970"]').click();
  await expect(page.getByTestId('user-figure')).toContainText('3,5 tỷ đồng');
  await expect(page.getByTestId('user-figure')).toContainText('(2024; Cục Thống kê tỉnh (bảng của bạn))');

  // Removed: off the list, the theme and the legend.
  await page.getByTestId('user-table-remove').click();
  await expect(page.getByTestId('user-table-list')).toBeHidden();
  await expect(page.getByTestId('theme-select')).toHaveValue('none');
});

test('an XLSX per 2020–2025 district with English number format: the districts are coloured, the unmatched row listed', async ({ page }) => {
  await openApp(page);
  await setLayer(page, 'Nhãn địa danh', false);
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('import-input').setInputFiles(fixture('district-figures.xlsx'));
  const dialog = page.getByTestId('table-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('table-number-format')).toHaveValue('en');
  await fillForm(page, 'tỷ đồng', '2023', 'Sở Tài chính');
  await expect(dialog.getByTestId('table-matched')).toHaveText('3/4 dòng khớp với huyện/thành phố 2020–2025');
  await expect(dialog.getByTestId('table-unmatched')).toContainText('district-figures.xlsx, dòng 4 ("Huyện Không Có")');
  await dialog.getByTestId('table-save').click();
  await expect(page.getByTestId('legend-coverage')).toHaveText('3/13 huyện/thành phố có số liệu năm 2023; còn lại: không có số liệu');
  await expect(page.getByRole('radio', { name: /2020/ }).first()).toBeChecked();
  const p = palette([1234.5, 12.5, 2500]);
  await waitForIdle(page);
  expectColour(await colourAt(page, districtAt('193')), p.colourFor(1234.5), 'Thành phố Hạ Long (1,234.5)');
  expectColour(await colourAt(page, districtAt('207')), p.colourFor(12.5), 'Huyện Cô Tô (12.5)');
  expectColour(await colourAt(page, districtAt('202')), NO_DATA_COLOUR, 'Huyện Ba Chẽ (not in the table)');
});

test('a table without figures and an empty file get a plain message naming the file; what was imported before stays', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles(fixture('qn-points.csv'));
  await expect(page.getByTestId('user-layer-list').locator(':scope > li')).toHaveCount(1);
  await dropFile(page, 'no-figures.csv');
  await expect(page.getByTestId('import-issues')).toContainText('no-figures.csv: bảng không có cột tọa độ và không có cột số liệu nào');
  await dropFile(page, 'empty-table.csv');
  await expect(page.getByTestId('import-issues')).toContainText('empty-table.csv');
  await expect(page.getByTestId('table-dialog')).toHaveCount(0);
  await expect(page.getByTestId('user-layer-list').locator(':scope > li')).toHaveCount(1);
  await expect(page.getByTestId('user-table-list')).toHaveCount(0);
});

test('a deck export embeds the layer and the table its slides use; opened in another browser, they come back without losing what is there', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await page.getByTestId('import-input').setInputFiles(fixture('qn-points.kml'));
  await expect(page.getByTestId('user-layer-list').locator(':scope > li')).toHaveCount(1);
  await page.getByTestId('import-input').setInputFiles(fixture('unit-figures-no-diacritics.csv'));
  await fillForm(page, 'tỷ đồng', '2024', 'Cục Thống kê tỉnh');
  await page.getByTestId('table-save').click();
  await expect(page.getByTestId('legend-user-source')).toBeVisible();
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await panel.getByTestId('add-slide').click();
  await panel.getByTestId('slide-title-input').fill('Bảng của tôi');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Xuất bài (JSON)' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file.embedded.layers.map((l: { name: string }) => l.name)).toEqual(['qn-points']);
  expect(file.embedded.tables.map((t: { source: string }) => t.source)).toEqual(['Cục Thống kê tỉnh']);

  // Another browser (fresh storage) that already has a layer of the same name.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await openApp(page2);
  await page2.getByTestId('import-input').setInputFiles(fixture('qn-points.kml'));
  await expect(page2.getByTestId('user-layer-list').locator(':scope > li')).toHaveCount(1);
  await openTab(page2, 'present');
  const panel2 = page2.getByTestId('deck-panel');
  await panel2.getByTestId('deck-file').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(panel2.getByTestId('deck-message')).toHaveText('Đã nhập bài trình chiếu (1 trang) cùng 2 lớp/bảng dữ liệu của bạn đi kèm.');
  await openTab(page2, 'map');
  await expect(page2.getByTestId('user-layer-list').locator(':scope > li .text')).toHaveText(['qn-points', 'qn-points (2)']);
  await expect(page2.getByTestId('user-table-list').locator('li')).toHaveCount(1);
  // Kept in IndexedDB: a reload still has both layers and the table; the slide shows the table's theme.
  await page2.reload();
  await page2.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 45_000 });
  await expect(page2.getByTestId('user-layer-list').locator(':scope > li')).toHaveCount(2);
  await expect(page2.getByTestId('user-table-list').locator('li')).toHaveCount(1);
  await openTab(page2, 'present');
  await page2
    .getByTestId('deck-panel')
    .getByRole('button', { name: /^Trang 1: Bảng của tôi/ })
    .click();
  await expect(page2.getByTestId('legend-user-source')).toHaveText('Nguồn: Cục Thống kê tỉnh (bảng của bạn)');
  await other.close();
});

test('a link naming a table this browser does not hold says so (no silent blank theme)', async ({ page }) => {
  await openApp(page, '/?t=user:tnotheld');
  await expect(page.getByTestId('link-table-missing')).toHaveText(
    'bảng số liệu của bạn mà liên kết nêu không có trong trình duyệt này (tệp bài trình chiếu mang theo bảng của nó)',
  );
  await page.getByTestId('link-note').getByRole('button').click();
  await expect(page.getByTestId('link-note')).toHaveCount(0);
});
