// Recolouring on the MapLibre path, as `npm run bench` measures it (`recolor_ms`, `frame_ms`): from
// choosing another theme in the picker to the map's next idle (indicators on districts), and a plain
// frame (a repaint with nothing changed, the cost recolouring can't beat) after each recolour, so
// that both see the same state of the machine and of its software GPU (interleaved, as the cold
// loads are: measured one block after the other, the two medians moved by ±0.2 against each other
// between runs). Used by bench/run.ts and bench/experiments/recolor-ab.ts.
import type { Browser, Page } from 'playwright-core';
import { freshWindow } from './fresh-window';

const THEMES = ['indicator:income_per_capita', 'indicator:budget_revenue_total', 'indicator:production_value', 'indicator:income_per_capita'];

interface QnMap {
  once(event: 'idle', f: () => void): void;
  triggerRepaint(): void;
}

const plainFrame = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = (window as unknown as { qnMap: QnMap }).qnMap;
        const t0 = performance.now();
        map.once('idle', () => resolve(performance.now() - t0));
        map.triggerRepaint();
      }),
  );

const recolour = (page: Page, theme: string) =>
  page.evaluate(
    (value) =>
      new Promise<number>((resolve) => {
        const select = document.querySelector('[data-testid=theme-select]') as HTMLSelectElement;
        const map = (window as unknown as { qnMap: QnMap }).qnMap;
        const t0 = performance.now();
        map.once('idle', () => resolve(performance.now() - t0));
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        map.triggerRepaint();
      }),
    theme,
  );

/**
 * One page of the app on MapLibre (`url` + `?renderer=webgl`, fresh context): 24 recolours, each
 * followed by a plain frame (24: single samples are bimodal on a software GPU, a frame's wait for
 * the GPU process or not), in ms.
 */
export async function recolorTimes(browser: Browser, url: string): Promise<{ times: number[]; frames: number[] }> {
  const { context, page } = await freshWindow(browser);
  // (MapLibre's recolour: feature-state and a repaint.)
  await page.goto(`${url}/?renderer=webgl`);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  await page.waitForFunction(() => !(document.querySelector('[data-testid=theme-select]') as HTMLSelectElement).disabled);
  // Warm-up: the first switch to districts lays out their layers once (a version switch, not a recolour).
  await page.selectOption('[data-testid=theme-select]', THEMES[0]!);
  await plainFrame(page);
  const times: number[] = [];
  const frames: number[] = [];
  for (let round = 0; round < 8; round++) {
    for (const theme of THEMES.slice(1)) {
      times.push(await recolour(page, theme));
      frames.push(await plainFrame(page));
    }
  }
  await context.close();
  return { times, frames };
}
