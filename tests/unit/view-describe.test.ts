// The view description (src/lib/view): theme + filters + selection → each feature's look, the
// shown groups, overlays and focus, and the paint rules a second renderer follows.
import type { Point } from 'geojson';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactsFile } from '../../src/lib/data/facts-types';
import { mixedId, type AppIndex } from '../../src/lib/data/unit-index-types';
import { layerVisibility, layersForGroups } from '../../src/lib/map/style';
import { mapTheme } from '../../src/lib/style/map-theme';
import { NO_DATA_COLOUR, NTM_COLOURS, indicatorPalette, ntmPalette } from '../../src/lib/style/palette';
import {
  baseLooks,
  draftShape,
  filterShapes,
  focusBox,
  layerOf,
  provinceBounds,
  themeLooks,
  userFeatureCode,
  userFeatureOf,
  visibleGroups,
  withPointer,
} from '../../src/lib/view/describe';
import { areaPaint } from '../../src/lib/view/paint';
import type { FeatureLayer, LayerLooks } from '../../src/lib/view/types';

const read = <T>(path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8')) as T;
const index = read<AppIndex>('public/data/index.json');
const facts = read<FactsFile>('public/data/facts.json');
const labels = { dat_chuan: 'a', nang_cao: 'b', kieu_mau: 'c', not_applicable: 'd', no_data: 'e' };
const noTheme = themeLooks(index, { theme: 'none', palette: null, ntmUnits: null, values: new Map() });
const ntm = themeLooks(index, { theme: 'ntm', palette: ntmPalette(labels), ntmUnits: facts.ntm.units2025, values: new Map() });
const plain = (looks: LayerLooks) => Object.fromEntries([...looks].filter(([, l]) => Object.keys(l).length));

describe('themeLooks', () => {
  it('colours nothing without a theme, or while its data has not loaded', () => {
    expect(noTheme.layer).toBeNull();
    expect(noTheme.looks.size).toBe(0);
    expect(themeLooks(index, { theme: 'ntm', palette: ntmPalette(labels), ntmUnits: null, values: new Map() }).layer).toBeNull();
  });

  it('NTM colours every 2025 unit by its class, with dots where a former commune was kiểu mẫu', () => {
    expect(ntm.layer).toBe('communes');
    expect(ntm.looks.size).toBe(54);
    for (const [code, unit] of Object.entries(facts.ntm.units2025)) {
      expect(ntm.looks.get(code)).toEqual(unit.hasKieuMau ? { fill: NTM_COLOURS[unit.class], pattern: 'kieu_mau' } : { fill: NTM_COLOURS[unit.class] });
    }
    expect(ntm.looks.get('06724')?.pattern).toBe('kieu_mau');
  });

  it('an indicator colours the districts by class; mixed areas and missing values are "no data"', () => {
    const values = new Map([
      ['200', 10],
      ['201', 20],
      ['202', 30],
    ]);
    const palette = indicatorPalette({ method: 'equal', classes: 3, bounds: [10, 16.7, 23.3, 30], exact: false }, 'x', String, 'none');
    const looks = themeLooks(index, { theme: 'indicator:grdp', palette, ntmUnits: null, values });
    expect(looks.layer).toBe('districts');
    expect(looks.looks.size).toBe(index.districts.length + index.mixed.length);
    expect(looks.looks.get('200')?.fill).toBe(palette.colourFor(10));
    expect(looks.looks.get('202')?.fill).toBe(palette.colourFor(30));
    expect(looks.looks.get(index.districts.find((d) => !values.has(d.code))!.code)?.fill).toBe(NO_DATA_COLOUR);
    for (const m of index.mixed) expect(looks.looks.get(mixedId(m.code))?.fill).toBe(NO_DATA_COLOUR);
  });
});

describe('baseLooks and withPointer', () => {
  const matches = new Set(['06724', '06970']);
  const base = baseLooks({ index, siteIds: ['s1', 's2'], theme: ntm, areaLayer: 'communes', matches });

  it('gives every feature of every layer a look: theme colour, and dimmed when the filters leave it out', () => {
    expect(base.communes.size).toBe(54);
    expect(base.districts.size).toBe(index.districts.length + index.mixed.length);
    expect(base.zones.size).toBe(index.zones.length);
    expect([...base.sites.keys()]).toEqual(['s1', 's2']);
    const dimmed = [...base.communes].filter(([, l]) => l.dimmed).map(([id]) => id);
    expect(dimmed).toHaveLength(52);
    expect(base.communes.get('06724')).toEqual(ntm.looks.get('06724'));
    expect(base.communes.get(dimmed[0]!)).toMatchObject({ dimmed: true, fill: expect.stringMatching(/^#/) });
    // Filters apply to the shown layer only.
    expect(Object.keys(plain(base.districts))).toEqual([]);
  });

  it('no filter dims nothing; no theme leaves every look empty (the base look)', () => {
    const none = baseLooks({ index, siteIds: [], theme: noTheme, areaLayer: 'districts', matches: null });
    for (const layer of ['communes', 'districts', 'zones', 'sites'] as FeatureLayer[]) expect(plain(none[layer])).toEqual({});
  });

  it('the investor list\'s "show on the map" dims the sites it leaves out, and only those', () => {
    const listed = baseLooks({ index, siteIds: ['s1', 's2', 's3'], theme: noTheme, areaLayer: 'communes', matches: null, siteMatches: new Set(['s2']) });
    expect(plain(listed.sites)).toEqual({ s1: { dimmed: true }, s3: { dimmed: true } });
    expect(plain(listed.communes)).toEqual({});
  });

  it('adds selection and hover, copying only the layers they touch', () => {
    const next = withPointer(base, { kind: 'mixed', code: index.mixed[0]!.code }, { kind: 'unit', code: '06970' });
    expect(next.districts.get(mixedId(index.mixed[0]!.code))).toEqual({ selected: true });
    expect(next.communes.get('06970')).toEqual({ ...base.communes.get('06970'), hovered: true });
    expect(next.zones).toBe(base.zones);
    expect(next.sites).toBe(base.sites);
    expect(base.communes.get('06970')?.hovered).toBeUndefined();
    const same = withPointer(base, { kind: 'province', code: '22' }, null);
    expect(same.communes).toBe(base.communes);
    const both = withPointer(base, { kind: 'site', code: 's1' }, { kind: 'site', code: 's1' });
    expect(both.sites.get('s1')).toEqual({ selected: true, hovered: true });
  });

  it('maps each feature kind to its layer and id', () => {
    expect(layerOf({ kind: 'zone', code: 'kkt_van_don' })).toEqual({ layer: 'zones', id: 'kkt_van_don' });
    expect(layerOf({ kind: 'mixed', code: '06724' })).toEqual({ layer: 'districts', id: 'mixed:06724' });
    expect(layerOf({ kind: 'province', code: '22' })).toBeNull();
  });
});

describe('visible groups', () => {
  const layers = { zones: true, labels: true, context: true, sites: true };

  it('follow the admin version, the toggles and the NTM theme', () => {
    expect(visibleGroups({ adminVersion: '2025', layers, ntm: true })).toEqual({
      communes: true,
      districts: false,
      zones: true,
      context: true,
      labels: true,
      ntmPattern: true,
      sites: true,
    });
    expect(visibleGroups({ adminVersion: '2020', layers: { ...layers, sites: false }, ntm: true })).toMatchObject({
      communes: false,
      districts: true,
      ntmPattern: false,
      sites: false,
    });
  });

  it('give the same MapLibre layers as layerVisibility', () => {
    for (const adminVersion of ['2025', '2020'] as const) {
      for (const ntmOn of [true, false]) {
        const view = { adminVersion, layers: { ...layers, labels: ntmOn }, ntm: ntmOn };
        expect([...layersForGroups(visibleGroups(view))]).toEqual([...layerVisibility(view)]);
      }
    }
  });
});

describe('overlays and camera', () => {
  it('a draft shows vertices, then edges, then the closed area', () => {
    const kinds = (n: number) =>
      draftShape(
        'polygon',
        Array.from({ length: n }, (_, i) => [107 + i * 0.1, 21 + (i % 2) * 0.1] as [number, number]),
      ).shapes.features.map((f) => f.geometry.type);
    expect(kinds(0)).toEqual([]);
    expect(kinds(2)).toEqual(['Point', 'Point', 'LineString']);
    expect(kinds(3)).toEqual(['Point', 'Point', 'Point', 'LineString', 'Polygon']);
  });

  it('filter shapes: closed drawn polygons, and radius circles once Turf is loaded', () => {
    const ring: [number, number][] = [
      [107, 21],
      [107.2, 21],
      [107.1, 21.2],
    ];
    const list = [
      { kind: 'polygon' as const, ring, mode: 'within' as const },
      { kind: 'radius' as const, center: [107, 21] as [number, number], km: 5 },
      { kind: 'type' as const, values: ['xa' as const] },
    ];
    expect(filterShapes(list, null).features.map((f) => f.geometry.coordinates[0]!.length)).toEqual([4]);
    const circle = () => ({
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 1],
            [0, 0],
          ],
        ],
      },
    });
    expect(filterShapes(list, circle).features).toHaveLength(2);
  });

  it('focus boxes: a unit, a mixed area (its unit), a site (a small box), nothing for the province', () => {
    const unit = index.units[0]!;
    expect(focusBox({ kind: 'unit', code: unit.code }, index, () => undefined)).toEqual(unit.bbox);
    expect(focusBox({ kind: 'mixed', code: index.mixed[0]!.code }, index, () => undefined)).toEqual(
      index.units.find((u) => u.code === index.mixed[0]!.code)!.bbox,
    );
    expect(focusBox({ kind: 'site', code: 's' }, index, () => [107, 21])).toEqual([106.98, 20.98, 107.02, 21.02]);
    expect(focusBox({ kind: 'province', code: '22' }, index, () => undefined)).toBeNull();
    const [w, s, e, n] = provinceBounds(index);
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
  });
});

describe('areaPaint (the rules every renderer follows)', () => {
  const c = mapTheme.colours;
  it('base, hover and selection colour an unthemed map', () => {
    expect(areaPaint({}, mapTheme, 'communes')).toEqual({ fill: c.provinceLand, fillOpacity: 1, line: c.communeLine, pattern: null });
    expect(areaPaint({ hovered: true }, mapTheme, 'communes')).toMatchObject({ fill: c.hover, line: c.districtLine });
    expect(areaPaint({ selected: true, hovered: true }, mapTheme, 'districts')).toMatchObject({ fill: c.selected, line: c.selectedLine });
  });
  it('a theme colour stays under hover (lighter); dimming wins, the pattern fades with it', () => {
    expect(areaPaint({ fill: '#225ea8', hovered: true }, mapTheme, 'communes')).toMatchObject({
      fill: '#225ea8',
      fillOpacity: mapTheme.opacity.themedHighlight,
    });
    expect(areaPaint({ fill: '#225ea8', pattern: 'kieu_mau', dimmed: true, selected: true }, mapTheme, 'communes')).toMatchObject({
      fillOpacity: mapTheme.opacity.dimmed,
      pattern: { id: 'kieu_mau', opacity: mapTheme.opacity.dimmedPattern },
    });
  });
});

describe('userFeatureOf', () => {
  it('reads a user feature code back, the layer id holding colons', () => {
    expect(userFeatureOf(userFeatureCode('plan-2026-01-01T10:00:00.000Z', 12))).toEqual({ layerId: 'plan-2026-01-01T10:00:00.000Z', index: 12 });
    expect(userFeatureOf('plan')).toBeNull();
    expect(userFeatureOf('plan:x')).toBeNull();
    expect(userFeatureOf(':3')).toBeNull();
  });
});

describe('focusBox of an imported feature', () => {
  it('frames its geometry; a lone point gets a small box', () => {
    const index = { units: [], districts: [], zones: [] };
    const line = {
      type: 'LineString' as const,
      coordinates: [
        [107.1, 21.1],
        [107.3, 21.2],
      ],
    };
    const geometry = (code: string) => (code === 'plan:0' ? line : code === 'plan:1' ? ({ type: 'Point', coordinates: [107, 21] } as Point) : undefined);
    expect(focusBox({ kind: 'user', code: 'plan:0' }, index, () => undefined, geometry)).toEqual([107.1, 21.1, 107.3, 21.2]);
    const point = focusBox({ kind: 'user', code: 'plan:1' }, index, () => undefined, geometry)!;
    expect(point[0]).toBeCloseTo(106.98);
    expect(point[3]).toBeCloseTo(21.02);
    expect(focusBox({ kind: 'user', code: 'gone:0' }, index, () => undefined, geometry)).toBeNull();
  });
});
