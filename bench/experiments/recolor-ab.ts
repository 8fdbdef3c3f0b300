// Interleaved A/B of the recolour on the MapLibre path (bench/run.ts recolorTimes: picker change →
// next idle, then a plain repaint → idle), for builds: each page makes 24 recolours and 24 plain
// frames; pages alternate between the builds, `pages` each. The run's 24 samples are bimodal on a
// software GPU (a frame waits for the GPU process or not), so one bench run's ratio moves by ±0.2;
// this takes many more samples of two builds side by side.
// Usage: tsx bench/experiments/recolor-ab.ts <pages> name=dist-folder name=dist-folder  (AB_PORT, default 4740)
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { servePreview, stopServer } from '../serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
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

async function main() {
  const pages = Number(process.argv[2]);
  const base = Number(process.env.AB_PORT ?? 4740);
  const variants = process.argv.slice(3).map((a, i) => ({ name: a.slice(0, a.indexOf('=')), dir: a.slice(a.indexOf('=') + 1), port: base + i }));
  const servers = await Promise.all(variants.map((v) => servePreview(v.port, v.dir)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const got = new Map(variants.map((v) => [v.name, { recolour: [] as number[], frame: [] as number[] }]));
  try {
    for (let i = 0; i < pages; i++) {
      for (const v of i % 2 === 0 ? variants : [...variants].reverse()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`http://localhost:${v.port}/?renderer=webgl`);
        await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
        await page.waitForFunction(() => !(document.querySelector('[data-testid=theme-select]') as HTMLSelectElement).disabled);
        // Warm-up: the first switch to districts lays out their layers once (not a recolour).
        await page.selectOption('[data-testid=theme-select]', THEMES[0]!);
        await plainFrame(page);
        const r = got.get(v.name)!;
        for (let round = 0; round < 8; round++)
          for (const theme of THEMES.slice(1)) {
            r.recolour.push(await recolour(page, theme));
            r.frame.push(await plainFrame(page));
          }
        await context.close();
        console.log(`${i + 1} ${v.name}: recolour ${median(r.recolour).toFixed(1)} ms, plain frame ${median(r.frame).toFixed(1)} ms (so far)`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach(stopServer);
  }
  const out = Object.fromEntries(
    [...got].map(([name, r]) => [
      name,
      {
        recolor_ms: Number(median(r.recolour).toFixed(1)),
        frame_ms: Number(median(r.frame).toFixed(1)),
        ratio: Number((median(r.recolour) / median(r.frame)).toFixed(2)),
        samples: r.recolour.length,
      },
    ]),
  );
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
