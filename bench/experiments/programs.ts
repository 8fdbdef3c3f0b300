// Lists the WebGL programs MapLibre compiled for the first view (its painter's program cache keys),
// with the probe's counts (programs, frames, layers) at the first idle. One cold load per URL.
// Usage: tsx bench/experiments/programs.ts <url> [url …]  (serve the builds first)
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { probeScript } from './probe';

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const url of process.argv.slice(2)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(probeScript);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
      const out = await page.evaluate(() => {
        const p = (window as any).__probe;
        const map = (window as any).qnMap;
        const keys = Object.keys(map?.painter?.programCache?.programs ?? {});
        return { programsAtIdle: p.programsAtIdle, rendersAtIdle: p.renders, layers: p.layers, visibleLayers: p.visibleLayers, idle: p.marks.idle, keys };
      });
      console.log(url, JSON.stringify(out, null, 1));
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
main();
