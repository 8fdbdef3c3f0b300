// Precompressed siblings, as a production static host serves them: at the end of a build every
// compressible output file gets `file.br` (brotli, quality 11) and `file.gz` (gzip, level 9) beside
// it (nginx `brotli_static on; gzip_static on;` then sends them as they are), and `vite preview`
// (`npm start`, the bench, the browser tests) sends them the same way, instead of gzipping every
// response again at each request on the cores the browser needs. README "Deploying".
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import sirv from 'sirv';
import type { Logger, Plugin } from 'vite';

/** Text formats worth compressing (woff2, png, the PMTiles archive and archives are compressed already). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|webmanifest)$/;

/**
 * Files smaller than this keep no siblings, as `vite preview`'s own compression (1024 B) and
 * vite-plugin-compression (1025 B) leave them: a few hundred bytes saved at most, less than the
 * response's headers, and the response fits in one packet either way. (nginx's `gzip_static`
 * sends any `.gz` it finds, whatever its size: the threshold is the build's choice.)
 */
export const MIN_BYTES = 1024;

/** The two codings, in the order a sibling is preferred when the browser accepts both. */
const SIBLINGS = [
  { coding: 'br', ext: '.br', key: 'br' },
  { coding: 'gzip', ext: '.gz', key: 'gz' },
] as const;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Whether a build output file of this name and size gets `.br` and `.gz` siblings. */
export function shouldPrecompress(name: string, size: number): boolean {
  return COMPRESSIBLE.test(name) && size >= MIN_BYTES;
}

/** Brotli 11 (text mode, size hint) and gzip 9 of one file's bytes. */
export async function compressBoth(body: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

export interface Precompressed {
  /** Path inside the folder, with `/`. */
  file: string;
  bytes: number;
  /** Sizes of the siblings written (null: not written, it was not smaller than the file). */
  br: number | null;
  gz: number | null;
}

/**
 * Writes `.br` and `.gz` beside every file of `dir` that `shouldPrecompress` accepts (a sibling only
 * when it is smaller than the file), and removes siblings left by an earlier build beside files that
 * no longer get one. Returns what it wrote.
 */
export async function precompressDir(dir: string): Promise<Precompressed[]> {
  // (Paths relative to dir; `recursive` lists folders too, hence the stat.)
  const names = (await readdir(dir, { recursive: true })).filter((name) => COMPRESSIBLE.test(name));
  const out: Precompressed[] = [];
  await Promise.all(
    names.map(async (name) => {
      const abs = join(dir, name);
      if (!(await stat(abs)).isFile()) return;
      const body = await readFile(abs);
      const written: Precompressed = { file: name.split(sep).join('/'), bytes: body.length, br: null, gz: null };
      const siblings = shouldPrecompress(abs, body.length) ? await compressBoth(body) : null;
      for (const { key, ext } of SIBLINGS) {
        const sibling = siblings?.[key];
        if (sibling && sibling.length < body.length) {
          await writeFile(abs + ext, sibling);
          written[key] = sibling.length;
        } else await rm(abs + ext, { force: true });
      }
      if (siblings) out.push(written);
    }),
  );
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The codings of an `Accept-Encoding` header that a sibling can answer, best first: q-values
 * respected (`br;q=0` refuses brotli, `*` stands for codings not named), brotli first on a tie.
 */
export function acceptedCodings(header: string | undefined): ('br' | 'gzip')[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const qParam = params.find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const weight = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  return SIBLINGS.map((s) => s.coding)
    .filter((c) => weight(c) > 0)
    .sort((a, b) => weight(b) - weight(a));
}

type Next = (err?: unknown) => void;

/**
 * Connect middleware: a GET or HEAD of a file of `dir` that has a sibling in a coding the request
 * accepts is answered with that sibling (by sirv, which `vite preview` serves files with too: the
 * original's Content-Type, Content-Encoding, Content-Length, Vary, the same `no-cache` + ETag and 304
 * as vite preview). Everything else goes on to vite preview: files without siblings, paths it
 * resolves itself (`/route` → index.html), and Range requests, as stored (the PMTiles archive's 206).
 */
export function servePrecompressed(dir: string, headers?: OutgoingHttpHeaders) {
  const root = resolve(dir);
  // sirv sets `Vary: Accept-Encoding` over any Vary set before it (vite preview's CORS sets `Vary: Origin`).
  const varyBefore = new WeakMap<ServerResponse, string>();
  const serve = sirv(root, {
    dev: true,
    etag: true,
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders(res) {
      res.setHeader('Vary', varyBefore.get(res) ?? 'Accept-Encoding');
      for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    },
  });
  const isFile = (abs: string) => {
    try {
      return statSync(abs).isFile();
    } catch {
      return false;
    }
  };
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // A byte range is of the file as stored (vite preview would gzip the slice it sends).
    if (req.headers.range) {
      delete req.headers['accept-encoding'];
      return next();
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0]!);
    } catch {
      return next();
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const abs = join(root, pathname);
    if (!abs.startsWith(root + sep) || !isFile(abs)) return next();
    const siblings = SIBLINGS.filter((s) => existsSync(abs + s.ext));
    if (siblings.length === 0) return next();
    // The body differs by Accept-Encoding for this path, whichever representation goes out.
    const vary = [res.getHeader('Vary')].flat().filter(Boolean).join(', ');
    res.setHeader('Vary', /\baccept-encoding\b/i.test(vary) ? vary : vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    varyBefore.set(res, String(res.getHeader('Vary')));
    const coding = acceptedCodings(req.headers['accept-encoding']).find((c) => siblings.some((s) => s.coding === c));
    if (!coding) {
      // As stored (vite preview's gzip would not see a `gzip;q=0`).
      delete req.headers['accept-encoding'];
      return next();
    }
    // sirv picks the sibling from this header with a plain substring test: hand it the choice made here.
    req.headers['accept-encoding'] = coding;
    serve(req, res, next);
  };
}

/**
 * The build writes the siblings (after every other plugin, the service worker included; Workbox's
 * precache patterns name the originals' extensions only, so no sibling is precached), and
 * `vite preview` serves them ahead of its own per-request gzip.
 */
export function precompress(): Plugin {
  let outDir = '';
  let logger: Logger | undefined;
  return {
    name: 'qn-precompress',
    apply: (_, env) => env.command === 'build' || !!env.isPreview,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logger = config.logger;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (error || !outDir || !existsSync(outDir)) return;
        const done = await precompressDir(outDir);
        const sum = (k: 'bytes' | 'br' | 'gz') => Math.round(done.reduce((a, d) => a + (d[k] ?? d.bytes), 0) / 1024);
        logger?.info(`qn-precompress: ${done.length} files, ${sum('bytes')} KB → .br ${sum('br')} KB, .gz ${sum('gz')} KB`);
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use(servePrecompressed(outDir, server.config.preview.headers));
    },
  };
}
