// The import store: IndexedDB (fake-indexeddb in node) across "reloads", memory when unavailable.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { memoryStore, openImportStore, type SavedFigureSet } from '../../src/lib/import/store';
import type { ImportedLayer } from '../../src/lib/import/types';

const layer = (id: string, at: string): ImportedLayer => ({
  id,
  name: id,
  file: `${id}.geojson`,
  format: 'geojson',
  sourceCrs: 'wgs84',
  data: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [107, 21] }, properties: { name: '<b>x</b>' } }] },
  bbox: [107, 21, 107, 21],
  attributes: ['name'],
  importedAt: at,
});

const figures: SavedFigureSet = {
  id: 't1',
  savedAt: '2026-01-01',
  unitLevel: 'district2020',
  values: { '193': 1 },
  label: 'v',
  unit: 'người',
  year: 2024,
  source: 'Niên giám',
  file: 't.csv',
  matched: [],
  unmatched: [],
};

describe('import store', () => {
  it('keeps layers and tables in IndexedDB across reopening (a reload)', async () => {
    const factory = new IDBFactory();
    const a = await openImportStore(factory);
    expect(a.backend).toBe('indexeddb');
    await a.putLayer(layer('b', '2026-01-02'));
    await a.putLayer(layer('a', '2026-01-01'));
    await a.putTable(figures);
    const b = await openImportStore(factory);
    expect((await b.listLayers()).map((l) => l.id)).toEqual(['a', 'b']);
    expect((await b.listLayers())[0]!.data.features[0]!.properties.name).toBe('<b>x</b>');
    expect(await b.listTables()).toEqual([figures]);
    await b.deleteLayer('a');
    await b.deleteTable('t1');
    expect((await b.listLayers()).map((l) => l.id)).toEqual(['b']);
    expect(await b.listTables()).toEqual([]);
  });

  it('falls back to memory when there is no IndexedDB or it will not open', async () => {
    expect((await openImportStore(undefined)).backend).toBe('memory');
    const broken = {
      open: () => {
        throw new Error('SecurityError');
      },
    } as unknown as IDBFactory;
    const s = await openImportStore(broken);
    expect(s.backend).toBe('memory');
    await s.putLayer(layer('a', '1'));
    expect((await s.listLayers()).map((l) => l.id)).toEqual(['a']);
  });

  it('memory store returns copies (callers cannot change what is stored)', async () => {
    const s = memoryStore();
    const l = layer('a', '1');
    await s.putLayer(l);
    l.name = 'changed';
    const [got] = await s.listLayers();
    got!.name = 'changed again';
    expect((await s.listLayers())[0]!.name).toBe('a');
  });
});
