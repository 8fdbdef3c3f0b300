// How much CPU the browser itself spends right after a new window (a Playwright context) opens, by
// how long the window was open before its page loaded: Chromium 156 builds a WebUI omnibox popup
// (chrome://omnibox-popup.top-chrome) for each new window. Traces all processes for 0.8 s after
// navigating to a tiny page and sums the CPU of the top-chrome WebUI renderers (see bench/fresh-window.ts).
// Usage: tsx bench/experiments/window-settle.ts [rounds]  (browser flags as the bench's, WebGL off)
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; labels?: string };
}

async function main() {
  const rounds = Number(process.argv[2] ?? 2);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-3d-apis'] });
  try {
    for (let round = 0; round < rounds; round++) {
      for (const wait of [0, 300, 800, 1500]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await new Promise((r) => setTimeout(r, wait));
        await browser.startTracing(undefined, { categories: ['toplevel', '__metadata'] });
        await page.goto('data:text/html,<p>page</p>');
        await new Promise((r) => setTimeout(r, 800));
        const events = (JSON.parse((await browser.stopTracing()).toString()).traceEvents ?? []) as TraceEvent[];
        await context.close();
        const label = new Map<number, string>();
        for (const e of events)
          if (e.ph === 'M' && (e.name === 'process_name' || e.name === 'process_labels'))
            label.set(e.pid, `${label.get(e.pid) ?? ''} ${e.args?.name ?? e.args?.labels ?? ''}`);
        let webui = 0;
        let all = 0;
        for (const e of events) {
          if (e.ph !== 'X' || !e.dur || !/RunTask/.test(e.name)) continue;
          const ms = (e.tdur ?? e.dur) / 1000;
          all += ms;
          if (/WebUI|top-chrome/.test(label.get(e.pid) ?? '')) webui += ms;
        }
        console.log(
          `window open ${wait} ms before the load: WebUI CPU ${webui.toFixed(0)} ms of ${all.toFixed(0)} ms (all processes) in the 0.8 s after navigating`,
        );
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
