// The map style is valid MapLibre style-spec and names no host but the app's own.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabelPoints } from '../../src/lib/data/label-points';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { LayerGroups, buildStyle, layerVisibility } from '../../src/lib/map/style';

const index = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data/index.json'), 'utf8')) as AppIndex;
const defaultView = { adminVersion: '2025' as const, layers: { zones: true, labels: true, context: true, sites: true }, ntm: false };
const style = buildStyle(buildLabelPoints(index, 'vi'), defaultView);

describe('buildStyle', () => {
  it('passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('has no glyphs server and only local URLs (tiles, fonts)', () => {
    expect(style.glyphs).toBeUndefined();
    const urls = JSON.stringify(style).match(/[a-z]+:\/\/[^"]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^(pmtiles:\/\/)?http:\/\/localhost\//);
  });

  it('builds hidden layers as hidden, so start-up lays out only what is shown', () => {
    const hidden = style.layers.filter((l) => l.layout?.visibility === 'none').map((l) => l.id);
    expect(hidden).toEqual(expect.arrayContaining(['districts-fill', 'districts-line-exact', 'labels-districts']));
    expect(hidden).not.toContain('communes-fill');
    const v2020 = layerVisibility({ ...defaultView, adminVersion: '2020', layers: { zones: false, labels: true, context: true, sites: true } });
    expect([v2020.get('communes-fill'), v2020.get('districts-fill'), v2020.get('zones-line'), v2020.get('labels-districts')]).toEqual([false, true, false, true]);
    expect(hidden).toContain('communes-kieumau');
    expect(layerVisibility({ ...defaultView, ntm: true }).get('communes-kieumau')).toBe(true);
    const noLabels = layerVisibility({ ...defaultView, layers: { zones: true, labels: false, context: true, sites: false } });
    expect(noLabels.get('sites-circle')).toBe(false);
    expect(noLabels.get('labels-communes')).toBe(false);
  });

  it('every layer named in a toggle group exists', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const group of Object.values(LayerGroups)) for (const id of group) expect(ids.has(id), id).toBe(true);
  });
});
