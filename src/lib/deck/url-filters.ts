// Filters in the page URL (?f=…): serialise, and parse defensively: a malformed, stale or
// oversized value is dropped with a note, never a blank page.
import { NTM_CLASSES } from '../data/facts-types';
import { UNIT_TYPES_2025 } from '../data/unit-index-types';
import { NEAREST_CATEGORIES, TARGET_LAYERS, type Filter } from '../geo/filter-types';

export const MAX_FILTERS = 20;
export const MAX_RING_POINTS = 500;
const MAX_PARAM_CHARS = 20_000;

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const lngLat = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && num(v[0]) && num(v[1]) && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90;
const strings = (v: unknown, allowed?: readonly string[]): v is string[] =>
  Array.isArray(v) && v.length <= 200 && v.every((s) => typeof s === 'string' && s.length <= 40 && (!allowed || allowed.includes(s)));
const target = (v: unknown) => {
  const t = v as { layer?: unknown; code?: unknown } | null;
  return !!t && (TARGET_LAYERS as readonly unknown[]).includes(t.layer) && typeof t.code === 'string' && t.code.length <= (t.layer === 'user' ? 200 : 40);
};

/** True when a value has the shape of one filter (values are checked, not only keys). */
export function isFilter(v: unknown): v is Filter {
  const f = v as Record<string, unknown> | null;
  if (!f || typeof f !== 'object') return false;
  switch (f.kind) {
    case 'polygon':
      return Array.isArray(f.ring) && f.ring.length <= MAX_RING_POINTS && f.ring.every(lngLat) && (f.mode === 'within' || f.mode === 'intersects');
    case 'radius':
      return lngLat(f.center) && num(f.km);
    case 'near':
      return target(f.target) && num(f.km);
    case 'boundary':
      return target(f.target) && (f.mode === 'within' || f.mode === 'intersects');
    case 'nearest':
      return (NEAREST_CATEGORIES as readonly unknown[]).includes(f.category) && num(f.km);
    case 'type':
      return strings(f.values, UNIT_TYPES_2025);
    case 'ntm':
      return strings(f.values, NTM_CLASSES);
    case 'district':
      return strings(f.codes);
    case 'indicator':
      return typeof f.indicator === 'string' && num(f.year) && (f.min === null || num(f.min)) && (f.max === null || num(f.max));
    default:
      return false;
  }
}

export interface ParsedFilters {
  filters: Filter[];
  /** Why some or all of the URL's filters were ignored, or null. */
  note: string | null;
}

/** Reads filters from a URL search string. @example parseFilters('?f=%5B%5D') // { filters: [], note: null } */
export function parseFilters(search: string): ParsedFilters {
  const raw = new URLSearchParams(search).get('f');
  if (raw === null || raw === '') return { filters: [], note: null };
  if (raw.length > MAX_PARAM_CHARS) return { filters: [], note: 'too long' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { filters: [], note: 'malformed' };
  }
  if (!Array.isArray(value)) return { filters: [], note: 'malformed' };
  const valid = value.slice(0, MAX_FILTERS).filter(isFilter);
  const dropped = value.length - valid.length;
  return { filters: valid, note: dropped > 0 ? `${dropped} ignored` : null };
}

/** Writes filters into a URL, keeping its other parameters. */
export function withFilters(url: URL, filters: Filter[]): URL {
  const next = new URL(url);
  if (filters.length) next.searchParams.set('f', JSON.stringify(filters));
  else next.searchParams.delete('f');
  return next;
}
