// The deck file's schema (valibot): a file is read only after it passed, and every problem is
// reported with where it is ("slides[2].view.camera.zoom: …"), so a person can fix the file.
import * as v from 'valibot';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES } from '../geo/classify';
import type { Filter } from '../geo/filter-types';
import { MAX_FILTERS, isFilter } from './url-filters';
import {
  ADMIN_VERSIONS,
  COMPARE_SPLIT_RANGE,
  DECK_FORMAT,
  DECK_VERSION,
  FEATURE_KINDS,
  MAX_MEASURE_POINTS,
  MEASURE_MODES,
  THEME_ID_PATTERN,
  TOGGLE_LAYERS,
  YEAR_RANGE,
  themeFitsVersion,
  type Deck,
  type ThemeId,
  type ToggleLayer,
} from './types';

/** Files above this size are refused before they are read. */
export const MAX_DECK_BYTES = 2_000_000;
export const MAX_SLIDES = 200;
export const LIMITS = { title: 200, caption: 2_000, notes: 10_000 } as const;

const finite = v.pipe(v.number(), v.finite());
const between = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
const code = v.pipe(v.string(), v.maxLength(40));

export const CameraSchema = v.strictObject({
  center: v.tuple([between(-180, 180), between(-85, 85)]),
  zoom: between(0, 24),
  bearing: between(-360, 360),
  pitch: between(0, 85),
});

const ThemeIdSchema = v.pipe(
  v.string(),
  v.regex(THEME_ID_PATTERN, 'expected "none", "ntm", "indicator:<id>" or "user:<id>"'),
  v.transform((id) => id as ThemeId),
);

export const ThemeSchema = v.strictObject({
  id: ThemeIdSchema,
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(YEAR_RANGE[0]), v.maxValue(YEAR_RANGE[1]))),
  method: v.picklist(CLASS_METHODS),
  classes: v.pipe(v.number(), v.integer(), v.minValue(MIN_CLASSES), v.maxValue(MAX_CLASSES)),
});

const LayersSchema = v.strictObject(Object.fromEntries(TOGGLE_LAYERS.map((l) => [l, v.boolean()])) as Record<ToggleLayer, v.BooleanSchema<undefined>>);

/** A measurement shown on the map: its mode and points ([lon, lat]). */
export const MeasureSchema = v.strictObject({
  mode: v.picklist(MEASURE_MODES),
  points: v.pipe(v.array(v.tuple([between(-180, 180), between(-90, 90)])), v.maxLength(MAX_MEASURE_POINTS)),
});

/** The compare view's right side and divider (types.ts, `CompareSetting`). */
export const CompareSchema = v.pipe(
  v.strictObject({
    adminVersion: v.picklist(ADMIN_VERSIONS),
    theme: ThemeSchema,
    split: between(COMPARE_SPLIT_RANGE[0], COMPARE_SPLIT_RANGE[1]),
  }),
  v.check((c) => themeFitsVersion(c.theme.id, c.adminVersion), 'NTM is drawn on the 2025 units and indicators on the 2020–2025 districts'),
);

export const ViewSchema = v.strictObject({
  camera: v.nullable(CameraSchema),
  adminVersion: v.picklist(ADMIN_VERSIONS),
  layers: LayersSchema,
  theme: ThemeSchema,
  filters: v.pipe(v.array(v.custom<Filter>(isFilter, 'not a valid filter')), v.maxLength(MAX_FILTERS)),
  selected: v.nullable(v.strictObject({ kind: v.picklist(FEATURE_KINDS), code })),
  // Optional: decks saved before the measure tool have no such field.
  measure: v.optional(v.nullable(MeasureSchema)),
  // Optional: the user's own layers shown (by id; a deck file embeds them, src/lib/deck/embed.ts).
  userLayers: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(300))), v.maxLength(50))),
  // Optional: decks saved before the compare view have no such field.
  compare: v.optional(v.nullable(CompareSchema)),
});

export const FigureSchema = v.strictObject({
  level: v.picklist(['province', 'district']),
  code,
  indicator: code,
  year: v.pipe(finite, v.integer()),
  note: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export const SlideSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  caption: v.pipe(v.string(), v.maxLength(LIMITS.caption)),
  notes: v.pipe(v.string(), v.maxLength(LIMITS.notes)),
  view: ViewSchema,
  sources: v.pipe(v.array(code), v.maxLength(20)),
  figures: v.pipe(v.array(FigureSchema), v.maxLength(12)),
});

export const DeckSchema = v.strictObject({
  format: v.literal(DECK_FORMAT),
  version: v.literal(DECK_VERSION),
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  slides: v.pipe(v.array(SlideSchema), v.maxLength(MAX_SLIDES)),
});

export type DeckResult = { ok: true; deck: Deck } | { ok: false; error: string };

/** "slides[2].view.camera.zoom" from a valibot issue path. */
function where(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || 'the file';
}

/** Checks a parsed value against the deck schema; the slides' ids must also be unique. */
export function validateDeck(value: unknown): DeckResult {
  const probe = value as { format?: unknown; version?: unknown } | null;
  if (probe && typeof probe === 'object' && probe.format === DECK_FORMAT && probe.version !== DECK_VERSION) {
    return { ok: false, error: `version: this app reads deck version ${DECK_VERSION}, the file has ${JSON.stringify(probe.version)}` };
  }
  const result = v.safeParse(DeckSchema, value, { abortPipeEarly: true });
  if (!result.success) {
    const shown = result.issues.slice(0, 3).map((i) => `${where(i)}: ${i.message}`);
    const more = result.issues.length > 3 ? ` (and ${result.issues.length - 3} more)` : '';
    return { ok: false, error: shown.join('; ') + more };
  }
  const deck: Deck = result.output;
  const seen = new Set<string>();
  for (const [i, s] of deck.slides.entries()) {
    if (seen.has(s.id)) return { ok: false, error: `slides[${i}].id: "${s.id}" is used by an earlier slide` };
    seen.add(s.id);
  }
  return { ok: true, deck };
}

/** Reads a deck file's text: size, JSON, then schema. */
export function parseDeck(text: string): DeckResult {
  if (text.length > MAX_DECK_BYTES) return { ok: false, error: `the file is larger than ${MAX_DECK_BYTES / 1_000_000} MB` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not valid JSON (${(err as Error).message})` };
  }
  return validateDeck(value);
}

export const serialiseDeck = (deck: Deck): string => JSON.stringify(deck, null, 2);
