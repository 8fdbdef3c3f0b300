// The whole map view in the page URL, so any view can be shared as a link. Parsing is defensive:
// each bad part is dropped or clamped with a note, and the rest of the link still applies.
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../geo/classify';
import { COMPARE_KEY, parseCompare, writeCompare } from './url-compare';
import { parseFilters, withFilters } from './url-filters';
import {
  FEATURE_KINDS,
  MAX_MEASURE_POINTS,
  THEME_ID_PATTERN,
  TOGGLE_LAYERS,
  YEAR_RANGE,
  defaultView,
  type Camera,
  type FeatureKind,
  type MapViewState,
  type ThemeId,
  type ToggleLayer,
} from './types';

/** Links longer than this are not read at all. */
export const MAX_QUERY_CHARS = 60_000;
export const ZOOM_RANGE = [6, 17] as const;
const LAYERS: readonly ToggleLayer[] = TOGGLE_LAYERS;
const KINDS: readonly FeatureKind[] = FEATURE_KINDS;
const KEYS = ['c', 'v', 'off', 't', 'y', 'm', 'k', 'f', 's', 'me', COMPARE_KEY];

export interface ParsedView {
  view: MapViewState;
  /** What could not be used, in short words; empty when the link was fine. */
  notes: string[];
  /** Why some of the link's filters were ignored (shown beside the filters); absent when none were. */
  filterNote?: string;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number) => Number(x.toFixed(digits));

function parseCamera(raw: string, notes: string[]): Camera | null {
  const parts = raw.split(',');
  // (Number('') is 0: empty parts must be refused before conversion.)
  const n = parts.map((part) => (/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(part) ? Number(part) : NaN));
  if (parts.length < 3 || parts.length > 5 || n.some((x) => !Number.isFinite(x))) {
    notes.push('map position is not a set of numbers');
    return null;
  }
  const [lng, lat, zoom, bearing = 0, pitch = 0] = n as [number, number, number, number?, number?];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85) {
    notes.push('map position is outside the world');
    return null;
  }
  const z = clamp(zoom, ZOOM_RANGE[0], ZOOM_RANGE[1]);
  if (z !== zoom) notes.push(`zoom ${raw.split(',')[2]} is out of range (${ZOOM_RANGE[0]}–${ZOOM_RANGE[1]}); used ${z}`);
  return { center: [lng, lat], zoom: z, bearing: ((bearing % 360) + 360) % 360, pitch: clamp(pitch, 0, 85) };
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/;

/**
 * A measurement from `me=d;lon,lat;lon,lat…` (`d` distance, `a` area); null with a note when any
 * part is not understood (a half-read measurement would show a wrong figure).
 */
function parseMeasure(raw: string, notes: string[]): MapViewState['measure'] {
  const [mode, ...parts] = raw.split(';');
  const points = parts
    .map((part) => part.split(','))
    .map((xy) => (xy.length === 2 && xy.every((x) => NUMBER.test(x)) ? ([Number(xy[0]), Number(xy[1])] as [number, number]) : null));
  if (
    (mode !== 'd' && mode !== 'a') ||
    points.length === 0 ||
    points.length > MAX_MEASURE_POINTS ||
    points.some((p) => !p || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
  ) {
    notes.push('measurement not understood');
    return null;
  }
  return { mode: mode === 'a' ? 'area' : 'distance', points: points as [number, number][] };
}

/** Reads a view from a URL search string. @example parseViewUrl('?v=2020').view.adminVersion // '2020' */
export function parseViewUrl(search: string): ParsedView {
  const view = defaultView();
  const notes: string[] = [];
  if (search.length > MAX_QUERY_CHARS)
    return { view, notes: [`the link is too long (${search.length.toLocaleString('en')} characters); the default view is shown`] };
  const p = new URLSearchParams(search);

  const c = p.get('c');
  if (c !== null) view.camera = parseCamera(c, notes);

  const version = p.get('v');
  if (version === '2020' || version === '2025') view.adminVersion = version;
  else if (version !== null) notes.push('unknown administrative version');

  const off = p.get('off');
  if (off !== null) {
    for (const name of off.split(',').slice(0, 10)) {
      if (LAYERS.includes(name as ToggleLayer)) view.layers[name as ToggleLayer] = false;
      else if (name) notes.push('unknown layer name');
    }
  }

  const t = p.get('t');
  if (t !== null) {
    if (THEME_ID_PATTERN.test(t)) view.theme.id = t as ThemeId;
    else notes.push('unknown theme');
  }
  const y = p.get('y');
  if (y !== null) {
    const year = Number(y);
    if (Number.isInteger(year) && year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1]) view.theme.year = year;
    else notes.push('year is not a year');
  }
  const m = p.get('m');
  if (m !== null) {
    if (CLASS_METHODS.includes(m as ClassMethod)) view.theme.method = m as ClassMethod;
    else notes.push('unknown classification method');
  }
  const k = p.get('k');
  if (k !== null) {
    const classes = Number(k);
    if (Number.isInteger(classes)) view.theme.classes = clamp(classes, MIN_CLASSES, MAX_CLASSES);
    if (!Number.isInteger(classes) || classes !== view.theme.classes) notes.push('number of classes out of range');
  }

  const parsed = parseFilters(search);
  view.filters = parsed.filters;
  if (parsed.note) notes.push(`filters: ${parsed.note}`);

  const s = p.get('s');
  if (s !== null) {
    const [kind, ...rest] = s.split(':');
    const code = rest.join(':');
    if (KINDS.includes(kind as FeatureKind) && code && code.length <= 40) view.selected = { kind: kind as FeatureKind, code };
    else notes.push('selected feature not understood');
  }
  const me = p.get('me');
  if (me !== null) view.measure = parseMeasure(me, notes);
  const cmp = p.get(COMPARE_KEY);
  if (cmp !== null) view.compare = parseCompare(cmp, notes);
  return parsed.note ? { view, notes, filterNote: parsed.note } : { view, notes };
}

/** Writes a view into a URL, keeping unrelated parameters; default values are left out. */
export function withView(url: URL, view: MapViewState): URL {
  const next = withFilters(url, view.filters);
  for (const key of KEYS) if (key !== 'f') next.searchParams.delete(key);
  const set = (key: string, value: string) => next.searchParams.set(key, value);
  if (view.camera) {
    const { center, zoom, bearing, pitch } = view.camera;
    const parts = [round(center[0], 5), round(center[1], 5), round(zoom, 2)];
    if (bearing || pitch) parts.push(round(bearing, 1), round(pitch, 1));
    set('c', parts.join(','));
  }
  if (view.adminVersion !== '2025') set('v', view.adminVersion);
  const off = LAYERS.filter((l) => !view.layers[l]);
  if (off.length) set('off', off.join(','));
  if (view.theme.id !== 'none') {
    set('t', view.theme.id);
    if (view.theme.year !== null) set('y', String(view.theme.year));
    if (view.theme.method !== 'quantile') set('m', view.theme.method);
    if (view.theme.classes !== 5) set('k', String(view.theme.classes));
  }
  if (view.selected) set('s', `${view.selected.kind}:${view.selected.code}`);
  if (view.measure?.points.length)
    set('me', [view.measure.mode === 'area' ? 'a' : 'd', ...view.measure.points.map((p) => `${round(p[0], 6)},${round(p[1], 6)}`)].join(';'));
  if (view.compare) set(COMPARE_KEY, writeCompare(view.compare));
  return next;
}
