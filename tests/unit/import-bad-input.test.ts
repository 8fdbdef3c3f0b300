// Bad input (issue 16, item 5): each case gets a plain message naming the file and the row or
// feature; nothing from the file becomes HTML; what was saved before stays.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/i18n';
import { issueText } from '../../src/features/import/issue-text';
import { importBytes } from '../../src/lib/import/import-core';
import { importFile } from '../../src/lib/import/import-file';
import { MAX_FILE_BYTES } from '../../src/lib/import/limits';
import { memoryStore } from '../../src/lib/import/store';
import type { ImportResult } from '../../src/lib/import/types';

const dir = 'tests/fixtures/in/import/';
const bytes = (name: string) => new Uint8Array(readFileSync(dir + name));
const issues = (r: ImportResult) => (r.kind === 'error' ? r.issues : r.kind === 'layer' || r.kind === 'table' ? r.warnings : []);

describe('bad input', () => {
  // (English is a lazily loaded chunk in the app.)
  beforeAll(() => loadCatalog('en'));
  it('malformed GeoJSON: error naming the file and the parser message', async () => {
    const r = await importBytes('broken.geojson', bytes('broken.geojson'));
    expect(r.kind).toBe('error');
    expect(issues(r)[0]).toMatchObject({ code: 'malformed', file: 'broken.geojson' });
    expect(issueText('vi', issues(r)[0]!)).toMatch(/^broken\.geojson: tệp bị lỗi, không đọc được \(.+\)\.$/);
  });

  it('malformed KML and zip: errors, not exceptions', async () => {
    for (const name of ['broken.kml', 'broken.zip']) {
      const r = await importBytes(name, bytes(name));
      expect(r.kind, name).toBe('error');
      expect(issues(r)[0]!.code).toBe('malformed');
    }
  });

  it('a feature that is not a Feature is named by its number', async () => {
    const r = await importBytes(
      'x.geojson',
      new TextEncoder().encode('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}},{"type":"Point"}]}'),
    );
    expect(issues(r)[0]).toMatchObject({ code: 'malformed', feature: 2 });
    expect(issueText('en', issues(r)[0]!)).toBe('x.geojson, feature 2: the file is damaged and could not be read (not a GeoJSON Feature).');
  });

  it('unknown projection in the .prj: error naming the file and the system', async () => {
    const r = await importBytes('unknown-projection.zip', bytes('unknown-projection.zip'));
    expect(r).toEqual({ kind: 'error', issues: [{ code: 'unknownProjection', file: 'unknown-projection.zip', detail: 'Made up' }] });
    expect(issueText('en', issues(r)[0]!)).toBe('unknown-projection.zip: the coordinate system of the file (.prj) is not recognised (Made up).');
  });

  it('over the size limit: refused before the file is read', async () => {
    const arrayBuffer = vi.fn();
    const big = { name: 'huge.geojson', size: MAX_FILE_BYTES + 1, arrayBuffer } as unknown as File;
    const r = await importFile(big);
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(r).toEqual({ kind: 'error', issues: [{ code: 'tooLarge', file: 'huge.geojson', detail: '51 MB' }] });
    expect(issueText('vi', issues(r)[0]!)).toBe('huge.geojson: tệp vượt giới hạn 50 MB nên chưa được đọc (51 MB).');
    // The core checks too (for callers that already hold the bytes).
    expect((await importBytes('huge.geojson', new Uint8Array(MAX_FILE_BYTES + 1))).kind).toBe('error');
  });

  it('invalid geometry (self-intersecting polygon): that feature skipped and named, the rest imported', async () => {
    const r = await importBytes('self-intersecting.geojson', bytes('self-intersecting.geojson'));
    expect(r.kind).toBe('layer');
    expect(r.kind === 'layer' && r.layer.data.features).toHaveLength(1);
    expect(issues(r)).toEqual([{ code: 'invalidGeometry', file: 'self-intersecting.geojson', feature: 2, detail: 'Nơ: self-intersecting polygon' }]);
    expect(issueText('en', issues(r)[0]!)).toBe('self-intersecting.geojson, feature 2: invalid geometry, skipped (Nơ: self-intersecting polygon).');
  });

  it('unclosed rings and non-numeric coordinates are invalid too; a CSV row without numbers is named by row', async () => {
    const open = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [107, 21],
            [107.1, 21],
            [107.1, 21.1],
            [107, 21.1],
          ],
        ],
      },
    };
    const nan = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a', 21] } };
    const ok = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [107, 21] } };
    const r = await importBytes('rings.geojson', new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: [open, nan, ok] })));
    expect(issues(r).map((i) => [i.code, i.feature])).toEqual([
      ['invalidGeometry', 1],
      ['invalidGeometry', 2],
    ]);
    const csv = await importBytes('rows.csv', new TextEncoder().encode('lon,lat\n107,21\nabc,21\n'));
    expect(issues(csv)).toEqual([{ code: 'noGeometry', file: 'rows.csv', row: 2 }]);
    expect(issueText('vi', issues(csv)[0]!)).toBe('rows.csv, dòng 2: không có vị trí, đã bỏ qua.');
  });

  it('far outside Quảng Ninh: an error hinting at the projection when everything is far away', async () => {
    const r = await importBytes('far-away.geojson', bytes('far-away.geojson'));
    expect(r.kind).toBe('error');
    expect(issues(r)[0]).toMatchObject({ code: 'outsideArea', file: 'far-away.geojson' });
    expect(issueText('vi', issues(r)[0]!)).toContain('nằm xa ngoài Quảng Ninh — có thể chọn sai hệ tọa độ');
  });

  it('one feature far outside among others: kept, and named in a warning', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'A' }, geometry: { type: 'Point', coordinates: [107, 21] } },
        { type: 'Feature', properties: { name: 'B' }, geometry: { type: 'Point', coordinates: [100, 10] } },
      ],
    };
    const r = await importBytes('mixed.geojson', new TextEncoder().encode(JSON.stringify(fc)));
    expect(r.kind).toBe('layer');
    expect(issues(r)).toEqual([{ code: 'outsideArea', file: 'mixed.geojson', feature: 2, detail: 'B' }]);
  });

  it('markup and script in names and descriptions: kept verbatim as text, flagged, never HTML', async () => {
    const r = await importBytes('markup.geojson', bytes('markup.geojson'));
    expect(r.kind).toBe('layer');
    if (r.kind !== 'layer') return;
    const props = r.layer.data.features[0]!.properties;
    expect(props.name).toBe('<img src=x onerror="alert(1)">Khu A');
    expect(props.description).toBe('<script>alert(1)</script>');
    expect(r.warnings).toEqual([{ code: 'markupAsText', file: 'markup.geojson', feature: 1, detail: '<img src=x onerror="alert(1)">Khu A' }]);
    // The message is a plain string; the component renders it with {text}, which escapes it.
    const svelte = readFileSync('src/features/import/ImportIssues.svelte', 'utf8');
    expect(svelte).not.toContain('{@html');
  });

  it('prototype-polluting keys are dropped', async () => {
    const r = await importBytes(
      'p.geojson',
      new TextEncoder().encode('{"type":"Feature","geometry":{"type":"Point","coordinates":[107,21]},"properties":{"__proto__":{"polluted":1},"ok":2}}'),
    );
    expect(r.kind === 'layer' && r.layer.data.features[0]!.properties).toEqual({ ok: 2 });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('an unsupported extension and an empty file get their own messages', async () => {
    expect(issues(await importBytes('plan.dwg', new Uint8Array(3)))[0]!.code).toBe('unsupported');
    expect(issues(await importBytes('e.csv', new TextEncoder().encode('lon,lat\n')))[0]!.code).toBe('empty');
  });

  it('a failed import leaves what was saved before untouched', async () => {
    const store = memoryStore();
    const good = await importBytes('qn-points.csv', bytes('qn-points.csv'), { now: '2026-01-01T00:00:00Z' });
    if (good.kind !== 'layer') throw new Error('fixture');
    await store.putLayer(good.layer);
    const bad = await importBytes('broken.geojson', bytes('broken.geojson'));
    expect(bad.kind).toBe('error'); // nothing to save: the caller saves only layers
    expect((await store.listLayers()).map((l) => l.id)).toEqual([good.layer.id]);
  });
});
