// Keeps imported layers and figure tables across reloads in IndexedDB; in memory when the
// browser offers no IndexedDB (private windows, blocked storage), so the session still works.
import type { FigureSet } from './table-join';
import type { ImportedLayer } from './types';

export interface SavedFigureSet extends FigureSet {
  id: string;
  savedAt: string;
}

export interface ImportStore {
  /** 'memory' means nothing survives a reload: the UI should say so. */
  readonly backend: 'indexeddb' | 'memory';
  putLayer(layer: ImportedLayer): Promise<void>;
  listLayers(): Promise<ImportedLayer[]>;
  deleteLayer(id: string): Promise<void>;
  putTable(table: SavedFigureSet): Promise<void>;
  listTables(): Promise<SavedFigureSet[]>;
  deleteTable(id: string): Promise<void>;
}

/** A write that failed; nothing stored before it is touched (each write is one transaction). */
export class StoreError extends Error {
  constructor(
    readonly reason: 'full' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const DB_NAME = 'qn-imports';
const DB_VERSION = 1;
const LAYERS = 'layers';
const TABLES = 'tables';

/** Memory backend: same contract, lost on reload. Values are cloned so callers cannot mutate the store. */
export function memoryStore(): ImportStore {
  const layers = new Map<string, ImportedLayer>();
  const tables = new Map<string, SavedFigureSet>();
  return {
    backend: 'memory',
    putLayer: async (l) => void layers.set(l.id, structuredClone(l)),
    listLayers: async () => [...layers.values()].map((l) => structuredClone(l)).sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
    deleteLayer: async (id) => void layers.delete(id),
    putTable: async (t) => void tables.set(t.id, structuredClone(t)),
    listTables: async () => [...tables.values()].map((t) => structuredClone(t)).sort((a, b) => a.savedAt.localeCompare(b.savedAt)),
    deleteTable: async (id) => void tables.delete(id),
  };
}

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(LAYERS)) db.createObjectStore(LAYERS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(TABLES)) db.createObjectStore(TABLES, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked'));
  });
}

function idbStore(db: IDBDatabase): ImportStore {
  const write = (store: string, op: (s: IDBObjectStore) => IDBRequest) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      op(tx.objectStore(store));
      tx.oncomplete = () => resolve();
      const fail = () => {
        const e = tx.error;
        reject(new StoreError(e?.name === 'QuotaExceededError' ? 'full' : 'failed', e?.message ?? 'write failed'));
      };
      tx.onerror = fail;
      tx.onabort = fail;
    });
  const all = <T>(store: string) => done<T[]>(db.transaction(store, 'readonly').objectStore(store).getAll());
  return {
    backend: 'indexeddb',
    putLayer: (l) => write(LAYERS, (s) => s.put(l)),
    listLayers: async () => (await all<ImportedLayer>(LAYERS)).sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
    deleteLayer: (id) => write(LAYERS, (s) => s.delete(id)),
    putTable: (t) => write(TABLES, (s) => s.put(t)),
    listTables: async () => (await all<SavedFigureSet>(TABLES)).sort((a, b) => a.savedAt.localeCompare(b.savedAt)),
    deleteTable: (id) => write(TABLES, (s) => s.delete(id)),
  };
}

/**
 * The store: IndexedDB when it opens, else memory.
 * @example const store = await openImportStore(); await store.putLayer(layer);
 */
export async function openImportStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<ImportStore> {
  if (!factory) return memoryStore();
  try {
    return idbStore(await openDb(factory));
  } catch {
    return memoryStore();
  }
}
