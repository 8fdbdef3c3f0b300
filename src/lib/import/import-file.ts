// The main-thread entry: importFile(file, options) → layer | table | needsProjection | needsColumns | error.
// The size is checked before anything is read; parsing runs in one lazily started worker.
import { MAX_FILE_BYTES } from './limits';
import type { ImportRequest, ImportResponse } from './import.worker';
import type { ImportOptions, ImportResult } from './types';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { file: string; resolve: (r: ImportResult) => void }>();

const parse = (buf: ArrayBuffer): unknown => JSON.parse(new TextDecoder().decode(buf));
/** Lets other tasks (input, rendering) run between two chunks. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The worker's answer, parsed one chunk per task. */
export async function decodeResponse(r: ImportResponse): Promise<ImportResult> {
  const result = parse(r.json) as ImportResult;
  if (result.kind === 'layer') {
    for (const chunk of r.chunks) {
      await yieldToMain();
      for (const f of parse(chunk) as typeof result.layer.data.features) result.layer.data.features.push(f);
    }
  }
  return result;
}

async function getWorker(): Promise<Worker> {
  if (worker) return worker;
  // The worker module (and with it proj4, togeojson, papaparse, shpjs…) loads on the first import only.
  const { default: ImportWorker } = await import('./import.worker?worker');
  const w = new ImportWorker();
  w.onmessage = async (e: MessageEvent<ImportResponse>) => {
    const waiting = pending.get(e.data.id);
    pending.delete(e.data.id);
    waiting?.resolve(await decodeResponse(e.data));
  };
  w.onerror = (e) => {
    // A crashed worker fails every waiting import with a message, and is replaced next time.
    for (const { file, resolve } of pending.values())
      resolve({ kind: 'error', issues: [{ code: 'malformed', file, detail: e.message || 'import worker failed' }] });
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
    pending.set(id, { file: file.name, resolve });
    w.postMessage({ id, file: file.name, bytes, options } satisfies ImportRequest, [bytes]);
  });
}

/** Stops the worker (tests, teardown); the next import starts a new one. */
export function stopImportWorker(): void {
  worker?.terminate();
  worker = null;
  for (const { file, resolve } of pending.values()) resolve({ kind: 'error', issues: [{ code: 'malformed', file, detail: 'import stopped' }] });
  pending.clear();
}
