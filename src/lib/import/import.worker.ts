// The import worker: reads, reprojects and validates off the main thread (no long task while importing).
import { importBytes } from './import-core';
import type { ImportOptions, ImportResult } from './types';

export interface ImportRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
  options: ImportOptions;
}

/** The result as UTF-8 JSON in a transferred buffer: one JSON.parse on the main thread is much
 * cheaper than structured-cloning 10,000 features' nested coordinate arrays. */
export interface ImportResponse {
  id: number;
  json: ArrayBuffer;
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, file, bytes, options } = e.data;
  let result: ImportResult;
  try {
    result = await importBytes(file, new Uint8Array(bytes), options);
  } catch (err) {
    result = { kind: 'error', issues: [{ code: 'malformed', file, detail: (err as Error)?.message ?? String(err) }] };
  }
  const json = new TextEncoder().encode(JSON.stringify(result)).buffer as ArrayBuffer;
  (self as unknown as Worker).postMessage({ id, json } satisfies ImportResponse, [json]);
};
