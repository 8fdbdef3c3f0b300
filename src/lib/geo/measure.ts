// Measuring on the map: geodesic length and area of the points a user places, their formatting
// for vi/en, and the add/undo/clear model as a pure reducer.
import { area } from '@turf/area';
import { lineString, polygon } from '@turf/helpers';
import { length } from '@turf/length';
import type { Position } from 'geojson';

export type MeasureMode = 'distance' | 'area';

export interface MeasureState {
  mode: MeasureMode;
  /** Placed points, [lon, lat], in order. */
  points: Position[];
}

export type MeasureAction =
  | { type: 'add'; point: Position }
  | { type: 'undo' }
  | { type: 'clear' }
  | { type: 'setMode'; mode: MeasureMode }
  /** Moves point i (dragging a vertex, or arrow keys on the focused vertex). */
  | { type: 'move'; index: number; point: Position };

export const emptyMeasure = (mode: MeasureMode = 'distance'): MeasureState => ({ mode, points: [] });

/**
 * The next state; never mutates. Switching mode keeps the points (a line becomes a polygon).
 * @example measureReducer(emptyMeasure(), { type: 'add', point: [107, 21] }).points // [[107, 21]]
 */
export function measureReducer(state: MeasureState, action: MeasureAction): MeasureState {
  switch (action.type) {
    case 'add': {
      const [lon, lat] = action.point;
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return state;
      return { ...state, points: [...state.points, [lon!, lat!]] };
    }
    case 'undo':
      return state.points.length ? { ...state, points: state.points.slice(0, -1) } : state;
    case 'clear':
      return state.points.length ? { ...state, points: [] } : state;
    case 'setMode':
      return action.mode === state.mode ? state : { ...state, mode: action.mode };
    case 'move':
      if (action.index < 0 || action.index >= state.points.length) return state;
      return { ...state, points: state.points.map((p, i) => (i === action.index ? [action.point[0]!, action.point[1]!] : p)) };
  }
}

/** Geodesic length in metres of the path through the points (Turf, great-circle on the WGS-84 mean radius). */
export function pathLengthM(points: Position[]): number {
  return points.length < 2 ? 0 : length(lineString(points), { units: 'meters' });
}

/** Area in m² of the polygon the points enclose (closed automatically); 0 with fewer than 3 points. */
export function polygonAreaM2(points: Position[]): number {
  if (points.length < 3) return 0;
  return area(polygon([[...points, points[0]!]]));
}

export interface MeasureResult {
  mode: MeasureMode;
  /** Path length (distance) or perimeter (area), metres. */
  lengthM: number;
  /** Area in m² (area mode with ≥ 3 points), else null. */
  areaM2: number | null;
  points: number;
}

export function measureResult(state: MeasureState): MeasureResult {
  if (state.mode === 'distance') return { mode: 'distance', lengthM: pathLengthM(state.points), areaM2: null, points: state.points.length };
  const closed = state.points.length >= 3 ? [...state.points, state.points[0]!] : state.points;
  return { mode: 'area', lengthM: pathLengthM(closed), areaM2: state.points.length >= 3 ? polygonAreaM2(state.points) : null, points: state.points.length };
}

export type Lang = 'vi' | 'en';

const fmt = (lang: Lang, value: number, digits: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);

/**
 * A length in m below 1 km, else km (2 decimals below 100 km, 1 above).
 * @example formatLength(1234.5, 'vi') // '1,23 km'
 */
export function formatLength(metres: number, lang: Lang): string {
  if (metres < 1000) return `${fmt(lang, Math.round(metres), 0)} m`;
  const km = metres / 1000;
  return `${fmt(lang, km, km < 100 ? 2 : 1)} km`;
}

/**
 * An area in m² below 1 ha, ha below 1 km², else km².
 * @example formatArea(2_500_000, 'en') // '2.5 km²'
 */
export function formatArea(m2: number, lang: Lang): string {
  if (m2 < 10_000) return `${fmt(lang, Math.round(m2), 0)} m²`;
  if (m2 < 1_000_000) return `${fmt(lang, m2 / 10_000, 2)} ha`;
  const km2 = m2 / 1_000_000;
  return `${fmt(lang, km2, km2 < 100 ? 2 : 1)} km²`;
}

/** The one line to copy: "12,3 km" or "2,5 km² (chu vi 7,1 km)" — `perimeterWord` from the catalog. */
export function formatMeasure(r: MeasureResult, lang: Lang, perimeterWord: string): string {
  if (r.mode === 'distance') return formatLength(r.lengthM, lang);
  if (r.areaM2 === null) return '';
  return `${formatArea(r.areaM2, lang)} (${perimeterWord} ${formatLength(r.lengthM, lang)})`;
}
