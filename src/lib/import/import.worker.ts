// The import worker: reads, reprojects and validates off the main thread (no long task while importing).
import { importBytes } from './import-core';
import { openImportStore, StoreError, type ImportStore } from './store';
import type { ImportOptions, ImportResult } from './types';

export interface ImportRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
  options: ImportOptions;
}

/**
 * The result as UTF-8 JSON in transferred buffers: a layer's features travel in chunks that the
 * main thread parses one task at a time (structured-cloning 10,000 features' coordinate arrays,
 * or one JSON.parse of all of them, would be one long task).
 */
export interface ImportResponse {
  id: number;
  /** The result; for a layer, with an empty feature list. */
  json: ArrayBuffer;
  /** A layer's features, FEATURES_PER_CHUNK at a time, each a JSON array. */
  chunks: ArrayBuffer[];
}

export const FEATURES_PER_CHUNK = 1000;

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).buffer as ArrayBuffer;

/** Splits a result into the message the worker posts. */
export function encodeResponse(id: number, result: ImportResult): ImportResponse {
  if (result.kind !== 'layer') return { id, json: encode(result), chunks: [] };
  const features = result.layer.data.features;
  const chunks: ArrayBuffer[] = [];
  for (let i = 0; i < features.length; i += FEATURES_PER_CHUNK) chunks.push(encode(features.slice(i, i + FEATURES_PER_CHUNK)));
  const head = { ...result, layer: { ...result.layer, data: { ...result.layer.data, features: [] } } };
  return { id, json: encode(head), chunks };
}

let store: Promise<ImportStore> | null = null;

/** The layer written to IndexedDB here, off the main thread; undefined when the worker has no IndexedDB (the page then writes). */
async function save(layer: Extract<ImportResult, { kind: 'layer' }>['layer']): Promise<'saved' | 'full' | 'failed' | undefined> {
  store ??= openImportStore();
  const s = await store;
  if (s.backend !== 'indexeddb') return undefined;
  try {
    await s.putLayer(layer);
    return 'saved';
  } catch (e) {
    return e instanceof StoreError ? e.reason : 'failed';
  }
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, file, bytes, options } = e.data;
  let result: ImportResult;
  try {
    result = await importBytes(file, new Uint8Array(bytes), options);
    if (result.kind === 'layer' && options.save) {
      const stored = await save(result.layer);
      if (stored) result = { ...result, stored };
    }
  } catch (err) {
    result = { kind: 'error', issues: [{ code: 'malformed', file, detail: (err as Error)?.message ?? String(err) }] };
  }
  const response = encodeResponse(id, result);
  (self as unknown as Worker).postMessage(response, [response.json, ...response.chunks]);
};
