// Each format imports onto the right 2025 units: the VN-2000 Shapefile (with and without .prj),
// KML, KMZ, GPX, CSV (lon/lat or VN-2000 metres), XLSX; the worker answers like the core.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, centroid, distance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeAreas } from '../../src/lib/data/areas';
import { importBytes } from '../../src/lib/import/import-core';
import { decodeResponse } from '../../src/lib/import/import-file';
import type { ImportResponse } from '../../src/lib/import/import.worker';
import type { ImportResult, ImportedLayer } from '../../src/lib/import/types';

const dir = 'tests/fixtures/in/import/';
const bytes = (name: string) => new Uint8Array(readFileSync(dir + name));
const units = decodeAreas(JSON.parse(readFileSync('public/data/communes_2025.topo.json', 'utf8'))) as FeatureCollection<
  Polygon | MultiPolygon,
  { code: string }
>;

/** The code of the 2025 unit a feature's centroid falls in. */
function unitAt(f: Feature): string | undefined {
  const c = centroid(f);
  return units.features.find((u) => booleanPointInPolygon(c, u))?.properties.code;
}

function layerOf(r: ImportResult): ImportedLayer {
  if (r.kind !== 'layer') throw new Error(`expected a layer, got ${JSON.stringify(r).slice(0, 300)}`);
  return r.layer;
}

const EXPECTED = ['06652', '06970', '07192'];

describe('zipped Shapefile in VN-2000 / TM-3 107°45′', () => {
  it('with .prj: read, reprojected, every polygon and point on its 2025 unit', async () => {
    const r = await importBytes('qn-vn2000-tm3.zip', bytes('qn-vn2000-tm3.zip'));
    const layer = layerOf(r);
    expect(r.kind === 'layer' && r.warnings).toEqual([]);
    expect(layer.sourceCrs).toBe('vn2000-tm3-qn');
    expect(layer.format).toBe('shapefile');
    expect(layer.data.features).toHaveLength(6); // 3 polygons + 3 points, two layers in one zip
    for (const f of layer.data.features) expect(unitAt(f), String(f.properties.TEN)).toBe(f.properties.MA_DVHC);
    expect(layer.data.features.map((f) => f.properties.MA_DVHC)).toEqual([...EXPECTED, ...EXPECTED]);
    expect(layer.data.features[0]!.properties.TEN).toBe('Khu đất Hà Tu'); // UTF-8 .dbf via .cpg
    expect(layer.attributes).toEqual(['TEN', 'MA_DVHC', 'DIEN_TICH']);
    // A 300 m square stays ~300 m wide after reprojection.
    const ring = (layer.data.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(distance(ring[0]!, ring[1]!, { units: 'meters' })).toBeCloseTo(300, -1);
  });

  it('without .prj: asks, VN-2000 / Quảng Ninh first and the only choice landing in the province; the answer gives the same layer', async () => {
    const r = await importBytes('qn-vn2000-tm3-noprj.zip', bytes('qn-vn2000-tm3-noprj.zip'));
    expect(r.kind).toBe('needsProjection');
    if (r.kind !== 'needsProjection') return;
    expect(r.choices[0]).toMatchObject({ id: 'vn2000-tm3-qn', landsInArea: true });
    expect(r.choices.filter((c) => c.landsInArea).map((c) => c.id)).toEqual(['vn2000-tm3-qn']);
    const answered = layerOf(await importBytes('qn-vn2000-tm3-noprj.zip', bytes('qn-vn2000-tm3-noprj.zip'), { crs: 'vn2000-tm3-qn' }));
    const withPrj = layerOf(await importBytes('qn-vn2000-tm3.zip', bytes('qn-vn2000-tm3.zip')));
    answered.data.features.forEach((f, i) => expect(distance(centroid(f), centroid(withPrj.data.features[i]!), { units: 'meters' })).toBeLessThan(0.01));
  });

  it('read as UTM 48N by mistake, the features land far from Quảng Ninh and the import says so', async () => {
    const r = await importBytes('qn-vn2000-tm3-noprj.zip', bytes('qn-vn2000-tm3-noprj.zip'), { crs: 'wgs84-utm48' });
    expect(r.kind === 'layer' ? r.warnings.some((w) => w.code === 'outsideArea') : r.kind === 'error' && r.issues[0]!.code === 'outsideArea').toBe(true);
  });
});

describe('WGS-84 formats', () => {
  it.each(['qn-points.kml', 'qn-points.kmz'])('%s: placemarks on their units, HTML description kept as text with a note', async (name) => {
    const r = await importBytes(name, bytes(name));
    const layer = layerOf(r);
    expect(layer.data.features.map(unitAt)).toEqual(EXPECTED);
    expect(layer.data.features.map((f) => f.properties.code)).toEqual(EXPECTED);
    expect(layer.data.features[0]!.properties.description).toBe('<b>Mã</b> 06652');
    expect(r.kind === 'layer' && r.warnings.map((w) => w.code)).toEqual(['markupAsText', 'markupAsText', 'markupAsText']);
  });

  it('GPX: the waypoint and the track', async () => {
    const layer = layerOf(await importBytes('qn-track.gpx', bytes('qn-track.gpx')));
    expect(layer.data.features.map((f) => f.geometry.type).sort()).toEqual(['LineString', 'Point']);
    const wpt = layer.data.features.find((f) => f.geometry.type === 'Point')!;
    expect(unitAt(wpt)).toBe('06652');
  });

  it('GeoJSON: a bare geometry and a Feature are accepted too', async () => {
    const enc = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
    expect(layerOf(await importBytes('g.geojson', enc({ type: 'Point', coordinates: [107.1, 21] }))).data.features).toHaveLength(1);
    expect(
      layerOf(await importBytes('f.json', enc({ type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [107.1, 21] } }))).attributes,
    ).toEqual(['a']);
  });
});

describe('tables with coordinates', () => {
  it('CSV with kinh_do/vi_do: points on their units', async () => {
    const layer = layerOf(await importBytes('qn-points.csv', bytes('qn-points.csv')));
    expect(layer.data.features.map(unitAt)).toEqual(EXPECTED);
    expect(layer.data.features[0]!.properties).toEqual({ ten: 'Hà Tu', ma: '06652' });
  });

  it('CSV in VN-2000 metres (x;y, semicolons): asks for the system, then lands right', async () => {
    const first = await importBytes('qn-points-vn2000.csv', bytes('qn-points-vn2000.csv'));
    expect(first.kind).toBe('needsProjection');
    const layer = layerOf(await importBytes('qn-points-vn2000.csv', bytes('qn-points-vn2000.csv'), { crs: 'vn2000-tm3-qn' }));
    expect(layer.data.features.map(unitAt)).toEqual(EXPECTED);
  });

  it('CSV with two longitude columns: asks which, listing the candidates; the answer imports', async () => {
    const r = await importBytes('ambiguous-columns.csv', bytes('ambiguous-columns.csv'));
    expect(r).toEqual({
      kind: 'needsColumns',
      file: 'ambiguous-columns.csv',
      columns: ['ten', 'lon', 'kinh_do', 'lat'],
      lon: ['lon', 'kinh_do'],
      lat: ['lat'],
    });
    const layer = layerOf(await importBytes('ambiguous-columns.csv', bytes('ambiguous-columns.csv'), { columns: { lon: 'kinh_do', lat: 'lat' } }));
    expect(layer.data.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [107.1, 21] });
  });

  it('XLSX with Kinh độ / Vĩ độ columns: points on their units', async () => {
    const layer = layerOf(await importBytes('qn-points.xlsx', bytes('qn-points.xlsx')));
    expect(layer.format).toBe('xlsx');
    expect(layer.data.features.map(unitAt)).toEqual(EXPECTED);
  });

  it('XLSX as a table: header and cells', async () => {
    const r = await importBytes('unit-figures.xlsx', bytes('unit-figures.xlsx'), { as: 'table' });
    expect(r).toMatchObject({
      kind: 'table',
      table: {
        columns: ['Mã', 'Đơn vị', 'Giá trị'],
        rows: [
          ['06652', 'Phường Hà Tu', 1.5],
          [6970, 'Xã Ba Chẽ', 2],
          [null, 'Đặc khu Cô Tô', 3],
        ],
      },
    });
  });
});

describe('import worker', () => {
  it('answers a request with the same result as the core, by message', async () => {
    const posted: unknown[] = [];
    const fakeSelf = { postMessage: (m: unknown) => posted.push(m), onmessage: null as null | ((e: { data: unknown }) => Promise<void>) };
    (globalThis as { self?: unknown }).self = fakeSelf;
    await import('../../src/lib/import/import.worker');
    const data = bytes('qn-points.csv');
    await fakeSelf.onmessage!({ data: { id: 7, file: 'qn-points.csv', bytes: data.buffer, options: { now: 'T' } } });
    expect(posted).toHaveLength(1);
    const response = posted[0] as ImportResponse;
    expect(response.id).toBe(7);
    expect(await decodeResponse(response)).toEqual(await importBytes('qn-points.csv', bytes('qn-points.csv'), { now: 'T' }));
  });

  it('sends a big layer in chunks of features and puts them back together in order', async () => {
    const { encodeResponse, FEATURES_PER_CHUNK } = await import('../../src/lib/import/import.worker');
    const features = Array.from({ length: 2 * FEATURES_PER_CHUNK + 5 }, (_, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [107 + i / 1e5, 21] },
    }));
    const r = await importBytes('many.geojson', new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })), { now: 'T' });
    const msg = encodeResponse(1, r);
    expect(msg.chunks).toHaveLength(3);
    const back = await decodeResponse(msg);
    expect(back).toEqual(r);
    delete (globalThis as { self?: unknown }).self;
  });
});
