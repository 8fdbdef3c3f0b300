// Interleaved A/B of builds: serves each built folder with `vite preview` on its own port (4293…)
// and loads them in turn (A, B, …, A, B, …) in one browser, fresh context each time (cold cache).
// Prints medians of time to idle, to the first map picture (and to its first contentful paint) and (2D map) to a usable map, ms since navigation start.
// Usage: tsx bench/experiments/ab.ts <rounds> name=dist-folder[#/path] [name=dist-folder[#/path] …]  (AB_PORT: first port, default 4293)
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { freshWindow } from '../fresh-window';
import { waitForPageMark } from '../page-mark';
import { servePreview, stopServer } from '../serve';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const rounds = Number(process.argv[2]);
  // `name=dir` or `name=dir#/path?query` (a page other than AB_PATH, e.g. `#/?renderer=webgl`); one server per folder.
  const variants = process.argv.slice(3).map((a) => {
    const [name, spec] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
    const [dir, path] = spec.split('#');
    return { name, dir: dir!, path: path ?? process.env.AB_PATH ?? '/', port: 0 };
  });
  const dirs = [...new Set(variants.map((v) => v.dir))];
  for (const v of variants) v.port = Number(process.env.AB_PORT ?? 4293) + dirs.indexOf(v.dir);
  const servers = await Promise.all(dirs.map((dir, i) => servePreview(Number(process.env.AB_PORT ?? 4293) + i, dir)));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(process.env.AB_ARGS ? process.env.AB_ARGS.split(' ') : [])],
  });
  const idle = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const paint = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const interactive = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const fcp = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  try {
    for (let i = 0; i < rounds; i++) {
      // Alternate which variant goes first, so neither always follows the other.
      const order = i % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const { context, page } = await freshWindow(browser);
        const cdp = await context.newCDPSession(page);
        await page.goto(`http://localhost:${v.port}${v.path}`);
        await waitForPageMark(cdp, 'mapIdle', { value: 'true' });
        const m = await page.evaluate(() => ({
          idle: Number(document.documentElement.dataset.mapIdleAt),
          paint: Number(document.documentElement.dataset.firstMapPaintAt),
          // (The 2D map's: usable, before its sites are drawn; NaN on the WebGL path.)
          interactive: Number(document.documentElement.dataset.mapInteractiveAt),
          // (When the browser presented the first picture: the first contentful paint, as Paint Timing reports it.)
          fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
        }));
        await context.close();
        idle.get(v.name)!.push(m.idle);
        paint.get(v.name)!.push(m.paint);
        interactive.get(v.name)!.push(m.interactive);
        fcp.get(v.name)!.push(m.fcp);
        console.log(`${i + 1} ${v.name}: idle ${m.idle} ms, first paint ${m.paint} ms, FCP ${m.fcp} ms, interactive ${m.interactive} ms`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach(stopServer);
  }
  const out = Object.fromEntries(
    variants.map((v) => [
      v.name,
      {
        idle_median: median(idle.get(v.name)!),
        paint_median: median(paint.get(v.name)!),
        interactive_median: median(interactive.get(v.name)!),
        fcp_median: median(fcp.get(v.name)!),
        idle: idle.get(v.name),
        paint: paint.get(v.name),
        interactive: interactive.get(v.name),
        fcp: fcp.get(v.name),
      },
    ]),
  );
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
