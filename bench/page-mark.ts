// Waiting for a mark the page writes on <html data-…> (`mapIdle`, `mapInteractiveAt`) without
// disturbing the load being measured. Playwright's `page.waitForFunction` first evaluates its
// injected script in the page (tens of ms of main-thread time, at the load event: in the middle
// of the app's start on a 2-core machine, 17–32 ms per load in traces) and then polls on every
// animation frame. A plain CDP `Runtime.evaluate` of one attribute read, every 50 ms, costs the page
// next to nothing. The measured times are the page's own marks, so the poll's period does not
// enter them.
import type { CDPSession } from 'playwright-core';

/**
 * Resolves with the value of `document.documentElement.dataset[name]` once the page has set it (and,
 * with `value`, once it equals that); throws after `timeoutMs`.
 */
export async function waitForPageMark(cdp: CDPSession, name: string, options: { value?: string; timeoutMs?: number } = {}): Promise<string> {
  const until = Date.now() + (options.timeoutMs ?? 60_000);
  const expression = `document.documentElement.dataset[${JSON.stringify(name)}] ?? null`;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    const value = result.value as string | null;
    if (value !== null && (options.value === undefined || value === options.value)) return value;
    if (Date.now() > until)
      throw new Error(`the page did not set data-${name}${options.value ? `="${options.value}"` : ''} within ${options.timeoutMs ?? 60_000} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
