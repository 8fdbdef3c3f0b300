// The planner's own tables of figures per unit: tables waiting for the join dialog, and the joined
// figure sets (each a theme "user:<id>"), kept in IndexedDB (src/lib/import/store.ts) across reloads.
import type { ImportStore, SavedFigureSet } from '../import/store';
import type { FigureSet } from '../import/table-join';
import type { ImportedTable } from '../import/types';
import { theme } from './theme.svelte';

/** A new figure set's id: short, and valid in a theme id (`user:[a-z0-9_-]{1,40}`). */
export const newTableId = (now = Date.now(), random = Math.random()) => `t${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36)}`;

export class UserTablesState {
  /** Joined figure sets, oldest first. Replaced, never mutated. */
  list = $state.raw<SavedFigureSet[]>([]);
  /** Tables read from files, waiting for the user to say which columns, unit, year and source (first one asked). */
  pending = $state.raw<ImportedTable[]>([]);
  /** Saving failed: the theme lasts for this page only. */
  saveFailed = $state<'full' | 'failed' | null>(null);
  /** The table a link's theme names that this browser does not hold (said on screen, never a blank theme). */
  missingFromLink = $state<string | null>(null);
  #store: Promise<ImportStore> | null = null;

  #openStore(): Promise<ImportStore> {
    this.#store ??= import('../import/store').then((m) => m.openImportStore());
    return this.#store;
  }

  /** Loads the figure sets kept from earlier visits (once, at start). */
  async init() {
    const saved = await (await this.#openStore()).listTables().catch(() => [] as SavedFigureSet[]);
    const known = new Set(this.list.map((s) => s.id));
    const restored = saved.filter((s) => !known.has(s.id));
    if (restored.length) this.list = [...restored, ...this.list];
    if (theme.user && !this.byId(theme.user)) this.missingFromLink = theme.user;
  }

  byId(id: string | null): SavedFigureSet | null {
    return id === null ? null : (this.list.find((s) => s.id === id) ?? null);
  }

  ask(table: ImportedTable) {
    this.pending = [...this.pending, table];
  }

  /** Closes the dialog of the first pending table (cancelled or done). */
  dismiss() {
    this.pending = this.pending.slice(1);
  }

  /** Keeps a joined figure set (the theme list shows it at once) and shows it on the map. */
  async add(set: FigureSet, id = newTableId()): Promise<SavedFigureSet> {
    const saved: SavedFigureSet = { ...set, id, savedAt: new Date().toISOString() };
    this.list = [...this.list, saved];
    this.saveFailed = null;
    try {
      await (await this.#openStore()).putTable(saved);
    } catch (e) {
      this.saveFailed = (e as { reason?: 'full' | 'failed' }).reason ?? 'failed';
    }
    return saved;
  }

  /** Stored sets restored from elsewhere (a deck file): kept as they are. */
  async restore(sets: SavedFigureSet[]) {
    const known = new Set(this.list.map((s) => s.id));
    const fresh = sets.filter((s) => !known.has(s.id));
    if (!fresh.length) return;
    this.list = [...this.list, ...fresh];
    const store = await this.#openStore();
    for (const s of fresh) await store.putTable(s).catch(() => undefined);
  }

  async remove(id: string) {
    // Stored first, then off the list: a reload right after never brings the table back.
    await (await this.#openStore()).deleteTable(id).catch(() => undefined);
    if (theme.theme === `user:${id}`) theme.choose('none');
    this.list = this.list.filter((s) => s.id !== id);
  }
}

export const userTables = new UserTablesState();
