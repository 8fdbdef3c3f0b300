// The 2D scene of the base map in the WebGL map's default look (pure): what the first picture and the test page draw,
// and the reference the view-description adapter maps onto (same colours, widths, patterns, label sizes).
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Site } from '../data/site-types';
import { WATER_MIN_ZOOM } from '../data/source-layers';
import { mapTheme } from '../style/map-theme';
import { interpolateStops, SITE_SYMBOL, siteRadiusAt } from '../style/site-symbol';
import type { Label, Look, Scene2D, SceneLayer, SiteSymbol } from './scene';

const c = mapTheme.colours;

type Areas = FeatureCollection<Polygon | MultiPolygon>;

export interface BaseData {
  /** `edge`: the units' outer edge, the province's outline where the context has none (its overview file, src/lib/data/areas.ts EDGE_SOURCE). */
  communes: Areas & { edge?: MultiLineString };
  districts?: Areas;
  zones?: Areas;
  /**
   * public/data/context.topo.json (decoded): neighbours (kind country | province), the province outline
   * (kind home; not in the overview file: see `communes.edge`) and the approximate water of Cửa Lục bay (kind water).
   */
  context?: Areas;
  sites?: Site[];
  /** Label points as src/lib/data/label-points.ts builds them (properties kind, name). */
  labels?: FeatureCollection<Point>;
}

export interface BaseOptions {
  adminVersion: '2025' | '2020';
  layers: { zones: boolean; labels: boolean; context: boolean; sites: boolean };
  /** Thematic fill per unit code; a unit without one keeps the base land colour. */
  fills?: ReadonlyMap<string, string>;
  dimmed?: ReadonlySet<string>;
  selected?: string | null;
  hovered?: string | null;
  zoom?: number;
}

const look = (over: Partial<Look>): Look => ({
  fill: null,
  fillOpacity: 1,
  stroke: null,
  strokeWidth: 0,
  dash: null,
  pattern: null,
  dimmed: false,
  selected: false,
  hovered: false,
  ...over,
});
const code = (f: Feature) => String(f.properties?.code ?? f.id ?? '');
/** MapLibre's linear interpolate over zoom, clamped at the ends. */
const byZoom = (zoom: number, z0: number, v0: number, z1: number, v1: number) => v0 + (v1 - v0) * Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));

/**
 * The base map as a Scene2D: context, units (2025) or districts (2020) with hover/selection/dim,
 * zones, province outline, sites and labels, as src/lib/map/style.ts draws them.
 * @example baseScene({ communes }, { adminVersion: '2025', layers: { zones: true, labels: true, context: true, sites: true } })
 */
export function baseScene(data: BaseData, options: BaseOptions): Scene2D {
  const zoom = options.zoom ?? 8.5;
  const layers: SceneLayer[] = [];
  const contextFeatures = data.context?.features ?? [];
  if (options.layers.context) {
    layers.push({
      id: 'context',
      interactive: false,
      features: contextFeatures
        .filter((f) => f.properties?.kind === 'country' || f.properties?.kind === 'province')
        .map((f) => ({
          id: String(f.properties?.name ?? ''),
          geometry: f.geometry,
          look: look({
            fill: f.properties?.kind === 'country' ? c.foreignLand : c.neighbourLand,
            ...(f.properties?.kind === 'province' ? { stroke: c.neighbourLine, strokeWidth: 0.8 } : {}),
          }),
        })),
    });
  }
  const areaLook = (id: string, over: Partial<Look>): Look => {
    const themed = options.fills?.get(id);
    const selected = options.selected === id;
    const hovered = options.hovered === id;
    const emphasised = selected || hovered;
    return look({
      fill: themed ?? (selected ? c.selected : hovered ? c.hover : c.provinceLand),
      fillOpacity: themed && emphasised ? mapTheme.opacity.themedHighlight : 1,
      dimmed: options.dimmed?.has(id) ?? false,
      selected,
      hovered,
      ...over,
    });
  };
  if (options.adminVersion === '2025') {
    const width = byZoom(zoom, 7, 0.5, 12, 1.2);
    layers.push({
      id: 'communes',
      features: data.communes.features.map((f) => ({
        id: code(f),
        geometry: f.geometry,
        look: areaLook(code(f), { stroke: c.communeLine, strokeWidth: width }),
      })),
    });
  } else if (data.districts) {
    layers.push({
      id: 'districts',
      features: data.districts.features.map((f) => {
        const mixed = f.properties?.kind === 'mixed';
        const exact = f.properties?.exact === true;
        return {
          id: code(f),
          geometry: f.geometry,
          look: areaLook(code(f), {
            stroke: c.districtLine,
            strokeWidth: 1.6,
            dash: exact ? null : [3.2, 2.4],
            // (The marks' colours are the theme's: approxHatch, mixedHatch.)
            pattern: mixed ? 'crosshatch' : exact ? null : 'hatch',
          }),
        };
      }),
    });
  }
  // The bay's water over the unit fills (and their edges across it), under zones, outline, sites, labels.
  const water = contextFeatures.filter((f) => f.properties?.kind === 'water');
  if (water.length && zoom >= WATER_MIN_ZOOM)
    layers.push({
      id: 'water',
      interactive: false,
      features: water.map((f) => ({ id: String(f.properties?.name ?? 'water'), geometry: f.geometry, look: look({ fill: c.sea }) })),
    });
  if (options.layers.zones && data.zones) {
    // Not hit-tested: a click inside a zone means the unit there (as the WebGL map's pickAt).
    layers.push({
      id: 'zones',
      interactive: false,
      features: data.zones.features.map((f) => ({ id: code(f), geometry: f.geometry, look: look({ stroke: c.zoneLine, strokeWidth: 2.2, dash: [6.6, 4.4] }) })),
    });
  }
  const outline = contextFeatures.find((f) => f.properties?.kind === 'home')?.geometry ?? data.communes.edge;
  if (outline)
    layers.push({
      id: 'province',
      interactive: false,
      features: [{ id: 'qn', geometry: outline, look: look({ stroke: c.provinceLine, strokeWidth: byZoom(zoom, 7, 0.9, 10, 1.6) }) }],
    });

  const symbols: SiteSymbol[] = options.layers.sites
    ? (data.sites ?? []).map((s) => ({
        id: s.id,
        position: s.position,
        colour: mapTheme.sites[s.category]?.colour ?? c.siteOther,
        code: mapTheme.sites[s.category]?.code ?? '',
        // (Sizes follow the zoom as the WebGL map's sites-* layers: src/lib/style/site-symbol.ts.)
        radius: siteRadiusAt(s.areaHa, zoom),
        codeSize: interpolateStops(SITE_SYMBOL.codeSizeByZoom, zoom),
        ...(s.quality === 'approximate' ? { halo: interpolateStops(SITE_SYMBOL.haloByZoom, zoom) } : {}),
        selected: options.selected === s.id,
        hovered: options.hovered === s.id,
      }))
    : [];

  const wanted = options.adminVersion === '2025' ? 'unit' : 'district';
  const sizes: Record<string, [number, number, 400 | 600, number]> = {
    zone: [10, 13, 600, 4],
    unit: [9.5, 14, 400, 3],
    district: [11, 15, 600, 3],
    context: [10, 13, 400, 1],
  };
  const labels: Label[] = options.layers.labels
    ? (data.labels?.features ?? [])
        .filter((f) => {
          const kind = String(f.properties?.kind);
          return kind === wanted || (kind === 'zone' && options.layers.zones) || (kind === 'context' && options.layers.context);
        })
        .map((f) => {
          const [s0, s1, weight, priority] = sizes[String(f.properties?.kind)] ?? sizes.unit!;
          return {
            id: `${f.properties?.kind}:${f.properties?.code}`,
            text: String(f.properties?.name ?? ''),
            position: f.geometry.coordinates as [number, number],
            size: byZoom(zoom, 7, s0, 12, s1),
            weight,
            priority,
            // (As the WebGL style's text-max-width: 12 ems for zones, 8 for the rest.)
            maxWidthEm: f.properties?.kind === 'zone' ? 12 : 8,
          };
        })
    : [];
  return { background: c.sea, layers, overlays: [], symbols, labels };
}
