// Issue 17, "the first ten minutes": what a planner, an investor and a presenter did, step by step,
// at 1280×800 and on a 390×844 phone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { openApp, openTab, project, waitForIdle } from './helpers';

type Bbox = [number, number, number, number];
interface Index {
  units: { code: string; name: string; label: [number, number]; bbox: Bbox }[];
  districts: { code: string; name: string; bbox: Bbox }[];
}
const index = JSON.parse(readFileSync(new URL('../../public/data/index.json', import.meta.url), 'utf8')) as Index;
const facts = JSON.parse(readFileSync(new URL('../../public/data/facts.json', import.meta.url), 'utf8')) as {
  ntm: { units2025: Record<string, { class: string; hasKieuMau: boolean }> };
};
const unit = (code: string) => index.units.find((u) => u.code === code)!;
const province: Bbox = index.units.reduce<Bbox>(
  (b, u) => [Math.min(b[0], u.bbox[0]), Math.min(b[1], u.bbox[1]), Math.max(b[2], u.bbox[2]), Math.max(b[3], u.bbox[3])],
  [180, 90, -180, -90],
);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const contains = (outer: Box, p: { x: number; y: number }) => p.x >= outer.x && p.x <= outer.x + outer.width && p.y >= outer.y && p.y <= outer.y + outer.height;

/** A lng/lat box as it lies on the page now. */
async function screenBox(page: Page, b: Bbox): Promise<Box> {
  const a = await project(page, [b[0], b[3]]);
  const c = await project(page, [b[2], b[1]]);
  return { x: a.x, y: a.y, width: c.x - a.x, height: c.y - a.y };
}

async function settled(page: Page) {
  // (A move that follows a selection starts on the next frame, once the panel is drawn.)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction(() => !window.qnMap.isMoving());
  await waitForIdle(page);
}

test.describe('on a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  async function pinch(page: Page, inwards: boolean, y: number) {
    const cdp = await page.context().newCDPSession(page);
    const send = (type: string, points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type: type as 'touchStart', touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const steps = Array.from({ length: 9 }, (_, i) => (inwards ? 8 - i : i)).map((i): [number, number][] => [
      [150 - i * 12, y],
      [240 + i * 12, y],
    ]);
    await send('touchStart', steps[0]!);
    for (const points of steps.slice(1)) {
      await send('touchMove', points);
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    await send('touchEnd', []);
    await cdp.detach();
  }

  test('the whole province is in view at first and after pinching out; credits clear of the tools button', async ({ page }) => {
    await openApp(page, '/?off=sites');
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(contains(canvas, await project(page, [province[0], province[1]]))).toBe(true);
    expect(contains(canvas, await project(page, [province[2], province[3]]))).toBe(true);

    // Zoom in on the middle of the province, then pinch out (around the screen's middle) as far as
    // the map lets a person: both ends come back.
    await page.evaluate((c) => window.qnMap.jumpTo({ center: c, zoom: 10 }), [(province[0] + province[2]) / 2, (province[1] + province[3]) / 2] as [
      number,
      number,
    ]);
    for (let i = 0; i < 4; i++) {
      await pinch(page, true, canvas.y + canvas.height / 2);
      await page.waitForTimeout(350); // past the double-tap window
    }
    await settled(page);
    expect(await page.evaluate(() => window.qnMap.getZoom())).toBeLessThan(8);
    expect(contains(canvas, await project(page, [province[0], province[1]])), 'Đông Triều (west) in view').toBe(true);
    expect(contains(canvas, await project(page, [province[2], province[3]])), 'Móng Cái (east) in view').toBe(true);

    const attribution = (await page.locator('.maplibregl-ctrl-attrib').boundingBox())!;
    const tools = (await page.getByTestId('tools-toggle').boundingBox())!;
    expect(overlaps(attribution, tools)).toBe(false);
  });

  test('with a theme on, the first view shows all 54 units uncovered; the legend opens from its small button', async ({ page }) => {
    await openApp(page, '/?t=ntm');
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const bounds = await screenBox(page, province);
    expect(
      contains(canvas, { x: bounds.x, y: bounds.y }) && contains(canvas, { x: bounds.x + bounds.width, y: bounds.y + bounds.height }),
      'province on screen',
    ).toBe(true);
    // Nothing over the map (legend, header, search, tools button) covers the province's bounds.
    const legend = page.getByTestId('map-legend');
    await expect(legend.getByTestId('map-legend-toggle')).toHaveText(/Chú giải/);
    await expect(legend.getByTestId('map-legend-toggle')).toHaveAttribute('aria-expanded', 'false');
    const covers = [legend, page.getByTestId('tools-toggle'), page.getByTestId('search-input'), page.locator('header').first()];
    for (const cover of covers) {
      const box = await cover.boundingBox();
      if (box) expect(overlaps(box, bounds), `${await cover.evaluate((e) => e.outerHTML.slice(0, 60))} covers the province`).toBe(false);
    }
    for (const u of index.units) {
      const b = await screenBox(page, u.bbox);
      expect(contains(canvas, { x: b.x + b.width / 2, y: b.y + b.height / 2 }), u.name).toBe(true);
    }
    await legend.getByTestId('map-legend-toggle').click();
    await expect(legend.locator('li[data-key="kieu_mau"] .count')).toBeVisible();
  });

  test('the NTM legend is on the map without opening the tools; a searched unit is clear of the info sheet', async ({ page }) => {
    await openApp(page, '/?t=ntm&off=sites');
    const legend = page.getByTestId('map-legend');
    await expect(legend).toBeVisible();
    await legend.getByTestId('map-legend-toggle').click();
    await expect(legend.locator('li[data-key="kieu_mau"] .count')).toBeVisible();
    await expect(page.locator('#side')).toBeHidden();

    await page.getByTestId('search-input').fill('Xa Binh Lieu');
    await page.keyboard.press('Enter');
    const sheet = page.getByTestId('info-panel');
    await expect(sheet.locator('h2')).toHaveText('Xã Bình Liêu');
    await settled(page);
    const sheetBox = (await sheet.boundingBox())!;
    const legendBox = (await legend.boundingBox())!;
    const box = await screenBox(page, unit(index.units.find((u) => u.name === 'Xã Bình Liêu')!.code).bbox);
    expect(box.y + box.height, 'unit above the sheet').toBeLessThanOrEqual(sheetBox.y + 1);
    expect(overlaps(box, legendBox), 'unit clear of the folded legend').toBe(false);
  });
});

test('legend counts per NTM class equal what the filter on that class finds', async ({ page }) => {
  await openApp(page, '/?t=ntm');
  const legend = page.getByTestId('theme-legend');
  await expect(legend.locator('li[data-key="dat_chuan"] .count')).toBeVisible();
  let total = 0;
  for (const key of ['kieu_mau', 'nang_cao', 'dat_chuan', 'not_applicable', 'no_data'])
    total += Number(await legend.locator(`li[data-key="${key}"] .count`).getAttribute('data-count'));
  expect(total).toBe(54);
  await openTab(page, 'filter');
  const labels: Record<string, string> = {
    kieu_mau: 'NTM kiểu mẫu',
    nang_cao: 'NTM nâng cao',
    dat_chuan: 'Đạt chuẩn NTM (mức cao hơn chưa ghi nhận)',
    not_applicable: 'Đô thị — không áp dụng NTM',
  };
  for (const [key, label] of Object.entries(labels)) {
    const n = Number(await legend.locator(`li[data-key="${key}"] .count`).getAttribute('data-count'));
    const share = Math.round((n / 54) * 100);
    await expect(legend.locator(`li[data-key="${key}"] .count`)).toHaveText(`${n} · ${share} %`);
    const box = page.getByTestId('filter-panel').getByRole('checkbox', { name: label, exact: true });
    await box.check();
    if (n === 0) await expect(page.getByTestId('filter-results')).toContainText('Không có đơn vị nào phù hợp.');
    else await expect(page.getByTestId('filter-results').locator('button[data-code]')).toHaveCount(n);
    await box.uncheck();
  }
});

test('the ranking chart counts districts per class as the legend does', async ({ page }) => {
  await openApp(page, '/?v=2020&t=indicator:production_value');
  const legend = page.getByTestId('theme-legend');
  const strip = page.getByTestId('ranking-classes');
  await expect(strip).toBeVisible();
  for (const seg of await strip.locator('.seg').all()) {
    const key = await seg.getAttribute('data-key');
    await expect(legend.locator(`li[data-key="${key}"] .count`)).toHaveAttribute('data-count', (await seg.getAttribute('data-count'))!);
  }
  const bars = await page.getByTestId('ranking-chart').locator('.bar-row').count();
  const noData = Number(await legend.locator('li[data-key="no_data"] .count').getAttribute('data-count'));
  expect(bars + noData).toBe(13);
});

/** Legend, ranking, map and URL must tell the same story. */
async function expectAgreement(page: Page, why: string) {
  await waitForIdle(page);
  const theme = await page.getByTestId('theme-select').inputValue();
  const version = (await page.getByRole('radio', { name: 'Xã, phường 2025 (54)' }).isChecked()) ? '2025' : '2020';
  // (The link is written after the frame.)
  const url = () => new URL(page.url()).searchParams;
  await expect.poll(() => url().get('t') ?? 'none', { message: `${why}: URL theme` }).toBe(theme);
  await expect.poll(() => url().get('v') ?? '2025', { message: `${why}: URL version` }).toBe(version);
  const fill = (layer: string, id: string) =>
    page.evaluate(([l, i]) => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: l!, id: i! }).fill ?? null, [layer, id]);
  if (theme === 'none') {
    await expect(page.getByTestId('theme-legend'), why).toHaveCount(0);
    await expect(page.getByTestId('ranking-chart'), why).toHaveCount(0);
    expect(await fill('communes_2025', '06724'), why).toBeNull();
    expect(await fill('districts_2020', '205'), why).toBeNull();
  } else if (theme === 'ntm') {
    expect(version, `${why}: NTM is drawn on the 2025 units`).toBe('2025');
    await expect(page.getByTestId('theme-legend').locator('li[data-key="kieu_mau"]'), why).toBeVisible();
    await expect(page.getByTestId('ranking-chart'), why).toHaveCount(0);
    expect(await fill('communes_2025', '06724'), why).not.toBeNull();
  } else {
    expect(version, `${why}: indicators are drawn on the districts`).toBe('2020');
    const year = await page.getByTestId('year-select').inputValue();
    await expect.poll(() => url().get('y'), { message: `${why}: URL year` }).toBe(year);
    await expect(page.getByTestId('ranking-chart').locator('h3'), why).toContainText(year);
    await expect(page.getByTestId('map-legend'), why).toContainText(year);
    expect(await fill('districts_2020', '205'), why).not.toBeNull();
  }
}

test('no stale state: every version × theme × year leaves legend, chart, map and URL in agreement', async ({ page }) => {
  test.setTimeout(360_000); // 4 themes and years × 4 version sequences × 3 checks, each after a repaint
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  const versions = ['Xã, phường 2025 (54)', 'Huyện 2020–2025 (13)'];
  for (const theme of ['none', 'ntm', 'indicator:income_per_capita']) {
    const years = theme.startsWith('indicator:') ? ['2021', '2023'] : [null];
    for (const year of years) {
      for (const version of versions) {
        for (const again of versions) {
          await page.getByTestId('theme-select').selectOption(theme);
          if (year) await page.getByTestId('year-select').selectOption(year);
          await expectAgreement(page, `${theme} ${year ?? ''} chosen`);
          await page.getByRole('radio', { name: version }).check();
          await expectAgreement(page, `${theme} ${year ?? ''} then ${version}`);
          await page.getByRole('radio', { name: again }).check();
          await expectAgreement(page, `${theme} ${year ?? ''} then ${version} then ${again}`);
        }
      }
    }
  }
});

/** The side column and the info panel, as they lie on the page. */
async function panels(page: Page): Promise<Box[]> {
  const out: Box[] = [];
  for (const l of [page.locator('#side'), page.getByTestId('info-panel')]) if (await l.isVisible()) out.push((await l.boundingBox())!);
  return out;
}

async function expectInFreeView(page: Page, b: Bbox, what: string) {
  await settled(page);
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const box = await screenBox(page, b);
  expect(contains(canvas, { x: box.x, y: box.y }) && contains(canvas, { x: box.x + box.width, y: box.y + box.height }), `${what} on screen`).toBe(true);
  for (const p of await panels(page))
    expect(overlaps({ x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 4 }, p), `${what} not under a panel`).toBe(false);
}

test('a search result, a ranking district and a listed site come into the part of the map no panel covers', async ({ page }) => {
  test.setTimeout(150_000);
  await openApp(page);
  await page.getByTestId('search-input').fill('Mong Cai 1');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Phường Móng Cái 1');
  await expectInFreeView(page, unit(index.units.find((u) => u.name === 'Phường Móng Cái 1')!.code).bbox, 'search result');

  await page.getByTestId('info-panel').getByRole('button', { name: 'Đóng' }).click();
  await page.evaluate(() => window.qnMap.jumpTo({ center: [106.6, 21.1], zoom: 10 }));
  await page.getByTestId('theme-select').selectOption('indicator:production_value');
  await page.getByTestId('ranking-chart').locator('[data-code="201"]').click();
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Huyện Hải Hà');
  await expectInFreeView(page, index.districts.find((d) => d.code === '201')!.bbox, 'ranking district');

  await openTab(page, 'invest');
  await page.evaluate(() => window.qnMap.jumpTo({ center: [108.0, 21.5], zoom: 11 }));
  const first = page.getByTestId('site-list').locator('li').first().getByRole('button').first();
  await first.click();
  await expect(page.getByTestId('info-panel')).toBeVisible();
  // (The link is written after the frame: wait until it carries the site, not the district before.)
  const selectedInLink = () => new URL(page.url()).searchParams.get('s') ?? '';
  await expect.poll(selectedInLink).toMatch(/^site:/);
  const site = selectedInLink().split(':')[1]!;
  const sites = JSON.parse(readFileSync(new URL('../../public/data/sites.json', import.meta.url), 'utf8')) as
    { id: string; position: [number, number] }[] | { sites: { id: string; position: [number, number] }[] };
  const list = Array.isArray(sites) ? sites : sites.sites;
  const pos = list.find((s) => s.id === site)!.position;
  await expectInFreeView(page, [pos[0] - 0.005, pos[1] - 0.005, pos[0] + 0.005, pos[1] + 0.005], 'listed site');
});

test('the selected outline stands out over the theme colours (dark line in a white casing)', async ({ page }) => {
  await openApp(page, '/?t=ntm&off=sites,labels');
  const code = '06724'; // a kiểu mẫu unit: the darkest NTM colour
  await page.evaluate((c) => window.qnMap.jumpTo({ center: c, zoom: 10 }), unit(code).label);
  await settled(page);
  const box = await screenBox(page, unit(code).bbox);
  const darkAndWhite = async () => {
    const x0 = Math.max(box.x - 6, 330),
      y0 = Math.max(box.y - 6, 50);
    const x1 = Math.min(box.x + box.width + 6, 1280),
      y1 = Math.min(box.y + box.height + 6, 760);
    const png = PNG.sync.read(await page.screenshot({ clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } }));
    let dark = 0,
      white = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r < 45 && g < 45 && b < 50) dark++;
      if (r > 245 && g > 245 && b > 245) white++;
    }
    return { dark, white };
  };
  const before = await darkAndWhite();
  const at = await project(page, unit(code).label);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText(unit(code).name);
  await settled(page);
  const after = await darkAndWhite();
  expect(after.dark, 'dark outline').toBeGreaterThan(before.dark + 100);
  expect(after.white, 'white casing').toBeGreaterThan(before.white + 100);
});

test("presenting: slide 2's card leaves every kiểu mẫu unit in view; deck titles are not links", async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  await page.getByTestId('present-builtin').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-number')).toHaveText('2 / 8');
  await settled(page);
  const card = (await page.getByTestId('slide-overlay').boundingBox())!;
  const legend = (await page.getByRole('complementary', { name: 'Chú giải' }).boundingBox())!;
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const kieuMau = Object.entries(facts.ntm.units2025)
    .filter(([, v]) => v.class === 'kieu_mau' || v.hasKieuMau)
    .map(([c]) => c);
  expect(kieuMau.length).toBeGreaterThan(2);
  for (const code of kieuMau) {
    const box = await screenBox(page, unit(code).bbox);
    expect(contains(canvas, { x: box.x, y: box.y }) && contains(canvas, { x: box.x + box.width, y: box.y + box.height }), `${unit(code).name} on screen`).toBe(
      true,
    );
    expect(overlaps(box, card), `${unit(code).name} not under the caption`).toBe(false);
    expect(overlaps(box, legend), `${unit(code).name} not under the legend`).toBe(false);
  }
  await page.keyboard.press('Escape');

  await page.getByTestId('add-slide').click();
  const title = page.getByTestId('slide-list').locator('li .title').first();
  const style = await title.evaluate((el) => ({ decoration: getComputedStyle(el).textDecorationLine, colour: getComputedStyle(el).color }));
  expect(style.decoration).toBe('none');
  expect(style.colour).not.toBe('rgb(11, 92, 173)');
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  // The duplicate button draws its icon (the font has no ⧉).
  const duplicate = page
    .getByTestId('slide-list')
    .getByRole('button', { name: /^Nhân bản/ })
    .first();
  await expect(duplicate.locator('svg')).toBeVisible();
  expect(await duplicate.textContent()).not.toContain('⧉');
});

test('small things: a year reads as a year; English credits in English', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  const facts = page.getByTestId('info-panel').getByTestId('fact-list');
  await expect(facts).toContainText('năm 2024');
  await expect(facts).not.toContainText('2.024');

  await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Administrative boundaries');
  await expect(page.locator('.maplibregl-ctrl-attrib')).not.toContainText('Ranh giới hành chính');
  await expect(facts).toContainText('year 2024');
  await expect(facts).not.toContainText('2,024');
});
