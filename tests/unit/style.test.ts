// The map style is valid MapLibre style-spec and names no host but the app's own.
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLabelPoints } from '../../src/lib/data/label-points';
import type { AppIndex } from '../../src/lib/data/unit-index-types';
import { LayerGroups, SELECTION_CASINGS, buildStyle, layerVisibility, layersForGroups } from '../../src/lib/map/style';
import { visibleGroups } from '../../src/lib/view/describe';

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
    expect([v2020.get('communes-fill'), v2020.get('districts-fill'), v2020.get('zones-line'), v2020.get('labels-districts')]).toEqual([
      false,
      true,
      false,
      true,
    ]);
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

  it('hides the selection casings until the first selection', () => {
    const hidden = style.layers.filter((l) => l.layout?.visibility === 'none').map((l) => l.id);
    expect(hidden).toEqual(expect.arrayContaining([...SELECTION_CASINGS]));
    expect(layersForGroups(visibleGroups(defaultView), { selectionOutlines: true }).get('communes-selected-casing')).toBe(true);
  });

  it('gives the first view one GL program per layer type (same per-feature / per-zoom paint properties)', () => {
    // MapLibre's program key: for each data-driven paint property, a uniform (constant or zoom only),
    // an attribute (by feature) or a zoom-interpolated attribute (by zoom and feature).
    const signature = (layer: (typeof style.layers)[number]) => {
      const spec = (latest as unknown as Record<string, Record<string, { 'property-type': string }>>)[`paint_${layer.type}`]!;
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      const keys = Object.keys(spec)
        .filter((k) => spec[k]!['property-type'] === 'data-driven')
        .sort();
      const kinds = keys.map((k) => {
        if (paint[k] === undefined) return `${k}:u`;
        const parsed = createPropertyExpression(paint[k], k, spec[k] as never);
        const kind = parsed.result === 'success' ? (parsed.value as { kind: string }).kind : 'error';
        return `${k}:${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}`;
      });
      const dashed = paint['line-dasharray'] !== undefined ? 'sdf' : '';
      return `${layer.type}${dashed} ${kinds.join(' ')}`;
    };
    // (The drawing and filter-shape layers have no data at start: they compile nothing.)
    const shown = style.layers.filter(
      (l) => l.layout?.visibility !== 'none' && ['fill', 'line', 'circle'].includes(l.type) && (l as { source?: string }).source === 'qn',
    );
    const byType = new Map<string, Set<string>>();
    for (const layer of shown) {
      const sig = signature(layer);
      const type = sig.split(' ')[0]!;
      byType.set(type, (byType.get(type) ?? new Set()).add(sig));
    }
    for (const [type, sigs] of byType) expect([...sigs], type).toHaveLength(1);
  });
});
