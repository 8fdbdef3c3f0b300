// The investor view: sites on the map, a card with distances, a filtered list, comparison, export.
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { expect, test } from '@playwright/test';
import type { Site } from '../../src/lib/data/site-types';
import { openApp, project, renderedIds, openTab } from './helpers';

const sites = JSON.parse(readFileSync(new URL('../../public/data/sites.json', import.meta.url), 'utf8')) as Site[];
const byId = (id: string) => sites.find((s) => s.id === id)!;
const vi1 = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);
/** Nearest other site of a category, as an investor would measure it with a ruler on a globe. */
function nearest(from: Site, category: Site['category']) {
  return sites.filter((s) => s.category === category && s.id !== from.id)
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
  const expected = sites.filter((s) => s.category === 'industrial_park' && nearest(s, 'seaport').km <= 5).map((s) => s.id).sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect(list.locator('li')).toHaveCount(expected.length);
  expect((await list.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!))).sort()).toEqual(expected);
  await page.getByTestId('max-port-km').fill('');
  await page.getByTestId('investor-sort').selectOption('area');
  await expect(list.locator('li').first()).toHaveAttribute('data-id', 'kcn_bac_tien_phong'); // 1,192 ha, the largest park with an area
});

test('compare up to three sites side by side, and export the list as CSV', async ({ page }) => {
  await openApp(page);
  await openTab(page, 'invest');
  const panel = page.getByTestId('investor-panel');
  for (const id of ['kcn_song_khoai', 'kcn_viet_hung', 'port_hon_gai']) await panel.locator(`li[data-id="${id}"] input[type=checkbox]`).check();
  await expect(panel.locator('li[data-id="kcn_cai_lan"] input[type=checkbox]')).toBeDisabled();
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead th')).toHaveText(['', 'KCN Sông Khoai (Amata City Hạ Long)', 'KCN Việt Hưng', 'Khu bến Hòn Gai']);
  await expect(table).toContainText('714 ha');
  // Distances from approximate points carry ±.
  await expect(table).toContainText(/≈ [\d,]+ km \(± [\d,]+ km\)/);
  await expect(table).toContainText('300,93 ha');
  await expect(table).toContainText('Toạ độ có nguồn');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('investor-export').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(30);
  expect(csv.split('\r\n')[0]).toContain('km_nearest_seaport,plus_minus_km_nearest_seaport');
  expect(csv).toMatch(/kcn_song_khoai,[^\r]*686\.82 ha \(2025\)[^\r]*,approximate,inside,4\.8,/);
  expect(csv).toContain('kcn_song_khoai,industrial_park,KCN Sông Khoai (Amata City Hạ Long)');
});
