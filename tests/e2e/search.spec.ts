// Search as a person types it: no diacritics, keyboard only, landing on the right panel.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('typing without diacritics finds Đầm Hà; arrows and Enter open it on the map', async ({ page }) => {
  await openApp(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('dam ha');
  const results = page.getByTestId('search-results');
  await expect(results.getByRole('option').first()).toContainText('Xã Đầm Hà');
  await expect(results).toContainText('Huyện Đầm Hà');
  await input.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-hit-1');
  await input.press('Enter');
  const title = page.getByTestId('info-panel').locator('h2');
  await expect(title).toHaveText(/Đầm Hà/);
  await expect(page.getByTestId('search-results')).toHaveCount(0);
});

test('an old commune leads to the 2025 unit it became; Esc closes the list', async ({ page }) => {
  await openApp(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('ha khanh');
  const option = page.getByTestId('search-results').getByRole('option').filter({ hasText: 'Xã cũ' }).first();
  await expect(option).toContainText('Phường Hà Khánh');
  await expect(option).toContainText('nay thuộc Phường Cao Xanh');
  await option.click();
  await expect(page.getByTestId('info-panel').locator('h2')).toHaveText('Phường Cao Xanh');

  await input.fill('');
  await input.pressSequentially('mong cia');
  await expect(page.getByTestId('search-results')).toContainText('Móng Cái');
  await input.press('Escape');
  await expect(page.getByTestId('search-results')).toHaveCount(0);
});

test('the list opened again right after a choice stays open: leaving the box earlier does not close it later', async ({ page }) => {
  // The page's timers run on Playwright's clock, paused while the list is reopened, so a close
  // delayed from the earlier blur (the info panel takes focus on a choice) would fire in runFor.
  await page.clock.install();
  await openApp(page);
  const input = page.getByTestId('search-input');
  await input.click();
  await input.pressSequentially('ha khanh');
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.getByTestId('search-results').getByRole('option').filter({ hasText: 'Xã cũ' }).first().click();
  await expect(page.locator('#panel-title')).toBeFocused();
  await input.fill('');
  await input.pressSequentially('mong cia');
  const results = page.getByTestId('search-results');
  await expect(results).toContainText('Móng Cái');
  await page.clock.runFor(1000);
  await expect(results).toContainText('Móng Cái');
  await page.clock.resume();
});
