// `npm run bench`: builds and serves the production app and the comparison pages (bench/pages: an
// empty MapLibre map, the floor; a naive whole-GeoJSON map), drives headless Chromium, and prints
// one JSON object of measurements on its last line. Numbers are measured, never asserted.
// BENCH_QUICK=1 skips the soak, Lighthouse and the runs without vsync.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { runFilterBench } from './filter';
import { freshWindow } from './fresh-window';
import { importBench, tableJoinBench } from './import';
import { lighthouseScores, type LighthouseScores } from './lighthouse';
import { waitForPageMark } from './page-mark';
import { recolorTimes } from './recolor';
import { slideTransitions, soak } from './present';
import { buildApp, buildBenchPages, root, servePreview, stopServer } from './serve';

const PORT = Number(process.env.BENCH_PORT ?? 4290);
const COLD_LOADS = 7;
const QUICK = process.env.BENCH_QUICK === '1';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

/**
 * The pages loaded side by side: the app as it opens (under software WebGL: the 2D map), the app
 * forced onto MapLibre (`?renderer=webgl`, so the GPU path is measured too), the naive
 * whole-GeoJSON map, the empty map.
 */
const PAGES = { app: '/', app_webgl: '/?renderer=webgl', naive: '/bench/naive.html', floor: '/bench/floor.html' } as const;
type PageName = keyof typeof PAGES;

interface LoadResult {
  loadToIdleMs: number;
  /** Navigation → the app's first map picture (`data-first-map-paint-at`), NaN on pages without it. */
  firstMapPaintMs: number;
  /** Navigation → first contentful paint (Paint Timing: when the browser presented it). */
  fcpMs: number;
  /** Which renderer the app chose (`data-renderer`), '' on the comparison pages. */
  renderer: string;
  transferBytes: number;
  /** Every response to the page and its workers until idle (body + headers), as Playwright counts them. */
  allBytes: number;
  tileBytes: number;
  heapUsedMb: number;
}

/** One cold load: a fresh browser context, so an empty HTTP cache, as on a first visit (its window settled first: fresh-window.ts). */
async function coldLoad(browser: Browser, path: string = PAGES.app): Promise<LoadResult> {
  const { context, page } = await freshWindow(browser);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let transferBytes = 0;
  let tileBytes = 0;
  let idle = false;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  // (The page's CDP session does not see requests made by workers, e.g. MapLibre fetching GeoJSON
  // on the naive page; Playwright's context does.)
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    // (Not the service worker's precaching, which starts at idle.)
    if (!idle && !request.serviceWorker())
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      );
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (idle) return;
    transferBytes += e.encodedDataLength;
    if (urls.get(e.requestId)?.includes('.pmtiles')) tileBytes += e.encodedDataLength;
  });
  await page.goto(`http://localhost:${PORT}${path}`);
  await waitForPageMark(cdp, 'mapIdle', { value: 'true' });
  idle = true;
  const allBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  const marks = await page.evaluate(() => ({
    idle: document.documentElement.dataset.mapIdleAt,
    paint: document.documentElement.dataset.firstMapPaintAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    renderer: document.documentElement.dataset.renderer ?? '',
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return {
    loadToIdleMs: Number(marks.idle),
    firstMapPaintMs: marks.paint === undefined ? NaN : Number(marks.paint),
    fcpMs: marks.fcp === undefined ? NaN : Math.round(marks.fcp),
    renderer: marks.renderer,
    transferBytes,
    allBytes,
    tileBytes,
    heapUsedMb: heap.usedSize / 2 ** 20,
  };
}

/**
 * One cold load of the app (fresh context), thrown away: a just-started browser's first loads are
 * slower than later ones (5.8, 4.2, 2.1 s in a row without WebGL), so each measuring browser (the
 * main one and the no-WebGL one) starts with the same discarded load before its measured loads.
 */
async function warmUp(browser: Browser, noWebgl: Browser): Promise<void> {
  const r = await coldLoad(browser, PAGES.app);
  console.log(`warm-up load (discarded): ${r.loadToIdleMs} ms to idle`);
  const n = await noWebglLoad(noWebgl);
  console.log(`no-WebGL warm-up load (discarded): ${'ms' in n ? `usable 2D map at ${n.ms} ms` : n.reason}`);
}

/**
 * Cold loads of the four pages interleaved (app, app on MapLibre, naive, floor, app, …), then one of
 * the app in the browser without WebGL, round after round, so a change in machine load hits all
 * alike (before session 8 the no-WebGL loads came in a block minutes after the floor's).
 */
async function interleavedLoads(
  browser: Browser,
  noWebgl: Browser,
  rounds: number,
): Promise<{ pages: Record<PageName, LoadResult[]>; noWebgl: NoWebglLoad[] }> {
  const loads: Record<PageName, LoadResult[]> = { app: [], app_webgl: [], naive: [], floor: [] };
  const without: NoWebglLoad[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const name of Object.keys(PAGES) as PageName[]) {
      const r = await coldLoad(browser, PAGES[name]);
      loads[name].push(r);
      console.log(
        `cold load ${i + 1} ${name}${r.renderer ? ` (${r.renderer})` : ''}: ${r.loadToIdleMs} ms to idle${Number.isNaN(r.firstMapPaintMs) ? '' : `, first map paint ${r.firstMapPaintMs} ms`}, FCP ${r.fcpMs} ms, ${r.transferBytes} B (${r.allBytes} B with workers)`,
      );
    }
    const n = await noWebglLoad(noWebgl);
    without.push(n);
    console.log(`cold load ${i + 1} without WebGL: ${'ms' in n ? `usable 2D map at ${n.ms} ms, ${n.bytes} B` : n.reason}`);
  }
  return { pages: loads, noWebgl: without };
}

/** One cold load of the app with WebGL unavailable: its usable 2D map, or why none came. */
type NoWebglLoad = { ms: number; bytes: number } | { reason: string };

/**
 * The app with WebGL unavailable (Chromium `--disable-3d-apis`, its own browser): navigation → a
 * usable 2D map, as the 2D renderer reports it (`data-map-interactive-at`, ms since navigation
 * start), and the bytes transferred until then; one cold load (a fresh context, as the other pages'
 * loads: the browser's own start-up is not the page's). `interleavedLoads` makes one in each round
 * of the other pages' loads, so that it is compared with floor loads made in the same minutes.
 */
async function noWebglLoad(browser: Browser): Promise<NoWebglLoad> {
  const { context, page } = await freshWindow(browser);
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let done = false;
    cdp.on('Network.loadingFinished', (e) => {
      if (!done) bytes += e.encodedDataLength;
    });
    await page.goto(`http://localhost:${PORT}/`);
    let ms: number;
    try {
      ms = Number(await waitForPageMark(cdp, 'mapInteractiveAt', { timeoutMs: 20_000 }));
    } catch {
      const webgl = await page.evaluate(
        () => !!document.createElement('canvas').getContext('webgl2') || !!document.createElement('canvas').getContext('webgl'),
      );
      return {
        reason: `no usable map within 20 s (WebGL available: ${webgl}; the page never set data-map-interactive-at${errors.length ? `; page errors: ${errors.slice(0, 2).join(' | ').slice(0, 200)}` : ''})`,
      };
    }
    done = true;
    return { ms, bytes };
  } finally {
    await context.close();
  }
}

/**
 * The no-WebGL loads' summary: median of the measured loads, or null with the first reason a load
 * gave for no usable map.
 */
function noWebglSummary(loads: NoWebglLoad[]): {
  no_webgl_interactive_ms: number | null;
  no_webgl_interactive_ms_all: number[] | null;
  no_webgl_bytes: number | null;
  no_webgl_reason: string | null;
} {
  const failed = loads.find((l): l is { reason: string } => 'reason' in l);
  if (failed || loads.length === 0)
    return { no_webgl_interactive_ms: null, no_webgl_interactive_ms_all: null, no_webgl_bytes: null, no_webgl_reason: failed?.reason ?? 'no load made' };
  const ok = loads as { ms: number; bytes: number }[];
  return {
    no_webgl_interactive_ms: median(ok.map((l) => l.ms)),
    no_webgl_interactive_ms_all: ok.map((l) => l.ms),
    no_webgl_bytes: median(ok.map((l) => l.bytes)),
    no_webgl_reason: null,
  };
}

/** Lighthouse (desktop) of the app and of the floor, alternating, `runs` times each: median performance. */
async function lighthouseSideBySide(runs: number) {
  const app: LighthouseScores[] = [];
  const floor: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await lighthouseScores(`http://localhost:${PORT}${PAGES.app}`));
    floor.push(await lighthouseScores(`http://localhost:${PORT}${PAGES.floor}`));
    console.log(
      `lighthouse ${i + 1}: app ${app[i]!.performance} (LCP ${app[i]!.lcp_ms} ms, TBT ${app[i]!.tbt_ms} ms), floor ${floor[i]!.performance} (LCP ${floor[i]!.lcp_ms} ms, TBT ${floor[i]!.tbt_ms} ms)`,
    );
  }
  return {
    lighthouse_perf_app: median(app.map((s) => s.performance)),
    lighthouse_perf_floor: median(floor.map((s) => s.performance)),
    lighthouse_perf_app_all: app.map((s) => s.performance),
    lighthouse_perf_floor_all: floor.map((s) => s.performance),
    lighthouse_accessibility_app: median(app.map((s) => s.accessibility)),
    lighthouse_best_practices_app: median(app.map((s) => s.best_practices)),
    lighthouse_lcp_ms_app: median(app.map((s) => s.lcp_ms)),
    lighthouse_tbt_ms_app: median(app.map((s) => s.tbt_ms)),
    lighthouse_lcp_ms_floor: median(floor.map((s) => s.lcp_ms)),
    lighthouse_tbt_ms_floor: median(floor.map((s) => s.tbt_ms)),
  };
}

/**
 * Gzipped JS: everything; the app's code that the first view loads (MapLibre excluded); and the
 * app's chunks loaded later on demand (the Turf filter engine, the presenter window).
 */
function gzipSizes(): { all: number; app: number; lazy: number } {
  const dir = join(root, 'dist/assets');
  // (Not the chunk names the boot script lists: it preloads one renderer's chunks, counted as lazy here.)
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8').replace(/<script>[\s\S]*?<\/script>/g, '');
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
  const started = Date.now();
  const filterBench = runFilterBench(root);
  console.log(`filters: ${JSON.stringify(filterBench)}`);
  const tableBench = tableJoinBench(root);
  console.log(`table join: ${JSON.stringify(tableBench)}`);
  buildApp();
  buildBenchPages();
  const server = await servePreview(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const withoutWebgl = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-3d-apis'] });
  try {
    await warmUp(browser, withoutWebgl);
    const { pages: side, noWebgl: noWebglLoads } = await interleavedLoads(browser, withoutWebgl, COLD_LOADS);
    await withoutWebgl.close();
    const loads = side.app;
    const idle = (name: PageName) => median(side[name].map((l) => l.loadToIdleMs));
    const firstPaint = median(loads.map((l) => l.firstMapPaintMs));
    const firstPaintWebgl = median(side.app_webgl.map((l) => l.firstMapPaintMs));
    const recolor = await recolorTimes(browser, `http://localhost:${PORT}`);
    console.log(`recolour: ${recolor.times.map((t) => t.toFixed(0)).join(', ')} ms; plain frame: ${recolor.frames.map((t) => t.toFixed(0)).join(', ')} ms`);
    // Slides on the map the app opens with here (the 2D map under software WebGL), and on MapLibre.
    const slides = await slideTransitions(browser, PORT, loads[0]!.renderer === '2d' ? '2d' : 'webgl');
    console.log(`slides: ${JSON.stringify(slides)}`);
    const slidesWebgl = await slideTransitions(browser, PORT, 'webgl');
    console.log(`slides (WebGL): ${JSON.stringify(slidesWebgl)}`);
    const importResult = await importBench(browser, PORT);
    console.log(`import: ${JSON.stringify(importResult)}`);
    const import2d = await importBench(browser, PORT, false, '2d');
    console.log(`import (2D map): ${JSON.stringify(import2d)}`);
    // The same measurements without headless vsync scheduling, which alone makes a SwiftShader frame
    // take 150–340 ms whatever is drawn: closer to what a machine with a display and GPU shows.
    let noVsyncResult: Record<string, number | number[] | null> = {
      load_to_idle_ms_no_vsync: null,
      load_to_idle_ms_no_vsync_all: null,
      recolor_ms_no_vsync: null,
      frame_ms_no_vsync: null,
      slide_transition_ms_no_vsync: null,
      slide_fps_no_vsync: null,
      slide_perceived_fps_no_vsync: null,
    };
    if (!QUICK) {
      const noVsync = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
      const recolorNoVsync = await recolorTimes(noVsync, `http://localhost:${PORT}`);
      const loadsNoVsync: LoadResult[] = [];
      for (let i = 0; i < 5; i++) loadsNoVsync.push(await coldLoad(noVsync));
      console.log(`cold loads without vsync: ${loadsNoVsync.map((l) => l.loadToIdleMs).join(', ')} ms`);
      const slidesNoVsync = await slideTransitions(noVsync, PORT);
      console.log(`slides without vsync: ${JSON.stringify(slidesNoVsync)}`);
      console.log(
        `recolour without vsync: ${recolorNoVsync.times.map((t) => t.toFixed(0)).join(', ')} ms; plain frame: ${recolorNoVsync.frames.map((t) => t.toFixed(0)).join(', ')} ms`,
      );
      await noVsync.close();
      noVsyncResult = {
        load_to_idle_ms_no_vsync: median(loadsNoVsync.map((l) => l.loadToIdleMs)),
        load_to_idle_ms_no_vsync_all: loadsNoVsync.map((l) => l.loadToIdleMs),
        recolor_ms_no_vsync: Number(median(recolorNoVsync.times).toFixed(1)),
        frame_ms_no_vsync: Number(median(recolorNoVsync.frames).toFixed(1)),
        slide_transition_ms_no_vsync: slidesNoVsync.slide_transition_ms,
        slide_fps_no_vsync: slidesNoVsync.slide_fps,
        slide_perceived_fps_no_vsync: slidesNoVsync.slide_perceived_fps,
      };
    }
    const noWebgl = noWebglSummary(noWebglLoads);
    console.log(`without WebGL: ${JSON.stringify(noWebgl)}`);
    // The soak runs with the brief's flags: without vsync the software GPU process draws flat out
    // and starves the page on two cores.
    const soakResult = QUICK ? null : await soak(browser, PORT, Number(process.env.SOAK_ROUNDS ?? 500));
    if (soakResult) console.log(`soak: ${JSON.stringify(soakResult)}`);
    await browser.close();
    const lighthouse = QUICK ? { lighthouse_perf_app: null, lighthouse_perf_floor: null } : await lighthouseSideBySide(Number(process.env.LH_RUNS ?? 3));
    const js = gzipSizes();
    const result = {
      load_vs_floor: ratio(idle('app'), idle('floor')),
      load_vs_naive: ratio(idle('app'), idle('naive')),
      first_map_paint_ms: firstPaint,
      first_map_paint_vs_floor: ratio(firstPaint, idle('floor')),
      slide_perceived_fps: slides.slide_perceived_fps,
      slide_fps: slides.slide_fps,
      slide_transition_ms: slides.slide_transition_ms,
      // The app forced onto MapLibre (`?renderer=webgl`): the path a machine with a GPU takes.
      load_vs_floor_webgl: ratio(idle('app_webgl'), idle('floor')),
      load_vs_naive_webgl: ratio(idle('app_webgl'), idle('naive')),
      first_map_paint_ms_webgl: firstPaintWebgl,
      first_map_paint_vs_floor_webgl: ratio(firstPaintWebgl, idle('floor')),
      slide_perceived_fps_webgl: slidesWebgl.slide_perceived_fps,
      slide_fps_webgl: slidesWebgl.slide_fps,
      slide_transition_ms_webgl: slidesWebgl.slide_transition_ms,
      renderer: loads[0]!.renderer,
      ...lighthouse,
      ...noWebgl,
      // The no-WebGL target: a usable 2D map no later than the empty MapLibre page's idle (≤ 1), same rounds.
      no_webgl_interactive_vs_floor: noWebgl.no_webgl_interactive_ms === null ? null : ratio(noWebgl.no_webgl_interactive_ms, idle('floor')),
      // Absolute times below depend on the machine (and its load); the ratios above hold across machines.
      load_to_idle_ms: idle('app'),
      load_to_idle_ms_all: loads.map((l) => l.loadToIdleMs),
      naive_load_to_idle_ms: idle('naive'),
      naive_load_to_idle_ms_all: side.naive.map((l) => l.loadToIdleMs),
      floor_load_to_idle_ms: idle('floor'),
      floor_load_to_idle_ms_all: side.floor.map((l) => l.loadToIdleMs),
      first_map_paint_ms_all: loads.map((l) => l.firstMapPaintMs),
      load_to_idle_ms_webgl: idle('app_webgl'),
      load_to_idle_ms_webgl_all: side.app_webgl.map((l) => l.loadToIdleMs),
      first_map_paint_ms_webgl_all: side.app_webgl.map((l) => l.firstMapPaintMs),
      // Paint Timing's first contentful paint (when the browser presented it), app and floor.
      fcp_ms: median(loads.map((l) => l.fcpMs)),
      fcp_ms_webgl: median(side.app_webgl.map((l) => l.fcpMs)),
      floor_fcp_ms: median(side.floor.map((l) => l.fcpMs)),
      transfer_bytes_initial_webgl: median(side.app_webgl.map((l) => l.transferBytes)),
      transfer_bytes_initial: median(loads.map((l) => l.transferBytes)),
      transfer_bytes_initial_with_workers: median(loads.map((l) => l.allBytes)),
      naive_transfer_bytes: median(side.naive.map((l) => l.allBytes)),
      floor_transfer_bytes: median(side.floor.map((l) => l.allBytes)),
      tile_bytes_initial: median(loads.map((l) => l.tileBytes)),
      js_gzip_bytes: js.all,
      js_gzip_bytes_app: js.app,
      js_gzip_bytes_app_lazy: js.lazy,
      recolor_ms: Number(median(recolor.times).toFixed(1)),
      frame_ms: Number(median(recolor.frames).toFixed(1)),
      ...noVsyncResult,
      ...(soakResult ?? { soak_heap_growth_pct: null }),
      ...filterBench,
      ...tableBench,
      ...importResult,
      import_10k_features_ms_2d: import2d.import_10k_features_ms,
      import_longest_task_ms_2d: import2d.import_longest_task_ms,
      heap_used_mb: Number(median(loads.map((l) => l.heapUsedMb)).toFixed(1)),
      pmtiles_bytes: statSync(join(root, 'tiles/quangninh.pmtiles')).size,
      viewport: '1280x800',
      quick: QUICK,
      bench_seconds: Math.round((Date.now() - started) / 1000),
    };
    console.log(JSON.stringify(result));
  } finally {
    await browser.close().catch(() => undefined);
    await withoutWebgl.close().catch(() => undefined);
    stopServer(server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
