// A fresh build equals the committed tiles/ and public/data/, and the outputs say what the data says.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_FILES, buildOutputs } from '../../pipeline/build-outputs';
import { readFactTexts } from '../../pipeline/build';
import { loadInputs } from '../../pipeline/steps/load-inputs';
import { SITES_FILE } from '../../pipeline/steps/sites';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { decodeAreas } from '../../src/lib/data/areas';
import type { AppIndex } from '../../src/lib/data/unit-index-types';

const root = resolve(import.meta.dirname, '../..');
const read = (rel: string) => readFileSync(join(root, 'data', rel), 'utf8');
let outputs: Map<string, Uint8Array>;
let index: AppIndex;
const lightGeoJson = new Map<string, FeatureCollection>();

beforeAll(async () => {
  outputs = await buildOutputs(loadInputs(read), read('sources.json'), readFactTexts(read), read(SITES_FILE), lightGeoJson);
  index = JSON.parse(new TextDecoder().decode(outputs.get(OUTPUT_FILES.index)));
}, 120_000);

describe('reproducible outputs', () => {
  it('the committed tiles/ and public/data/ are byte-identical to a fresh build (run `npm run data` if not)', () => {
    for (const [rel, bytes] of outputs) {
      const committed = readFileSync(join(root, rel));
      expect(Buffer.from(bytes).equals(committed), `${rel} differs from a fresh build`).toBe(true);
    }
  });
});

describe('light area files (TopoJSON)', () => {
  const rings = (g: Geometry): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : []);
  // A ring's vertices on the 0.00001° grid, in a fixed order (TopoJSON may start a ring elsewhere or turn it round).
  const vertices = (ring: Position[]) =>
    ring
      .slice(0, -1)
      .map(([x, y]) => `${x!.toFixed(5)},${y!.toFixed(5)}`)
      .sort()
      .join(' ');

  it('decode to the GeoJSON the pipeline had: same features, properties, rings and vertices', () => {
    const paths = [
      OUTPUT_FILES.communes,
      OUTPUT_FILES.districts,
      OUTPUT_FILES.zones,
      OUTPUT_FILES.context,
      OUTPUT_FILES.communesOverview,
      OUTPUT_FILES.zonesOverview,
      OUTPUT_FILES.contextOverview,
    ];
    for (const path of paths) {
      const had = lightGeoJson.get(path)!;
      const decoded = decodeAreas(JSON.parse(new TextDecoder().decode(outputs.get(path))))!;
      expect(decoded, path).not.toBeNull();
      expect(
        decoded.features.map((f) => f.properties),
        path,
      ).toEqual(had.features.map((f) => f.properties));
      decoded.features.forEach((f, i) => {
        const [a, b] = [rings(f.geometry), rings(had.features[i]!.geometry)];
        expect(a.length, `${path} feature ${i} rings`).toBe(b.length);
        expect(a.map(vertices).sort(), `${path} feature ${i} vertices`).toEqual(b.map(vertices).sort());
      });
    }
    // The approximate flags travel with the shapes.
    const zones = decodeAreas(JSON.parse(new TextDecoder().decode(outputs.get(OUTPUT_FILES.zones))))!;
    expect(zones.features.every((f) => typeof f.properties?.approximate === 'boolean')).toBe(true);
  });
});

describe("overview area files (the 2D map's lowest levels, src/lib/map2d/overview.ts)", () => {
  const decode = (path: string) => decodeAreas(JSON.parse(new TextDecoder().decode(outputs.get(path))))!;
  const count = (fc: FeatureCollection) =>
    fc.features.reduce(
      (sum, f) =>
        sum + (f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat(2) : []).length,
      0,
    );

  it('hold the same features with the same properties as the full files (the context without the outline), in fewer vertices and bytes', () => {
    for (const [full, overview] of [
      [OUTPUT_FILES.communes, OUTPUT_FILES.communesOverview],
      [OUTPUT_FILES.zones, OUTPUT_FILES.zonesOverview],
      [OUTPUT_FILES.context, OUTPUT_FILES.contextOverview],
    ] as const) {
      const [a, b] = [decode(full), decode(overview)];
      const outline = (f: Feature) => f.properties?.kind === 'home';
      expect(
        b.features.map((f) => f.properties),
        overview,
      ).toEqual(a.features.filter((f) => !outline(f)).map((f) => f.properties));
      expect(b.features.some(outline)).toBe(false);
      // (No shape is lost: mapshaper's keep-shapes.)
      expect(b.features.every((f) => count({ type: 'FeatureCollection', features: [f] }) >= 4)).toBe(true);
      expect(count(b), overview).toBeLessThan(count(a) * 0.7);
      expect(outputs.get(overview)!.length, overview).toBeLessThan(outputs.get(full)!.length * 0.75);
    }
  });

  it("give the province's outline as the units' outer edge: the arcs one unit alone uses, along the full outline", () => {
    const text = new TextDecoder().decode(outputs.get(OUTPUT_FILES.communesOverview));
    const edge = decodeAreas(JSON.parse(text))!.edge!;
    expect(edge.type).toBe('MultiLineString');
    // (Stitched by the pipeline: only that file carries it.)
    expect(Object.keys(JSON.parse(text).objects)).toEqual(['areas', 'edge']);
    expect(decode(OUTPUT_FILES.communes).edge).toBeUndefined();
    // Every shared border is left out: no edge segment is used by two units.
    const key = (p: Position, q: Position) =>
      [p, q]
        .map((v) => v.join(','))
        .sort()
        .join(' ');
    const uses = new Map<string, number>();
    for (const f of decode(OUTPUT_FILES.communesOverview).features) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [];
      for (const r of rings) for (let i = 1; i < r.length; i++) uses.set(key(r[i - 1]!, r[i]!), (uses.get(key(r[i - 1]!, r[i]!)) ?? 0) + 1);
    }
    const segments = edge.coordinates.flatMap((line) => line.slice(1).map((p, i) => key(line[i]!, p)));
    expect(segments.length).toBeGreaterThan(1000);
    expect(segments.every((s) => uses.get(s) === 1)).toBe(true);
    // …and every unshared one is in: the edge is the whole outline the units' fills end at.
    expect(new Set(segments)).toEqual(new Set([...uses].filter(([, n]) => n === 1).map(([s]) => s)));
    // On the full context's outline (kind home): every 7th edge vertex within 250 m of it (the two
    // files' simplification tolerances, ~113 m and less), in local metres.
    const home = decode(OUTPUT_FILES.context).features.find((f) => f.properties?.kind === 'home')!;
    const rings = (home.geometry as MultiPolygon).coordinates.flat();
    const [mx, my] = [111_320 * Math.cos((21.2 * Math.PI) / 180), 110_570];
    const far = edge.coordinates
      .flat()
      .filter((_, i) => i % 7 === 0)
      .map(([x, y]) => {
        let best = Infinity;
        for (const r of rings)
          for (let i = 1; i < r.length; i++) {
            const [ax, ay, bx, by] = [(r[i - 1]![0]! - x!) * mx, (r[i - 1]![1]! - y!) * my, (r[i]![0]! - x!) * mx, (r[i]![1]! - y!) * my];
            const [dx, dy] = [bx - ax, by - ay];
            const u = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
            best = Math.min(best, Math.hypot(ax + u * dx, ay + u * dy));
          }
        return best;
      });
    expect(far.length).toBeGreaterThan(500);
    expect(Math.max(...far)).toBeLessThan(250);
  });
});

describe('unit index', () => {
  it('has the 54 units of 2025 (30 phường, 22 xã, 2 đặc khu), 13 districts, 2 mixed areas, 171 old communes', () => {
    expect(index.units).toHaveLength(54);
    const count = (t: string) => index.units.filter((u) => u.type === t).length;
    expect([count('phuong'), count('xa'), count('dac_khu')]).toEqual([30, 22, 2]);
    expect(index.districts).toHaveLength(13);
    expect(index.mixed.map((m) => m.code)).toEqual(['06979', '06985']);
    expect(index.oldCommunes).toHaveLength(171);
  });

  it('uses the corrected Ba Chẽ code and folds names without diacritics, đ included', () => {
    const baChe = index.units.find((u) => u.name === 'Xã Ba Chẽ')!;
    expect(baChe.code).toBe('06970');
    expect(index.units.find((u) => u.name === 'Phường Đông Triều')?.folded).toBe('phuong dong trieu');
    expect(index.districts.find((d) => d.code === '205')?.folded).toBe('thanh pho dong trieu');
  });

  it('links lineage both ways: 184 links, every old commune to ≥1 unit and back', () => {
    const links = index.units.flatMap((u) => u.formedFrom.map((o) => `${o.code}>${u.code}`)).sort();
    const back = index.oldCommunes.flatMap((o) => o.becameUnits.map((u) => `${o.code}>${u.code}`)).sort();
    expect(links).toHaveLength(184);
    expect(back).toEqual(links);
    expect(index.oldCommunes.filter((o) => o.becameUnits.length > 1)).toHaveLength(12);
  });

  it('marks 8 districts exact and 5 approximate, each approximate one with its reason', () => {
    expect(
      index.districts
        .filter((d) => d.exact)
        .map((d) => d.name)
        .sort(),
    ).toEqual([
      'Huyện Cô Tô',
      'Huyện Hải Hà',
      'Huyện Vân Đồn',
      'Huyện Đầm Hà',
      'Thành phố Móng Cái',
      'Thành phố Uông Bí',
      'Thành phố Đông Triều',
      'Thị xã Quảng Yên',
    ]);
    const approx = index.districts.filter((d) => !d.exact);
    expect(approx.map((d) => d.code)).toEqual(['193', '195', '198', '199', '202']);
    for (const d of approx) expect(d.approximationNote.length).toBeGreaterThan(20);
  });

  it('rebuilt district areas agree with the reference derivation within 0.5 %', () => {
    const reference = Object.fromEntries(
      read('admin/districts_2020_2025.csv')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => {
          const cells = l.split(',');
          return [cells[0], Number(cells[cells.length - 1])];
        }),
    );
    for (const d of index.districts) expect(Math.abs(d.areaKm2 / reference[d.code]! - 1), d.name).toBeLessThan(0.005);
  });

  it('every unit has a bbox that holds its label point, and the zones are marked approximate', () => {
    for (const u of index.units) {
      const [w, s, e, n] = u.bbox;
      expect(u.label[0] >= w && u.label[0] <= e && u.label[1] >= s && u.label[1] <= n, u.name).toBe(true);
    }
    expect(index.zones.map((z) => [z.id, z.approximate])).toEqual([
      ['kkt_mong_cai', true],
      ['kkt_van_don', true],
    ]);
  });
});

describe('the PMTiles archive', () => {
  const archive = () => outputs.get(OUTPUT_FILES.archive)!;
  const source = (): Source => ({ getKey: () => 'a', getBytes: async (o, l) => ({ data: archive().slice(o, o + l).buffer }) });

  it('has the right header and its source-layers in its metadata', async () => {
    const reader = new PMTiles(source());
    const h = await reader.getHeader();
    expect([h.minZoom, h.maxZoom, h.tileType, h.tileCompression]).toEqual([5, 14, 1, 2]);
    expect(h.minLon).toBeLessThan(106.44);
    expect(h.maxLon).toBeGreaterThan(108.07);
    const meta = (await reader.getMetadata()) as { vector_layers: { id: string }[]; attribution: string };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['context', 'province', 'districts_2020', 'communes_2025', 'economic_zones', 'water', 'sites']);
    expect(meta.attribution).toContain('Natural Earth');
  });

  it('a tile over Hạ Long at z9 decodes to all layers with codes', async () => {
    const reader = new PMTiles(source());
    const x = Math.floor(((107.08 + 180) / 360) * 512);
    const lat = (20.95 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * 512);
    const tile = await reader.getZxy(9, x, y);
    // The official reader gunzips tiles itself (the header says gzip).
    const vt = new VectorTile(new PbfReader(new Uint8Array(tile!.data)));
    expect(Object.keys(vt.layers).sort()).toEqual(expect.arrayContaining(['communes_2025', 'districts_2020', 'province']));
    const codes = Array.from({ length: vt.layers.communes_2025!.length }, (_, i) => vt.layers.communes_2025!.feature(i).properties.code);
    expect(codes).toContain('06673'); // Phường Bãi Cháy
    // Cửa Lục bay's water, marked approximate with its source.
    const water = vt.layers.water!.feature(0).properties;
    expect(water).toMatchObject({ kind: 'water', approximate: true });
    expect(String(water.source)).toContain('Natural Earth 1:10m');
  });
});
