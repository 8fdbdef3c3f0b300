// The planner's own layers: importing a file (questions and messages included), the list with its
// styling, and keeping the layers in IndexedDB (src/lib/import/store.ts) across reloads.
import type { ImportedLayer, ImportIssue, ImportOptions, ImportResult } from '../import/types';
import type { ImportStore } from '../import/store';
import { hasCoordinateNames } from '../import/columns';
import { numericColumns } from '../import/number-format';
import { userTables } from './user-tables.svelte';

/** Colours offered to imported layers, in order (ColorBrewer Dark2; distinct from the themes' fills). */
export const USER_LAYER_COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'] as const;

export interface UserLayer {
  layer: ImportedLayer;
  visible: boolean;
  colour: string;
  /** Colour by this attribute (a legend lists its values), or null for one colour. */
  colourBy: string | null;
}

/** A question the import waits on: which coordinate system, or which lon/lat columns. */
export type ImportQuestion =
  { file: File; result: Extract<ImportResult, { kind: 'needsProjection' }> } | { file: File; result: Extract<ImportResult, { kind: 'needsColumns' }> };

const STYLE_KEY = 'qn-map.user-layer-style';

function readStyles(): Record<string, { visible: boolean; colour: string; colourBy?: string | null }> {
  try {
    return JSON.parse(localStorage.getItem(STYLE_KEY) ?? '{}') as Record<string, { visible: boolean; colour: string; colourBy?: string | null }>;
  } catch {
    return {};
  }
}

const validAttribute = (layer: ImportedLayer, name: string | null | undefined) => (name && layer.attributes.includes(name) ? name : null);

export class UserLayersState {
  /** Imported layers, oldest first. Replaced, never mutated (the map compares by identity). */
  list = $state.raw<UserLayer[]>([]);
  /** Where layers are kept: 'memory' means a reload loses them (said in the UI). */
  backend = $state<'indexeddb' | 'memory' | null>(null);
  /** The file being read, or null. */
  busy = $state<string | null>(null);
  question = $state.raw<ImportQuestion | null>(null);
  /** Messages of the last import (errors and warnings), as plain data for issueText. */
  issues = $state.raw<ImportIssue[]>([]);
  /** Saving failed: the layer is on the map for this page only. */
  saveFailed = $state<'full' | 'failed' | null>(null);
  #store: Promise<ImportStore> | null = null;
  #queue: File[] = [];

  #openStore(): Promise<ImportStore> {
    this.#store ??= import('../import/store')
      .then((m) => m.openImportStore())
      .then((s) => {
        this.backend = s.backend;
        return s;
      });
    return this.#store;
  }

  /** Loads the layers and tables kept from earlier visits (once, at start). */
  async init() {
    void userTables.init();
    const store = await this.#openStore();
    const saved = await store.listLayers().catch(() => [] as ImportedLayer[]);
    const styles = readStyles();
    const known = new Set(this.list.map((l) => l.layer.id));
    const restored = saved
      .filter((l) => !known.has(l.id))
      .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
      .map((layer, i) => ({
        layer,
        visible: styles[layer.id]?.visible ?? true,
        colour: styles[layer.id]?.colour ?? USER_LAYER_COLOURS[i % USER_LAYER_COLOURS.length]!,
        colourBy: validAttribute(layer, styles[layer.id]?.colourBy),
      }));
    if (restored.length) this.list = [...restored, ...this.list];
  }

  /** Imports files one after another (a drop may carry several). */
  async importFiles(files: Iterable<File>) {
    this.#queue.push(...files);
    if (this.busy || this.question) return;
    this.issues = [];
    await this.#next();
  }

  async #next() {
    const file = this.#queue.shift();
    if (!file) return;
    await this.#run(file, {});
  }

  async #run(file: File, options: ImportOptions) {
    this.busy = file.name;
    let result: ImportResult;
    try {
      const { importFile } = await import('../import/import-file');
      result = await importFile(file, { ...options, as: 'layer', save: true });
    } catch (e) {
      result = { kind: 'error', issues: [{ code: 'malformed', file: file.name, detail: (e as Error).message }] };
    }
    // A table without coordinate columns is a table of figures per unit: read it as a table and ask.
    if (result.kind === 'needsColumns' && !options.columns && !hasCoordinateNames(result.columns)) {
      this.busy = null;
      await this.#askTable(file);
      return this.#next();
    }
    this.busy = null;
    if (result.kind === 'needsProjection' || result.kind === 'needsColumns') {
      this.question = { file, result } as ImportQuestion;
      return;
    }
    if (result.kind === 'error') this.issues = [...this.issues, ...result.issues];
    else if (result.kind === 'layer') {
      this.issues = [...this.issues, ...result.warnings];
      await this.#add(result.layer, result.stored);
    }
    await this.#next();
  }

  /** Reads a file as a table of figures; one without a column of numbers is said, not offered. */
  async #askTable(file: File) {
    this.busy = file.name;
    try {
      const { importFile } = await import('../import/import-file');
      const result = await importFile(file, { as: 'table' });
      if (result.kind === 'error') this.issues = [...this.issues, ...result.issues];
      else if (result.kind === 'table') {
        if (!result.table.rows.length) this.issues = [...this.issues, { code: 'empty', file: file.name }];
        else if (!numericColumns(result.table.columns, result.table.rows).length) this.issues = [...this.issues, { code: 'noFigures', file: file.name }];
        else userTables.ask(result.table);
      }
    } catch (e) {
      this.issues = [...this.issues, { code: 'malformed', file: file.name, detail: (e as Error).message }];
    }
    this.busy = null;
  }

  /** The user's answer to the pending question; null cancels that file. */
  async answer(options: Pick<ImportOptions, 'crs' | 'columns'> | null) {
    const q = this.question;
    this.question = null;
    if (!q) return;
    if (options) await this.#run(q.file, options);
    else await this.#next();
  }

  /** `stored`: the import worker's own write (none: written here). */
  async #add(layer: ImportedLayer, stored?: 'saved' | 'full' | 'failed') {
    const colour = USER_LAYER_COLOURS[this.list.length % USER_LAYER_COLOURS.length]!;
    this.list = [...this.list, { layer, visible: true, colour, colourBy: null }];
    this.#saveStyles();
    this.saveFailed = stored === 'full' || stored === 'failed' ? stored : null;
    if (stored) return;
    try {
      await (await this.#openStore()).putLayer(layer);
    } catch (e) {
      this.saveFailed = (e as { reason?: 'full' | 'failed' }).reason ?? 'failed';
    }
  }

  async remove(id: string) {
    // Stored first, then off the list: a reload right after never brings the layer back.
    await (await this.#openStore()).deleteLayer(id).catch(() => undefined);
    this.list = this.list.filter((l) => l.layer.id !== id);
    this.#saveStyles();
  }

  /** Ids of the layers shown (for slides: a deck embeds the layers its slides show). */
  shownIds = $derived(this.list.filter((l) => l.visible).map((l) => l.layer.id));

  /** Shows exactly these layers (a slide's), hides the others. */
  showOnly(ids: readonly string[]) {
    const want = new Set(ids);
    if (this.list.every((l) => l.visible === want.has(l.layer.id))) return;
    this.list = this.list.map((l) => ({ ...l, visible: want.has(l.layer.id) }));
    this.#saveStyles();
  }

  /** Layers from elsewhere (a deck file), already validated and given free ids: listed and stored. */
  async restore(layers: readonly ImportedLayer[]) {
    for (const layer of layers) await this.#add(layer);
  }

  setVisible(id: string, visible: boolean) {
    this.#update(id, { visible });
  }

  setColour(id: string, colour: string) {
    if (/^#[0-9a-f]{6}$/i.test(colour)) this.#update(id, { colour });
  }

  /** Colour by an attribute of the layer, or null for one colour. */
  setColourBy(id: string, attribute: string | null) {
    const l = this.list.find((x) => x.layer.id === id);
    if (l) this.#update(id, { colourBy: validAttribute(l.layer, attribute) });
  }

  #update(id: string, change: Partial<Pick<UserLayer, 'visible' | 'colour' | 'colourBy'>>) {
    this.list = this.list.map((l) => (l.layer.id === id ? { ...l, ...change } : l));
    this.#saveStyles();
  }

  #saveStyles() {
    try {
      localStorage.setItem(
        STYLE_KEY,
        JSON.stringify(Object.fromEntries(this.list.map((l) => [l.layer.id, { visible: l.visible, colour: l.colour, colourBy: l.colourBy }]))),
      );
    } catch {
      // Storage disabled: the styling lasts for this page only.
    }
  }
}

export const userLayers = new UserLayersState();
