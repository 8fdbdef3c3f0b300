// The map theme (src/lib/style/map-theme.ts) is the only source of the style's colours, every value
// in it is valid, and every source-layer the style reads exists in the built archive.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildLabelPoints } from '../../src/lib/data/label-points';
import { SOURCE_LAYERS } from '../../src/lib/data/source-layers';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { SOURCE, buildStyle } from '../../src/lib/map/style';
import { mapTheme } from '../../src/lib/style/map-theme';

const root = resolve(import.meta.dirname, '../..');
const index = JSON.parse(readFileSync(resolve(root, 'public/data/index.json'), 'utf8')) as AppIndex;
const view = { adminVersion: '2025' as const, layers: { zones: true, labels: true, context: true, sites: true }, ntm: false };
const style = buildStyle(buildLabelPoints(index, 'vi'), view);
const HEX = /^#[0-9a-f]{6}$/i;

describe('map theme', () => {
  it('every colour is #rrggbb, every pattern pixel RGBA 0–255, every opacity 0–1', () => {
    for (const [key, colour] of Object.entries(mapTheme.colours)) expect(colour, key).toMatch(HEX);
    for (const [key, site] of Object.entries(mapTheme.sites)) {
      expect(site.colour, key).toMatch(HEX);
      expect(site.code, key).toMatch(/^[A-Z]{1,3}$/);
    }
    for (const [key, rgba] of Object.entries(mapTheme.patterns)) {
      expect(rgba, key).toHaveLength(4);
      for (const v of rgba) expect(Number.isInteger(v) && v >= 0 && v <= 255, key).toBe(true);
    }
    for (const [key, o] of Object.entries(mapTheme.opacity)) expect(o >= 0 && o <= 1, key).toBe(true);
  });

  it('the style uses no colour that is not in the theme (nothing hard-coded)', () => {
    const themed = new Set([...Object.values(mapTheme.colours), ...Object.values(mapTheme.sites).map((s) => s.colour)].map((c) => c.toLowerCase()));
    const used = JSON.stringify(style.layers).match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    expect(used.length).toBeGreaterThan(10);
    for (const colour of used) expect(themed.has(colour.toLowerCase()), colour).toBe(true);
  });

  it('a different theme changes the style', () => {
    const dark = { ...mapTheme, colours: { ...mapTheme.colours, sea: '#000000' as const } };
    const sea = buildStyle(buildLabelPoints(index, 'vi'), view, dark).layers.find((l) => l.id === 'sea');
    expect((sea as { paint: Record<string, unknown> }).paint['background-color']).toBe('#000000');
  });
});

describe('source-layers', () => {
  it('every source-layer the style reads is one the app names and the archive holds', async () => {
    const bytes = readFileSync(resolve(root, 'tiles/quangninh.pmtiles'));
    const source: Source = {
      getKey: () => 'archive',
      getBytes: async (offset, length) => ({ data: bytes.buffer.slice(bytes.byteOffset + offset, bytes.byteOffset + offset + length) }),
    };
    const metadata = (await new PMTiles(source).getMetadata()) as { vector_layers: { id: string }[] };
    const inArchive = new Set(metadata.vector_layers.map((l) => l.id));
    const named = new Set<string>(Object.values(SOURCE_LAYERS));
    expect([...named].sort()).toEqual([...inArchive].sort());
    const read = style.layers.filter((l) => 'source' in l && l.source === SOURCE).map((l) => (l as { 'source-layer': string })['source-layer']);
    expect(read.length).toBeGreaterThan(10);
    for (const layer of read) expect(named.has(layer), layer).toBe(true);
  });
});
