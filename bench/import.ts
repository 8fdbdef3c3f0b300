// Import timings: a 10,000-polygon GeoJSON dropped on the map until drawn (with the longest
// main-thread task meanwhile, PerformanceObserver 'longtask'), and joining a 3,000-row table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { freshWindow } from './fresh-window';
import type { UnitIndex } from '../src/lib/data/unit-index-types';
import { foldVietnamese } from '../src/lib/text/fold';
import { joinTable } from '../src/lib/import/table-join';
import type { ImportedTable } from '../src/lib/import/types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** 3,000 rows naming the 2025 units by code, by name and by name without diacritics, in turn. */
export function tableJoinBench(root: string, runs = 5): { table_join_ms: number; table_join_rows: number } {
  const index = JSON.parse(readFileSync(join(root, 'public/data/index.json'), 'utf8')) as UnitIndex;
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 3000; i++) {
    const u = index.units[i % index.units.length]!;
    rows.push([[u.code, u.name, foldVietnamese(u.name)][i % 3]!, i]);
  }
  const table: ImportedTable = { file: 'bench.csv', columns: ['Đơn vị', 'Giá trị'], rows };
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    joinTable(table, { keyColumns: ['Đơn vị'], valueColumn: 'Giá trị', level: 'auto', unit: 'x', year: 2024, source: 'bench' }, index);
    times.push(performance.now() - t0);
  }
  return { table_join_ms: Number(median(times).toFixed(1)), table_join_rows: rows.length };
}

/** 100 × 100 small squares over Quảng Ninh's land, as GeoJSON text. */
function tenThousandPolygons(): string {
  const [w, s, e, n] = [106.5, 20.9, 108.0, 21.6];
  const features = [];
  for (let i = 0; i < 100; i++) {
    for (let j = 0; j < 100; j++) {
      const x = w + ((e - w) * (i + 0.2)) / 100;
      const y = s + ((n - s) * (j + 0.2)) / 100;
      const d = 0.004;
      features.push({
        type: 'Feature',
        properties: { i, j, name: `ô ${i}-${j}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + d, y],
              [x + d, y + d],
              [x, y + d],
              [x, y],
            ],
          ],
        },
      });
    }
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Runs in the page: drops the file, waits until its source is loaded and the map idle. */
const PAGE_SCRIPT = `async () => {
  const geojson = window.__qnBenchText;
  const map = window.qnMap;
  let longest = 0;
  let t0 = Infinity;
  let sourceAt = 0;
  const tasks = [];
  // (Only tasks that start after the drop: not this script's own evaluation.)
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.startTime >= t0) { longest = Math.max(longest, e.duration); tasks.push([Math.round(e.startTime - t0), Math.round(e.duration)]); } });
  observer.observe({ type: 'longtask', buffered: false });
  const dt = new DataTransfer();
  dt.items.add(new File([geojson], 'bench-10k.geojson'));
  t0 = performance.now();
  const stage = document.querySelector('main.stage');
  for (const type of ['dragenter', 'dragover', 'drop']) stage.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  const sourceId = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('layer never appeared')), 120000);
    const poll = () => {
      const id = Object.keys(map.getStyle().sources).find((s) => s.startsWith('user:bench-10k'));
      if (id) { clearTimeout(timer); sourceAt = performance.now() - t0; resolve(id); } else requestAnimationFrame(poll);
    };
    poll();
  });
  await new Promise((resolve) => {
    const check = () => (map.isSourceLoaded(sourceId) && map.loaded() ? resolve() : map.once('idle', check));
    map.once('idle', check);
    map.triggerRepaint();
  });
  const ms = performance.now() - t0;
  // (All 10,000 must be drawn, also when handed to the map's worker in parts.)
  const drawn = new Set(map.querySourceFeatures(sourceId).map((f) => f.properties.i * 100 + f.properties.j)).size;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { ms, longest, tasks, sourceAt: Math.round(sourceAt), drawn };
}`;

/** The same on the 2D map (the map this app draws with where WebGL is software or missing): drop →
 * the 2D scene holds the layer's 10,000 shapes and a frame has been drawn with them. */
const PAGE_SCRIPT_2D = `async () => {
  const geojson = window.__qnBenchText;
  const map = window.qnMap2d;
  let longest = 0;
  let t0 = Infinity;
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.startTime >= t0) { longest = Math.max(longest, e.duration); tasks.push([Math.round(e.startTime - t0), Math.round(e.duration)]); } });
  observer.observe({ type: 'longtask', buffered: false });
  const dt = new DataTransfer();
  dt.items.add(new File([geojson], 'bench-10k.geojson'));
  t0 = performance.now();
  const stage = document.querySelector('main.stage');
  for (const type of ['dragenter', 'dragover', 'drop']) stage.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  const shapes = () => (map.getScene().userShapes ?? []).length;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('layer never appeared')), 120000);
    const poll = () => (shapes() >= 10000 ? (clearTimeout(timer), resolve()) : requestAnimationFrame(poll));
    poll();
  });
  // (The frame with the shapes: two animation frames after the scene took them.)
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { ms, longest, tasks, sourceAt: 0, drawn: shapes() };
}`;

/** For bench/experiments/import-profile.ts. */
export { PAGE_SCRIPT as PAGE_SCRIPT_TEXT, tenThousandPolygons as tenThousandPolygonsText };

/** Drop to drawn: from the drop event until the map is idle with the new layer's source loaded. */
export async function importBench(
  browser: Browser,
  port: number,
  log = false,
  renderer: 'webgl' | '2d' = 'webgl',
): Promise<{ import_10k_features_ms: number | null; import_longest_task_ms: number | null }> {
  const { context, page } = await freshWindow(browser);
  try {
    // (The WebGL map: the import is measured until MapLibre has drawn the layer; or the 2D map.)
    await page.goto(`http://localhost:${port}/?renderer=${renderer}`);
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
    const text = tenThousandPolygons();
    // (A string, not a function: tsx would wrap the named helpers in `__name`, unknown in the page.)
    // The file's text goes in first, so parsing this 1.5 MB script is not counted as the app's task.
    await page.evaluate(`window.__qnBenchText = ${JSON.stringify(text)}`);
    const result = (await page.evaluate(`(${renderer === '2d' ? PAGE_SCRIPT_2D : PAGE_SCRIPT})()`)) as {
      ms: number;
      longest: number;
      tasks: [number, number][];
      sourceAt: number;
      drawn: number;
    };
    // Each long task as [start after the drop, duration] in ms, and when the layer's source appeared.
    if (log) console.log(`long tasks: ${JSON.stringify(result.tasks)}; source added at ${result.sourceAt} ms; ${result.drawn} features in the map's tiles`);
    if (result.drawn !== 10_000) throw new Error(`${result.drawn} of 10,000 features drawn`);
    return { import_10k_features_ms: Math.round(result.ms), import_longest_task_ms: Math.round(result.longest) };
  } catch (e) {
    console.log(`import bench failed: ${(e as Error).message}`);
    return { import_10k_features_ms: null, import_longest_task_ms: null };
  } finally {
    await context.close();
  }
}

/** `BENCH_PORT=4392 npx tsx bench/import.ts`: builds the app (skip: BENCH_NO_BUILD=1), serves it, prints the import figures. */
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, chromiumPath } = await import('../playwright.config');
  const { buildApp, root, servePreview, stopServer } = await import('./serve');
  const port = Number(process.env.BENCH_PORT ?? 4392);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  console.log(`table join: ${JSON.stringify(tableJoinBench(root))}`);
  if (!process.env.BENCH_NO_BUILD) buildApp();
  const server = await servePreview(port);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (let r = 0; r < runs; r++) {
      console.log(`import: ${JSON.stringify(await importBench(browser, port, true))}`);
      console.log(`import (2D map): ${JSON.stringify(await importBench(browser, port, true, '2d'))}`);
    }
  } finally {
    await browser.close();
    stopServer(server);
  }
}
