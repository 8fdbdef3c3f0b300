import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import sirv from 'sirv';
import { defineConfig, type Plugin } from 'vite';

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

function cspPlugin(): Plugin {
  return {
    name: 'qn-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [
    svelte(),
    tilesPlugin(),
    cspPlugin(),
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
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
