// A map view and a slide as plain data: what the presenter saves, the URL carries and decks store.
import type { ClassMethod } from '../geo/classify';
import type { Filter } from '../geo/filter-types';
import type { FeatureRef } from '../state/selection.svelte';
import type { ThemeId } from '../state/theme.svelte';
import type { AdminVersion, ToggleLayer } from '../state/view.svelte';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface ThemeSetting {
  id: ThemeId;
  year: number | null;
  method: ClassMethod;
  classes: number;
}

/** Everything that decides what the map shows. `camera: null` means "the whole province". */
export interface MapViewState {
  camera: Camera | null;
  adminVersion: AdminVersion;
  layers: Record<ToggleLayer, boolean>;
  theme: ThemeSetting;
  filters: Filter[];
  selected: FeatureRef | null;
}

/** A published figure the slide shows with its unit, year and source (looked up in facts.json). */
export interface FigureRef {
  level: 'province' | 'district';
  code: string;
  indicator: string;
  year: number;
  /** Start of the fact's note, when several facts share indicator and year. */
  note?: string;
}

export interface Slide {
  id: string;
  title: string;
  caption: string;
  notes: string;
  view: MapViewState;
  /** Ids from sources.json for statements in the caption. */
  sources: string[];
  figures: FigureRef[];
}

/** A theme id as links and decks write it. */
export const THEME_ID_PATTERN = /^(none|ntm|indicator:[a-z0-9_]{1,40})$/;
/** The years a theme may name. */
export const YEAR_RANGE = [1990, 2100] as const;

export const DECK_FORMAT = 'qn-map-deck';
export const DECK_VERSION = 1;

export interface Deck {
  format: typeof DECK_FORMAT;
  version: typeof DECK_VERSION;
  title: string;
  slides: Slide[];
}

export const DEFAULT_LAYERS: Record<ToggleLayer, boolean> = { zones: true, labels: true, context: true, sites: true };

export const defaultView = (): MapViewState => ({
  camera: null,
  adminVersion: '2025',
  layers: { ...DEFAULT_LAYERS },
  theme: { id: 'none', year: null, method: 'quantile', classes: 5 },
  filters: [],
  selected: null,
});
