// A new browser window (a fresh Playwright context: empty HTTP cache, as on a first visit) for one
// measured load, opened and left to settle before the navigation. Chromium 156 builds its own
// WebUI for each new window (the omnibox popup, chrome://omnibox-popup.top-chrome): measured on the
// 2-core reference machine, ~560 ms of CPU in the 0.8 s after the window opens, 2–3 ms once it has
// been open 0.8 s (bench/experiments/window-settle.ts). A page loaded at once shared both cores with
// that work, which no visitor's browser does (their window has been open for long), and the page,
// the floor and the naive map each took a different share of it. Every measured load waits first.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** How long a new window is left before its page loads (the browser's own work there is done by 0.8 s). */
export const WINDOW_SETTLE_MS = 1000;

/** A fresh context and page, 1280 × 800 unless `options` say otherwise, once the window's own work is done. */
export async function freshWindow(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  await new Promise((resolve) => setTimeout(resolve, WINDOW_SETTLE_MS));
  return { context, page };
}
