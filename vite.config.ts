import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import sirv from 'sirv';
import { defineConfig, minifySync, type Plugin, type Rollup } from 'vite';
import { chunkPlan } from './build/chunk-plan';
import { precompress } from './build/precompress';
import { bootPictureFromSvg } from './src/boot/home-picture';
import { areaPath } from './src/lib/data/areas';
import { homeSvgBox } from './src/lib/map2d/first-picture';
import { detailFor, MAP2D_FIRST_AREAS } from './src/lib/map2d/first-data';
import { OVERVIEW_MAX_LEVEL } from './src/lib/map2d/overview';
import { provinceBounds } from './src/lib/view/describe';
import type { AppIndex } from './src/lib/data/unit-index-types';

const tilesDir = resolve(import.meta.dirname, 'tiles');

/**
 * Serves tiles/ at /tiles/ (with HTTP Range, which PMTiles needs) in dev, and puts the archive into
 * the build as dist/tiles/ (as a bundle asset, so the service worker's precache list includes it),
 * so `vite preview` and any static host serve it beside the app.
 */
function tilesPlugin(): Plugin {
  return {
    name: 'qn-tiles',
    configureServer(server) {
      server.middlewares.use('/tiles', sirv(tilesDir, { dev: true, etag: true }));
    },
    generateBundle() {
      for (const file of readdirSync(tilesDir)) {
        if (file.endsWith('.pmtiles')) this.emitFile({ type: 'asset', fileName: `tiles/${file}`, source: readFileSync(join(tilesDir, file)) });
      }
    },
  };
}

/**
 * `vite preview` gzips every response whose type it does not know, the PMTiles archive's byte ranges
 * included: no gain (the tiles inside are gzipped already) and a broken range response now and then
 * (Chromium logged `net::ERR_CONTENT_DECODING_FAILED` for the archive in the bench's soak). The
 * archive goes out as stored, as README "Deploying" asks of any host.
 */
function pmtilesIdentityPlugin(): Plugin {
  return {
    name: 'qn-pmtiles-identity',
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        if ((req.url ?? '').split('?')[0]!.endsWith('.pmtiles')) delete req.headers['accept-encoding'];
        next();
      });
    },
  };
}

/** The production page allows only its own origin (no inline script, no remote anything). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * What the 2D map's first frame fetches (Map2DView.svelte, app-data): preloaded by the boot script on
 * the 2D path, the areas in their overview version where the first view is at an overview level.
 */
const DATA_2D = [...MAP2D_FIRST_AREAS.map((name) => areaPath(name)), '/data/sites.json'];
/** What the app reads before anything else, whichever map draws (app-data.svelte.ts): fetched and parsed by the boot script. */
const APP_DATA = ['/data/index.json', '/data/sources.json'];
const DATA_2D_OVERVIEW = [...MAP2D_FIRST_AREAS.map((name) => areaPath(name, detailFor(name, OVERVIEW_MAX_LEVEL))), '/data/sites.json'];
/** The top bar's height in CSS px (App.svelte, screens 640 px and wider), where the map area starts. */
const HEADER_PX = 47.125;

/** The chunks holding the modules matching `entry`, the chunks they import (not the page's own), as the bundle names them. */
function lazyParts(bundle: Rollup.OutputBundle | undefined, entry: RegExp): { modules: string[]; styles: string[] } {
  if (!bundle) return { modules: [], styles: [] };
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // (Chunks the entry imports are in the page already.)
  const inPage = new Set<string>();
  const mark = (c: Rollup.OutputChunk) => {
    if (inPage.has(c.fileName)) return;
    inPage.add(c.fileName);
    for (const name of c.imports) if (byName.has(name)) mark(byName.get(name)!);
  };
  for (const c of chunks) if (c.isEntry) mark(c);
  const out = new Set<string>(inPage);
  const visit = (c: Rollup.OutputChunk) => {
    if (out.has(c.fileName)) return;
    out.add(c.fileName);
    for (const name of c.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  for (const c of chunks) if (c.moduleIds.some((id) => entry.test(id))) visit(c);
  const lazy = [...out].filter((f) => !inPage.has(f));
  // Their stylesheets too: Vite loads a chunk's CSS before its `import()` resolves.
  const styles = new Set<string>();
  for (const f of lazy)
    for (const css of (byName.get(f) as Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? [])
      styles.add(`/${css}`);
  return { modules: lazy.map((f) => `/${f}`), styles: [...styles] };
}

/**
 * index.html's boot script (src/boot/boot.js: the first picture and the renderer choice) inlined at
 * `<!--qn-boot-->` with the figures it needs, and in the build the Content-Security-Policy with the
 * script's hash (the only inline script the page allows).
 */
/** Stands for the boot script's hash in the CSP until the page is final. */
const BOOT_HASH = 'sha256-qn-boot-script';

function bootPlugin(): Plugin {
  const index = JSON.parse(readFileSync(resolve(import.meta.dirname, 'public/data/index.json'), 'utf8')) as AppIndex;
  const box = homeSvgBox(index.bounds);
  const picture = bootPictureFromSvg(readFileSync(resolve(import.meta.dirname, 'public/data/home.svg'), 'utf8'));
  return {
    name: 'qn-boot',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The fonts' preloads, taken out of the head: the boot script requests them once the
        // picture's frame has begun (boot.js `requestFonts`). In the head they held that frame.
        const fonts: string[] = [];
        html = html.replace(/\s*<link rel="preload" href="([^"]+)" as="font"[^>]*>/g, (_, href: string) => {
          fonts.push(href);
          return '';
        });
        // In the build the app's module script is added by the boot script once the renderer is
        // chosen (after the first picture's frame); here only its download starts.
        let entry: string | null = null;
        if (ctx.bundle)
          html = html.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/, (_, src: string) => {
            entry = src;
            return `<link rel="modulepreload" crossorigin href="${src}">`;
          });
        if (ctx.bundle && !entry) throw new Error("qn-boot: the app's module script is not in index.html");
        // The app's stylesheet: added by the boot script (not render-blocking), its download started here.
        let css: string | null = null;
        if (ctx.bundle)
          html = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/, (_, href: string) => {
            css = href;
            return `<link rel="preload" as="style" crossorigin href="${href}">`;
          });
        const map2d = lazyParts(ctx.bundle, /map2d[\\/](Map2DView\.svelte|map2d\.ts)$/);
        // MapLibre, its owner and MapView: fetched at page start on the WebGL path, as when they were static imports.
        const webgl = lazyParts(ctx.bundle, /map[\\/](webgl-main|prewarm)\.ts$/);
        const figures = {
          box: [box.x0, box.y0, box.x1, box.y1],
          home: provinceBounds(index),
          header: HEADER_PX,
          appData: APP_DATA,
          data: DATA_2D,
          overview: { maxLevel: OVERVIEW_MAX_LEVEL, data: DATA_2D_OVERVIEW },
          modules: map2d.modules,
          styles: map2d.styles,
          webglModules: webgl.modules,
          webglStyles: webgl.styles,
          picture,
          entry,
          css,
          fonts,
        };
        // (Comments and indentation are for readers of boot.js, not bytes for every visitor: whole-line
        // comments are dropped, and in the build the script is minified, ~570 B less as brotli.)
        const text = readFileSync(resolve(import.meta.dirname, 'src/boot/boot.js'), 'utf8')
          .replace(/^\s*(\/\/.*|\/\* global .*\*\/)\n/gm, '')
          .replace('})(__BOOT__);', () => `})(${JSON.stringify(figures)});`);
        const source = ctx.bundle ? minifySync('boot.js', text, { compress: true, mangle: true }).code.trim() : text;
        const out = html.replace('<!--qn-boot-->', () => `<script>${source}</script>`);
        if (!ctx.bundle) return out;
        // (The script's hash once Vite has put the final asset names in: `generateBundle` below.)
        const csp = CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' '${BOOT_HASH}'`);
        return { html: out, tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' }] };
      },
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') return;
        const html = String(page.source);
        const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
        if (scripts.length !== 1 || !html.includes(BOOT_HASH)) throw new Error('qn-boot: index.html must have exactly one inline script, the boot script');
        const hash = createHash('sha256').update(scripts[0]![1]!).digest('base64');
        page.source = html.replace(BOOT_HASH, () => `sha256-${hash}`);
      },
    },
  };
}

/**
 * The app's chunks by the moment they are fetched (build/chunk-plan.ts): the app's start, each
 * map's code, the parts App.svelte mounts after the first view (`afterFirstView`). Each other
 * lazy part (a tab, a dialog) keeps its own chunks.
 */
const chunks = chunkPlan([
  { name: 'app', roots: /[\\/]src[\\/]main\.ts$/, first: true },
  { name: 'map2d', roots: /[\\/]src[\\/]lib[\\/]map2d[\\/](Map2DView\.svelte|map2d\.ts)$/ },
  { name: 'webgl', roots: /[\\/]src[\\/]lib[\\/]map[\\/](webgl-main|prewarm)\.ts$/ },
  {
    name: 'after-first-view',
    roots:
      /[\\/]src[\\/]features[\\/](compare[\\/]CompareControls|import[\\/](UserLayersPanel|ImportDropZone)|measure[\\/](MeasurePanel|MeasureBar)|panel[\\/]InfoPanel|present[\\/](PresentMode|PrintSheet)|filter[\\/]DrawHint)\.svelte$/,
  },
]);

export default defineConfig({
  plugins: [
    chunks.plugin,
    svelte(),
    tilesPlugin(),
    // Brotli and gzip siblings of the built files, served by `vite preview` as a static host would (README "Deploying").
    precompress(),
    pmtilesIdentityPlugin(),
    bootPlugin(),
    // Offline after the first visit: src/sw.ts, with the built files (archive included) precached.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: null,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,mjs,css,html,woff2,json,svg,pmtiles}'],
        maximumFileSizeToCacheInBytes: 8 * 2 ** 20,
      },
    }),
  ],
  // ES-module workers: the import readers stay separate chunks loaded on their first file.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // MapLibre in its own long-cached chunk; the app's own code stays small and measurable.
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/, priority: 1000 }, ...chunks.groups] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
