// What a theme switch does on the MapLibre path (bench/run.ts recolorTimes: picker change → next
// idle): MapLibre frames drawn meanwhile and when, map calls made (feature-state, layout, paint,
// setData), tile loads, and the same for a plain repaint. Serves a built folder on PROFILE_PORT.
// Usage: tsx bench/experiments/recolor-profile.ts <dist-folder> [rounds]   (AB_ARGS: extra Chromium flags)
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { root, stopServer } from '../serve';

const PORT = Number(process.env.PROFILE_PORT ?? 4403);

async function main() {
  const dir = process.argv[2]!;
  const rounds = Number(process.argv[3] ?? 3);
  const server = spawn('npx', ['vite', 'preview', '--outDir', dir, '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${PORT}/`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, ...(process.env.AB_ARGS ? process.env.AB_ARGS.split(' ') : [])],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`http://localhost:${PORT}/?renderer=webgl`);
    await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
    await page.waitForFunction(() => !(document.querySelector('[data-testid=theme-select]') as HTMLSelectElement).disabled);
    // (A string: tsx would wrap named functions in a helper the page does not have.)
    await page.evaluate(`(() => {
      const map = window.qnMap;
      const log = (window.__log = { calls: [], renders: [], tiles: 0 });
      function t() { return Math.round(performance.now() - log.t0); }
      for (const name of ['setFeatureState', 'removeFeatureState', 'setLayoutProperty', 'setPaintProperty', 'setFilter', 'triggerRepaint']) {
        const f = map[name].bind(map);
        map[name] = (...args) => {
          log.calls.push(t() + ' ' + name + (name.endsWith('Property') ? ' ' + args[0] + ' ' + args[1] : ''));
          return f(...args);
        };
      }
      map.on('render', () => log.renders.push(t()));
      log.timing = {};
      function timeIt(obj, name, label) {
        const f = obj[name];
        obj[name] = function (...args) { const a = performance.now(); try { return f.apply(this, args); } finally { log.timing[label] = (log.timing[label] || 0) + performance.now() - a; log.timing[label + '#'] = (log.timing[label + '#'] || 0) + 1; } };
      }
      timeIt(map.style, '_updatePlacement', 'placement');
      timeIt(map.painter, 'render', 'painter');
      timeIt(map, '_render', 'mapRender');
      timeIt(map.getSource('labels'), 'setData', 'labelsSetData');
      const gl = map.painter.context.gl;
      timeIt(gl, 'bufferData', 'bufferData');
      timeIt(gl, 'bufferSubData', 'bufferSubData');
      timeIt(history, 'replaceState', 'replaceState');
      map.on('sourcedataloading', (e) => { if (e.tile) log.tiles++; });
      log.raf = function raf() { log.rafs.push(t()); if (log.rafs.length < 200) requestAnimationFrame(raf); };
    })()`);
    const themes = ['indicator:income_per_capita', 'indicator:budget_revenue_total', 'indicator:production_value', 'indicator:income_per_capita'];
    await page.selectOption('[data-testid=theme-select]', themes[0]!);
    await page.evaluate(() => new Promise((r) => ((window as any).qnMap.once('idle', r), (window as any).qnMap.triggerRepaint())));
    const summarise = (label: string, r: any) => {
      const calls = new Map<string, number>();
      for (const c of r.calls as string[]) {
        const k = c.split(' ').slice(1).join(' ');
        calls.set(k, (calls.get(k) ?? 0) + 1);
      }
      console.log(
        `${label}: ${r.ms.toFixed(0)} ms; renders at ${r.renders.join(',')}; rAF at ${(r.rafs ?? []).slice(0, 8).join(',')}; tiles ${r.tiles}; first call ${r.calls[0] ?? '-'}, last ${r.calls.at(-1) ?? '-'}; calls ${[...calls].map(([k, n]) => `${k}×${n}`).join(', ')}; ${Object.entries(
          r.timing,
        )
          .map(([k, v]) => `${k} ${(v as number).toFixed(1)}`)
          .join(', ')}`,
      );
    };
    const cdp = await page.context().newCDPSession(page);
    const self = new Map<string, number>();
    let profiled = 0;
    const recolours: number[] = [];
    const frames: number[] = [];
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (let round = 0; round < rounds; round++) {
      for (const theme of themes.slice(1)) {
        if (process.env.CPU) await cdp.send('Profiler.start');
        const r = await page.evaluate(
          (value) =>
            new Promise<any>((resolve) => {
              const log = (window as any).__log;
              const map = (window as any).qnMap;
              Object.assign(log, { calls: [], renders: [], tiles: 0, rafs: [], timing: {} });
              const select = document.querySelector('[data-testid=theme-select]') as HTMLSelectElement;
              log.t0 = performance.now();
              requestAnimationFrame(log.raf);
              map.once('idle', () => resolve({ ...log, ms: performance.now() - log.t0 }));
              select.value = value;
              select.dispatchEvent(new Event('change', { bubbles: true }));
              map.triggerRepaint();
            }),
          theme,
        );
        summarise(`recolour → ${theme}`, r);
        recolours.push(r.ms);
        if (process.env.CPU) {
          // Self time per function (url:line name), summed over the switches.
          const { profile } = await cdp.send('Profiler.stop');
          const dt = new Map<number, number>();
          profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + profile.timeDeltas![i]! / 1000));
          for (const node of profile.nodes) {
            const f = node.callFrame;
            const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
            if (dt.has(node.id)) self.set(key, (self.get(key) ?? 0) + dt.get(node.id)!);
          }
          profiled++;
        }
      }
    }
    if (profiled)
      for (const [k, ms] of [...self]
        .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 40))
        console.log(`${(ms / profiled).toFixed(2).padStart(7)} ms/switch  ${k}`);
    for (let i = 0; i < 5; i++) {
      const r = await page.evaluate(
        () =>
          new Promise<any>((resolve) => {
            const log = (window as any).__log;
            const map = (window as any).qnMap;
            Object.assign(log, { calls: [], renders: [], tiles: 0, rafs: [], timing: {} });
            log.t0 = performance.now();
            requestAnimationFrame(log.raf);
            map.once('idle', () => resolve({ ...log, ms: performance.now() - log.t0 }));
            map.triggerRepaint();
          }),
      );
      summarise('plain frame', r);
      frames.push(r.ms);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      JSON.stringify({
        dir,
        recolor_ms: Number(median(recolours).toFixed(1)),
        frame_ms: Number(median(frames).toFixed(1)),
        ratio: Number((median(recolours) / median(frames)).toFixed(2)),
      }),
    );
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
