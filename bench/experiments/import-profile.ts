// Where the main thread spends the import's long tasks: a CPU profile (CDP Profiler) around the
// 10,000-square drop of bench/import.ts, split into busy stretches (samples not idle, gaps < 2 ms);
// for each stretch over 50 ms, its length and the functions with the most self time.
// Run: BENCH_PORT=4393 npx tsx bench/experiments/import-profile.ts (serves the built dist/; build first).
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { servePreview, stopServer } from '../serve';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const port = Number(process.env.BENCH_PORT ?? 4393);
const server = await servePreview(port);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://localhost:${port}/`);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  const { tenThousandPolygonsText, PAGE_SCRIPT_TEXT } = await import('../import');
  await page.evaluate(`window.__qnBenchText = ${JSON.stringify(tenThousandPolygonsText())}`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(`(${PAGE_SCRIPT_TEXT})()`);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(`bench: ${JSON.stringify(result)}`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const idle = (n: Node) => ['(idle)', '(program)'].includes(n.callFrame.functionName);
  let t = profile.startTime;
  const stretches: { start: number; end: number; self: Map<string, number> }[] = [];
  let cur: (typeof stretches)[number] | null = null;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]!;
    const n = byId.get(profile.samples[i]!)!;
    const dt = profile.timeDeltas[i + 1] ?? 250;
    if (idle(n)) {
      if (cur && t - cur.end > 2000) cur = null;
      continue;
    }
    if (!cur) stretches.push((cur = { start: t, end: t, self: new Map() }));
    cur.end = t;
    cur.self.set(label(n), (cur.self.get(label(n)) ?? 0) + dt);
  }
  for (const s of stretches.filter((s) => s.end - s.start > 50_000)) {
    const top = [...s.self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => `${(v / 1000).toFixed(0)} ms ${k}`);
    console.log(`\nbusy ${((s.start - profile.startTime) / 1000).toFixed(0)} ms +${((s.end - s.start) / 1000).toFixed(0)} ms:\n  ${top.join('\n  ')}`);
  }
} finally {
  await browser.close();
  stopServer(server);
}
