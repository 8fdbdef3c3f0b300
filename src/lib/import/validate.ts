// Checks imported features: valid geometry, inside the Quảng Ninh area, properties as plain text.
import { kinks } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import { AREA_MARGIN_DEG, KINKS_MAX_VERTICES, MAP_BOUNDS } from './limits';
import type { PlainProperties } from './types';

type Bbox = [number, number, number, number];

const validPosition = (p: Position) =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90;

function ringProblem(ring: Position[]): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return 'ring with fewer than 4 positions';
  if (!ring.every(validPosition)) return 'coordinate that is not a longitude/latitude';
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) return 'ring not closed';
  return null;
}

/**
 * Why a WGS-84 geometry is unusable, or null when it is fine. Polygons are also checked for
 * self-intersection (Turf `kinks`); self-crossing lines (GPS tracks) are fine.
 * @example geometryProblem({ type: 'Point', coordinates: [107, 21] }) // null
 */
export function geometryProblem(g: Geometry | null | undefined): string | null {
  if (!g || typeof g !== 'object') return 'no geometry';
  switch (g.type) {
    case 'Point':
      return validPosition(g.coordinates) ? null : 'coordinate that is not a longitude/latitude';
    case 'MultiPoint':
      return g.coordinates.length > 0 && g.coordinates.every(validPosition) ? null : 'coordinate that is not a longitude/latitude';
    case 'LineString':
      if (g.coordinates.length < 2) return 'line with fewer than 2 positions';
      return g.coordinates.every(validPosition) ? null : 'coordinate that is not a longitude/latitude';
    case 'MultiLineString':
      for (const l of g.coordinates) {
        const p = geometryProblem({ type: 'LineString', coordinates: l });
        if (p) return p;
      }
      return g.coordinates.length ? null : 'empty geometry';
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      if (polys.length === 0) return 'empty geometry';
      let vertices = 0;
      for (const poly of polys) {
        if (!Array.isArray(poly) || poly.length === 0) return 'empty polygon';
        for (const ring of poly) {
          const p = ringProblem(ring);
          if (p) return p;
          vertices += ring.length;
        }
      }
      if (vertices <= KINKS_MAX_VERTICES && kinks(g).features.length > 0) return 'self-intersecting polygon';
      return null;
    }
    case 'GeometryCollection':
      if (g.geometries.length === 0) return 'empty geometry';
      for (const part of g.geometries) {
        const p = geometryProblem(part);
        if (p) return p;
      }
      return null;
    default:
      return 'unknown geometry type';
  }
}

/** The [west, south, east, north] of a geometry's positions. */
export function geometryBbox(g: Geometry): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  const walk = (geom: Geometry): void => (geom.type === 'GeometryCollection' ? geom.geometries.forEach(walk) : visit(geom.coordinates));
  walk(g);
  return box;
}

/** True when the box lies wholly outside the map's bounds widened by the margin. */
export function farOutsideArea(box: Bbox, bounds: Bbox = MAP_BOUNDS, margin = AREA_MARGIN_DEG): boolean {
  return box[2] < bounds[0] - margin || box[0] > bounds[2] + margin || box[3] < bounds[1] - margin || box[1] > bounds[3] + margin;
}

/** HTML tags, entities that hide tags, script URLs and inline handlers. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|&lt;\s*\/?\s*[a-z]|javascript\s*:|\bon[a-z]+\s*=/i;

export const hasMarkup = (text: string) => MARKUP.test(text);

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Copies properties to plain values (objects become JSON text), dropping keys that could pollute
 * prototypes. Strings are kept exactly, markup included: the UI shows them as text, never as HTML.
 * Returns whether any string held markup, so the user can be told.
 */
export function plainProperties(input: unknown): { properties: PlainProperties; markup: boolean } {
  const properties: PlainProperties = {};
  let markup = false;
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      if (UNSAFE_KEYS.has(key)) continue;
      let v: string | number | boolean | null;
      if (value === null || value === undefined) v = null;
      else if (typeof value === 'string' || typeof value === 'boolean') v = value;
      else if (typeof value === 'number') v = Number.isFinite(value) ? value : null;
      else if (value instanceof Date) v = value.toISOString();
      // togeojson gives a KML <description> with HTML as { "@type": "html", value }: keep the text.
      else if (typeof (value as { value?: unknown }).value === 'string') v = (value as { value: string }).value;
      else v = JSON.stringify(value) ?? null;
      if (typeof v === 'string' && hasMarkup(v)) markup = true;
      properties[key] = v;
    }
  }
  return { properties, markup };
}

const NAME_KEYS = ['name', 'Name', 'NAME', 'ten', 'Ten', 'TEN', 'title', 'Title'];

/** A feature's name for messages (any of the usual name keys), or undefined. */
export function featureName(f: Pick<Feature, 'properties'>): string | undefined {
  for (const k of NAME_KEYS) {
    const v = f.properties?.[k];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 80);
    if (typeof v === 'number') return String(v);
  }
  return undefined;
}
