// The adapter from the view description (MapScene) to the 2D map's scene: same looks as the WebGL style's rules.
import { describe, expect, test } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { sceneFromView, type SceneInput } from '../../src/lib/map2d/from-scene';
import { mapTheme } from '../../src/lib/style/map-theme';
import type { FeatureLook } from '../../src/lib/view/types';
import { square } from './shapes';

const areas = (props: Record<string, unknown>[]): FeatureCollection<Polygon | MultiPolygon> => ({
  type: 'FeatureCollection',
  features: props.map((p, i) => ({ type: 'Feature', properties: p, geometry: square(107 + i * 0.1, 21, 0.1) })),
});
const communes = areas([{ code: '06724' }, { code: '06727' }, { code: '06730' }]);
const districts = areas([
  { code: '193', kind: 'district', exact: false },
  { code: 'mixed:06979', kind: 'mixed', exact: false },
]);
const zones = areas([{ code: 'kkt_van_don' }]);
const context = areas([
  { kind: 'country', name: 'China' },
  { kind: 'home', name: 'Quảng Ninh' },
]);
const sites = [{ id: 's1', position: [107.05, 21.05], category: 'industrial', areaHa: 100, quality: 'exact' }] as never;
const data = { communes, districts, zones, context, sites };

const looks = (entries: [string, FeatureLook][]) => new Map(entries);
const input = (over: Partial<SceneInput> = {}): SceneInput => ({
  areaLayer: 'communes',
  visible: { communes: true, districts: false, zones: true, context: true, labels: true, ntmPattern: false, sites: true },
  features: {
    communes: looks([
      ['06724', { fill: '#112233' }],
      ['06727', { dimmed: true }],
      ['06730', { selected: true }],
    ]),
    districts: looks([]),
    zones: looks([]),
    sites: looks([['s1', { hovered: true }]]),
  },
  labels: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { kind: 'unit', code: '06724', name: 'Bãi Cháy' }, geometry: { type: 'Point', coordinates: [107.05, 21.05] } }],
  },
  overlays: { measure: null, draft: null, filterShapes: { type: 'FeatureCollection', features: [] } },
  theme: mapTheme,
  ...over,
});

describe('sceneFromView', () => {
  test('2025: units with their looks, zones, province outline, sites and labels', () => {
    const s = sceneFromView(input(), data, 9);
    expect(s.layers.map((l) => l.id)).toEqual(['context', 'communes', 'zones', 'province']);
    const units = s.layers.find((l) => l.id === 'communes')!.features;
    expect(units.map((f) => f.id)).toEqual(['06724', '06727', '06730']);
    expect(units[0]!.look.fill).toBe('#112233');
    expect(units[1]!.look.dimmed).toBe(true);
    expect(units[2]!.look).toMatchObject({ selected: true, fill: mapTheme.colours.selected });
    expect(s.symbols[0]).toMatchObject({ id: 's1', hovered: true, dimmed: false });
    expect(s.labels.map((l) => l.text)).toEqual(['Bãi Cháy']);
    expect(s.emphasis?.dimOpacity).toBe(mapTheme.opacity.dimmed);
  });
  test('2020: districts and mixed areas replace the units', () => {
    const s = sceneFromView(input({ areaLayer: 'districts', visible: { ...input().visible, communes: false, districts: true } }), data, 9);
    const d = s.layers.find((l) => l.id === 'districts')!;
    expect(d.features.map((f) => f.id)).toEqual(['193', 'mixed:06979']);
    expect(s.layers.some((l) => l.id === 'communes')).toBe(false);
  });
  test('hidden groups are not drawn', () => {
    const s = sceneFromView(input({ visible: { ...input().visible, zones: false, context: false, sites: false, labels: false } }), data, 9);
    expect(s.layers.map((l) => l.id)).toEqual(['communes', 'province']);
    expect(s.symbols).toEqual([]);
    expect(s.labels).toEqual([]);
  });
  test('kiểu mẫu dots only while the NTM pattern is shown', () => {
    const features = { ...input().features, communes: looks([['06724', { fill: '#112233', pattern: 'kieu_mau' }]]) };
    const off = sceneFromView(input({ features }), data, 9).layers.find((l) => l.id === 'communes')!.features[0]!;
    expect(off.look.pattern).toBe(null);
    const on = sceneFromView(input({ features, visible: { ...input().visible, ntmPattern: true } }), data, 9).layers.find((l) => l.id === 'communes')!
      .features[0]!;
    expect(on.look.pattern).toBe('dots');
  });
  test('filter outlines dashed, the draft with area, edges and vertices on top', () => {
    const overlays: SceneInput['overlays'] = {
      measure: null,
      filterShapes: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: square(107, 21, 0.2) }] },
      draft: {
        mode: 'polygon',
        shapes: {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107, 21] } },
            {
              type: 'Feature',
              properties: {},
              geometry: {
                type: 'LineString',
                coordinates: [
                  [107, 21],
                  [107.1, 21],
                ],
              },
            },
            { type: 'Feature', properties: {}, geometry: square(107, 21, 0.1) },
          ],
        },
      },
    };
    const s = sceneFromView(input({ overlays }), data, 9);
    expect(s.overlays.map((o) => o.id)).toEqual(['filter:0', 'draft:1', 'draft:2', 'vertex:0']);
    expect(s.overlays[0]!.dash).not.toBeNull();
  });
  test('a measurement is drawn: area faint, then the path, then its points', () => {
    const measure: SceneInput['overlays']['measure'] = {
      mode: 'area',
      shapes: {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { index: 0 }, geometry: { type: 'Point', coordinates: [107, 21] } },
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'LineString',
              coordinates: [
                [107, 21],
                [107.1, 21],
                [107.1, 21.1],
                [107, 21],
              ],
            },
          },
          { type: 'Feature', properties: {}, geometry: square(107, 21, 0.1) },
        ],
      },
    };
    const s = sceneFromView(input({ overlays: { ...input().overlays, measure } }), data, 9);
    expect(s.overlays.map((o) => o.id)).toEqual(['measure-area:2', 'measure-line:1', 'measure-point:0']);
    expect(s.overlays[1]!.stroke).toBe(mapTheme.colours.measureLine);
  });
  test('unknown extra fields of a newer scene are ignored', () => {
    const newer = { ...input(), imported: [{ id: 'x' }], somethingNew: { kind: 'later' } } as unknown as SceneInput;
    expect(() => sceneFromView(newer, data, 9)).not.toThrow();
  });
  test('a site the investor list leaves out is dimmed; a selected zone is tinted', () => {
    const features = { ...input().features, sites: looks([['s1', { dimmed: true }]]), zones: looks([['kkt_van_don', { selected: true }]]) };
    const s = sceneFromView(input({ features }), data, 9);
    expect(s.symbols[0]).toMatchObject({ id: 's1', dimmed: true });
    const zone = s.layers.find((l) => l.id === 'zones')!.features[0]!;
    expect(zone.look).toMatchObject({ fill: mapTheme.colours.zoneFill, fillOpacity: mapTheme.opacity.zoneSelected });
  });
  test('the approximate and mixed hatches and the kiểu mẫu dots take the theme pattern colours', () => {
    const d = sceneFromView(input({ areaLayer: 'districts', visible: { ...input().visible, communes: false, districts: true } }), data, 9).layers.find(
      (l) => l.id === 'districts',
    )!;
    expect(d.features.map((f) => [f.look.pattern, f.look.patternPixels, f.look.dash !== null])).toEqual([
      ['hatch', mapTheme.patterns.approxHatch, true],
      ['crosshatch', mapTheme.patterns.mixedHatch, true],
    ]);
  });
  test('imported layers: one colour or a colour per attribute value, polygons faint, points on top; hidden ones not drawn', () => {
    const layerData: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { loai: 'KCN' }, geometry: { type: 'Point', coordinates: [107.02, 21.02] } },
        { type: 'Feature', properties: { loai: 'Cảng' }, geometry: square(107, 21, 0.05) },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [107.03, 21.03],
              [107.04, 21.04],
            ],
          },
        },
      ],
    };
    const layer = { id: 'u1', data: layerData, visible: true, colour: '#377eb8', byAttribute: null };
    const one = sceneFromView(input({ userLayers: [layer] }), data, 9).userShapes!;
    expect(one.map((o) => [o.geometry.type, o.fill, o.radius ?? null])).toEqual([
      ['Polygon', '#377eb8', null],
      ['Point', '#377eb8', 5.5],
      ['Point', '#377eb8', 5.5],
      ['Point', '#377eb8', 5.5],
    ]);
    expect(one[0]!.fillOpacity).toBe(mapTheme.opacity.userFill);
    const byAttribute = { attribute: 'loai', rows: [{ value: 'KCN', colour: '#e41a1c', count: 1 }], other: { colour: '#8c8c8c', count: 2 } };
    const coloured = sceneFromView(input({ userLayers: [{ ...layer, byAttribute }] }), data, 9).userShapes!;
    expect(coloured.map((o) => o.fill)).toEqual(['#8c8c8c', '#e41a1c', '#8c8c8c', '#8c8c8c']);
    expect(sceneFromView(input({ userLayers: [{ ...layer, visible: false }] }), data, 9).userShapes).toEqual([]);
  });

  test('the selected and the hovered imported feature are outlined over their layer (marks, not hit-tested)', () => {
    const layerData = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: square(107.01, 21.01, 0.02) },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107.03, 21.03] } },
      ],
    } as never;
    const layer = { id: 'plan:2026', data: layerData, visible: true, colour: '#377eb8', byAttribute: null };
    const marks = (userPointer: { selected: string | null; hovered: string | null }) =>
      sceneFromView(input({ userLayers: [layer], userPointer }), data, 9)
        .userShapes!.filter((o) => o.id.startsWith('mark:'))
        .map((o) => [o.id.split(':')[1], o.geometry.type, o.stroke]);
    expect(marks({ selected: 'plan:2026:0', hovered: 'plan:2026:1' })).toEqual([
      ['hovered', 'Point', mapTheme.colours.districtLine],
      ['selected', 'Polygon', mapTheme.colours.selectedCasing],
      ['selected', 'Polygon', mapTheme.colours.selectedLine],
    ]);
    expect(marks({ selected: 'plan:2026:1', hovered: 'plan:2026:1' })).toEqual([['selected', 'Point', mapTheme.colours.selectedLine]]);
    expect(marks({ selected: 'other:0', hovered: null })).toEqual([]);
    expect(
      sceneFromView(input({ userLayers: [{ ...layer, visible: false }], userPointer: { selected: 'plan:2026:0', hovered: null } }), data, 9).userShapes,
    ).toEqual([]);
  });
});
