// A deck file carries the planner's own layers and tables its slides use, so it opens complete in
// another browser; reading one back validates them like any imported file and merges them with
// what is already there (same item: kept once; same id or name, other content: a suffix).
import * as v from 'valibot';
import type { SavedFigureSet } from '../import/store';
import type { ImportedLayer, ImportFormat } from '../import/types';
import { MAX_FILE_BYTES } from '../import/limits';
import { validateDeck } from './schema';
import { YEAR_RANGE, type Deck, type ThemeId } from './types';

/** A deck file with embedded data may be as large as an imported file (the deck itself stays under MAX_DECK_BYTES). */
export const MAX_DECK_FILE_BYTES = MAX_FILE_BYTES;

export interface EmbeddedData {
  layers: ImportedLayer[];
  tables: SavedFigureSet[];
}

/** The deck file: the deck, and (only when slides use some) the user's layers and tables. */
export type DeckFile = Deck & { embedded?: EmbeddedData };

const USER_THEME = 'user:';

/**
 * Ids of the user layers (shown on some slide) and tables (some slide's theme) a deck uses.
 * @example usedUserData(deck).tables // Set { 't1' }
 */
export function usedUserData(deck: Deck): { layers: Set<string>; tables: Set<string> } {
  const layers = new Set<string>();
  const tables = new Set<string>();
  for (const s of deck.slides) {
    for (const id of s.view.userLayers ?? []) layers.add(id);
    if (s.view.theme.id.startsWith(USER_THEME)) tables.add(s.view.theme.id.slice(USER_THEME.length));
  }
  return { layers, tables };
}

/** The deck file's text: the deck with the layers and tables its slides use (none: no `embedded`). */
export function serialiseDeckFile(deck: Deck, layers: readonly ImportedLayer[], tables: readonly SavedFigureSet[]): string {
  const used = usedUserData(deck);
  const embedded: EmbeddedData = { layers: layers.filter((l) => used.layers.has(l.id)), tables: tables.filter((t) => used.tables.has(t.id)) };
  const file: DeckFile = embedded.layers.length || embedded.tables.length ? { ...deck, embedded } : deck;
  return JSON.stringify(file, null, 2);
}

// --- Reading: every embedded item is checked before anything is kept. ---

const FORMATS: ImportFormat[] = ['geojson', 'kml', 'kmz', 'gpx', 'csv', 'shapefile', 'xlsx'];
const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const finite = v.pipe(v.number(), v.finite());

const isCoordinates = (c: unknown, depth: number): boolean =>
  Array.isArray(c) &&
  (depth === 0 ? c.length >= 2 && c.every((x) => typeof x === 'number' && Number.isFinite(x)) : c.every((x) => isCoordinates(x, depth - 1)));
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
const isPlain = (p: unknown) =>
  p === null ||
  (typeof p === 'object' && !Array.isArray(p) && Object.values(p as object).every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)));

/** A WGS-84 FeatureCollection as the import makes it: known geometry types, numeric coordinates, plain-text properties. */
function isFeatureCollection(value: unknown): boolean {
  const fc = value as { type?: unknown; features?: unknown };
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return false;
  return fc.features.every((f: { type?: unknown; geometry?: { type?: unknown; coordinates?: unknown } | null; properties?: unknown }) => {
    if (!f || f.type !== 'Feature' || !isPlain(f.properties ?? null)) return false;
    const g = f.geometry;
    return !!g && typeof g.type === 'string' && GEOMETRY_TYPES.has(g.type) && isCoordinates(g.coordinates, DEPTH[g.type]!);
  });
}

const LayerSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  name: text(300),
  file: text(300),
  format: v.picklist(FORMATS),
  sourceCrs: text(40),
  data: v.custom<ImportedLayer['data']>(isFeatureCollection, 'not a FeatureCollection of plain features'),
  bbox: v.tuple([finite, finite, finite, finite]),
  attributes: v.pipe(v.array(text(200)), v.maxLength(500)),
  importedAt: text(40),
});

const TableSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,40}$/)),
  savedAt: text(40),
  unitLevel: v.picklist(['unit2025', 'district2020']),
  values: v.record(text(10), finite),
  label: text(300),
  unit: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  year: v.pipe(v.number(), v.integer(), v.minValue(YEAR_RANGE[0]), v.maxValue(YEAR_RANGE[1])),
  source: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  file: text(300),
  matched: v.array(v.object({ row: finite, key: text(500), code: text(10), via: v.picklist(['code', 'name', 'formerName', 'formerCode', 'chosen']) })),
  unmatched: v.array(
    v.object({
      row: finite,
      key: text(500),
      reason: v.picklist(['notFound', 'ambiguous', 'splitFormerCommune', 'duplicate', 'noValue', 'otherLevel']),
      candidates: v.optional(v.array(text(300))),
    }),
  ),
});

const EmbeddedSchema = v.object({ layers: v.pipe(v.array(LayerSchema), v.maxLength(50)), tables: v.pipe(v.array(TableSchema), v.maxLength(50)) });

export type DeckFileResult = { ok: true; deck: Deck; embedded: EmbeddedData } | { ok: false; error: string };

/** Reads a deck file's text: size, JSON, the deck's schema, then the embedded layers and tables. */
export function parseDeckFile(text: string): DeckFileResult {
  if (text.length > MAX_DECK_FILE_BYTES) return { ok: false, error: `the file is larger than ${MAX_DECK_FILE_BYTES / 2 ** 20} MB` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `not valid JSON (${(err as Error).message})` };
  }
  const { embedded, ...rest } = (value && typeof value === 'object' ? value : {}) as { embedded?: unknown };
  const deck = validateDeck(value && typeof value === 'object' ? rest : value);
  if (!deck.ok) return deck;
  if (embedded === undefined) return { ok: true, deck: deck.deck, embedded: { layers: [], tables: [] } };
  const data = v.safeParse(EmbeddedSchema, embedded, { abortPipeEarly: true });
  if (!data.success) {
    const issue = data.issues[0]!;
    const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
    return { ok: false, error: `embedded${path}: ${issue.message}` };
  }
  return { ok: true, deck: deck.deck, embedded: data.output as EmbeddedData };
}

/** The first "base", "base (2)", "base (3)"… that `taken` does not hold. */
function free(base: string, taken: Set<string>, format: (base: string, n: number) => string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(format(base, n))) return format(base, n);
}
const named = (base: string, n: number) => `${base} (${n})`;
const suffixed = (base: string, n: number) => `${base.slice(0, 36)}-${n}`;

export interface Merged {
  /** The deck with its slides pointing at the ids the data is kept under. */
  deck: Deck;
  /** Layers and tables to add (the ones already there are not repeated). */
  layers: ImportedLayer[];
  tables: SavedFigureSet[];
}

/**
 * Merges a deck file's layers and tables with the ones kept here: the same item (same id and
 * time) is kept once; another item with a taken id gets a new id, with a taken name a suffix
 * ("Khu A (2)"); the deck's slides follow the new ids.
 * @example mergeEmbedded(deck, { layers: [a], tables: [] }, { layers: [a], tables: [] }).layers // []
 */
export function mergeEmbedded(deck: Deck, embedded: EmbeddedData, existing: EmbeddedData): Merged {
  const layerIds = new Set(existing.layers.map((l) => l.id));
  const layerNames = new Set(existing.layers.map((l) => l.name));
  const layerMap = new Map<string, string>();
  const layers: ImportedLayer[] = [];
  for (const l of embedded.layers) {
    const same = existing.layers.find((x) => x.id === l.id && x.importedAt === l.importedAt && x.data.features.length === l.data.features.length);
    if (same) continue;
    const id = free(l.id, layerIds, suffixed);
    const name = free(l.name, layerNames, named);
    layerIds.add(id);
    layerNames.add(name);
    if (id !== l.id) layerMap.set(l.id, id);
    layers.push({ ...l, id, name });
  }
  const tableIds = new Set(existing.tables.map((t) => t.id));
  const tableLabels = new Set(existing.tables.map((t) => `${t.label}\u0000${t.year}`));
  const tableMap = new Map<string, string>();
  const tables: SavedFigureSet[] = [];
  for (const t of embedded.tables) {
    const same = existing.tables.find((x) => x.id === t.id && x.savedAt === t.savedAt);
    if (same) continue;
    const id = free(t.id, tableIds, suffixed);
    let label = t.label;
    for (let n = 2; tableLabels.has(`${label}\u0000${t.year}`); n++) label = named(t.label, n);
    tableIds.add(id);
    tableLabels.add(`${label}\u0000${t.year}`);
    if (id !== t.id) tableMap.set(t.id, id);
    tables.push({ ...t, id, label });
  }
  const slides = deck.slides.map((s) => {
    const theme = s.view.theme.id;
    const table = theme.startsWith(USER_THEME) ? tableMap.get(theme.slice(USER_THEME.length)) : undefined;
    const userLayers = s.view.userLayers?.map((id) => layerMap.get(id) ?? id);
    if (!table && !s.view.userLayers?.some((id) => layerMap.has(id))) return s;
    return {
      ...s,
      view: {
        ...s.view,
        theme: table ? { ...s.view.theme, id: `${USER_THEME}${table}` as ThemeId } : s.view.theme,
        ...(userLayers ? { userLayers } : {}),
      },
    };
  });
  return { deck: { ...deck, slides }, layers, tables };
}
