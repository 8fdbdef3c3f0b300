// The PMTiles writer is checked against the official reader: every tile comes back unchanged.
import { describe, expect, it } from 'vitest';
import { PMTiles, type Source, Compression as RC, TileType as RT, zxyToTileId } from 'pmtiles';
import { gunzipSync } from 'node:zlib';
import {
  Compression,
  TileType,
  buildDirectories,
  serializeDirectory,
  writePmtiles,
  writeVarint,
  type TileInput,
  type WriterOptions,
} from '../../pipeline/pmtiles/writer';

/** An in-memory Source for the official reader. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

const baseOptions: WriterOptions = {
  tileType: TileType.Mvt,
  tileCompression: Compression.None,
  minZoom: 0,
  maxZoom: 14,
  bounds: [106.4, 20.7, 108.1, 21.7],
  center: [107.2, 21.2, 8],
  metadata: { name: 'test', vector_layers: [{ id: 'a', fields: {} }] },
};

function tileBytes(label: string): Uint8Array {
  return new TextEncoder().encode(label);
}

/** A deterministic pseudo-random generator (LCG), so fixtures are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
}

describe('varints and directories', () => {
  it('encodes LEB128 varints, including values above 2^32', () => {
    const out: number[] = [];
    writeVarint(out, 300);
    expect(out).toEqual([0xac, 0x02]);
    const big: number[] = [];
    writeVarint(big, 2 ** 40 + 5);
    expect(big.length).toBe(6);
    expect(() => writeVarint([], -1)).toThrow(RangeError);
  });

  it('writes offset 0 for contiguous entries and offset+1 otherwise', () => {
    const bytes = serializeDirectory([
      { tileId: 0, offset: 0, length: 10, runLength: 1 },
      { tileId: 1, offset: 10, length: 5, runLength: 2 },
      { tileId: 5, offset: 0, length: 10, runLength: 1 },
    ]);
    // count, id deltas (0,1,4), runs (1,2,1), lengths (10,5,10), offsets (1,0,1)
    expect([...bytes]).toEqual([3, 0, 1, 4, 1, 2, 1, 10, 5, 10, 1, 0, 1]);
  });
});

describe('writePmtiles read back by the official reader', () => {
  it('returns every tile unchanged and a correct header', async () => {
    const tiles: TileInput[] = [];
    for (let z = 0; z <= 3; z++) {
      for (let x = 0; x < 2 ** z; x++) {
        for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data: tileBytes(`${z}/${x}/${y}`) });
      }
    }
    const archive = writePmtiles(tiles, { ...baseOptions, maxZoom: 3 });
    const reader = new PMTiles(memorySource(archive));
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(RT.Mvt);
    expect(header.tileCompression).toBe(RC.None);
    expect(header.internalCompression).toBe(RC.Gzip);
    expect([header.minZoom, header.maxZoom]).toEqual([0, 3]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([106.4, 20.7, 108.1, 21.7]);
    expect([header.centerLon, header.centerLat, header.centerZoom]).toEqual([107.2, 21.2, 8]);
    expect(header.numAddressedTiles).toBe(tiles.length);
    expect(header.clustered).toBe(true);
    for (const t of tiles) {
      const got = await reader.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got!.data)).toEqual(t.data);
    }
    expect(await reader.getZxy(4, 0, 0)).toBeUndefined();
    expect(await reader.getMetadata()).toEqual(baseOptions.metadata);
  });

  it('stores identical tiles once and folds consecutive repeats into one run', async () => {
    const same = tileBytes('ocean');
    const tiles: TileInput[] = [];
    for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) tiles.push({ z: 2, x, y, data: same });
    tiles.push({ z: 0, x: 0, y: 0, data: tileBytes('root') });
    const archive = writePmtiles(tiles, baseOptions);
    const reader = new PMTiles(memorySource(archive));
    const header = await reader.getHeader();
    expect(header.numAddressedTiles).toBe(17);
    expect(header.numTileContents).toBe(2);
    expect(header.numTileEntries).toBe(2); // z0 tile + one run of 16
    expect(header.tileDataLength).toBe(same.length + 4);
    for (const t of tiles) expect(new Uint8Array((await reader.getZxy(t.z, t.x, t.y))!.data)).toEqual(t.data);
  });

  it('uses leaf directories for a large tile set, and every tile is still found', async () => {
    const tiles: TileInput[] = [];
    const rand = lcg(7);
    // All of z0–8 (87,381 tiles) with uneven sizes, as real tiles have: the directory is far
    // larger than the 16 KiB the spec allows the root.
    for (let z = 0; z <= 8; z++) {
      for (let x = 0; x < 2 ** z; x++) {
        for (let y = 0; y < 2 ** z; y++) {
          const pad = 'x'.repeat(Math.floor(rand() * 200));
          tiles.push({ z, x, y, data: tileBytes(`t${z}-${x}-${y}${pad}`) });
        }
      }
    }
    const archive = writePmtiles(tiles, { ...baseOptions, maxZoom: 8 });
    const reader = new PMTiles(memorySource(archive));
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(16384 - 127);
    expect(header.numAddressedTiles).toBe(tiles.length);
    // Every 13th tile (spread over all leaves) plus the first and last; reading all 87k takes ~20 s.
    const sample = tiles.filter((_, i) => i % 13 === 0 || i === tiles.length - 1);
    for (const t of sample) {
      const got = await reader.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got!.data), `${t.z}/${t.x}/${t.y}`).toEqual(t.data);
    }
  });

  it('splits into leaves when told to keep the root small, and leaf entries point at leaves', () => {
    const rand = lcg(11);
    let id = 0;
    const entries = Array.from({ length: 10_000 }, (_, i) => {
      id += 1 + Math.floor(rand() * 50);
      return { tileId: id, offset: i * 1000, length: 1 + Math.floor(rand() * 900), runLength: 1 };
    });
    const dirs = buildDirectories(entries, 200);
    expect(dirs.root.length).toBeLessThanOrEqual(200);
    const root = gunzipSync(dirs.root);
    expect(root[0]).toBeGreaterThan(1); // more than one leaf entry
    expect(dirs.leaves.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same tiles give byte-identical archives', () => {
    const tiles = [
      { z: 1, x: 1, y: 0, data: tileBytes('b') },
      { z: 0, x: 0, y: 0, data: tileBytes('a') },
    ];
    const a = writePmtiles(tiles, baseOptions);
    const b = writePmtiles([...tiles].reverse(), baseOptions);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rejects a duplicate tile, an empty tile, no tiles and a bad zoom range', () => {
    const t = { z: 0, x: 0, y: 0, data: tileBytes('a') };
    expect(() => writePmtiles([t, t], baseOptions)).toThrow(/given twice/);
    expect(() => writePmtiles([{ ...t, data: new Uint8Array(0) }], baseOptions)).toThrow(/empty/);
    expect(() => writePmtiles([], baseOptions)).toThrow(/no tiles/);
    expect(() => writePmtiles([t], { ...baseOptions, minZoom: 5, maxZoom: 2 })).toThrow(/zoom range/);
  });

  it('agrees with the reader on tile ids (Hilbert order)', () => {
    expect(zxyToTileId(0, 0, 0)).toBe(0);
    expect(zxyToTileId(1, 0, 0)).toBe(1);
    expect(zxyToTileId(2, 0, 0)).toBe(5);
  });
});
