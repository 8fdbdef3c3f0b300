// Builds the bench's comparison pages (an empty MapLibre map, and a naive whole-GeoJSON map) into
// dist/bench/, beside the production app, so one server and one browser measure all three.
// The naive page's data are the project's own files, copied whole: nothing is tiled or simplified.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from '../../build/precompress';
import { decodeAreas } from '../../src/lib/data/areas';

const root = resolve(import.meta.dirname, '../..');

/** The GeoJSON the naive page loads, as files served whole (name in dist/bench/data → contents). */
function naiveData(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('communes_2025.geojson', readFileSync(join(root, 'data/admin/wards_2025.geojson'), 'utf8'));
  const neighbours = readdirSync(join(root, 'data/context/neighbours'))
    .filter((f) => f.endsWith('.geojson'))
    .sort();
  const context = { type: 'FeatureCollection', features: [] as unknown[] };
  for (const f of ['data/context/countries_10m_clip.geojson', ...neighbours.map((n) => `data/context/neighbours/${n}`)]) {
    context.features.push(...JSON.parse(readFileSync(join(root, f), 'utf8')).features);
  }
  files.set('context.geojson', JSON.stringify(context));
  files.set('economic_zones.geojson', JSON.stringify(decodeAreas(JSON.parse(readFileSync(join(root, 'public/data/economic_zones.topo.json'), 'utf8')))));
  const sites = JSON.parse(readFileSync(join(root, 'public/data/sites.json'), 'utf8')) as { id: string; category: string; position: [number, number] }[];
  files.set(
    'sites.geojson',
    JSON.stringify({
      type: 'FeatureCollection',
      features: sites.map((s) => ({ type: 'Feature', properties: { id: s.id, category: s.category }, geometry: { type: 'Point', coordinates: s.position } })),
    }),
  );
  return files;
}

function naiveDataPlugin(): Plugin {
  return {
    name: 'bench-naive-data',
    generateBundle() {
      for (const [name, source] of naiveData()) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
    },
  };
}

/** The province's extent as the app computes it (union of the 2025 units' boxes), for the same first view. */
function provinceBounds(): [number, number, number, number] {
  const index = JSON.parse(readFileSync(join(root, 'public/data/index.json'), 'utf8')) as { units: { bbox: [number, number, number, number] }[] };
  return index.units.reduce<[number, number, number, number]>(
    (b, u) => [Math.min(b[0], u.bbox[0]), Math.min(b[1], u.bbox[1]), Math.max(b[2], u.bbox[2]), Math.max(b[3], u.bbox[3])],
    [180, 90, -180, -90],
  );
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/bench/',
  publicDir: false,
  logLevel: 'error',
  define: { __PROVINCE_BOUNDS__: JSON.stringify(provinceBounds()) },
  // Brotli/gzip siblings as the app's build writes them, so the app's server sends these pages' files alike.
  plugins: [naiveDataPlugin(), precompress()],
  build: {
    target: 'es2022',
    outDir: join(root, 'dist/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { floor: join(import.meta.dirname, 'floor.html'), naive: join(import.meta.dirname, 'naive.html') },
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] } },
    },
  },
});
