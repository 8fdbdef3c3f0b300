// Pure pieces of the map description: from plain inputs (view, theme, filter result, selection) to
// the parts of a MapScene. No Svelte, no MapLibre; unit-tested in tests/unit/view-describe.test.ts.
import type { Feature, Geometry, LineString, Point, Polygon } from 'geojson';
import type { UnitNtm } from '../data/facts-types';
import { mixedId, type AppIndex, type Bbox } from '../data/unit-index-types';
import type { FeatureRef, ThemeId } from '../deck/types';
import type { Filter } from '../geo/filter-types';
import type { Palette } from '../style/palette';
import type { DraftShape, FeatureLayer, MeasureShape, FeatureLook, LayerLooks, Overlays, VisibilityInput, VisibleGroups } from './types';

/**
 * Which layer groups a view shows.
 * @example visibleGroups({ adminVersion: '2020', layers, ntm: false }).communes // false
 */
export function visibleGroups(view: VisibilityInput): VisibleGroups {
  const is2025 = view.adminVersion === '2025';
  return {
    communes: is2025,
    districts: !is2025,
    zones: view.layers.zones,
    context: view.layers.context,
    labels: view.layers.labels,
    ntmPattern: is2025 && view.ntm,
    sites: view.layers.sites,
  };
}

/** The layer and feature id a selection or hover reference points at (null for the province). */
export function layerOf(ref: FeatureRef): { layer: FeatureLayer; id: string } | null {
  switch (ref.kind) {
    case 'unit':
      return { layer: 'communes', id: ref.code };
    case 'district':
      return { layer: 'districts', id: ref.code };
    case 'mixed':
      return { layer: 'districts', id: mixedId(ref.code) };
    case 'zone':
      return { layer: 'zones', id: ref.code };
    case 'site':
      return { layer: 'sites', id: ref.code };
    case 'province':
    case 'user':
      return null;
  }
}

/**
 * An imported feature's reference code and back (`<layer id>:<index>`; a layer id may hold colons).
 * @example userFeatureOf('roads-2026:3') // { layerId: 'roads-2026', index: 3 }
 */
export const userFeatureCode = (layerId: string, index: number) => `${layerId}:${index}`;
export function userFeatureOf(code: string): { layerId: string; index: number } | null {
  const at = code.lastIndexOf(':');
  const index = Number(code.slice(at + 1));
  return at > 0 && Number.isInteger(index) && index >= 0 ? { layerId: code.slice(0, at), index } : null;
}

/** The feature ids of one layer, as the index lists them. */
export function layerIds(index: Pick<AppIndex, 'units' | 'districts' | 'mixed' | 'zones'>, layer: 'communes' | 'districts' | 'zones'): string[] {
  if (layer === 'communes') return index.units.map((u) => u.code);
  if (layer === 'zones') return index.zones.map((z) => z.id);
  return [...index.districts.map((d) => d.code), ...index.mixed.map((m) => mixedId(m.code))];
}

export interface ThemeLooksInput {
  theme: ThemeId;
  /** The theme's palette; null while its data has not loaded (then nothing is coloured). */
  palette: Palette | null;
  /** NTM class of each 2025 unit (facts.json), when loaded. */
  ntmUnits: Readonly<Record<string, Pick<UnitNtm, 'class' | 'hasKieuMau'>>> | null;
  /** The figure for each code of `valueLayer` (an indicator per district, a user's table per unit or district; missing = no data). */
  values: ReadonlyMap<string, number | null>;
  /** Which area layer `values` colours: 'districts' (indicators; the default) or 'communes' (a user's table per 2025 unit). */
  valueLayer?: 'communes' | 'districts';
}

/** The theme's colours: which area layer they are on, and each feature's fill and pattern. */
export interface ThemeLooks {
  layer: 'communes' | 'districts' | null;
  looks: ReadonlyMap<string, Pick<FeatureLook, 'fill' | 'pattern'>>;
}

/**
 * Each feature's thematic fill: NTM colours the 2025 units (dots where a former commune was kiểu
 * mẫu), an indicator colours the districts (mixed areas have no district value: no data), a user's
 * table the units or districts its rows named (`valueLayer`; a unit without a figure: no data).
 * @example themeLooks(index, { theme: 'none', palette: null, ntmUnits: null, values: new Map() }).layer // null
 */
export function themeLooks(index: Pick<AppIndex, 'units' | 'districts' | 'mixed' | 'zones'>, input: ThemeLooksInput): ThemeLooks {
  const looks = new Map<string, Pick<FeatureLook, 'fill' | 'pattern'>>();
  const { palette } = input;
  if (!palette || input.theme === 'none') return { layer: null, looks };
  if (input.theme === 'ntm') {
    if (!input.ntmUnits) return { layer: null, looks };
    for (const [code, ntm] of Object.entries(input.ntmUnits)) {
      looks.set(code, ntm.hasKieuMau ? { fill: palette.colourFor(ntm.class), pattern: 'kieu_mau' } : { fill: palette.colourFor(ntm.class) });
    }
    return { layer: 'communes', looks };
  }
  if (input.valueLayer === 'communes') {
    for (const u of index.units) looks.set(u.code, { fill: palette.colourFor(input.values.get(u.code) ?? null) });
    return { layer: 'communes', looks };
  }
  for (const d of index.districts) looks.set(d.code, { fill: palette.colourFor(input.values.get(d.code) ?? null) });
  for (const m of index.mixed) looks.set(mixedId(m.code), { fill: palette.colourFor(null) });
  return { layer: 'districts', looks };
}

export interface FeatureLooksInput {
  index: Pick<AppIndex, 'units' | 'districts' | 'mixed' | 'zones'>;
  /** Ids of the investment sites (empty until sites.json has loaded). */
  siteIds: readonly string[];
  theme: ThemeLooks;
  /** The area layer the admin version shows (the filters apply to it). */
  areaLayer: 'communes' | 'districts';
  /** Ids on the area layer that pass the filters; null when no filter is active (nothing dims). */
  matches: ReadonlySet<string> | null;
  /** Sites the investor list keeps on the map; the others dim. null (or absent) = none dims. */
  siteMatches?: ReadonlySet<string> | null;
}

/**
 * Looks from the theme and the filters, for every feature of every layer (no pointer yet):
 * the part that changes rarely, so hover only touches what `withPointer` adds.
 */
export function baseLooks(input: FeatureLooksInput): Record<FeatureLayer, LayerLooks> {
  const out = {} as Record<FeatureLayer, Map<string, FeatureLook>>;
  for (const layer of ['communes', 'districts', 'zones'] as const) {
    const looks = new Map<string, FeatureLook>();
    const themed = input.theme.layer === layer ? input.theme.looks : null;
    const filtered = input.matches && input.areaLayer === layer ? input.matches : null;
    for (const id of layerIds(input.index, layer)) {
      const look: FeatureLook = { ...themed?.get(id) };
      if (filtered && !filtered.has(id)) look.dimmed = true;
      looks.set(id, look);
    }
    out[layer] = looks;
  }
  const sites = input.siteMatches ?? null;
  out.sites = new Map(input.siteIds.map((id) => [id, sites && !sites.has(id) ? { dimmed: true as const } : {}]));
  return out;
}

/**
 * Adds the selection and hover to base looks. Only the layers they touch are copied, so a
 * renderer can skip the others by identity.
 * @example withPointer(base, { kind: 'unit', code: '06724' }, null).communes.get('06724')?.selected // true
 */
export function withPointer(base: Record<FeatureLayer, LayerLooks>, selected: FeatureRef | null, hovered: FeatureRef | null): Record<FeatureLayer, LayerLooks> {
  const out: Record<FeatureLayer, LayerLooks> = { ...base };
  const mark = (ref: FeatureRef | null, flag: 'selected' | 'hovered') => {
    const at = ref && layerOf(ref);
    if (!at) return;
    const looks = out[at.layer] === base[at.layer] ? new Map(base[at.layer]) : (out[at.layer] as Map<string, FeatureLook>);
    looks.set(at.id, { ...looks.get(at.id), [flag]: true });
    out[at.layer] = looks;
  };
  mark(selected, 'selected');
  mark(hovered, 'hovered');
  return out;
}

/** The shape being drawn, as GeoJSON: vertices, then edges (closed from 3), then the area. */
export function draftShape(mode: DraftShape['mode'], points: readonly [number, number][]): DraftShape {
  const pts = [...points];
  const features: Feature<Point | LineString | Polygon>[] = pts.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
  if (pts.length >= 2)
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: pts.length >= 3 ? [...pts, pts[0]!] : pts } });
  if (pts.length >= 3) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...pts, pts[0]!]] } });
  return { mode, shapes: { type: 'FeatureCollection', features } };
}

/**
 * A measurement as GeoJSON: the points, the path (closed in area mode from 3 points), the area.
 * @example measureShape('distance', [[107, 21], [107.1, 21]])?.shapes.features.length // 3
 */
export function measureShape(mode: MeasureShape['mode'], points: readonly (readonly number[])[]): MeasureShape | null {
  if (points.length === 0) return null;
  const pts = points.map((p) => [p[0]!, p[1]!]);
  const features: Feature<Point | LineString | Polygon>[] = pts.map((p, index) => ({
    type: 'Feature',
    properties: { index },
    geometry: { type: 'Point', coordinates: p },
  }));
  const closed = mode === 'area' && pts.length >= 3;
  if (pts.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: closed ? [...pts, pts[0]!] : pts } });
  if (closed) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...pts, pts[0]!]] } });
  return { mode, shapes: { type: 'FeatureCollection', features } };
}

/**
 * Outlines of the active spatial filters: drawn polygons, and radius circles when `circle` (Turf,
 * loaded with the filter engine) is at hand; other filters have no shape of their own.
 */
export function filterShapes(
  filters: readonly Filter[],
  circle: ((center: [number, number], km: number) => Feature<Polygon>) | null,
): Overlays['filterShapes'] {
  const features: Feature<Polygon>[] = [];
  for (const f of filters) {
    if (f.kind === 'polygon' && f.ring.length >= 3)
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...f.ring, f.ring[0]!]] } });
    if (f.kind === 'radius' && f.km > 0 && f.km < 2000 && circle) features.push(circle(f.center, f.km));
  }
  return { type: 'FeatureCollection', features };
}

/** Half the side of the box around a site, in degrees (a site is a point; the camera needs a box). */
const SITE_BOX = 0.02;

/**
 * The box to bring into view for a feature (a unit, district, zone or site); null when it has none
 * (the province, an unknown code).
 */
export function focusBox(
  ref: FeatureRef,
  index: Pick<AppIndex, 'units' | 'districts' | 'zones'>,
  sitePosition: (id: string) => [number, number] | undefined,
  /** An imported feature's geometry by its code (`<layer id>:<index>`), when the layer is there. */
  userGeometry: (code: string) => Geometry | null | undefined = () => undefined,
): Bbox | null {
  switch (ref.kind) {
    case 'unit':
    case 'mixed':
      return index.units.find((u) => u.code === ref.code)?.bbox ?? null;
    case 'district':
      return index.districts.find((d) => d.code === ref.code)?.bbox ?? null;
    case 'zone':
      return index.zones.find((z) => z.id === ref.code)?.bbox ?? null;
    case 'site': {
      const p = sitePosition(ref.code);
      return p ? [p[0] - SITE_BOX, p[1] - SITE_BOX, p[0] + SITE_BOX, p[1] + SITE_BOX] : null;
    }
    case 'user': {
      const g = userGeometry(ref.code);
      return g ? geometryBox(g, SITE_BOX) : null;
    }
    case 'province':
      return null;
  }
}

/**
 * A geometry's box, widened to at least `min` degrees each side of a lone point.
 * @example geometryBox({ type: 'Point', coordinates: [107, 21] }, 0.02) // [106.98, 20.98, 107.02, 21.02]
 */
export function geometryBox(g: Geometry, min = 0): Bbox | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1] as number);
      n = Math.max(n, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((part) => walk('coordinates' in part ? part.coordinates : []));
  else walk(g.coordinates);
  if (!Number.isFinite(w)) return null;
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  return [Math.min(w, cx - min), Math.min(s, cy - min), Math.max(e, cx + min), Math.max(n, cy + min)];
}

/** The province's extent: the union of the 2025 units' boxes. */
export function provinceBounds(index: Pick<AppIndex, 'units'>): Bbox {
  return index.units.reduce<Bbox>(
    (b, u) => [Math.min(b[0], u.bbox[0]), Math.min(b[1], u.bbox[1]), Math.max(b[2], u.bbox[2]), Math.max(b[3], u.bbox[3])],
    [180, 90, -180, -90],
  );
}
