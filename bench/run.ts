// `npm run bench`: builds and serves the production app, drives headless Chromium, and prints one
// JSON object of measurements on its last line. Numbers are measured, never asserted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { runFilterBench } from './filter';
import { slideTransitions, soak } from './present';
import { buildApp, root, servePreview, stopServer } from './serve';

const PORT = 4179;
const COLD_LOADS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface LoadResult {
  loadToIdleMs: number;
  transferBytes: number;
  tileBytes: number;
  heapUsedMb: number;
}

/** One cold load: a fresh browser context, so an empty HTTP cache, as on a first visit. */
async function coldLoad(browser: Browser): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let transferBytes = 0;
  let tileBytes = 0;
  let idle = false;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    if (idle) return;
    transferBytes += e.encodedDataLength;
    if (urls.get(e.requestId)?.includes('.pmtiles')) tileBytes += e.encodedDataLength;
  });
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  idle = true;
  const loadToIdleMs = Number(await page.evaluate(() => document.documentElement.dataset.mapIdleAt));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { loadToIdleMs, transferBytes, tileBytes, heapUsedMb: heap.usedSize / 2 ** 20 };
}

/**
 * Recolouring: from choosing another theme in the picker to the map's next idle, several times
 * (indicators on districts, and NTM on the 2025 units), median.
 */
async function recolorTimes(browser: Browser): Promise<{ times: number[]; frames: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/`);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  await page.waitForFunction(() => !(document.querySelector('[data-testid=theme-select]') as HTMLSelectElement).disabled);
  const themes = ['indicator:income_per_capita', 'indicator:budget_revenue_total', 'indicator:production_value', 'indicator:income_per_capita'];
  // Warm-up: the first switch to districts lays out their layers once (a version switch, not a recolour).
  await page.selectOption('[data-testid=theme-select]', themes[0]!);
  await page.evaluate(() => new Promise((r) => { (window as any).qnMap.once('idle', r); (window as any).qnMap.triggerRepaint(); }));
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const theme of themes.slice(1)) {
      const ms = await page.evaluate((value) => new Promise<number>((resolve) => {
        const select = document.querySelector('[data-testid=theme-select]') as HTMLSelectElement;
        const map = (window as any).qnMap;
        const t0 = performance.now();
        map.once('idle', () => resolve(performance.now() - t0));
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        map.triggerRepaint();
      }), theme);
      times.push(ms);
    }
  }
  // The cost of one frame with nothing changed (SwiftShader draws in software): recolouring can't beat it.
  const frames: number[] = [];
  for (let i = 0; i < 5; i++) {
    frames.push(await page.evaluate(() => new Promise<number>((resolve) => {
      const map = (window as any).qnMap;
      const t0 = performance.now();
      map.once('idle', () => resolve(performance.now() - t0));
      map.triggerRepaint();
    })));
  }
  await context.close();
  return { times, frames };
}

/**
 * Gzipped JS: everything; the app's code that the first view loads (MapLibre excluded); and the
 * app's chunks loaded later on demand (the Turf filter engine, the presenter window).
 */
function gzipSizes(): { all: number; app: number; lazy: number } {
  const dir = join(root, 'dist/assets');
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
  let all = 0;
  let app = 0;
  let lazy = 0;
  for (const file of readdirSync(dir)) {
    if (!/\.(m?js)$/.test(file)) continue;
    const size = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    all += size;
    if (/maplibre/.test(file)) continue;
    if (html.includes(file)) app += size;
    else lazy += size;
  }
  return { all, app, lazy };
}

async function main() {
  const filterBench = runFilterBench(root);
  console.log(`filters: ${JSON.stringify(filterBench)}`);
  buildApp();
  const server = await servePreview(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const loads: LoadResult[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      loads.push(await coldLoad(browser));
      console.log(`cold load ${i + 1}: ${loads[i]!.loadToIdleMs} ms to idle, ${loads[i]!.transferBytes} B, tiles ${loads[i]!.tileBytes} B`);
    }
    const recolor = await recolorTimes(browser);
    console.log(`recolour: ${recolor.times.map((t) => t.toFixed(0)).join(', ')} ms; plain frame: ${recolor.frames.map((t) => t.toFixed(0)).join(', ')} ms`);
    // The same measurement without headless vsync scheduling, which alone makes a SwiftShader frame
    // take 150–340 ms whatever is drawn: closer to what a machine with a display and GPU shows.
    const noVsync = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
    const recolorNoVsync = await recolorTimes(noVsync);
    const loadsNoVsync: LoadResult[] = [];
    for (let i = 0; i < COLD_LOADS; i++) loadsNoVsync.push(await coldLoad(noVsync));
    console.log(`cold loads without vsync: ${loadsNoVsync.map((l) => l.loadToIdleMs).join(', ')} ms`);
    const slides = await slideTransitions(browser, PORT);
    const slidesNoVsync = await slideTransitions(noVsync, PORT);
    console.log(`slides: ${JSON.stringify(slides)}; without vsync: ${JSON.stringify(slidesNoVsync)}`);
    await noVsync.close();
    // The soak runs with the brief's flags: without vsync the software GPU process draws flat out
    // and starves the page on two cores.
    const soakResult = await soak(browser, PORT, Number(process.env.SOAK_ROUNDS ?? 500));
    console.log(`soak: ${JSON.stringify(soakResult)}`);
    console.log(`recolour without vsync: ${recolorNoVsync.times.map((t) => t.toFixed(0)).join(', ')} ms; plain frame: ${recolorNoVsync.frames.map((t) => t.toFixed(0)).join(', ')} ms`);
    const js = gzipSizes();
    const result = {
      load_to_idle_ms: median(loads.map((l) => l.loadToIdleMs)),
      load_to_idle_ms_all: loads.map((l) => l.loadToIdleMs),
      load_to_idle_ms_no_vsync: median(loadsNoVsync.map((l) => l.loadToIdleMs)),
      load_to_idle_ms_no_vsync_all: loadsNoVsync.map((l) => l.loadToIdleMs),
      transfer_bytes_initial: median(loads.map((l) => l.transferBytes)),
      tile_bytes_initial: median(loads.map((l) => l.tileBytes)),
      js_gzip_bytes: js.all,
      js_gzip_bytes_app: js.app,
      js_gzip_bytes_app_lazy: js.lazy,
      recolor_ms: Number(median(recolor.times).toFixed(1)),
      frame_ms: Number(median(recolor.frames).toFixed(1)),
      recolor_ms_no_vsync: Number(median(recolorNoVsync.times).toFixed(1)),
      frame_ms_no_vsync: Number(median(recolorNoVsync.frames).toFixed(1)),
      ...slides,
      slide_transition_ms_no_vsync: slidesNoVsync.slide_transition_ms,
      slide_fps_no_vsync: slidesNoVsync.slide_fps,
      ...soakResult,
      ...filterBench,
      heap_used_mb: Number(median(loads.map((l) => l.heapUsedMb)).toFixed(1)),
      pmtiles_bytes: statSync(join(root, 'tiles/quangninh.pmtiles')).size,
      viewport: '1280x800',
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
