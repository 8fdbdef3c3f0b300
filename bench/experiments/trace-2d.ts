// Traces cold loads of the app's 2D map (default: WebGL off, `--disable-3d-apis`) and prints the page's
// main thread from navigation to the usable map (`data-map-interactive-at`): every task over 2 ms with
// what it spent its time on (script by file, style, layout, paint, parse) with its wall and thread
// (CPU) time, the main thread's CPU time before the usable map, the longest animation-frame callback
// before it (the map's first drawn frame), when the data, scripts, styles and fonts arrived, and the
// page's own performance marks. On a shared machine compare CPU times: wall times follow the load.
// Usage: tsx bench/experiments/trace-2d.ts <dist folder> [rounds] [path]  (TRACE_PORT, default 4601;
// TRACE_ARGS: browser flags instead of --disable-3d-apis, '' for the software-WebGL default; TRACE_OUT: write the last trace).
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { freshWindow } from '../fresh-window';
import { waitForPageMark } from '../page-mark';
import { servePreview, stopServer } from '../serve';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

const short = (url: unknown) =>
  String(url ?? '')
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/-[A-Za-z0-9_-]{8}\./, '.');

/** What an event is, for the summary: script by file, else the event's own name. */
function label(e: TraceEvent): string | null {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  switch (e.name) {
    case 'FunctionCall':
      return `js ${short(d.url)}${d.functionName ? ' ' + String(d.functionName) : ''}`;
    case 'EvaluateScript':
      return `eval ${short(d.url)}`;
    case 'v8.evaluateModule':
      return 'v8.evaluateModule';
    case 'FireAnimationFrame':
      return 'rAF';
    case 'TimerFire':
      return 'timer';
    case 'EventDispatch':
      return `event ${String(d.type ?? '')}`;
    case 'Paint':
    case 'PaintImage':
    case 'Layout':
    case 'UpdateLayoutTree':
    case 'ParseHTML':
    case 'ParseAuthorStyleSheet':
    case 'PrePaint':
    case 'Layerize':
    case 'Commit':
    case 'HitTest':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.parseOnBackground':
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_SCAVENGER':
    case 'BlinkGC.AtomicPhase':
    case 'RunMicrotasks':
    case 'ResourceReceivedData':
    case 'ResourceFinish':
    case 'ResourceReceiveResponse':
    case 'RasterTask':
    case 'ImageDecodeTask':
    case 'Decode Image':
      return e.name;
    default:
      return null;
  }
}

async function main() {
  const dir = process.argv[2] ?? 'dist';
  const rounds = Number(process.argv[3] ?? 3);
  const path = process.argv[4] ?? '/';
  const port = Number(process.env.TRACE_PORT ?? 4601);
  const extra = process.env.TRACE_ARGS !== undefined ? process.env.TRACE_ARGS.split(' ').filter(Boolean) : ['--disable-3d-apis'];
  const server = await servePreview(port, dir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extra] });
  try {
    for (let round = 0; round <= rounds; round++) {
      const { context, page } = await freshWindow(browser);
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'toplevel',
          'v8',
          'blink',
          'loading',
          'blink.user_timing',
          'disabled-by-default-devtools.timeline.frame',
        ],
      });
      await page.goto(`http://localhost:${port}${path}`);
      await waitForPageMark(await page.context().newCDPSession(page), 'mapIdle', { value: 'true' });
      const buf = await browser.stopTracing();
      const marks = await page.evaluate(() => {
        const d = document.documentElement.dataset;
        const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => /\/data\/|\.js$|\.css$|woff/.test(r.name))
          .map((r) => `${r.name.replace(location.origin, '')} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`);
        const userMarks = performance
          .getEntriesByType('mark')
          .map((m) => `${m.name} ${Math.round(m.startTime)}`)
          .join(', ');
        return { userMarks, interactive: Number(d.mapInteractiveAt), paint: Number(d.firstMapPaintAt), idle: Number(d.mapIdleAt), res };
      });
      await context.close();
      // Round 0 warms the browser up (its first loads are slower) and is not printed.
      if (round === 0) continue;
      if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buf);
      const events = (JSON.parse(buf.toString()).traceEvents ?? []) as TraceEvent[];
      const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'));
      if (!nav) throw new Error('no navigationStart in the trace');
      const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav.pid);
      const tid = main?.tid ?? nav.tid;
      const mine = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
      const end = nav.ts + marks.idle * 1000;
      const tasks = mine.filter((e) => e.name === 'RunTask' && e.ts >= nav.ts && e.ts <= end);
      console.log(`\nround ${round}: interactive ${marks.interactive} ms, first paint ${marks.paint} ms, idle ${marks.idle} ms`);
      console.log('  data: ' + marks.res.join(', '));
      if (marks.userMarks) console.log('  marks: ' + marks.userMarks);
      let busy = 0;
      let busyToInteractive = 0;
      let cpuToInteractive = 0;
      for (const t of tasks) {
        const at = (t.ts - nav.ts) / 1000;
        busy += t.dur! / 1000;
        if (at < marks.interactive) {
          busyToInteractive += t.dur! / 1000;
          cpuToInteractive += (t.tdur ?? t.dur!) / 1000;
        }
        if (t.dur! < 2000) continue;
        // Self-exclusive time of the labelled events inside the task (the innermost label owns its time).
        const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
        const parts = new Map<string, number>();
        const stack: { e: TraceEvent; l: string; child: number }[] = [];
        const close = (upTo: number) => {
          while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= upTo) {
            const s = stack.pop()!;
            parts.set(s.l, (parts.get(s.l) ?? 0) + (s.e.dur! - s.child) / 1000);
            if (stack.length) stack[stack.length - 1]!.child += s.e.dur!;
          }
        };
        for (const e of inside) {
          const l = label(e);
          if (!l) continue;
          close(e.ts);
          stack.push({ e, l, child: 0 });
        }
        close(Infinity);
        const top = [...parts]
          .filter(([, ms]) => ms >= 1)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 7)
          .map(([l, ms]) => `${l} ${ms.toFixed(1)}`)
          .join(' | ');
        console.log(`  ${at.toFixed(0).padStart(5)} +${(t.dur! / 1000).toFixed(1).padStart(6)} (cpu ${((t.tdur ?? 0) / 1000).toFixed(1).padStart(5)})  ${top}`);
      }
      console.log(
        `  main thread busy: ${busyToInteractive.toFixed(0)} ms before interactive (cpu ${cpuToInteractive.toFixed(0)} ms), ${busy.toFixed(0)} ms before idle`,
      );
      // The 2D map's first drawn frame: the animation frame callbacks of its first real draw (the longest before interactive).
      const frames = mine.filter((e) => e.name === 'FireAnimationFrame' && e.ts >= nav.ts && (e.ts - nav.ts) / 1000 <= marks.interactive);
      const longest = frames.sort((a, b) => b.dur! - a.dur!)[0];
      if (longest) console.log(`  longest rAF before interactive: ${(longest.dur! / 1000).toFixed(1)} ms (cpu ${((longest.tdur ?? 0) / 1000).toFixed(1)} ms)`);
    }
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
