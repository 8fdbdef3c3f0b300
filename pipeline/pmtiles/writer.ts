// Writes a PMTiles v3 archive (spec: protomaps/PMTiles spec/v3/spec.md) into one byte array.
//
// Why our own: the `pmtiles` npm package only reads, and no maintained npm package writes a v3
// archive that MapLibre accepts. The writer is small, deterministic (same tiles in, same bytes
// out) and tested against the official reader in tests/unit/pmtiles-writer.test.ts.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/** Compression codes of the spec (header bytes 97 and 98). */
export const Compression = { None: 1, Gzip: 2 } as const;
/** Tile type codes of the spec (header byte 99). */
export const TileType = { Mvt: 1, Png: 2 } as const;

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes, already compressed as `tileCompression` says. */
  data: Uint8Array;
}

export interface WriterOptions {
  tileType: number;
  tileCompression: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** [lon, lat, zoom] the viewer opens at. */
  center: [number, number, number];
  /** Archive metadata (vector_layers, attribution, …), stored as gzipped JSON. */
  metadata: Record<string, unknown>;
  /** Largest root directory in bytes before entries move to leaf directories (spec: 16,257). */
  maxRootDirectoryBytes?: number;
}

export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  /** 0 for an entry that points at a leaf directory. */
  runLength: number;
}

const HEADER_BYTES = 127;
const SPEC_MAX_ROOT_BYTES = 16384 - HEADER_BYTES;

/** Appends `value` (an integer below 2^53) as an unsigned LEB128 varint. */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`);
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Serialises directory entries as the spec lays them out: ids as deltas, then runs, lengths, offsets. */
export function serializeDirectory(entries: DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry"; anything else is offset + 1.
    if (i > 0 && prev && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return Uint8Array.from(out);
}

function gzip(bytes: Uint8Array): Uint8Array {
  // Level and header are fixed so the archive is byte-identical from run to run.
  return new Uint8Array(gzipSync(bytes, { level: 9 }));
}

interface Directories {
  root: Uint8Array;
  leaves: Uint8Array;
}

/** Fits the entries in a root directory, or splits them into leaf directories until the root fits. */
export function buildDirectories(entries: DirectoryEntry[], maxRootBytes = SPEC_MAX_ROOT_BYTES): Directories {
  const root = gzip(serializeDirectory(entries));
  if (root.length <= maxRootBytes) return { root, leaves: new Uint8Array(0) };

  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: DirectoryEntry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = gzip(serializeDirectory(chunk));
      rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const rootBytes = gzip(serializeDirectory(rootEntries));
    if (rootBytes.length <= maxRootBytes) return { root: rootBytes, leaves: concat(leafParts) };
    if (leafSize > entries.length) throw new Error('PMTiles: root directory cannot be made small enough');
  }
}

/** Joins byte arrays end to end. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface TileData {
  entries: DirectoryEntry[];
  data: Uint8Array;
  addressed: number;
  contents: number;
}

/** Orders tiles by id, stores identical contents once and folds consecutive repeats into runs. */
function layoutTiles(tiles: Iterable<TileInput>): TileData {
  const byId = new Map<number, Uint8Array>();
  for (const t of tiles) {
    const id = zxyToTileId(t.z, t.x, t.y);
    if (byId.has(id)) throw new Error(`PMTiles: tile ${t.z}/${t.x}/${t.y} given twice`);
    if (t.data.length === 0) throw new Error(`PMTiles: tile ${t.z}/${t.x}/${t.y} is empty`);
    byId.set(id, t.data);
  }
  const ids = [...byId.keys()].sort((a, b) => a - b);
  const seen = new Map<string, { offset: number; length: number }>();
  const parts: Uint8Array[] = [];
  const entries: DirectoryEntry[] = [];
  let offset = 0;
  for (const id of ids) {
    const data = byId.get(id)!;
    const hash = createHash('sha256').update(data).digest('hex');
    let place = seen.get(hash);
    if (!place) {
      place = { offset, length: data.length };
      seen.set(hash, place);
      parts.push(data);
      offset += data.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === place.offset && last.tileId + last.runLength === id) {
      last.runLength += 1;
    } else {
      entries.push({ tileId: id, offset: place.offset, length: place.length, runLength: 1 });
    }
  }
  return { entries, data: concat(parts), addressed: ids.length, contents: seen.size };
}

function writeHeader(view: DataView, fields: Record<string, number>, options: WriterOptions): void {
  new TextEncoder().encodeInto('PMTiles', new Uint8Array(view.buffer, 0, 7));
  view.setUint8(7, 3);
  const u64 = [
    'rootOffset',
    'rootLength',
    'metadataOffset',
    'metadataLength',
    'leafOffset',
    'leafLength',
    'tileDataOffset',
    'tileDataLength',
    'addressed',
    'entries',
    'contents',
  ];
  u64.forEach((name, i) => view.setBigUint64(8 + i * 8, BigInt(fields[name]!), true));
  view.setUint8(96, 1); // clustered: tile data is in tile-id order
  view.setUint8(97, Compression.Gzip); // internal compression (directories, metadata)
  view.setUint8(98, options.tileCompression);
  view.setUint8(99, options.tileType);
  view.setUint8(100, options.minZoom);
  view.setUint8(101, options.maxZoom);
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [w, s, e, n] = options.bounds;
  view.setInt32(102, e7(w), true);
  view.setInt32(106, e7(s), true);
  view.setInt32(110, e7(e), true);
  view.setInt32(114, e7(n), true);
  const [lon, lat, zoom] = options.center;
  view.setUint8(118, zoom);
  view.setInt32(119, e7(lon), true);
  view.setInt32(123, e7(lat), true);
}

/**
 * Writes tiles into a PMTiles v3 archive.
 * @example writePmtiles([{ z: 0, x: 0, y: 0, data: gzippedMvt }], { tileType: TileType.Mvt, … })
 */
export function writePmtiles(tiles: Iterable<TileInput>, options: WriterOptions): Uint8Array {
  const { minZoom, maxZoom } = options;
  if (!(minZoom >= 0 && minZoom <= maxZoom && maxZoom <= 30)) {
    throw new RangeError(`PMTiles: bad zoom range ${minZoom}–${maxZoom}`);
  }
  const laid = layoutTiles(tiles);
  if (laid.addressed === 0) throw new Error('PMTiles: no tiles to write');
  const dirs = buildDirectories(laid.entries, options.maxRootDirectoryBytes ?? SPEC_MAX_ROOT_BYTES);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + dirs.root.length;
  const leafOffset = metadataOffset + metadata.length;
  const tileDataOffset = leafOffset + dirs.leaves.length;
  const total = tileDataOffset + laid.data.length;

  const out = new Uint8Array(total);
  writeHeader(
    new DataView(out.buffer),
    {
      rootOffset,
      rootLength: dirs.root.length,
      metadataOffset,
      metadataLength: metadata.length,
      leafOffset,
      leafLength: dirs.leaves.length,
      tileDataOffset,
      tileDataLength: laid.data.length,
      addressed: laid.addressed,
      entries: laid.entries.length,
      contents: laid.contents,
    },
    options,
  );
  out.set(dirs.root, rootOffset);
  out.set(metadata, metadataOffset);
  out.set(dirs.leaves, leafOffset);
  out.set(laid.data, tileDataOffset);
  return out;
}
