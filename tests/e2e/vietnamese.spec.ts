// In Vietnamese mode every panel speaks Vietnamese: site cards of each kind, unit, district and
// province panels, legends, every slide of the built-in deck and the Sources dialog are read as a
// person sees them (visible text) and checked against English words the data and catalogs used.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openTab } from './helpers';

/** English words that once reached Vietnamese panels (units, notes, remarks on sources). */
const ENGLISH =
  /\b(persons?|projects?|enterprises|million|billion|percent|households|workers|students|visits|cooperatives|communes|districts|approx(imate)?|inferred|content|probably|stored|copy|headline|reports?|months|note|notes|area|land|sea|phase|planned|investor|developer|listed|placed|inside|unit|source|sources|coordinate|berth|opened|approved|the|of|and|with|not|found|only|part|unverified|year|income|growth|estimate|target|lease|bounded)\b/i;
/** Proper names and codes that are English-looking but are names: left out before the check. */
const NAMES = [
  /«[^»]*»/g,
  /“[^”]*”/g,
  /World Port Index/g,
  /Amata( Smart City| City)?/g,
  /Infra Asia/g,
  /Deep C/g,
  /Natural Earth/g,
  /https?:\/\/\S+/g,
  /\b[\w.-]+\.(vn|com|net|org|gov)\b\S*/g,
];

async function englishIn(locator: Locator): Promise<string[]> {
  // A name given in the other language (a site's English name, marked lang="en") is a name, not a sentence.
  let text = await locator.evaluate((el) => {
    const names = [...el.querySelectorAll<HTMLElement>('[lang="en"]')];
    for (const n of names) n.style.display = 'none';
    const out = (el as HTMLElement).innerText;
    for (const n of names) n.style.display = '';
    return out;
  });
  for (const n of NAMES) text = text.replace(n, ' ');
  return text
    .split(/\n+/)
    .filter((line) => ENGLISH.test(line))
    .map((line) => `${line.match(ENGLISH)![0]} ← ${line.slice(0, 120)}`);
}

async function expectVietnamese(page: Page, locator: Locator, what: string) {
  await expect(locator).toBeVisible();
  expect.soft(await englishIn(locator), what).toEqual([]);
}

const SITES = [
  'kkt_mong_cai',
  'kkt_quang_yen',
  'kcn_cai_lan',
  'kcn_hai_ha',
  'kcn_nam_tien_phong',
  'kcn_hoanh_bo',
  'port_hon_gai',
  'port_cai_lan',
  'port_van_gia',
  'port_mui_chua',
  'gate_mong_cai',
  'gate_hoanh_mo',
];

test('site cards of every kind are in Vietnamese (notes, areas, developer, how the point was placed)', async ({ page }) => {
  test.setTimeout(240_000); // a dozen page loads
  await openApp(page);
  for (const id of SITES) {
    await page.goto(`/?s=site:${id}`);
    const panel = page.getByTestId('info-panel');
    await expect(panel.getByTestId('site-facts')).toBeVisible();
    await expectVietnamese(page, panel, id);
  }
  // The Vietnamese note itself is there (not only the absence of English).
  await page.goto('/?s=site:kcn_hai_ha');
  await expect(page.getByTestId('site-notes')).toHaveText('Thời hạn thuê 2014–2064.');
  await expect(page.getByTestId('site-areas')).toContainText('gần 5.000 ha');
});

test('unit, district and province panels, with their figures, are in Vietnamese', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  for (const path of [
    '/?s=unit:06685',
    '/?s=unit:06709',
    '/?v=2020&s=district:193',
    '/?v=2020&s=district:200',
    '/?v=2020&s=district:199',
    '/?v=2020&s=district:203',
    '/?s=province:22',
  ]) {
    await page.goto(path);
    const panel = page.getByTestId('info-panel');
    await expect(panel.locator('h2')).toBeVisible();
    await expectVietnamese(page, panel, path);
  }
});

test('legends of each theme and the Sources dialog are in Vietnamese', async ({ page }) => {
  await openApp(page, '/?t=ntm');
  await expectVietnamese(page, page.getByTestId('map-legend'), 'NTM legend');
  await page.goto('/?v=2020&t=indicator:income_per_capita');
  await expectVietnamese(page, page.getByTestId('map-legend'), 'income legend');
  await expectVietnamese(page, page.getByRole('region', { name: 'Lớp bản đồ' }), 'layers and base legend');
  await page.getByRole('button', { name: 'Nguồn dữ liệu' }).click();
  await expectVietnamese(page, page.getByTestId('sources-dialog'), 'Sources dialog');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('every slide of the built-in deck, its figures and legend, is in Vietnamese', async ({ page }) => {
    await openApp(page);
    await openTab(page, 'present');
    await page.getByTestId('present-builtin').click();
    const count = Number((await page.getByTestId('slide-number').innerText()).split('/')[1]);
    expect(count).toBe(8);
    for (let i = 1; i <= count; i++) {
      await expect(page.getByTestId('slide-number')).toHaveText(`${i} / ${count}`);
      await expectVietnamese(page, page.getByTestId('slide-overlay'), `slide ${i}`);
      await expectVietnamese(page, page.getByTestId('slide-legend'), `legend of slide ${i}`);
      if (i < count) await page.keyboard.press('ArrowRight');
    }
  });
});
