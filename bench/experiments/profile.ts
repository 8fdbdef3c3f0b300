// Profiles cold loads of pages side by side (default: the app and the empty-map floor), interleaved:
// the page's own marks (bench/experiments/probe.ts), the network waterfall (Resource Timing), a CPU
// profile of the page's main thread (self time by script and by function) and a Chrome trace (busy
// time per thread: page, map worker, GPU process). Prints one JSON object per page on the last line.
// Usage: tsx bench/experiments/profile.ts [rounds] [url ...]  (serve the build first, e.g. on 4292).
import { writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { probeScript } from './probe';

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : NaN);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

async function profileLoad(browser: Browser, url: string, trace: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probeScript);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  if (trace) await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline', 'v8', 'gpu'] });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  const { profile } = await cdp.send('Profiler.stop');
  const traceBuf = trace ? await browser.stopTracing() : null;
  const probe = await page.evaluate(() => {
    const p = (window as any).__probe;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      name: r.name.replace(location.origin, '').replace(/-[A-Za-z0-9_-]{8}\./, '.'),
      start: Math.round(r.startTime),
      end: Math.round(r.responseEnd),
      bytes: r.transferSize,
    }));
    const userMarks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]));
    return {
      ...p,
      marks: { ...p.marks, ...userMarks },
      idleAt: Number(document.documentElement.dataset.mapIdleAt),
      domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
      resources,
    };
  });
  await context.close();
  // Self time (ms) by script and by function, from the sampled CPU profile of the main thread.
  const nodes = profile.nodes as ProfileNode[];
  const dt = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) dt.set(samples[i]!, (dt.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const n of nodes) {
    const ms = dt.get(n.id) ?? 0;
    const script = n.callFrame.url
      ? n.callFrame.url.replace(/^https?:\/\/[^/]+/, '').replace(/-[A-Za-z0-9_-]{8}\./, '.')
      : `(${n.callFrame.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${script}:${n.callFrame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, v]) => [n, Math.round(v)]);
  // Busy time per thread from the trace (top-level tasks), up to the page's idle mark.
  let threads: Record<string, number> | null = null;
  if (traceBuf) {
    const events = (JSON.parse(traceBuf.toString()).traceEvents ?? []) as {
      name: string;
      ph: string;
      pid: number;
      tid: number;
      ts: number;
      dur?: number;
      args?: { name?: string };
    }[];
    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
    const navStart = events.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
    const end = navStart + probe.idleAt * 1000;
    threads = {};
    // Top-level tasks only: a task nested in another (same thread) is not counted twice.
    const tasks = events
      .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur && e.ts >= navStart && e.ts <= end)
      .sort((a, b) => a.ts - b.ts);
    const busyUntil = new Map<string, number>();
    for (const e of tasks) {
      const key = `${e.pid}:${e.tid}`;
      const from = Math.max(e.ts, busyUntil.get(key) ?? 0);
      const to = Math.min(e.ts + e.dur!, end);
      if (to <= from) continue;
      busyUntil.set(key, to);
      const name = names.get(key) ?? `tid ${e.tid}`;
      threads[name] = (threads[name] ?? 0) + (to - from) / 1000;
    }
    for (const k of Object.keys(threads)) threads[k] = Math.round(threads[k]!);
  }
  return { probe, byScript: top(byScript, 8), byFunction: top(byFunction, 15), threads };
}

async function main() {
  const rounds = Number(process.argv[2] ?? 3);
  const urls = process.argv.length > 3 ? process.argv.slice(3) : ['http://localhost:4292/', 'http://localhost:4292/bench/floor.html'];
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results = new Map<string, Awaited<ReturnType<typeof profileLoad>>[]>();
  try {
    for (let i = 0; i < rounds; i++) {
      for (const url of urls) {
        const r = await profileLoad(browser, url, i === 0);
        if (!results.has(url)) results.set(url, []);
        results.get(url)!.push(r);
        console.log(`${url} round ${i + 1}: idle ${r.probe.idleAt} ms, marks ${JSON.stringify(r.probe.marks)}`);
      }
    }
  } finally {
    await browser.close();
  }
  const summary: Record<string, unknown> = {};
  for (const [url, rs] of results) {
    const markNames = new Set(rs.flatMap((r) => Object.keys(r.probe.marks)));
    const marks = Object.fromEntries([...markNames].map((k) => [k, median(rs.map((r) => r.probe.marks[k]).filter((v) => v !== undefined))]));
    const num = (k: string) => Number(median(rs.map((r) => Number(r.probe[k]))).toFixed(1));
    summary[url] = {
      idle: median(rs.map((r) => r.probe.idleAt)),
      marks,
      shaders: num('shaders'),
      programs: num('programs'),
      programsAtIdle: num('programsAtIdle'),
      linkMs: num('linkMs'),
      compileMs: num('compileMs'),
      programStatusMs: num('statusMs'),
      fillText: num('fillText'),
      fillTextMs: num('fillTextMs'),
      getImageDataMs: num('getImageDataMs'),
      renders: num('renders'),
      layers: rs[0]!.probe.layers,
      visibleLayers: rs[0]!.probe.visibleLayers,
      waterfall: rs[0]!.probe.resources,
      byScript: rs[0]!.byScript,
      byFunction: rs[0]!.byFunction,
      threads: rs[0]!.threads,
    };
  }
  if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(summary, null, 2));
  console.log(JSON.stringify(summary));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
