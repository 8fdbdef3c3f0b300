// Presenter mode as a presenter uses it: the built-in deck by keyboard, the deck editor, import and
// export, links that carry the whole view, the PNG export, the presenter window, print.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ElementHandle, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { openApp, renderedIds, waitForIdle, openTab } from './helpers';

const camera = (page: Page) => page.evaluate(() => ({ center: window.qnMap.getCenter().toArray(), zoom: window.qnMap.getZoom() }));
const slideNumber = (page: Page) => page.getByTestId('slide-number');

/** Whether a flight is under way: MapLibre's, or one drawn by CSS transforms under software WebGL. */
const flying = () => window.qnMap.isMoving() || !!window.qnMap.getContainer().dataset.cssFlight;

async function expectCamera(page: Page, center: [number, number], zoom: number) {
  await page.waitForFunction(() => !window.qnMap.isMoving() && !window.qnMap.getContainer().dataset.cssFlight);
  const c = await camera(page);
  expect(c.center[0]).toBeCloseTo(center[0], 2);
  expect(c.center[1]).toBeCloseTo(center[1], 2);
  expect(c.zoom).toBeCloseTo(zoom, 1);
}

test.describe('with reduced motion (slides jump)', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the built-in deck: keys and clicker keys move through slides; camera, theme and panel follow', async ({ page }) => {
    await openApp(page);
    await openTab(page, 'present');
    await expect(page.getByTestId('theme-select')).toBeEnabled();
    await page.getByTestId('present-builtin').click();
    const overlay = page.getByTestId('slide-overlay');
    await expect(slideNumber(page)).toHaveText('1 / 8');
    await expect(overlay.getByTestId('slide-title')).toHaveText('Tỉnh Quảng Ninh và 54 đơn vị cấp xã từ 1/7/2025');
    await expect(page.getByTestId('slide-sources')).toContainText('Ranh giới 54 đơn vị hành chính');
    await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Tỉnh Quảng Ninh');
    // The controls column is hidden; the announcement is there for screen readers.
    await expect(page.getByTestId('deck-panel')).toBeHidden();
    await expect(page.getByTestId('slide-announcer')).toHaveText('Trang 1 trên 8: Tỉnh Quảng Ninh và 54 đơn vị cấp xã từ 1/7/2025');

    await page.keyboard.press('ArrowRight');
    await expect(slideNumber(page)).toHaveText('2 / 8');
    await expect(page.getByTestId('slide-overlay').getByTestId('fact-list')).toContainText('48');
    await expect(page.locator('.legend [data-testid="theme-legend"] li[data-key="nang_cao"]')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('ntm');

    await page.keyboard.press('PageDown');
    await expect(slideNumber(page)).toHaveText('3 / 8');
    await expectCamera(page, [106.5787, 21.1179], 9.9);
    await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Thành phố Đông Triều');
    await waitForIdle(page);
    expect(await renderedIds(page, 'districts-fill')).toContain('205');

    await page.keyboard.press(' ');
    await expect(slideNumber(page)).toHaveText('4 / 8');
    await page.keyboard.press('PageUp');
    await expect(slideNumber(page)).toHaveText('3 / 8');
    await page.keyboard.press('ArrowLeft');
    await expect(slideNumber(page)).toHaveText('2 / 8');

    await page.keyboard.press('End');
    await expect(slideNumber(page)).toHaveText('8 / 8');
    await page.keyboard.press('Home');
    await expect(slideNumber(page)).toHaveText('1 / 8');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    // Slide 7: FDI by district in 2023, on the 2020–2025 districts.
    await expect(slideNumber(page)).toHaveText('7 / 8');
    await expect(page.getByRole('complementary', { name: 'Chú giải' }).getByTestId('theme-legend').locator('li[data-key="no_data"]')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('indicator:fdi_attracted');
    await waitForIdle(page);
    expect(await page.evaluate(() => window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'districts_2020', id: '201' }).fill)).toBeTruthy();

    // The map stays interactive while presenting.
    const before = await camera(page);
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((z) => Math.abs(window.qnMap.getZoom() - z) > 0.1, before.zoom);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('slide-overlay')).toBeHidden();
    await expect(page.getByTestId('deck-panel')).toBeVisible();
  });

  test('a slide with markup in its caption shows it as text', async ({ page }) => {
    await openApp(page);
    await openTab(page, 'present');
    const dir = mkdtempSync(join(tmpdir(), 'deck-'));
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const deck = {
      format: 'qn-map-deck',
      version: 1,
      title: '<b>bold?</b>',
      slides: [
        {
          id: 'x1',
          title: '<i>t</i>',
          caption: hostile,
          notes: '',
          sources: [],
          figures: [],
          view: {
            camera: null,
            adminVersion: '2025',
            layers: { zones: true, labels: true, context: true, sites: true },
            theme: { id: 'none', year: null, method: 'quantile', classes: 5 },
            filters: [],
            selected: null,
          },
        },
      ],
    };
    writeFileSync(join(dir, 'deck.json'), JSON.stringify(deck));
    await page.getByTestId('deck-file').setInputFiles(join(dir, 'deck.json'));
    await expect(page.getByTestId('deck-message')).toHaveText('Đã nhập bài trình chiếu (1 trang).');
    await page.getByTestId('present-mine').click();
    await expect(page.getByTestId('slide-caption')).toHaveText(hostile);
    await expect(page.getByTestId('slide-title')).toHaveText('<i>t</i>');
    expect(await page.getByTestId('slide-overlay').locator('img, script, i, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test('slides fly smoothly from one to the next', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  await page.getByTestId('present-builtin').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slideNumber(page)).toHaveText('3 / 8');
  // A flight, not a jump: the map is moving after the key press and ends on the slide's camera.
  expect(await page.evaluate(flying)).toBe(true);
  await expectCamera(page, [106.5787, 21.1179], 9.9);
});

test('deck editor: add views, rename, caption, reorder by keyboard, duplicate, delete; all survives a reload', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await panel.getByTestId('add-slide').click();
  await panel.getByTestId('slide-title-input').fill('Toàn tỉnh');
  await panel.getByTestId('slide-caption-input').fill('Ranh giới 2025');
  await panel.getByTestId('slide-notes-input').fill('Mở đầu');

  await openTab(page, 'map');
  await page.getByRole('radio', { name: 'Huyện 2020–2025 (13)' }).check();
  await openTab(page, 'present');
  await page.evaluate(() => window.qnMap.jumpTo({ center: [107.9, 21.5], zoom: 10 }));
  await waitForIdle(page);
  await panel.getByTestId('add-slide').click();
  await panel.getByTestId('slide-title-input').fill('Móng Cái');

  const titles = () => panel.getByTestId('slide-list').locator('li .title').allTextContents();
  expect(await titles()).toEqual(['Toàn tỉnh', 'Móng Cái']);
  // Keyboard reorder: focus the second slide's number, Alt+↑.
  await panel.getByRole('button', { name: /^Trang 2: Móng Cái/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await titles()).toEqual(['Móng Cái', 'Toàn tỉnh']);
  await expect(panel.getByRole('button', { name: /^Trang 1: Móng Cái/ })).toBeFocused();

  // Drag and drop: the second slide onto the first.
  await panel.getByTestId('slide-list').locator('li').nth(1).dragTo(panel.getByTestId('slide-list').locator('li').nth(0));
  expect(await titles()).toEqual(['Toàn tỉnh', 'Móng Cái']);
  await panel.getByRole('button', { name: /^Trang 2: Móng Cái/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  expect(await titles()).toEqual(['Móng Cái', 'Toàn tỉnh']);

  await panel.getByRole('button', { name: 'Nhân bản “Toàn tỉnh”' }).click();
  expect(await titles()).toEqual(['Móng Cái', 'Toàn tỉnh', 'Toàn tỉnh']);
  await panel.getByRole('button', { name: 'Xoá “Toàn tỉnh”' }).first().click();
  expect(await titles()).toEqual(['Móng Cái', 'Toàn tỉnh']);

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true');
  // (The tab's panel is mounted when the tab is first opened.)
  await openTab(page, 'present');
  await expect(panel.getByTestId('slide-list').locator('li .title')).toHaveText(['Móng Cái', 'Toàn tỉnh']);

  // Presenting my deck: the first slide is the 2020–2025 view at Móng Cái.
  await panel.getByTestId('present-mine').click();
  await expect(slideNumber(page)).toHaveText('1 / 2');
  await expectCamera(page, [107.9, 21.5], 10);
  expect(await renderedIds(page, 'districts-fill')).toContain('194');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-caption')).toHaveText('Ranh giới 2025');
});

test('the deck survives a crash of the tab', async ({ page, context }) => {
  await openApp(page);
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await panel.getByTestId('add-slide').click();
  await panel.getByTestId('slide-title-input').fill('Trước sự cố');
  // A second tab keeps the browser context alive while the first one crashes.
  const fresh = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // (The protocol call never answers: the renderer is gone.)
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await openApp(fresh);
  await openTab(fresh, 'present');
  await expect(fresh.getByTestId('slide-list').locator('li .title')).toHaveText(['Trước sự cố']);
});

test('F toggles full screen while presenting; Esc leaves the presentation', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  await page.getByTestId('present-builtin').click();
  await expect(slideNumber(page)).toHaveText('1 / 8');
  await page.keyboard.press('f');
  await page.waitForFunction(() => !!document.fullscreenElement);
  await page.keyboard.press('f');
  await page.waitForFunction(() => !document.fullscreenElement);
  await expect(page.getByTestId('slide-overlay')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('slide-overlay')).toBeHidden();
});

test('import of broken files: a clear message, and the current deck is kept', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await panel.getByTestId('add-slide').click();
  await panel.getByTestId('slide-title-input').fill('Giữ lại');
  const dir = mkdtempSync(join(tmpdir(), 'deck-'));
  const cases: [string, string | Buffer, RegExp][] = [
    ['wrong.json', '{"format": "qn-map-deck", "slides": [', /không phải JSON hợp lệ|not valid JSON/],
    ['version.json', JSON.stringify({ format: 'qn-map-deck', version: 9, title: '', slides: [] }), /version: this app reads deck version 1, the file has 9/],
    ['missing.json', JSON.stringify({ format: 'qn-map-deck', version: 1, title: '', slides: [{ id: 'a' }] }), /slides\[0\]\.title/],
    // (A deck file may carry the user's own layers and tables: the limit is that of an imported file.)
    ['huge.json', Buffer.alloc(51 * 1024 * 1024, 32), /lớn hơn 50 MB/],
  ];
  for (const [name, body, message] of cases) {
    writeFileSync(join(dir, name), body);
    await panel.getByTestId('deck-file').setInputFiles(join(dir, name));
    await expect(panel.getByTestId('deck-message'), name).toHaveText(message);
    await expect(panel.getByTestId('deck-message')).toContainText('Bài hiện tại vẫn giữ nguyên');
    expect(await panel.getByTestId('slide-list').locator('li .title').allTextContents()).toEqual(['Giữ lại']);
  }
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('qn-map.deck')!).slides.map((s: { title: string }) => s.title));
  expect(stored).toEqual(['Giữ lại']);
});

test('export the deck as JSON and import it back; undo an import', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await panel.getByRole('button', { name: 'Chép vào bài của tôi' }).click();
  await panel.getByTestId('deck-title').fill('Họp tháng 11');
  await panel.getByTestId('deck-title').blur();
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Xuất bài (JSON)' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  const exported = JSON.parse(text);
  expect(exported.title).toBe('Họp tháng 11');
  expect(exported.slides).toHaveLength(8);

  await panel.getByRole('button', { name: 'Xoá “Vốn đầu tư 2021–2023”' }).click();
  await panel.getByTestId('deck-file').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(panel.getByTestId('slide-list').locator('li')).toHaveCount(8);
  await panel.getByRole('button', { name: 'Hoàn tác nhập' }).click();
  await expect(panel.getByTestId('slide-list').locator('li')).toHaveCount(7);
});

test('the whole view is in the link: opening it elsewhere shows the same map', async ({ page, context }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('indicator:income_per_capita');
  await page.getByTestId('method-select').selectOption('jenks');
  await page.getByRole('region', { name: 'Lớp bản đồ' }).getByRole('checkbox', { name: 'Khu kinh tế', exact: true }).uncheck();
  await page.evaluate(() => window.qnMap.jumpTo({ center: [107.3, 21.1], zoom: 9.5 }));
  await page.getByRole('button', { name: 'Số liệu toàn tỉnh' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('c')).toBe('107.3,21.1,9.5');
  // (The link is written after the frame: the camera may be in it before the selection.)
  await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe('province:22');
  const link = page.url();
  expect(new URL(link).searchParams.get('t')).toBe('indicator:income_per_capita');

  const other = await context.newPage();
  await openApp(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(other.getByTestId('year-select')).toHaveValue('2023');
  await expect(other.getByTestId('method-select')).toHaveValue('jenks');
  await expect(other.getByRole('region', { name: 'Lớp bản đồ' }).getByRole('checkbox', { name: 'Khu kinh tế', exact: true })).not.toBeChecked();
  await expect(other.getByTestId('info-panel').locator('h2')).toHaveText('Tỉnh Quảng Ninh');
  await expectCamera(other, [107.3, 21.1], 9.5);
  expect((await renderedIds(other, 'districts-fill')).length).toBeGreaterThan(3);
});

test('"copy link" copies the view just changed, though the address bar follows a frame later', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await openTab(page, 'present');
  const copy = await page.getByTestId('deck-panel').getByRole('button', { name: 'Chép liên kết' }).elementHandle();
  await openTab(page, 'map');
  const zones = await page.getByRole('region', { name: 'Lớp bản đồ' }).getByRole('checkbox', { name: 'Khu kinh tế', exact: true }).elementHandle();
  // A change and "copy link" in one task, no frame between them (the deck panel stays mounted, hidden).
  const seen = await page.evaluate(
    async ([zones, copy]) => {
      const off = () => new URL(location.href).searchParams.get('off');
      zones.click();
      // (Svelte runs its effects, the link's write among them, in a microtask.)
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      const before = off();
      copy.click();
      return { before, after: off() };
    },
    [zones as ElementHandle<HTMLInputElement>, copy as ElementHandle<HTMLButtonElement>] as const,
  );
  // Not yet in the address bar (written after the frame), but written before it is copied.
  expect(seen).toEqual({ before: null, after: 'zones' });
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  expect(new URL(page.url()).searchParams.get('off')).toBe('zones');
});

test('a malformed or absurd link opens the default view with a visible note', async ({ page }) => {
  await openApp(page, `/?c=NaN,21,8&v=1999&f=${'x'.repeat(10)}&t=<b>`);
  const note = page.getByTestId('link-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('map position is not a set of numbers');
  await expect(note).toContainText('unknown theme');
  expect(await page.evaluate(() => window.qnMap.queryRenderedFeatures({ layers: ['communes-fill'] }).length)).toBeGreaterThan(0);

  await openApp(page, '/?c=107.5,21.2,1e9');
  await expect(page.getByTestId('link-note')).toContainText('zoom 1e9 is out of range (6–17); used 17');
  expect(await page.evaluate(() => window.qnMap.getZoom())).toBeLessThanOrEqual(17);

  // A real server refuses such a request line (HTTP 431); a static host might not, so the page is
  // served here for it and the app itself must cope.
  const index = await (await page.request.get('/')).text();
  await page.route(
    (url) => url.searchParams.has('pad'),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: index }),
  );
  await openApp(page, `/?v=2020&pad=${'a'.repeat(1_000_000)}`);
  await expect(page.getByTestId('link-note')).toContainText('the link is too long');
});

test('PNG export: the map with title, legend, scale, sources and date, at the expected size', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('theme-select')).toBeEnabled();
  await page.getByTestId('theme-select').selectOption('ntm');
  await waitForIdle(page);
  await openTab(page, 'present');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe('quang-ninh-map.png');
  const png = PNG.sync.read(readFileSync((await download.path())!));
  const canvas = await page.evaluate(() => ({ w: window.qnMap.getCanvas().width, h: window.qnMap.getCanvas().height }));
  expect(png.width).toBe(canvas.w);
  // Title band (56 px) above, and a footer of at least 90 px below the map.
  expect(png.height).toBeGreaterThanOrEqual(canvas.h + 56 + 90);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 13) colours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  expect(colours.size).toBeGreaterThan(50);
  // The map area is the map, not a blank canvas: NTM colours appear in it.
  const row = Math.round(56 + canvas.h / 2);
  const rowColours = new Set<number>();
  for (let x = 0; x < png.width; x += 3) {
    const i = (row * png.width + x) * 4;
    rowColours.add((png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!);
  }
  expect(rowColours.size).toBeGreaterThan(5);
});

test('print: an A4 landscape sheet with the composed map', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'present');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'In (A4 ngang)' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-sheet').locator('img')).toBeVisible();
  await expect(page.locator('.app')).toBeHidden();
  const src = await page.getByTestId('print-sheet').locator('img').getAttribute('src');
  expect(src!.startsWith('data:image/png;base64,')).toBe(true);
  expect(src!.length).toBeGreaterThan(50_000);
});

test('the presenter window shows notes, the next slide and a timer, and drives the main window', async ({ page, context }) => {
  await openApp(page);
  await openTab(page, 'present');
  await page.getByTestId('present-builtin').click();
  await expect(slideNumber(page)).toHaveText('1 / 8');
  const presenter = await context.newPage();
  await presenter.goto('/?presenter=1');
  await expect(presenter.getByTestId('presenter-title')).toHaveText('Tỉnh Quảng Ninh và 54 đơn vị cấp xã từ 1/7/2025');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Mở đầu');
  await expect(presenter.getByTestId('presenter-next')).toHaveText('Nông thôn mới trên các xã');
  await expect(presenter.getByTestId('presenter-timer')).toHaveText(/^00:0\d$/);
  await presenter.getByTestId('presenter-next-button').click();
  await expect(slideNumber(page)).toHaveText('2 / 8');
  await expect(presenter.getByTestId('presenter-number')).toHaveText('2 / 8');
  await presenter.keyboard.press('PageDown');
  await expect(slideNumber(page)).toHaveText('3 / 8');
  // Moving in the main window updates the presenter window.
  await page.keyboard.press('Home');
  await expect(presenter.getByTestId('presenter-number')).toHaveText('1 / 8');
});

test('storage full: the deck keeps working in memory, with a warning and an offer to export', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('qn-map.deck')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
  await openApp(page);
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await panel.getByTestId('add-slide').click();
  await expect(panel.getByTestId('storage-problem')).toContainText('Bộ nhớ trình duyệt đã đầy');
  await expect(panel.getByTestId('slide-list').locator('li')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByTestId('storage-problem').getByRole('button').click()]);
  expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).slides).toHaveLength(1);
});

test('storage disabled: a warning, and the deck is still usable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await openApp(page);
  await openTab(page, 'present');
  const panel = page.getByTestId('deck-panel');
  await expect(panel.getByTestId('storage-problem')).toContainText('Trình duyệt không cho lưu');
  await panel.getByTestId('add-slide').click();
  await panel.getByTestId('present-mine').click();
  await expect(slideNumber(page)).toHaveText('1 / 1');
});

test.describe('exporting a slide', () => {
  test.use({ reducedMotion: 'reduce' });

  test('PNG of a presented slide: its own title and caption, the full legend, the sources of its figures', async ({ page }) => {
    await openApp(page);
    await openTab(page, 'present');
    await expect(page.getByTestId('theme-select')).toBeEnabled();
    await page.getByTestId('present-builtin').click();
    const overlay = page.getByTestId('slide-overlay');
    type Drawn = { title: string; caption: string[]; header: number; legend: { label: string; y: number }[]; sources: string[]; dpr: number };
    /** Exports the slide on screen as a person does (the PNG button of present mode): the file's pixels and what the composer drew. */
    async function exportSlide(n: number) {
      await expect(slideNumber(page)).toHaveText(`${n} / 8`);
      await waitForIdle(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('present-png').click()]);
      expect(download.suggestedFilename()).toBe(`slide-${n}.png`);
      const png = PNG.sync.read(readFileSync((await download.path())!));
      const drawn = JSON.parse((await page.locator('body').getAttribute('data-png-drawn'))!) as Drawn;
      const px = (x: number, y: number) => {
        const i = (Math.round(y * drawn.dpr) * png.width + Math.round(x * drawn.dpr)) * 4;
        return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!] as const;
      };
      const rowY = (label: string) => drawn.legend.find((r) => r.label === label)!.y;
      /** Pixels of the swatch of a legend row that pass `test`. */
      const swatchCount = (label: string, test: (c: readonly number[]) => boolean) => {
        let k = 0;
        for (let x = 16; x < 38; x++) for (let y = rowY(label) + 1; y < rowY(label) + 13; y++) if (test(px(x, y))) k++;
        return k;
      };
      return { drawn, px, rowY, swatchCount, labels: drawn.legend.map((r) => r.label) };
    }
    const near = (hex: string) => (c: readonly number[]) => [1, 3, 5].every((k, i) => Math.abs(c[i]! - parseInt(hex.slice(k, k + 2), 16)) < 30);

    // Slide 2 (NTM): title, caption, the kiểu mẫu dots, the citation entries of its figures.
    await page.keyboard.press('ArrowRight');
    const title = (await overlay.getByTestId('slide-title').textContent())!;
    const caption = (await overlay.getByTestId('slide-caption').textContent())!;
    await expect(overlay.getByTestId('slide-figure-sources')).toContainText('Số liệu trên trang chiếu: bài báo nguồn');
    const two = await exportSlide(2);
    expect(two.drawn.title).toBe(title);
    expect(two.drawn.caption.join(' ').replace(/\s+/g, ' ')).toBe(caption.replace(/\s+/g, ' ').trim());
    expect(two.labels).toContain('Có xã cũ đạt NTM kiểu mẫu');
    expect(two.labels).toContain('NTM kiểu mẫu');
    expect(two.drawn.sources.some((x) => x.startsWith('Số liệu trên trang chiếu: bài báo nguồn'))).toBe(true);
    // Pixels: dark title text in the title band, the caption under it, dark dots on the white kiểu mẫu swatch.
    const dark = (c: readonly number[]) => c[0]! + c[1]! + c[2]! < 200;
    let titleInk = 0;
    let captionInk = 0;
    for (let x = 16; x < 400; x++) {
      for (let y = 10; y < 32; y++) if (dark(two.px(x, y))) titleInk++;
      for (let y = 56; y < two.drawn.header - 2; y++) if (dark(two.px(x, y))) captionInk++;
    }
    expect(titleInk).toBeGreaterThan(100);
    expect(captionInk).toBeGreaterThan(100);
    expect(two.swatchCount('Có xã cũ đạt NTM kiểu mẫu', (c) => c[0]! < 60)).toBeGreaterThan(4);

    // Slide 3 (districts 2020–2025): approximate outlines and mixed units, hatched.
    await page.keyboard.press('ArrowRight');
    const three = await exportSlide(3);
    expect(three.drawn.title).toBe(await overlay.getByTestId('slide-title').textContent());
    expect(three.labels).toEqual(expect.arrayContaining(['Ranh giới gần đúng', 'Xã mới gồm đất của hai huyện cũ']));
    expect(three.swatchCount('Xã mới gồm đất của hai huyện cũ', (c) => c[0]! > c[1]! + 20 && c[2]! > c[1]! + 20)).toBeGreaterThan(8);

    // Slide 6 (sites): every site symbol in its colour, and the approximate-position halo.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const six = await exportSlide(6);
    expect(six.labels).toEqual(expect.arrayContaining(['Khu kinh tế', 'Khu công nghiệp', 'Cảng biển', 'Cửa khẩu']));
    expect(six.labels.some((l) => l.startsWith('Vòng mờ'))).toBe(true);
    expect(six.swatchCount('Cảng biển', near('#1b6fa8'))).toBeGreaterThan(20);
    expect(six.swatchCount('Cửa khẩu', near('#c2185b'))).toBeGreaterThan(20);
    expect(six.swatchCount('Khu công nghiệp', near('#6a5fb0'))).toBeGreaterThan(20);
  });

  test("a figure's source entry link opens the Sources dialog at that entry, highlighted", async ({ page }) => {
    await openApp(page);
    await openTab(page, 'present');
    await expect(page.getByTestId('theme-select')).toBeEnabled();
    await page.getByTestId('present-builtin').click();
    await page.keyboard.press('ArrowRight');
    await expect(slideNumber(page)).toHaveText('2 / 8');
    // By keyboard (the slide card may sit under the legend on a small screen).
    const link = page.getByTestId('slide-figure-sources').locator('button').first();
    const id = (await link.getAttribute('data-cite-id'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('sources-dialog');
    await expect(dialog).toBeVisible();
    const entry = dialog.locator(`li[data-cite-id="${id}"]`);
    await expect(entry).toHaveAttribute('aria-current', 'true');
    await expect(entry).toBeInViewport();
    await expect(entry).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // A panel's figure links the same way.
    await page.getByTestId('slide-overlay').getByTestId('cite-entry').first().focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('li[aria-current="true"]')).toHaveCount(1);
    await expect(dialog.locator('li[aria-current="true"]')).toBeInViewport();
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, reducedMotion: 'reduce' });
    test('on every slide of the built-in deck the caption card, the legend and the controls never overlap', async ({ page }) => {
      await openApp(page);
      await openTab(page, 'present');
      await page.getByTestId('present-builtin').click();
      const intersect = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      for (let i = 1; i <= 8; i++) {
        await expect(slideNumber(page)).toHaveText(`${i} / 8`);
        const card = (await page.getByTestId('slide-overlay').boundingBox())!;
        const legend = (await page.getByTestId('slide-legend').boundingBox())!;
        const bar = (await page.getByRole('navigation', { name: 'Điều khiển trình chiếu' }).boundingBox())!;
        expect(intersect(card, legend), `slide ${i}: card ${JSON.stringify(card)} legend ${JSON.stringify(legend)}`).toBe(false);
        expect(intersect(legend, bar), `slide ${i}: legend and controls`).toBe(false);
        expect(intersect(card, bar), `slide ${i}: card and controls`).toBe(false);
        // Both inside the window: nothing of the card is pushed off screen.
        expect(card.y + card.height).toBeLessThanOrEqual(viewport.height);
        expect(legend.y + legend.height).toBeLessThanOrEqual(viewport.height);
        if (i < 8) await page.keyboard.press('ArrowRight');
      }
    });
  });
}
