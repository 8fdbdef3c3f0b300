// Experiment (issue 15, item 3): how many frames per second can a viewer see during a slide flight
// if the canvas is moved by CSS transforms between few real MapLibre frames, under software WebGL?
// On the loaded app (port given), alternately: (a) a MapLibre flyTo, counting rendered frames and
// animation frames; (b) the same duration of a CSS transform animation of the map's canvas (scale
// and translate, one step per animation frame, no MapLibre render), counting animation frames.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../playwright.config';

const port = Number(process.argv[2] ?? 4292);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with a helper the page does not have.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(`http://localhost:${port}/`);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  const fly: number[] = [];
  const flyRaf: number[] = [];
  const css: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await page.evaluate(
      (round) =>
        new Promise<{ frames: number; raf: number; ms: number }>((resolve) => {
          const map = (window as any).qnMap;
          let frames = 0;
          let raf = 0;
          let on = true;
          const tick = () => {
            if (!on) return;
            raf++;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          const onRender = () => {
            if (map.isMoving()) frames++;
          };
          map.on('render', onRender);
          const t0 = performance.now();
          map.once('moveend', () => {
            on = false;
            map.off('render', onRender);
            resolve({ frames, raf, ms: performance.now() - t0 });
          });
          map.flyTo({ center: round % 2 ? [107.35, 21.0] : [107.7, 21.3], zoom: round % 2 ? 10 : 9, duration: 1600, essential: true });
        }),
      i,
    );
    await page.evaluate(
      () =>
        new Promise((r) => {
          (window as any).qnMap.once('idle', r);
          (window as any).qnMap.triggerRepaint();
        }),
    );
    fly.push((r.frames * 1000) / r.ms);
    flyRaf.push((r.raf * 1000) / r.ms);
    const c = await page.evaluate(
      () =>
        new Promise<{ raf: number; ms: number }>((resolve) => {
          const canvas = (window as any).qnMap.getCanvas() as HTMLCanvasElement;
          canvas.style.transformOrigin = '50% 50%';
          canvas.style.willChange = 'transform';
          const t0 = performance.now();
          let raf = 0;
          const tick = (now: number) => {
            const k = Math.min(1, (now - t0) / 1600);
            raf++;
            canvas.style.transform = `translate(${-200 * k}px, ${100 * k}px) scale(${1 + k})`;
            if (k < 1) requestAnimationFrame(tick);
            else {
              canvas.style.transform = '';
              canvas.style.willChange = '';
              resolve({ raf, ms: performance.now() - t0 });
            }
          };
          requestAnimationFrame(tick);
        }),
    );
    css.push((c.raf * 1000) / c.ms);
    console.log(
      `round ${i + 1}: flyTo ${fly[i]!.toFixed(1)} MapLibre frames/s (${flyRaf[i]!.toFixed(1)} animation frames/s); CSS transform ${css[i]!.toFixed(1)} animation frames/s`,
    );
  }
  await browser.close();
  console.log(JSON.stringify({ flyto_maplibre_fps: median(fly), flyto_raf_fps: median(flyRaf), css_transform_raf_fps: median(css) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
