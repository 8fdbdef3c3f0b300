// Presenter measurements: slide transitions (time to idle, frames per second while flying) and a
// soak of 500 slide transitions and 500 filter changes (heap after GC, lost contexts, console errors).
import type { Browser, Page } from 'playwright-core';
import { freshWindow } from './fresh-window';
import { defaultView, type Deck, type Slide } from '../src/lib/deck/types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The renderer a measurement forces with `?renderer=`: MapLibre, or the 2D map (the default under software WebGL). */
export type BenchRenderer = 'webgl' | '2d';

async function openApp(browser: Browser, port: number, reducedMotion: 'reduce' | 'no-preference', renderer: BenchRenderer = 'webgl') {
  const { context, page } = await freshWindow(browser, { reducedMotion });
  // tsx keeps function names with a helper the page does not have.
  await context.addInitScript('window.__name = (f) => f');
  await context.addInitScript(installMotionCounter);
  await page.goto(`http://localhost:${port}/?renderer=${renderer}`);
  await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, { timeout: 60_000 });
  await page.waitForFunction(() => !(document.querySelector('[data-testid=theme-select]') as HTMLSelectElement).disabled);
  return { context, page };
}

/** Rejects when `promise` takes longer than `ms`: a measurement that hangs must say so. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface Settled {
  /** Key → idle after landing. */
  ms: number;
  /** Frames the map rendered while the camera moved. */
  frames: number;
  /** Animation frames (requestAnimationFrame ticks) in which the picture on screen moved. */
  perceivedFrames: number;
  /** The first moved animation frame → the last one (ms): how long a viewer sees motion. */
  perceivedMs: number;
  /** movestart → moveend. */
  movingMs: number;
}

/** What `window.__benchMotion(cameraKey, cssKey)` returns in the page (installMotionCounter). */
interface MotionCounter {
  /** Call on every frame the map renders: a camera other than the one drawn before is motion. */
  drawn(): void;
  stop(): { perceivedFrames: number; perceivedMs: number };
}

/**
 * Installed in every bench page (openApp): counts "perceived" frames, the animation frames in which
 * what is on screen moved, that is, since the previous animation frame the map drew a camera other
 * than the one it drew before (`drawn`), or the CSS transforms that `cssKey` reads changed (a flight
 * drawn as few real frames with CSS transforms between them counts those). Its rate is taken over
 * the span from the first moved animation frame to the last one. One counter for both renderers.
 */
function installMotionCounter() {
  (window as any).__benchMotion = (cameraKey: () => string, cssKey: () => string): MotionCounter => {
    let perceivedFrames = 0;
    let firstMoved = 0;
    let lastMoved = 0;
    let drawnCamera = cameraKey();
    let drawnMoved = false;
    let css = cssKey();
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      const nextCss = cssKey();
      const moved = drawnMoved || nextCss !== css;
      drawnMoved = false;
      css = nextCss;
      if (moved) {
        perceivedFrames++;
        const now = performance.now();
        if (!firstMoved) firstMoved = now;
        lastMoved = now;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return {
      drawn() {
        const cam = cameraKey();
        if (cam !== drawnCamera) {
          drawnCamera = cam;
          drawnMoved = true;
        }
      },
      stop() {
        ticking = false;
        return { perceivedFrames, perceivedMs: lastMoved - firstMoved };
      },
    };
  };
}

/**
 * Presses a key as a clicker would, and resolves when the MapLibre map is idle again, with
 * MapLibre's frames while moving and the perceived frames (installMotionCounter: the camera it
 * rendered, and the CSS transforms of its canvas and their container).
 */
function pressAndSettle(page: Page, key: string): Promise<Settled> {
  return withTimeout(
    page.evaluate(
      (k) =>
        new Promise<Settled>((resolve) => {
          const map = (window as any).qnMap;
          const canvas: HTMLElement = map.getCanvas();
          const container: HTMLElement = map.getCanvasContainer();
          const motion: MotionCounter = (window as any).__benchMotion(
            () => {
              const c = map.getCenter();
              return `${c.lng},${c.lat},${map.getZoom()},${map.getBearing()},${map.getPitch()}`;
            },
            () => `${canvas.style.transform}|${container.style.transform}`,
          );
          let frames = 0;
          let moveStart = 0;
          let moveEnd = 0;
          const onRender = () => {
            if (map.isMoving()) frames++;
            motion.drawn();
          };
          const onStart = () => {
            if (!moveStart) moveStart = performance.now();
          };
          const onEnd = () => {
            moveEnd = performance.now();
          };
          map.on('render', onRender);
          map.on('movestart', onStart);
          map.on('moveend', onEnd);
          const t0 = performance.now();
          const done = () => {
            if (map.isMoving()) return map.once('idle', done);
            // A flight drawn by CSS transforms (software WebGL, map-owner.svelte.ts) lands with a jump.
            if (map.getContainer().dataset.cssFlight) return map.once('moveend', () => map.once('idle', done));
            map.off('render', onRender);
            map.off('movestart', onStart);
            map.off('moveend', onEnd);
            resolve({ ms: performance.now() - t0, frames, ...motion.stop(), movingMs: moveEnd && moveStart ? moveEnd - moveStart : 0 });
          };
          window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
          // The key starts a flight (or a jump); idle comes once it has landed and its tiles are drawn.
          // A repaint makes sure an idle follows even when nothing moved (the last slide, Home on the first).
          requestAnimationFrame(() => {
            map.once('idle', done);
            map.triggerRepaint();
          });
        }),
      key,
    ),
    60_000,
    `slide change (${key})`,
  );
}

/**
 * The same for the 2D map (`window.qnMap2d`): its flights are d3 transitions; the perceived frames
 * follow the camera it drew (its `render` event) and its canvas's CSS transform (a flight moves the
 * last frame by CSS transforms between real frames, map2d.ts); `frames` are the real frames it drew
 * while moving. Settled: one animation frame after the move ended (a 2D frame has no tiles to wait
 * for), or 2 s after the key when the slide does not move the camera.
 */
function pressAndSettle2d(page: Page, key: string): Promise<Settled> {
  return withTimeout(
    page.evaluate(
      (k) =>
        new Promise<Settled>((resolve) => {
          const map = (window as any).qnMap2d;
          const canvas: HTMLElement = map.canvas;
          const motion: MotionCounter = (window as any).__benchMotion(
            () => {
              const c = map.getCamera();
              return `${c.center[0]},${c.center[1]},${c.zoom}`;
            },
            () => canvas.style.transform,
          );
          let frames = 0;
          let moveStart = 0;
          let moveEnd = 0;
          let moving = false;
          const offs = [
            map.on('render', () => {
              if (moving) frames++;
              motion.drawn();
            }),
            map.on('move', () => {
              moving = true;
              if (!moveStart) moveStart = performance.now();
            }),
            map.on('moveend', () => {
              moving = false;
              moveEnd = performance.now();
              requestAnimationFrame(() => requestAnimationFrame(done));
            }),
          ];
          const t0 = performance.now();
          let finished = false;
          const done = () => {
            if (finished || moving) return;
            finished = true;
            for (const off of offs) off();
            resolve({ ms: (moveEnd || performance.now()) - t0, frames, ...motion.stop(), movingMs: moveEnd && moveStart ? moveEnd - moveStart : 0 });
          };
          window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
          setTimeout(() => {
            if (!moveStart) done();
          }, 2000);
        }),
      key,
    ),
    60_000,
    `2D slide change (${key})`,
  );
}

/** Opens the side panel's presenting tab, where the deck's buttons are. */
async function openPresentTab(page: Page): Promise<void> {
  const tab = page.locator('[role="tab"][data-tab="present"]');
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
}

/**
 * Slide transitions through the built-in deck with smooth flights: median ms to idle and fps in
 * flight, on the WebGL map or the 2D map (`renderer`).
 */
export async function slideTransitions(browser: Browser, port: number, renderer: BenchRenderer = 'webgl') {
  const { context, page } = await openApp(browser, port, 'no-preference', renderer);
  // (The deck's buttons are on the side panel's Trình chiếu tab.)
  await openPresentTab(page);
  await page.click('[data-testid=present-builtin]');
  if (renderer === 'webgl')
    // (A repaint makes sure an idle follows, even if the first slide's jump has already settled.)
    await page.evaluate(
      () =>
        new Promise((r) => {
          (window as any).qnMap.once('idle', r);
          (window as any).qnMap.triggerRepaint();
        }),
    );
  // (The 2D map: the first slide's move, if any, ends within its 1.6 s flight.)
  else
    await page.evaluate(
      () =>
        new Promise<void>((r) => {
          const off = (window as any).qnMap2d.on('moveend', () => (off(), r()));
          setTimeout(() => (off(), r()), 2500);
        }),
    );
  const times: number[] = [];
  const fps: number[] = [];
  const perceived: number[] = [];
  for (let i = 0; i < 7; i++) {
    const r = renderer === 'webgl' ? await pressAndSettle(page, 'ArrowRight') : await pressAndSettle2d(page, 'ArrowRight');
    times.push(r.ms);
    // (The move counted is the flight, from movestart to moveend; a flight of under 100 ms is a jump.)
    if (r.movingMs > 100) fps.push((r.frames * 1000) / r.movingMs);
    // (Perceived: over the span in which the picture moved, whatever moved it: MapLibre or CSS.)
    if (r.perceivedMs > 100) perceived.push((r.perceivedFrames * 1000) / r.perceivedMs);
  }
  await context.close();
  return {
    slide_transition_ms: Number(median(times).toFixed(0)),
    // (Null when no slide moved the map by MapLibre frames, e.g. flights drawn by CSS transforms.)
    slide_fps: fps.length ? Number(median(fps).toFixed(1)) : null,
    slide_perceived_fps: perceived.length ? Number(median(perceived).toFixed(1)) : null,
  };
}

/** A deck whose slides differ only in their filters: presenting it changes the filters each time. */
function filterDeck(): Deck {
  const filters: Slide['view']['filters'][] = [
    [{ kind: 'type', values: ['xa'] }],
    [{ kind: 'ntm', values: ['nang_cao', 'kieu_mau'] }],
    [{ kind: 'radius', center: [107.08, 20.95], km: 15 }],
    [
      {
        kind: 'polygon',
        ring: [
          [107.2, 21.2],
          [107.6, 21.2],
          [107.6, 21.5],
          [107.2, 21.5],
        ],
        mode: 'intersects',
      },
    ],
    [
      { kind: 'boundary', target: { layer: 'zone', code: 'kkt_mong_cai' }, mode: 'within' },
      { kind: 'type', values: ['phuong'] },
    ],
    [],
  ];
  return {
    format: 'qn-map-deck',
    version: 1,
    title: 'soak',
    slides: filters.map((f, i) => ({
      id: `f${i}`,
      title: `filters ${i}`,
      caption: '',
      notes: '',
      sources: [],
      figures: [],
      view: { ...defaultView(), filters: f },
    })),
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return heap.usedSize / 2 ** 20;
}

/** 500 slide transitions and 500 filter changes, slides jumping (reduced motion) to keep it short. */
export async function soak(browser: Browser, port: number, rounds = 500) {
  const { context, page } = await openApp(browser, port, 'reduce');
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const at = m.location();
    errors.push(at.url ? `${m.text()} (${at.url.replace(/^https?:\/\/[^/]+/, '')}:${at.lineNumber})` : m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.evaluate(() => {
    (window as any).contextLost = 0;
    (window as any).qnMap.on('webglcontextlost', () => (window as any).contextLost++);
  });
  // (The deck's file input and slide list are on the Trình chiếu tab.)
  await openPresentTab(page);
  await page.setInputFiles('[data-testid=deck-file]', { name: 'soak.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(filterDeck())) });
  await page.waitForSelector('[data-testid=slide-list] li');

  const play = async (start: () => Promise<void>, deckLength: number, n: number) => {
    await start();
    for (let i = 0; i < n; i++) {
      // Forward through the deck, and back to the first slide at its end.
      await pressAndSettle(page, i % deckLength === deckLength - 1 ? 'Home' : 'ArrowRight');
      if ((i + 1) % 100 === 0) console.log(`soak: ${i + 1} of ${n}`);
    }
    await page.keyboard.press('Escape');
    await openPresentTab(page);
  };
  await openPresentTab(page);
  // Warm-up round, so caches and compiled shaders are part of the baseline.
  await play(() => page.click('[data-testid=present-builtin]'), 8, 16);
  await play(() => page.click('[data-testid=present-mine]'), 6, 12);
  const before = await heapMb(page);
  const t0 = Date.now();
  await play(() => page.click('[data-testid=present-builtin]'), 8, rounds);
  await play(() => page.click('[data-testid=present-mine]'), 6, rounds);
  const after = await heapMb(page);
  const contextLost = await page.evaluate(() => (window as any).contextLost as number);
  await context.close();
  return {
    soak_heap_start_mb: Number(before.toFixed(1)),
    soak_heap_end_mb: Number(after.toFixed(1)),
    soak_heap_growth_pct: Number((((after - before) / before) * 100).toFixed(1)),
    soak_transitions: rounds * 2,
    soak_seconds: Math.round((Date.now() - t0) / 1000),
    soak_context_lost: contextLost,
    soak_console_errors: errors.length,
    // What they said (each distinct text once, with how many times), so the figure can be explained.
    soak_console_error_texts: [...new Set(errors)].map((text) => {
      const n = errors.filter((e) => e === text).length;
      return n > 1 ? `${n}× ${text}` : text;
    }),
  };
}
