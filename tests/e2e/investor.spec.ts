// The investor view: sites on the map, a card with distances, a filtered list, comparison, export.
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { expect, test } from '@playwright/test';
import type { Site } from '../../src/lib/data/site-types';
import { openApp, project, renderedIds, openTab, waitForIdle } from './helpers';

const sites = JSON.parse(readFileSync(new URL('../../public/data/sites.json', import.meta.url), 'utf8')) as Site[];
const byId = (id: string) => sites.find((s) => s.id === id)!;
const vi1 = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
/** Nearest other site of a category, as an investor would measure it with a ruler on a globe. */
function nearest(from: Site, category: Site['category']) {
  return sites
    .filter((s) => s.category === category && s.id !== from.id)
    .map((s) => ({ s, km: distance(from.position, s.position, { units: 'kilometers' }), pm: from.uncertaintyKm + s.uncertaintyKm }))
    .sort((a, b) => a.km - b.km)[0]!;
}

test('all 29 sites render with a symbol per category; approximate ones carry the halo', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'invest');
  expect(await renderedIds(page, 'sites-circle')).toHaveLength(29);
  const approx = await renderedIds(page, 'sites-approx');
  expect(approx).toHaveLength(26);
  expect(approx).not.toContain('port_hon_gai');
  await expect(page.locator('.legend')).toContainText('Vòng mờ: vị trí gần đúng');
});

test('a site card shows area, how its point was placed, location and Turf distances with ±', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'invest');
  const ip = byId('kcn_hai_ha');
  const at = await project(page, ip.position);
  await page.mouse.click(at.x, at.y);
  const panel = page.getByTestId('info-panel');
  await expect(panel.locator('h2')).toHaveText('KCN cảng biển Hải Hà (Texhong Hải Hà)');
  await expect(panel).toContainText('Vị trí gần đúng');
  await expect(panel).toContainText('06922');
  await expect(panel).toContainText('Xã Quảng Hà');
  await expect(panel).toContainText('Huyện Hải Hà');
  await expect(panel).toContainText('chưa tìm thấy trong nguồn');
  const port = nearest(ip, 'seaport');
  const gate = nearest(ip, 'border_gate');
  const distances = panel.getByTestId('site-distances');
  const pm = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: v < 10 ? 1 : 0 }).format(v);
  await expect(panel).toContainText(`Điểm đặt bên trong Xã Quảng Hà; địa điểm thật có thể cách điểm này tới ${vi1(ip.uncertaintyKm)} km.`);
  await expect(distances).toContainText(`≈ ${vi1(port.km)} km (± ${pm(port.pm)} km) — ${port.s.nameVi}`);
  await expect(distances).toContainText(`≈ ${vi1(gate.km)} km (± ${pm(gate.pm)} km) — ${gate.s.nameVi}`);
  await expect(distances).toContainText('nằm trong');
  await expect(panel).toContainText('nso.com.vn');

  // A site with a cited coordinate says so, and its area where sourced.
  await panel.getByRole('button', { name: 'Đóng' }).click();
  const honGai = await project(page, byId('port_hon_gai').position);
  await page.mouse.click(honGai.x, honGai.y);
  await expect(panel.locator('h2')).toHaveText('Khu bến Hòn Gai');
  await expect(panel).toContainText('Toạ độ có nguồn');
  await expect(panel).toContainText('World Port Index');
  await expect(panel).toContainText('sai số vị trí ± 1,8 km');

  // An uncited seaport stands on its unit's shore and says how it was placed.
  await panel.getByRole('button', { name: 'Đóng' }).click();
  const muiChua = byId('port_mui_chua');
  expect(muiChua.placement).toBe('coast');
  const mc = await project(page, muiChua.position);
  await page.mouse.click(mc.x, mc.y);
  await expect(panel.locator('h2')).toHaveText('Khu bến Mũi Chùa');
  await expect(panel).toContainText('Điểm đặt trên bờ biển của Xã Tiên Yên');
});

test('the site list filters by category, area and distance to a port (filter engine), and sorts', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'invest');
  const list = page.getByTestId('site-list');
  await expect(list.locator('li')).toHaveCount(29);
  await page.getByTestId('investor-panel').getByRole('checkbox', { name: 'Khu kinh tế', exact: true }).uncheck();
  await page.getByTestId('investor-panel').getByRole('checkbox', { name: 'Cảng biển', exact: true }).uncheck();
  await page.getByTestId('investor-panel').getByRole('checkbox', { name: 'Cửa khẩu', exact: true }).uncheck();
  await expect(list.locator('li')).toHaveCount(sites.filter((s) => s.category === 'industrial_park').length);
  await page.getByTestId('max-port-km').fill('5');
  const expected = sites
    .filter((s) => s.category === 'industrial_park' && nearest(s, 'seaport').km <= 5)
    .map((s) => s.id)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect(list.locator('li')).toHaveCount(expected.length);
  expect((await list.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))).sort()).toEqual(expected);
  await page.getByTestId('max-port-km').fill('');
  await page.getByTestId('investor-sort').selectOption('area');
  await expect(list.locator('li').first()).toHaveAttribute('data-id', 'kcn_bac_tien_phong'); // 1,192 ha, the largest park with an area
});

test('compare up to three sites in a wide dialog that Esc closes, and export the list as CSV', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await openTab(page, 'invest');
  const panel = page.getByTestId('investor-panel');
  for (const id of ['kcn_song_khoai', 'kcn_viet_hung', 'port_hon_gai']) await panel.locator(`li[data-id="${id}"] input[type=checkbox]`).check();
  await expect(panel.locator('li[data-id="kcn_cai_lan"] input[type=checkbox]')).toBeDisabled();
  const open = page.getByTestId('investor-compare-open');
  await expect(open).toHaveText('So sánh (3)…');
  await open.click();
  const dialog = page.getByTestId('compare-dialog');
  await expect(dialog).toBeVisible();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['', 'KCN Sông Khoai (Amata City Hạ Long)', 'KCN Việt Hưng', 'Khu bến Hòn Gai']);
  await expect(table).toContainText('714 ha');
  // Distances from approximate points carry ±.
  await expect(table).toContainText(/≈ [\d,]+ km \(± [\d,]+ km\)/);
  await expect(table).toContainText('300,93 ha');
  await expect(table).toContainText('Toạ độ có nguồn');
  // Room: the table is wider than the side column and nothing of it is cut off.
  const box = (await table.boundingBox())!;
  expect(box.width).toBeGreaterThan(500);
  expect(await table.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth + 1)).toBe(true);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('investor-export').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(30);
  const head = lines[0]!.slice(1).split(',');
  expect(head).toEqual(
    expect.arrayContaining(['district_2020', 'district_2020_name', 'unit_2025_name', 'km_nearest_seaport', 'plus_minus_km_nearest_seaport', 'sources']),
  );
  expect(csv).toMatch(/kcn_song_khoai,[^\r]*686\.82 ha \(2025\)[^\r]*,approximate,inside,4\.8,/);
  expect(csv).toContain('kcn_song_khoai,industrial_park,KCN Sông Khoai (Amata City Hạ Long)');
  // District by name as well as code; the distance read back equals a ruler on the globe.
  const row = (id: string) => {
    const cells = lines
      .find((l) => l.startsWith(`${id},`))!
      .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
      .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    return Object.fromEntries(head.map((h, i) => [h, cells[i]]));
  };
  const ip = byId('kcn_hai_ha');
  const r = row('kcn_hai_ha');
  expect(r.district_2020_name).toBe('Huyện Hải Hà');
  expect(Number(r.km_nearest_seaport)).toBeCloseTo(nearest(ip, 'seaport').km, 0);
  expect(Number(r.plus_minus_km_nearest_seaport)).toBeCloseTo(nearest(ip, 'seaport').pm, 0);
  // Sources are named by their citation entry, never as raw URLs.
  expect(r.sources).not.toMatch(/https?:\/\//);
  expect(r.sources!.length).toBeGreaterThan(3);
});

test("the list shows each site's distances (≈, ±) when opened, follows the sort, and can dim the map to the list", async ({ page }) => {
  const geometry: string[] = [];
  page.on('request', (r) => {
    if (/\/data\/economic_zones\.topo\.json/.test(r.url())) geometry.push(r.url());
  });
  await openApp(page);
  await waitForIdle(page);
  // The first map view does not pay for Turf and the zone outline; opening the list does.
  expect(geometry).toEqual([]);
  await openTab(page, 'invest');
  await expect.poll(() => geometry.length).toBe(1);
  const list = page.getByTestId('site-list');
  // Without sorting first: the nearest port is shown, with ≈ and ± for approximate points.
  const ip = byId('kcn_hai_ha');
  const port = nearest(ip, 'seaport');
  const pm = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: v < 10 ? 1 : 0 }).format(v);
  await expect(list.locator('li[data-id="kcn_hai_ha"] [data-kind="port"]')).toHaveText(`cảng ≈ ${vi1(port.km)} km (± ${pm(port.pm)} km)`);
  // Sorting by border gate shows the gate distance and orders by it.
  await page.getByTestId('investor-sort').selectOption('gate');
  const gate = nearest(ip, 'border_gate');
  await expect(list.locator('li[data-id="kcn_hai_ha"] [data-kind="gate"]')).toHaveText(`cửa khẩu ≈ ${vi1(gate.km)} km (± ${pm(gate.pm)} km)`);
  const firstGate = sites.filter((s) => s.category !== 'border_gate').map((s) => ({ id: s.id, km: nearest(s, 'border_gate').km }));
  const shown = await list.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  const kmOf = (id: string) =>
    sites.find((s) => s.id === id)!.category === 'border_gate' ? nearest(byId(id), 'border_gate').km : firstGate.find((x) => x.id === id)!.km;
  for (let i = 1; i < shown.length; i++) expect(kmOf(shown[i]!)).toBeGreaterThanOrEqual(kmOf(shown[i - 1]!) - 1e-9);
  // Sorting by the Móng Cái zone: sites inside say so.
  await page.getByTestId('investor-sort').selectOption('zone');
  await expect(list.locator('li').first().locator('[data-kind="zone"]')).toContainText('nằm trong');

  // Show on the map: the sites the list leaves out dim, the listed ones do not.
  const panel = page.getByTestId('investor-panel');
  for (const c of ['Khu kinh tế', 'Cảng biển', 'Cửa khẩu']) await panel.getByRole('checkbox', { name: c, exact: true }).uncheck();
  await page.getByTestId('investor-on-map').check();
  const dim = (id: string) => page.evaluate((i) => !!window.qnMap.getFeatureState({ source: 'qn', sourceLayer: 'sites', id: i }).dim, id);
  await expect.poll(() => dim('port_hon_gai')).toBe(true);
  expect(await dim('kcn_hai_ha')).toBe(false);
  await page.getByTestId('investor-on-map').uncheck();
  await expect.poll(() => dim('port_hon_gai')).toBe(false);
});
