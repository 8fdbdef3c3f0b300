// Interleaved A/B of builds for the first map picture (issue 14): serves each built folder with
// `vite preview` on its own port and loads them in turn in one browser (fresh context each load,
// cold cache, after one discarded warm-up load), as `npm run bench` does. Per load: the first map
// picture (`data-first-map-paint-at`), Paint Timing's FCP, the boot script's WebGL probe, when
// the page, home.svg, the app's script and stylesheet arrived, the page's own `performance.mark`s, and time to idle.
// Usage: tsx bench/experiments/first-paint-ab.ts <rounds> name=dist-folder [name=dist-folder …]
//   FP_PORT: first port (default 4401); FP_PATH: the page's path and query (default '/').
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { servePreview, stopServer } from '../serve';

const median = (xs: number[]) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)]! : NaN;
};

type Load = Record<string, number>;

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  // (A string, not a function: tsx would wrap the function's inner arrows in a helper the page lacks.)
  const m = (await page.evaluate(`(() => {
    const d = document.documentElement.dataset;
    const res = performance.getEntriesByType('resource');
    const end = (re) => Math.round(res.find((r) => re.test(r.name))?.responseEnd ?? NaN);
    const out = {
      paint: Number(d.firstMapPaintAt),
      fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
      idle: Number(d.mapIdleAt),
      probe: Number(d.rendererProbeMs),
      html: Math.round(performance.getEntriesByType('navigation')[0]?.responseEnd ?? NaN),
      parsed: Math.round(performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN),
      svg: end(/home\\.svg/),
      js: end(/assets\\/index-[^/]*\\.js/),
      css: end(/assets\\/index-[^/]*\\.css/),
    };
    for (const mk of performance.getEntriesByType('mark')) out[mk.name] = Math.round(mk.startTime);
    return out;
  })()`)) as Load;
  await context.close();
  return m;
}

async function main() {
  const rounds = Number(process.argv[2]);
  const base = Number(process.env.FP_PORT ?? 4401);
  const path = process.env.FP_PATH ?? '/';
  const variants = process.argv.slice(3).map((a, i) => ({ name: a.split('=')[0]!, dir: a.split('=')[1]!, port: base + i }));
  const servers = await Promise.all(variants.map((v) => servePreview(v.port, v.dir)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const loads = new Map<string, Load[]>(variants.map((v) => [v.name, []]));
  try {
    await load(browser, `http://localhost:${variants[0]!.port}${path}`);
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const m = await load(browser, `http://localhost:${v.port}${path}`);
        loads.get(v.name)!.push(m);
        console.log(`${i + 1} ${v.name}: ${JSON.stringify(m)}`);
      }
    }
  } finally {
    await browser.close();
    servers.forEach(stopServer);
  }
  const out = Object.fromEntries(
    variants.map((v) => {
      const ls = loads.get(v.name)!;
      const keys = [...new Set(ls.flatMap((l) => Object.keys(l)))];
      return [v.name, Object.fromEntries(keys.map((k) => [k, median(ls.map((l) => l[k] ?? NaN))]))];
    }),
  );
  console.log(JSON.stringify(out));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
