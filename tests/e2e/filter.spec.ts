// Filtering as a planner does it: draw, pick a boundary, combine with attributes, export, share the link.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, project, setLayer, waitForIdle, openTab } from './helpers';

interface Index {
  units: { code: string; name: string; type: string; label: [number, number] }[];
  zones: { id: string; units2025: string[] }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Index;
const unit = (code: string) => index.units.find((u) => u.code === code)!;

async function resultCodes(page: Page): Promise<string[]> {
  await expect(page.getByTestId('filter-results')).toBeVisible();
  return (
    await page
      .getByTestId('filter-results')
      .locator('button[data-code]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!))
  ).sort();
}

async function dimmed(page: Page, code: string): Promise<boolean> {
  return page.evaluate((id) => !!window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'communes_2025', id }).dim, code);
}

test('draw a polygon around a unit: exactly it is listed, it stays bright and the rest is dimmed', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  const c = await project(page, unit('06970').label); // Xã Ba Chẽ
  await page.getByTestId('draw-polygon').click();
  await expect(page.getByTestId('draw-hint')).toBeVisible();
  for (const [dx, dy] of [
    [-12, -10],
    [12, -10],
    [0, 12],
  ] as const)
    await page.mouse.click(c.x + dx, c.y + dy);
  await page.keyboard.press('Enter');
  expect(await resultCodes(page)).toEqual(['06970']);
  await expect(page.getByTestId('filter-results')).toContainText('1 đơn vị phù hợp');
  await waitForIdle(page);
  expect(await dimmed(page, '06970')).toBe(false);
  expect(await dimmed(page, '06652')).toBe(true);
  await expect(page.getByTestId('active-filters')).toContainText('Vẽ vùng');
  await expect.poll(() => new URL(page.url()).searchParams.get('f')).toContain('"polygon"');

  // A row flies to its unit and opens its panel.
  await page.getByTestId('filter-results').locator('button[data-code="06970"]').click();
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Xã Ba Chẽ');
});

test('a polygon spanning two neighbours lists both, and a self-crossing one is refused with a message', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  const a = await project(page, unit('07090').label); // Phường An Sinh
  const b = await project(page, unit('07081').label); // Phường Bình Khê
  await page.getByTestId('draw-polygon').click();
  for (const p of [
    { x: a.x, y: a.y - 4 },
    { x: b.x, y: b.y - 4 },
    { x: b.x, y: b.y + 4 },
    { x: a.x, y: a.y + 4 },
  ])
    await page.mouse.click(p.x, p.y);
  await page.keyboard.press('Enter');
  const codes = await resultCodes(page);
  expect(codes).toEqual(expect.arrayContaining(['07081', '07090']));

  await page.getByRole('button', { name: 'Bỏ tất cả' }).click();
  await page.getByTestId('draw-polygon').click();
  for (const [dx, dy] of [
    [0, 0],
    [60, 60],
    [60, 0],
    [0, 60],
  ] as const)
    await page.mouse.click(a.x + 40 + dx, a.y + dy);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'tự cắt nhau' })).toBeVisible();
  await expect(page.getByTestId('active-filters')).toHaveCount(0);
});

test('draw with the keyboard only: Space adds the centre, arrows move, Enter finishes', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByTestId('draw-polygon').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('draw-hint')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('draw-hint')).toHaveCount(0);
  await expect(page.getByTestId('active-filters')).toContainText('Vẽ vùng');
  expect((await resultCodes(page)).length).toBeGreaterThan(0);
});

test('inside the Móng Cái economic zone = exactly its 8 units; combined with a type filter; removable one by one', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByTestId('boundary-target').selectOption('zone:kkt_mong_cai');
  await page.getByTestId('add-boundary').click();
  const zone = index.zones.find((z) => z.id === 'kkt_mong_cai')!;
  expect(await resultCodes(page)).toEqual([...zone.units2025].sort());

  await page.getByRole('checkbox', { name: 'Xã', exact: true }).check();
  const xa = zone.units2025.filter((c) => unit(c).type === 'xa').sort();
  expect(await resultCodes(page)).toEqual(xa);
  await expect(page.getByTestId('active-filters').locator('li')).toHaveCount(2);
  await page.getByTestId('active-filters').locator('li').first().getByRole('button').click();
  expect(await resultCodes(page)).toEqual(
    index.units
      .filter((u) => u.type === 'xa')
      .map((u) => u.code)
      .sort(),
  );
});

test('radius around a clicked point includes the unit under it', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await setLayer(page, 'Khu công nghiệp, cảng, cửa khẩu', false);
  await page.getByTestId('radius-km').fill('3');
  await page.getByRole('button', { name: 'Chọn điểm trên bản đồ' }).click();
  const c = await project(page, unit('06685').label); // Phường Hồng Gai
  await page.mouse.click(c.x, c.y);
  const codes = await resultCodes(page);
  expect(codes).toContain('06685');
  expect(codes.length).toBeLessThan(10);
  await expect(page.getByTestId('active-filters')).toContainText('3 km');
});

test('export CSV and GeoJSON of the result, Vietnamese names intact', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByTestId('boundary-target').selectOption('zone:kkt_van_don');
  await page.getByTestId('add-boundary').click();
  expect(await resultCodes(page)).toEqual(['06994']);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(
    'code,name,kind,district2020,district2020Name,areaKm2,theme,value,valueText,qualifier,unit,year,source,distanceKm,distanceFrom,distanceApproximate,distancePlusMinusKm',
  );
  expect(csv).toContain('06994,Đặc khu Vân Đồn,unit,203,Huyện Vân Đồn,');
  const [gjDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
  const gj = JSON.parse(readFileSync((await gjDownload.path())!, 'utf8'));
  expect(gj.type).toBe('FeatureCollection');
  expect(gj.features).toHaveLength(1);
  expect(gj.features[0].properties.name).toBe('Đặc khu Vân Đồn');
  expect(gj.features[0].geometry.type).toMatch(/Polygon/);
});

test('filters live in the URL: reloading restores them; a malformed link shows a note, not a blank page', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByTestId('district-filter').selectOption('194');
  const before = await resultCodes(page);
  expect(before).toHaveLength(6);
  // (The link is written after the frame.)
  await expect.poll(() => new URL(page.url()).searchParams.get('f')).toContain('"district"');
  const url = page.url();
  await openApp(page, url.replace(/^https?:\/\/[^/]+/, ''));
  await openTab(page, 'filter');
  expect(await resultCodes(page)).toEqual(before);

  await openApp(page, '/?f=%5B%7B%22kind%22%3A%22radius%22%2C%22center%22%3A%5B999%2C0%5D%7D%2C%7B');
  await openTab(page, 'filter');
  await expect(page.getByRole('alert').filter({ hasText: 'không hợp lệ' })).toBeVisible();
  await expect(page.getByTestId('active-filters')).toHaveCount(0);
  expect(await page.evaluate(() => window.qnMap.queryRenderedFeatures({ layers: ['communes-fill'] }).length)).toBeGreaterThan(50);
});

test('districts 2020–2025 with an indicator range: matching districts, total and mean with units', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('indicator:income_per_capita');
  await expect(page.getByTestId('year-select')).toHaveValue('2023');
  await openTab(page, 'filter');
  await page.getByLabel('từ', { exact: true }).fill('70');
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  // 2023: Tiên Yên 76.92, Đầm Hà 80, Đông Triều 163 are ≥ 70; Ba Chẽ 64.3 is not.
  expect(await resultCodes(page)).toEqual(['199', '200', '205']);
  const results = page.getByTestId('filter-results');
  await expect(results).toContainText('3 đơn vị phù hợp');
  // All three 2023 figures are "trên …" (lower bounds): a total or mean would say more than the sources.
  await expect(results).toContainText('tổng và trung bình không tính: có số liệu chỉ là mức trên/khoảng');
  await expect(results).toContainText('TP Đông Triều trên 163 triệu đồng/người/năm');
  await waitForIdle(page);
  expect(await page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'districts_2020', id: '202' }).dim)).toBe(true);
});

test('no match says so; near a feature selects what lies within the distance', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByRole('checkbox', { name: 'Đặc khu' }).check();
  await page.getByTestId('district-filter').selectOption('193');
  await expect(page.getByTestId('filter-results')).toContainText('Không có đơn vị nào phù hợp.');
  await page.getByRole('button', { name: 'Bỏ tất cả' }).click();

  await page.getByTestId('near-km').fill('2');
  await page.getByTestId('near-target').selectOption('zone:kkt_van_don');
  await page.getByRole('button', { name: 'Thêm bộ lọc: Cách một đối tượng không quá N km' }).click();
  const codes = await resultCodes(page);
  expect(codes).toContain('06994');
  expect(codes.length).toBeGreaterThan(1);
  expect(codes.length).toBeLessThan(20);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('tapping corners draws a polygon', async ({ page }) => {
    await openApp(page);
    await openTab(page, 'filter');
    const c = await project(page, unit('06970').label);
    await page.getByTestId('draw-polygon').tap();
    for (const [dx, dy] of [
      [-12, -10],
      [12, -10],
      [0, 12],
    ] as const)
      await page.touchscreen.tap(c.x + dx, c.y + dy);
    await page.getByRole('button', { name: /Xong/ }).tap();
    expect(await resultCodes(page)).toEqual(['06970']);
  });
});

test('spatial filters also select investment sites; "nearest seaport within" works on units', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByTestId('boundary-target').selectOption('zone:kkt_mong_cai');
  await page.getByTestId('add-boundary').click();
  const sites = page.getByTestId('filter-sites');
  await expect(sites).toContainText('KCN Hải Yên');
  await expect(sites).toContainText('Cửa khẩu quốc tế Móng Cái');
  await expect(sites).not.toContainText('Khu bến Hòn Gai');
  await page.getByRole('button', { name: 'Bỏ tất cả' }).click();

  await page.getByTestId('nearest-km').fill('3');
  await page.getByTestId('nearest-category').selectOption('seaport');
  await page.getByTestId('add-nearest').click();
  const codes = await resultCodes(page);
  expect(codes).toContain('06685'); // Hồng Gai, where Hòn Gai port lies
  expect(codes.length).toBeLessThan(20);
  await expect(page.getByTestId('active-filters')).toContainText('Cảng biển ≤ 3 km');
});

test('within 15 km of a chosen port (a site): units around Hòn Gai', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  await page.getByTestId('near-km').fill('15');
  await page.getByTestId('near-target').selectOption('site:port_hon_gai');
  await page.getByTestId('add-near').click();
  const codes = await resultCodes(page);
  expect(codes).toEqual(expect.arrayContaining(['06685', '06673', '06688'])); // Hồng Gai, Bãi Cháy, Hạ Long
  expect(codes).not.toContain('06709'); // Móng Cái, far away
  await expect(page.getByTestId('active-filters')).toContainText('Khu bến Hòn Gai, 15 km');
  // The port's point is the World Port Index's, rounded to 1′ (± 1.8 km): the list and the CSV carry it.
  await expect(
    page
      .getByTestId('filter-results')
      .locator('li')
      .filter({ has: page.locator('[data-code="06685"]') })
      .locator('.dist'),
  ).toContainText('± 1,8 km');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const rows = readCsv(readFileSync((await download.path())!, 'utf8'));
  expect(rows.find((r) => r.code === '06685')).toMatchObject({ distanceApproximate: 'false', distancePlusMinusKm: '1.8' });
});

test("each spatial filter has its own inputs; a distance filter shows every result's distance", async ({ page }) => {
  await openApp(page);
  await openTab(page, 'filter');
  // Changing one filter's distance leaves the others as they were.
  await page.getByTestId('near-km').fill('4');
  await expect(page.getByTestId('radius-km')).toHaveValue('5');
  await expect(page.getByTestId('nearest-km')).toHaveValue('10');
  // A boundary is an area: no site is offered there; near a feature, sites are.
  await expect(page.getByTestId('boundary-target').locator('option[value^="site:"]')).toHaveCount(0);
  await expect(page.getByTestId('near-target').locator('option[value="site:port_hon_gai"]')).toHaveCount(1);

  await page.getByTestId('near-target').selectOption('site:port_hon_gai');
  await page.getByTestId('add-near').click();
  const codes = await resultCodes(page);
  await expect(page.getByTestId('distance-note')).toContainText('Khu bến Hòn Gai, 4 km');
  const results = page.getByTestId('filter-results');
  const km = await results.locator('.dist').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-km'))));
  // One distance a result, each within the filter's 4 km, shown with its unit.
  expect(km).toHaveLength(codes.length);
  for (const d of km) expect(d).toBeLessThanOrEqual(4);
  await expect(
    results
      .locator('li')
      .filter({ has: page.locator('[data-code="06685"]') })
      .locator('.dist'),
  ).toHaveText(/km$|km \(± [\d,]+ km\)$/);
  const hongGai = await results
    .locator('li')
    .filter({ has: page.locator('[data-code="06685"]') })
    .locator('.dist')
    .getAttribute('data-km');
  expect(Number(hongGai)).toBeLessThan(1); // the port lies at Hồng Gai
});

/** Parses the CSV the app exports (BOM, CRLF, quoted cells) into header-keyed rows. */
function readCsv(text: string): Record<string, string>[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  const split = (l: string) =>
    l
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .slice(0, -1)
      .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  const head = split(lines[0]!);
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [head[i], v])));
}

test('the result list and CSV carry the theme value with its qualifier, unit and year, district names and distances', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('theme-select').selectOption('indicator:income_per_capita');
  await expect(page.getByTestId('year-select')).toHaveValue('2023');
  await openTab(page, 'filter');
  await page.getByTestId('near-target').selectOption('district:199');
  await page.getByTestId('near-km').fill('30');
  await page.getByTestId('add-near').click();
  const results = page.getByTestId('filter-results');
  // Đầm Hà's 2023 income is "trên 80": the list says so, not a bare 80.
  await expect(results.locator('li', { has: page.locator('button[data-code="200"]') }).getByTestId('result-value')).toContainText('trên 80');
  await expect(results).toContainText('có số liệu chỉ là mức trên/khoảng');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const rows = readCsv(readFileSync((await download.path())!, 'utf8'));
  const damHa = rows.find((r) => r.code === '200')!;
  expect(damHa).toMatchObject({
    district2020: '200',
    district2020Name: 'Huyện Đầm Hà',
    value: '80',
    qualifier: 'over',
    year: '2023',
    distanceApproximate: 'true',
  });
  // From an outline there is no single ± figure: left empty, not invented (the last cell, so the
  // parser above may drop it when empty).
  expect(damHa.distancePlusMinusKm ?? '').toBe('');
  expect(damHa.theme).toMatch(/Thu nhập/);
  expect(damHa.valueText).toMatch(/^trên 80 /);
  expect(damHa.unit).not.toBe('');
  expect(damHa.source).not.toBe('');
  expect(Number(damHa.distanceKm)).toBeGreaterThanOrEqual(0);
  expect(Number(damHa.distanceKm)).toBeLessThanOrEqual(30);
  expect(damHa.distanceFrom).toContain('Huyện Tiên Yên');
  // Tiên Yên itself is 0 km from itself.
  expect(Number(rows.find((r) => r.code === '199')!.distanceKm)).toBe(0);
});

test("with the NTM theme on the 2025 units the CSV carries each unit's class and district by name", async ({ page }) => {
  await openApp(page);
  await page.getByTestId('theme-select').selectOption('ntm');
  await openTab(page, 'filter');
  await page.getByTestId('boundary-target').selectOption('district:202');
  await page.getByTestId('add-boundary').click();
  await expect(page.getByTestId('filter-results')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const rows = readCsv(readFileSync((await download.path())!, 'utf8'));
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    expect(r.theme).toBe('Nông thôn mới (xã, phường 2025)');
    expect(r.value, r.code).not.toBe('');
    expect(r.district2020Name, r.code).toMatch(/Huyện|Thành phố|Thị xã/);
  }
});
