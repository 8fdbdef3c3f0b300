// Measuring as a person does it: click points for a distance, switch to area, undo, copy, read
// the figure in both languages, measure by keyboard and by touch, and find it again in the link.
import { expect, test, type Page } from '@playwright/test';
import { formatArea, formatLength, measureResult } from '../../src/lib/geo/measure';
import { openApp, project, waitForIdle } from './helpers';

/** A label and its value, as a person reads them (whatever white space the markup puts between). */
const labelled = (label: string, value: string) => new RegExp(`${escapeRe(label)}\\s*${escapeRe(value)}`);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The measured points, as the link carries them. */
function linkPoints(page: Page): { mode: string; points: [number, number][] } {
  const me = new URL(page.url()).searchParams.get('me');
  if (!me) return { mode: '', points: [] };
  const [mode, ...pts] = me.split(';');
  return { mode: mode!, points: pts.map((p) => p.split(',').map(Number) as [number, number]) };
}

async function renderedCount(page: Page, layer: string): Promise<number> {
  await waitForIdle(page);
  return page.evaluate((l) => window.qnMap.queryRenderedFeatures({ layers: [l] }).length, layer);
}

test('measure a distance by clicks, undo, then the area; copy the result; the link keeps it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const panel = page.getByTestId('measure-panel');
  await panel.getByTestId('measure-distance').click();
  await expect(page.getByTestId('measure-bar')).toBeVisible();
  // Around Hạ Long bay's shore, in the middle of the map.
  const a = await project(page, [107.05, 20.98]);
  const b = await project(page, [107.25, 21.02]);
  const c = await project(page, [107.2, 21.15]);
  await page.mouse.click(a.x, a.y);
  await expect(panel.getByTestId('measure-result')).toContainText('Cần ít nhất 2 điểm');
  await page.mouse.click(b.x, b.y);
  await expect.poll(() => linkPoints(page).points.length).toBe(2);
  const two = linkPoints(page);
  expect(two.mode).toBe('d');
  const km = formatLength(measureResult({ mode: 'distance', points: two.points }).lengthM, 'vi');
  expect(km).toMatch(/^2\d,\d+ km$/);
  await expect(panel.getByTestId('measure-result')).toContainText(labelled('Chiều dài', km));
  await expect(page.getByTestId('measure-live')).toContainText(km);
  expect(await renderedCount(page, 'measure-line')).toBeGreaterThan(0);
  expect(await renderedCount(page, 'measure-points')).toBe(2);
  // Clicking measures; it does not open a unit's panel.
  await expect(page.getByTestId('info-panel')).toHaveCount(0);

  await page.mouse.click(c.x, c.y);
  await expect.poll(() => linkPoints(page).points.length).toBe(3);
  await panel.getByTestId('measure-undo').click();
  await expect.poll(() => linkPoints(page).points.length).toBe(2);
  await expect(panel.getByTestId('measure-result')).toContainText(km);

  // Area: the same points and one more make a triangle.
  await panel.getByTestId('measure-area').click();
  await expect(panel.getByTestId('measure-result')).toContainText('Cần ít nhất 3 điểm');
  await page.mouse.click(c.x, c.y);
  await expect.poll(() => linkPoints(page).points.length).toBe(3);
  const three = linkPoints(page);
  expect(three.mode).toBe('a');
  const r = measureResult({ mode: 'area', points: three.points });
  const km2 = formatArea(r.areaM2!, 'vi');
  expect(km2).toMatch(/km²$/);
  await expect(panel.getByTestId('measure-result')).toContainText(labelled('Diện tích', km2));
  await expect(panel.getByTestId('measure-result')).toContainText(labelled('Chu vi', formatLength(r.lengthM, 'vi')));
  expect(await renderedCount(page, 'measure-fill')).toBeGreaterThan(0);

  await page.getByTestId('measure-done').click();
  await expect(page.getByTestId('measure-bar')).toHaveCount(0);
  await panel.getByTestId('measure-copy').click();
  await expect(panel.getByTestId('measure-copied')).toContainText(km2);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${km2} (chu vi ${formatLength(r.lengthM, 'vi')})`);

  // In English, the same figure with English separators.
  await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click();
  await expect(panel.getByTestId('measure-result')).toContainText(labelled('Area', formatArea(r.areaM2!, 'en')));

  // The link opens with the measurement on the map.
  await expect.poll(() => linkPoints(page)).toEqual(three);
  const url = page.url();
  await openApp(page, url.slice(url.indexOf('/', 8)));
  await expect(panel.getByTestId('measure-result')).toContainText(formatArea(r.areaM2!, 'en'));
  expect(await renderedCount(page, 'measure-points')).toBe(3);

  await panel.getByTestId('measure-clear').click();
  await expect(panel.getByTestId('measure-result')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('me')).toBeNull();
  expect(await renderedCount(page, 'measure-line')).toBe(0);
});

test('measure by keyboard: arrows move the map, Space adds the centre, Backspace undoes, Esc finishes', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('measure-distance').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('measure-bar')).toBeVisible();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await expect.poll(() => linkPoints(page).points.length).toBe(3);
  await page.keyboard.press('Backspace');
  await expect.poll(() => linkPoints(page).points.length).toBe(2);
  const pts = linkPoints(page).points;
  expect(pts[1]![0]).toBeGreaterThan(pts[0]![0]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('measure-bar')).toHaveCount(0);
  await expect(page.getByTestId('measure-result')).toContainText(formatLength(measureResult({ mode: 'distance', points: pts }).lengthM, 'vi'));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
  test('taps place points while the tool sheet is out of the way', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('tools-toggle').click();
    await page.getByTestId('measure-distance').click();
    await expect(page.getByTestId('measure-bar')).toBeVisible();
    await expect(page.locator('#side')).toBeHidden();
    const a = await project(page, [107.05, 21.0]);
    const b = await project(page, [107.15, 21.05]);
    await page.touchscreen.tap(a.x, a.y);
    await expect.poll(() => linkPoints(page).points.length).toBe(1);
    await page.touchscreen.tap(b.x, b.y);
    await expect.poll(() => linkPoints(page).points.length).toBe(2);
    await expect(page.getByTestId('measure-live')).toContainText(
      formatLength(measureResult({ mode: 'distance', points: linkPoints(page).points }).lengthM, 'vi'),
    );
  });
});

test('a slide keeps the measurement and shows it again when presented', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('measure-distance').click();
  for (const ll of [
    [107.05, 21.0],
    [107.2, 21.05],
  ] as [number, number][]) {
    const p = await project(page, ll);
    await page.mouse.click(p.x, p.y);
  }
  await page.getByTestId('measure-done').click();
  await expect.poll(() => linkPoints(page).points.length).toBe(2);
  const km = formatLength(measureResult({ mode: 'distance', points: linkPoints(page).points }).lengthM, 'vi');
  await page.getByRole('tab', { name: 'Trình chiếu' }).click();
  await page.getByTestId('add-slide').click();
  const stored = await page.evaluate(() =>
    Object.values(localStorage)
      .map((v) => {
        try {
          return JSON.parse(v);
        } catch {
          return null;
        }
      })
      .find((d) => d?.format === 'qn-map-deck'),
  );
  expect(stored.slides[0].view.measure.mode).toBe('distance');
  expect(stored.slides[0].view.measure.points).toHaveLength(2);
  await page.getByRole('tab', { name: 'Bản đồ' }).click();
  await page.getByTestId('measure-clear').click();
  expect(await renderedCount(page, 'measure-points')).toBe(0);
  await page.getByRole('tab', { name: 'Trình chiếu' }).click();
  await page.getByTestId('present-mine').click();
  await expect(page.getByTestId('slide-overlay')).toBeVisible();
  expect(await renderedCount(page, 'measure-points')).toBe(2);
  expect(await renderedCount(page, 'measure-line')).toBeGreaterThan(0);
  await expect.poll(() => linkPoints(page).points.length).toBe(2);
  expect(km).toMatch(/ km$/);
});
