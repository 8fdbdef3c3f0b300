// The main-thread entry: importFile(file, options) → layer | table | needsProjection | needsColumns | error.
// The size is checked before anything is read; parsing runs in one lazily started worker.
import { MAX_FILE_BYTES } from './limits';
import type { ImportRequest, ImportResponse } from './import.worker';
import type { ImportOptions, ImportResult } from './types';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: ImportResult) => void>();

/** The worker's answer, parsed. */
export function decodeResponse(r: ImportResponse): ImportResult {
  return JSON.parse(new TextDecoder().decode(r.json)) as ImportResult;
}

async function getWorker(): Promise<Worker> {
  if (worker) return worker;
  // The worker module (and with it proj4, togeojson, papaparse, shpjs…) loads on the first import only.
  const { default: ImportWorker } = await import('./import.worker?worker');
  const w = new ImportWorker();
  w.onmessage = (e: MessageEvent<ImportResponse>) => {
    pending.get(e.data.id)?.(decodeResponse(e.data));
    pending.delete(e.data.id);
  };
  w.onerror = (e) => {
    // A crashed worker fails every waiting import with a message, and is replaced next time.
    for (const resolve of pending.values()) resolve({ kind: 'error', issues: [{ code: 'malformed', file: '', detail: e.message || 'import worker failed' }] });
    pending.clear();
    w.terminate();
    if (worker === w) worker = null;
  };
  worker = w;
  return w;
}

/**
 * Imports a file the user dropped or picked. Answer a needsProjection / needsColumns result by
 * calling again with `options.crs` / `options.columns`.
 * @example const r = await importFile(file); if (r.kind === 'needsProjection') await importFile(file, { crs: r.choices[0].id });
 */
export async function importFile(file: File, options: ImportOptions = {}): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'error', issues: [{ code: 'tooLarge', file: file.name, detail: `${Math.ceil(file.size / 2 ** 20)} MB` }] };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (e) {
    return { kind: 'error', issues: [{ code: 'malformed', file: file.name, detail: (e as Error).message }] };
  }
  const w = await getWorker();
  const id = nextId++;
  return new Promise<ImportResult>((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, file: file.name, bytes, options } satisfies ImportRequest, [bytes]);
  });
}

/** Stops the worker (tests, teardown); the next import starts a new one. */
export function stopImportWorker(): void {
  worker?.terminate();
  worker = null;
  for (const resolve of pending.values()) resolve({ kind: 'error', issues: [{ code: 'malformed', file: '', detail: 'import stopped' }] });
  pending.clear();
}
