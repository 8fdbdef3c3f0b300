// Precompressed siblings (build/precompress.ts): which build files get `.br`/`.gz`, that they decode
// to the file, and how `vite preview` with the project's vite.config.ts serves them.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MIN_BYTES, acceptedCodings, precompressDir, shouldPrecompress } from '../../build/precompress';

/** Text that compresses like code: repeated words with numbers that vary. */
const text = (bytes: number, word = 'const x = 1;') =>
  Array.from({ length: Math.ceil(bytes / (word.length + 6)) }, (_, i) => `${word} ${i % 97}\n`)
    .join('')
    .slice(0, bytes);

/** A fake build output: name → contents. */
function fixtureFiles(): Record<string, string | Buffer> {
  return {
    'index.html': `<!doctype html><html><head><title>QN</title></head><body>${text(6000, '<p>bản đồ</p>')}</body></html>`,
    'sw.js': text(3000),
    'assets/index-abc.js': text(20_000),
    'assets/worker-abc.mjs': text(5000),
    'assets/index-abc.css': text(4000, '.a{color:red}'),
    'assets/tiny-abc.js': text(MIN_BYTES - 1),
    'assets/random-abc.js': randomBytes(4000), // as big as a file worth it, but nothing to gain
    'assets/font-abc.woff2': randomBytes(8000),
    'data/communes.topo.json': JSON.stringify({ type: 'Topology', arcs: Array.from({ length: 800 }, (_, i) => [[i, i + 1]]) }),
    'data/facts.json': JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i, unit: 'ha', year: 2025 }))),
    'data/home.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0L10 10"/>'.repeat(200)}</svg>`,
    'data/naive.geojson': JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 100 }, () => ({ type: 'Feature' })) }),
    'app.webmanifest': JSON.stringify({ name: 'Quảng Ninh', icons: Array.from({ length: 100 }, (_, i) => ({ src: `/i${i}.png` })) }),
    'img/logo.png': randomBytes(3000),
    'tiles/qn.pmtiles': randomBytes(50_000),
  };
}

function writeFixture(dir: string, files: Record<string, string | Buffer>) {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
}

describe('precompressDir', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qn-precompress-'));
    writeFixture(dir, fixtureFiles());
    // Left by an earlier build beside a file that no longer gets siblings.
    writeFileSync(join(dir, 'assets/tiny-abc.js.br'), 'stale');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes .br and .gz beside compressible files of 1 KB and more, never beside fonts, images, the archive or tiny files', async () => {
    const written = await precompressDir(dir);
    const withSiblings = Object.keys(fixtureFiles()).filter((f) => existsSync(join(dir, `${f}.br`)));
    expect(withSiblings.sort()).toEqual(
      [
        'index.html',
        'sw.js',
        'assets/index-abc.js',
        'assets/worker-abc.mjs',
        'assets/index-abc.css',
        'data/communes.topo.json',
        'data/facts.json',
        'data/home.svg',
        'data/naive.geojson',
        'app.webmanifest',
      ].sort(),
    );
    for (const f of withSiblings) expect(existsSync(join(dir, `${f}.gz`)), f).toBe(true);
    for (const f of ['assets/font-abc.woff2', 'img/logo.png', 'tiles/qn.pmtiles', 'assets/tiny-abc.js', 'assets/random-abc.js']) {
      expect(existsSync(join(dir, `${f}.br`)), f).toBe(false);
      expect(existsSync(join(dir, `${f}.gz`)), f).toBe(false);
    }
    // The random bytes were tried and gave nothing smaller.
    expect(written.find((w) => w.file === 'assets/random-abc.js')).toMatchObject({ br: null, gz: null });
  });

  test('each sibling decodes to the file, and is smaller (brotli smaller than gzip here)', () => {
    for (const f of ['index.html', 'assets/index-abc.js', 'data/communes.topo.json', 'data/home.svg', 'data/naive.geojson']) {
      const original = readFileSync(join(dir, f));
      const br = readFileSync(join(dir, `${f}.br`));
      const gz = readFileSync(join(dir, `${f}.gz`));
      expect(brotliDecompressSync(br).equals(original), f).toBe(true);
      expect(gunzipSync(gz).equals(original), f).toBe(true);
      expect(br.length, f).toBeLessThan(gz.length);
      expect(gz.length, f).toBeLessThan(original.length);
    }
  });

  test('the rule: text formats by extension, from 1 KB', () => {
    expect(shouldPrecompress('a/b.topo.json', MIN_BYTES)).toBe(true);
    expect(shouldPrecompress('a/b.topo.json', MIN_BYTES - 1)).toBe(false);
    for (const name of ['x.js.br', 'x.js.gz', 'x.pmtiles', 'x.woff2', 'x.png', 'x.zip']) expect(shouldPrecompress(name, 10 ** 6), name).toBe(false);
  });
});

describe('acceptedCodings', () => {
  test.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br', ['br']],
    ['', []],
    [undefined, []],
    ['identity', []],
    ['br;q=0, gzip', ['gzip']],
    ['gzip;q=1.0, br;q=0.5', ['gzip', 'br']],
    ['*', ['br', 'gzip']],
    ['*;q=0.1, gzip;q=0', ['br']],
    ['x-gzip', ['gzip']],
  ] as const)('%s → %j', (header, codings) => {
    expect(acceptedCodings(header)).toEqual(codings);
  });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One raw request (no automatic decoding, unlike fetch). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolveReply, reject) => {
    const req = request({ host: 'localhost', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolveReply({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('vite preview (the project config) serves the siblings', () => {
  const chrome = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
  let dir: string;
  let server: PreviewServer;
  let port: number;
  const file = (name: string) => readFileSync(join(dir, name));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'qn-precompress-serve-'));
    writeFixture(dir, fixtureFiles());
    await precompressDir(dir);
    // A file of an older build (no siblings): vite preview's own per-request gzip, as before.
    writeFileSync(join(dir, 'data/old.json'), JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: i }))));
    server = await preview({
      configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
      build: { outDir: dir },
      preview: { port: 0, strictPort: false, open: false },
      logLevel: 'silent',
    });
    port = (server.httpServer.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('brotli when the browser accepts it: type of the original, length of the sibling, Vary, no-cache', async () => {
    const r = await get(port, '/assets/index-abc.js', chrome);
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(r.headers['vary']).toMatch(/Accept-Encoding/);
    expect(Number(r.headers['content-length'])).toBe(file('assets/index-abc.js.br').length);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(r.body).equals(file('assets/index-abc.js'))).toBe(true);
  });

  test('gzip when only gzip is accepted, the file as is when nothing is', async () => {
    const gz = await get(port, '/data/communes.topo.json', { 'Accept-Encoding': 'gzip, deflate' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toBe('application/json');
    expect(gunzipSync(gz.body).equals(file('data/communes.topo.json'))).toBe(true);
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }] as Record<string, string>[]) {
      const plain = await get(port, '/data/communes.topo.json', headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['vary']).toMatch(/Accept-Encoding/);
      expect(plain.body.equals(file('data/communes.topo.json'))).toBe(true);
    }
  });

  test('GeoJSON, SVG and the web manifest keep their own types', async () => {
    const types = { '/data/naive.geojson': 'application/geo+json', '/data/home.svg': 'image/svg+xml', '/app.webmanifest': 'application/manifest+json' };
    for (const [path, type] of Object.entries(types)) {
      const r = await get(port, path, chrome);
      expect(r.headers['content-encoding'], path).toBe('br');
      expect(r.headers['content-type'], path).toBe(type);
    }
  });

  test('the page (/ with a query, /index.html) goes out as brotli and is never cached as immutable', async () => {
    for (const path of ['/', '/?renderer=webgl', '/index.html']) {
      const r = await get(port, path, chrome);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-encoding'], path).toBe('br');
      expect(r.headers['content-type'], path).toMatch(/^text\/html/);
      expect(r.headers['cache-control'], path).toBe('no-cache');
      expect(brotliDecompressSync(r.body).equals(file('index.html')), path).toBe(true);
    }
  });

  test('HEAD: the same headers, no body', async () => {
    const r = await get(port, '/assets/index-abc.css', chrome, 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toMatch(/^text\/css/);
    expect(Number(r.headers['content-length'])).toBe(file('assets/index-abc.css.br').length);
    expect(r.body.length).toBe(0);
  });

  test('304 for the ETag the browser holds', async () => {
    const first = await get(port, '/sw.js', chrome);
    const etag = first.headers['etag'] as string;
    expect(etag).toBeTruthy();
    const again = await get(port, '/sw.js', { ...chrome, 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip sibling is another representation, with another ETag.
    const gz = await get(port, '/sw.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
  });

  test('byte ranges come from the file as stored: the archive (206) and a file that has siblings', async () => {
    const r = await get(port, '/tiles/qn.pmtiles', { ...chrome, Range: 'bytes=100-599' });
    expect(r.status).toBe(206);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-range']).toBe(`bytes 100-599/${file('tiles/qn.pmtiles').length}`);
    expect(r.body.equals(file('tiles/qn.pmtiles').subarray(100, 600))).toBe(true);
    const js = await get(port, '/assets/index-abc.js', { ...chrome, Range: 'bytes=0-99' });
    expect(js.status).toBe(206);
    expect(js.headers['content-encoding']).toBeUndefined();
    expect(js.body.equals(file('assets/index-abc.js').subarray(0, 100))).toBe(true);
    // The whole archive too goes out as stored.
    const whole = await get(port, '/tiles/qn.pmtiles', chrome);
    expect(whole.headers['content-encoding']).toBeUndefined();
    expect(whole.body.length).toBe(file('tiles/qn.pmtiles').length);
  });

  test('files without siblings are left to vite preview (fonts as stored, an older build gzipped per request)', async () => {
    const font = await get(port, '/assets/font-abc.woff2', chrome);
    expect(font.status).toBe(200);
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.equals(file('assets/font-abc.woff2'))).toBe(true);
    const old = await get(port, '/data/old.json', chrome);
    expect(old.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(old.body).equals(file('data/old.json'))).toBe(true);
  });
});
