// A map view and a slide as plain data: what the presenter saves, the URL carries and decks store.
import type { CameraSchema, CompareSchema, DeckSchema, FigureSchema, SlideSchema, ThemeSchema, ViewSchema } from './schema';
import type { InferOutput } from 'valibot';

// Each list below is declared once; the types, the schema, the link parser and the UI read it.

/** The two administrative versions: 54 units since 1 July 2025, or 13 districts of 2020–2025. */
export const ADMIN_VERSIONS = ['2025', '2020'] as const;
export type AdminVersion = (typeof ADMIN_VERSIONS)[number];
/** Optional layers a person can switch on and off. */
export const TOGGLE_LAYERS = ['zones', 'labels', 'context', 'sites'] as const;
export type ToggleLayer = (typeof TOGGLE_LAYERS)[number];
/**
 * What a selection or hover can point at. `user`: a feature of an imported layer, code
 * `<layer id>:<feature index>` (kept in this browser only: links and slides leave it out).
 */
export const FEATURE_KINDS = ['unit', 'district', 'mixed', 'zone', 'province', 'site', 'user'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** The measure tool's modes: a path's length, or a polygon's area (src/lib/geo/measure.ts). */
export const MEASURE_MODES = ['distance', 'area'] as const;
/** At most this many measuring points travel in a link or a slide. */
export const MAX_MEASURE_POINTS = 200;

/** A feature of the app by kind and code (a mixed area by its unit's code, without `mixed:`). */
export interface FeatureRef {
  kind: FeatureKind;
  code: string;
}

/** none, NTM on the 2025 units, an indicator (by id) on the 2020–2025 districts, or the user's own table (by id). */
export type ThemeId = 'none' | 'ntm' | `indicator:${string}` | `user:${string}`;

// The shapes below are inferred from the schema (schema.ts), so type and validation cannot drift.
export type Camera = InferOutput<typeof CameraSchema>;
export type ThemeSetting = InferOutput<typeof ThemeSchema>;
/**
 * Everything that decides what the map shows. `camera: null` means "the whole province";
 * `measure` absent (older decks) or null means no measurement.
 */
export type MapViewState = InferOutput<typeof ViewSchema>;
/**
 * The compare view (a swipe between two states of the map): the right side's administrative
 * version and theme (the left side is the view itself), and where the divider stands, in % of the
 * map's width from its left edge.
 */
export type CompareSetting = InferOutput<typeof CompareSchema>;
/** A published figure the slide shows with its unit, year and source (looked up in facts.json). */
export type FigureRef = InferOutput<typeof FigureSchema>;
/** A slide: title, caption, notes, the map view, ids from sources.json, and figures. */
export type Slide = InferOutput<typeof SlideSchema>;

/** A theme id as links and decks write it. */
export const THEME_ID_PATTERN = /^(none|ntm|indicator:[a-z0-9_]{1,40}|user:[a-z0-9_-]{1,40})$/;
/** Where the compare divider may stand, in % of the map's width. */
export const COMPARE_SPLIT_RANGE = [5, 95] as const;

/**
 * Whether a theme can be drawn on an administrative version: NTM on the 2025 units, an indicator on
 * the 2020–2025 districts, no theme on either.
 * @example themeFitsVersion('ntm', '2020') // false
 */
export function themeFitsVersion(theme: string, version: AdminVersion): boolean {
  if (theme === 'ntm') return version === '2025';
  if (theme.startsWith('indicator:')) return version === '2020';
  return true;
}

/** The years a theme may name. */
export const YEAR_RANGE = [1990, 2100] as const;

export const DECK_FORMAT = 'qn-map-deck';
export const DECK_VERSION = 1;

export type Deck = InferOutput<typeof DeckSchema>;

export const DEFAULT_LAYERS: Record<ToggleLayer, boolean> = { zones: true, labels: true, context: true, sites: true };

export const defaultView = (): MapViewState => ({
  camera: null,
  adminVersion: '2025',
  layers: { ...DEFAULT_LAYERS },
  theme: { id: 'none', year: null, method: 'quantile', classes: 5 },
  filters: [],
  selected: null,
});
