import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import sirv from 'sirv';
import { defineConfig, type Plugin } from 'vite';

const tilesDir = resolve(import.meta.dirname, 'tiles');

/**
 * Serves tiles/ at /tiles/ (with HTTP Range, which PMTiles needs) in dev, and copies it into
 * dist/tiles/ on build, so `vite preview` and any static host serve the archive beside the app.
 */
function tilesPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'qn-tiles',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/tiles', sirv(tilesDir, { dev: true, etag: true }));
    },
    closeBundle() {
      mkdirSync(join(outDir, 'tiles'), { recursive: true });
      for (const file of readdirSync(tilesDir)) {
        if (file.endsWith('.pmtiles')) copyFileSync(join(tilesDir, file), join(outDir, 'tiles', file));
      }
    },
  };
}

export default defineConfig({
  plugins: [svelte(), tilesPlugin()],
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
