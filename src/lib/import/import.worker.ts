// The import worker: reads, reprojects and validates off the main thread (no long task while importing).
import { importBytes } from './import-core';
import type { ImportOptions, ImportResult } from './types';

export interface ImportRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
  options: ImportOptions;
}

export interface ImportResponse {
  id: number;
  result: ImportResult;
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, file, bytes, options } = e.data;
  let result: ImportResult;
  try {
    result = await importBytes(file, new Uint8Array(bytes), options);
  } catch (err) {
    result = { kind: 'error', issues: [{ code: 'malformed', file, detail: (err as Error)?.message ?? String(err) }] };
  }
  (self as unknown as Worker).postMessage({ id, result } satisfies ImportResponse);
};
