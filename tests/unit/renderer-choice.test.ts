// The renderer chosen at page start: the rules (renderer-choice.ts), and index.html's boot script
// (src/boot/boot.js, run here in a stand-in page) choosing by the same rules and the same names.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { chooseRenderer, type RendererChoice } from '../../src/lib/map/renderer-choice';
import { isSoftwareRenderer } from '../../src/lib/map/software-renderer';
import { cameraForBounds } from '../../src/lib/map2d/camera';

const SWIFTSHADER = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const WARP = 'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)';
const LLVMPIPE = 'ANGLE (Mesa, llvmpipe (LLVM 15.0.6, 256 bits), OpenGL 4.5)';
const INTEL = 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('chooseRenderer', () => {
  it('draws with the 2D map where WebGL is software or missing, with MapLibre on a GPU', () => {
    expect(chooseRenderer({ webgl: 'software', stored: null, param: null })).toEqual({ renderer: '2d', reason: 'software', webgl: 'software' });
    expect(chooseRenderer({ webgl: 'none', stored: null, param: null })).toEqual({ renderer: '2d', reason: 'no-webgl', webgl: 'none' });
    expect(chooseRenderer({ webgl: 'gpu', stored: null, param: null })).toEqual({ renderer: 'webgl', reason: 'gpu', webgl: 'gpu' });
  });

  it('follows a stored choice, and a link over it', () => {
    expect(chooseRenderer({ webgl: 'software', stored: 'webgl', param: null }).renderer).toBe('webgl');
    expect(chooseRenderer({ webgl: 'gpu', stored: '2d', param: null })).toMatchObject({ renderer: '2d', reason: 'stored' });
    expect(chooseRenderer({ webgl: 'software', stored: 'webgl', param: '2d' })).toMatchObject({ renderer: '2d', reason: 'link' });
    expect(chooseRenderer({ webgl: 'software', stored: '2d', param: 'webgl' })).toMatchObject({ renderer: 'webgl', reason: 'link' });
  });

  it('ignores values it does not know, and never asks for WebGL where there is none', () => {
    expect(chooseRenderer({ webgl: 'software', stored: 'maplibre', param: 'GL' })).toMatchObject({ renderer: '2d', reason: 'software' });
    expect(chooseRenderer({ webgl: 'none', stored: 'webgl', param: 'webgl' })).toMatchObject({ renderer: '2d', reason: 'no-webgl' });
  });
});

/** Runs boot.js in a stand-in page whose WebGL 2 reports `renderer` (null: no context). */
function boot(
  renderer: string | null,
  {
    search = '',
    width = 1280,
    height = 800,
    stored = null as string | null,
    entry = null as string | null,
    css = null as string | null,
    fonts = [] as string[],
    /** A first picture to draw (a wide screen): its frame comes when `frame()` is called. */
    picture = false,
    /** The 2D map's first files (full versions). */
    data = ['/data/a.geojson'],
    /** The font faces the app's stylesheet declares (document.fonts); none: as in `vite dev`. */
    faces = 0,
  } = {},
): RendererChoice & {
  firstLevel: string | undefined;
  preloads: string[];
  lost: boolean;
  chosenBeforeApp: boolean;
  appended: Record<string, unknown>[];
  frame: () => void;
  /** The files the boot script parsed for the app (window.__qnEarlyJson's keys, in order). */
  parsed: () => string[];
  /** The files the boot script fetched (once each). */
  fetched: string[];
  early: Record<string, Promise<unknown>>;
  /** How many times each declared face was asked to load. */
  faceLoads: number[];
} {
  const figures = {
    box: [0, 0, 10, 10],
    home: [106, 20, 108, 22],
    header: 47,
    appData: ['/data/i.json'],
    data,
    overview: { maxLevel: 8, data: ['/data/a.overview.geojson'] },
    modules: ['/assets/m.js'],
    styles: ['/assets/m.css'],
    webglModules: ['/assets/w.js'],
    webglStyles: ['/assets/w.css'],
    entry,
    css,
    fonts,
    picture: picture ? { w: 10, h: 10, bg: '#fff', paths: ['M0 0L1 1'], steps: [{ d: 0, fill: '#000' }] } : null,
  };
  const source = readFileSync(new URL('../../src/boot/boot.js', import.meta.url), 'utf8').replace('})(__BOOT__);', `})(${JSON.stringify(figures)});`);
  const frames: (() => void)[] = [];
  // (A 2D context that draws nothing: only the order of requests and frames is under test.)
  const context2d = new Proxy({}, { get: () => () => undefined, set: () => true });
  const wrap = { style: {}, hidden: true, isConnected: true, replaceChildren: () => undefined, remove: () => undefined };
  const dataset: Record<string, string> = {};
  const preloads: string[] = [];
  let lost = false;
  let chosenBeforeApp = false;
  const appended: Record<string, unknown>[] = [];
  const gl = {
    UNMASKED_RENDERER_WEBGL: 1,
    RENDERER: 2,
    getExtension: (name: string) => (name === 'WEBGL_lose_context' ? { loseContext: () => (lost = true) } : {}),
    getParameter: () => renderer,
  };
  const faceLoads = Array.from({ length: faces }, () => 0);
  const fontFaces = faceLoads.map((_, i) => ({
    get status() {
      return faceLoads[i]! > 0 ? 'loading' : 'unloaded';
    },
    load: () => {
      faceLoads[i]!++;
      return Promise.resolve();
    },
  }));
  const document = {
    fonts: { forEach: (f: (face: (typeof fontFaces)[number]) => void) => fontFaces.forEach(f) },
    documentElement: { dataset },
    head: {
      appendChild: (el: { href?: string; src?: string; type?: string }) => {
        appended.push(el);
        if (el.src) chosenBeforeApp = !!dataset.renderer;
        preloads.push(el.href ?? `${el.type} ${el.src}`);
      },
    },
    getElementById: () => (picture ? wrap : null),
    createElement: (tag: string) =>
      tag === 'canvas'
        ? { style: {}, dataset: {}, getContext: (kind: string) => (kind === '2d' ? context2d : kind === 'webgl2' && renderer !== null ? gl : null) }
        : {},
  };
  const window: { __qnEarlyJson?: Record<string, Promise<unknown>> } = {};
  const fetched: string[] = [];
  // (The 2D map's first files are fetched, not preloaded: `preloads` lists both, in the order they start.)
  const fetch = (url: string) => {
    fetched.push(url);
    preloads.push(url);
    return Promise.resolve(
      url.endsWith('missing.json')
        ? { ok: false, status: 404 }
        : url.endsWith('broken.json')
          ? { ok: true, json: () => Promise.reject(new SyntaxError('Unexpected token')) }
          : { ok: true, json: () => Promise.resolve({ from: url }) },
    );
  };
  runInNewContext(source, {
    window,
    fetch,
    document,
    location: { search },
    localStorage: { getItem: (key: string) => (key === 'qn.renderer' ? stored : null) },
    performance: { now: () => 0 },
    URLSearchParams,
    innerWidth: width,
    innerHeight: height,
    devicePixelRatio: 1,
    Path2D: class {},
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: () => 0,
  });
  return {
    firstLevel: dataset.firstLevel,
    renderer: dataset.renderer as RendererChoice['renderer'],
    reason: dataset.rendererReason as RendererChoice['reason'],
    webgl: dataset.webgl as RendererChoice['webgl'],
    preloads,
    lost,
    chosenBeforeApp,
    appended,
    frame: () => frames.splice(0).forEach((f) => f()),
    parsed: () => Object.keys(window.__qnEarlyJson ?? {}).filter((k) => fetched.includes(k)),
    fetched,
    get early() {
      return window.__qnEarlyJson ?? {};
    },
    faceLoads,
  };
}

describe("index.html's boot script", () => {
  it('names software rasterisers as software-renderer.ts does', () => {
    for (const name of [SWIFTSHADER, WARP, LLVMPIPE, INTEL, 'Apple M1', 'Google SwiftShader', 'llvmpipe (LLVM 12.0.0, 256 bits)'])
      expect(boot(name).webgl, name).toBe(isSoftwareRenderer(name) ? 'software' : 'gpu');
  });

  it('chooses as chooseRenderer does, and releases its context', () => {
    const cases: [string | null, string, string | null][] = [
      [SWIFTSHADER, '', null],
      [SWIFTSHADER, '', 'webgl'],
      [SWIFTSHADER, '?renderer=2d', 'webgl'],
      [INTEL, '', null],
      [INTEL, '?renderer=2d', null],
      [INTEL, '', '2d'],
      [null, '?renderer=webgl', 'webgl'],
    ];
    for (const [renderer, search, stored] of cases) {
      const got = boot(renderer, { search, stored });
      const webgl = renderer === null ? 'none' : isSoftwareRenderer(renderer) ? 'software' : 'gpu';
      const want = chooseRenderer({ webgl, stored, param: new URLSearchParams(search).get('renderer') });
      expect({ renderer: got.renderer, reason: got.reason, webgl: got.webgl }, `${renderer} ${search} ${stored}`).toEqual(want);
      if (renderer !== null) expect(got.lost).toBe(true);
    }
  });

  it("starts the app's data and the chosen renderer's code and stylesheets at once, and the 2D map's data only on the 2D path", () => {
    expect(boot(SWIFTSHADER).preloads).toEqual(['/data/i.json', '/data/a.overview.geojson', '/assets/m.js', '/assets/m.css']);
    expect(boot(INTEL).preloads).toEqual(['/data/i.json', '/assets/w.js', '/assets/w.css']);
    expect(boot(INTEL).appended.find((el) => el.href === '/assets/w.css')).toMatchObject({ rel: 'stylesheet', crossOrigin: 'anonymous' });
  });

  it("reads the first view's areas in the version its zoom level is drawn from (src/lib/map2d/overview.ts), as Map2DView fits the province", () => {
    // The boot script's level is the one Map2DView's fit gives (the province beside the side column, under the top bar).
    const levels = new Set<number>();
    for (const [width, height] of [
      [1280, 800],
      [1366, 768],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      const fit = cameraForBounds([106, 20, 108, 22], { width, height: height - 47 }, { padding: { top: 24, bottom: 24, right: 24, left: 330 } })!;
      const level = Math.floor(fit.zoom);
      levels.add(level);
      const got = boot(SWIFTSHADER, { width, height });
      expect(got.firstLevel, `${width} × ${height}`).toBe(String(level));
      expect(got.preloads[1], `${width} × ${height}`).toBe(level <= 8 ? '/data/a.overview.geojson' : '/data/a.geojson');
    }
    // (Both sides of the overview levels are under test.)
    expect(Math.min(...levels)).toBeLessThanOrEqual(8);
    expect(Math.max(...levels)).toBeGreaterThan(8);
    // A link's camera decides: zoom 11 reads the full files, zoom 7 the overview.
    expect(boot(SWIFTSHADER, { search: '?c=107,21,11' })).toMatchObject({
      firstLevel: '11',
      preloads: ['/data/i.json', '/data/a.geojson', '/assets/m.js', '/assets/m.css'],
    });
    expect(boot(SWIFTSHADER, { search: '?c=107,21,7.5' }).preloads[1]).toBe('/data/a.overview.geojson');
    // A phone (the province's fit there is limited by the width) and the WebGL path, which reads no areas.
    expect(boot(SWIFTSHADER, { width: 390, height: 844 }).preloads[1]).toBe('/data/a.overview.geojson');
    expect(boot(INTEL).preloads).toEqual(['/data/i.json', '/assets/w.js', '/assets/w.css']);
  });

  it("adds the app's script (the build leaves it out of index.html) once the renderer is chosen, after the preloads", () => {
    const got = boot(SWIFTSHADER, { entry: '/assets/index-x.js' });
    expect(got.preloads).toEqual(['/data/i.json', '/data/a.overview.geojson', '/assets/m.js', '/assets/m.css', 'module /assets/index-x.js']);
    expect(got.chosenBeforeApp).toBe(true);
    expect(boot(INTEL, { search: '?presenter=1', entry: '/assets/index-x.js' }).preloads).toEqual(['module /assets/index-x.js']);
  });

  it("asks for the app's fonts once the first picture's frame has begun (font preloads hold a frame), at once without a picture", () => {
    const font = '/assets/be-vietnam-pro-400-x.woff2';
    const got = boot(SWIFTSHADER, { fonts: [font], picture: true, entry: '/assets/index-x.js' });
    expect(got.preloads).not.toContain(font);
    got.frame();
    expect(got.preloads).toContain(font);
    expect(got.appended.find((el) => el.href === font)).toMatchObject({ rel: 'preload', as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
    expect(boot(SWIFTSHADER, { fonts: [font] }).preloads).toContain(font);
  });

  it("loads the stylesheet's font faces once the picture's frame has begun and the styles are in, with no font preload; preloads where none are declared", () => {
    const font = '/assets/be-vietnam-pro-400-x.woff2';
    const got = boot(SWIFTSHADER, { fonts: [font], picture: true, faces: 2, entry: '/assets/index-x.js', css: '/assets/index-x.css' });
    expect(got.faceLoads).toEqual([0, 0]);
    // The frame first: the faces wait for the stylesheet that declares them…
    got.frame();
    expect(got.faceLoads).toEqual([0, 0]);
    (got.appended[0] as { onload: () => void }).onload();
    // …then each loads once, and no preload is added for the files.
    expect(got.faceLoads).toEqual([1, 1]);
    expect(got.preloads).not.toContain(font);
    // The styles first: at the frame.
    const styled = boot(SWIFTSHADER, { fonts: [font], picture: true, faces: 2, entry: '/assets/index-x.js' });
    expect(styled.faceLoads).toEqual([0, 0]);
    styled.frame();
    expect(styled.faceLoads).toEqual([1, 1]);
    expect(styled.preloads).not.toContain(font);
  });

  it("requests the app's data on every path and the 2D map's first files on the 2D path at once (one request each, no preload), and parses them once the picture's frame has begun, at once without a picture", async () => {
    const wide = boot(SWIFTSHADER, { picture: true, width: 1920, height: 1080, entry: '/assets/app.js' });
    expect(wide.fetched).toEqual(['/data/i.json', '/data/a.overview.geojson']);
    expect(wide.parsed()).toEqual([]);
    wide.frame();
    expect(wide.parsed()).toEqual(['/data/i.json', '/data/a.overview.geojson']);
    expect(wide.fetched).toHaveLength(2);
    expect(await wide.early['/data/a.overview.geojson']).toEqual({ value: { from: '/data/a.overview.geojson' } });
    expect(await wide.early['/data/i.json']).toEqual({ value: { from: '/data/i.json' } });
    // Without a picture (a phone), at once; on the WebGL path, the app's data only.
    expect(boot(SWIFTSHADER, { width: 390, height: 844 }).parsed()).toEqual(['/data/i.json', '/data/a.overview.geojson']);
    const gpu = boot(INTEL, { picture: true, width: 1920, height: 1080, entry: '/assets/app.js' });
    expect(gpu.parsed()).toEqual([]);
    gpu.frame();
    expect([gpu.fetched, gpu.parsed()]).toEqual([['/data/i.json'], ['/data/i.json']]);
    // The presenter's window reads its own.
    expect(boot(INTEL, { search: '?presenter=1', entry: '/assets/index-x.js' }).fetched).toEqual([]);
  });

  it('hands the app null for a file it could not fetch or parse (the app fetches that one itself and reports the error)', async () => {
    const figuresData = (data: string) => boot(SWIFTSHADER, { width: 390, height: 844, search: `?c=107,21,11`, data: [data] });
    expect(await figuresData('/data/missing.json').early['/data/missing.json']).toBeNull();
    expect(await figuresData('/data/broken.json').early['/data/broken.json']).toBeNull();
  });

  it("adds the app's stylesheet at once, and its script only once the styles are in (no unstyled frame)", () => {
    const got = boot(SWIFTSHADER, { entry: '/assets/index-x.js', css: '/assets/index-x.css' });
    expect(got.preloads[0]).toBe('/assets/index-x.css');
    expect(got.preloads).not.toContain('module /assets/index-x.js');
    (got.appended[0] as { onload: () => void }).onload();
    expect(got.preloads.at(-1)).toBe('module /assets/index-x.js');
  });
});
