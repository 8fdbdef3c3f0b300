// Builds the production app and serves it with `vite preview` for measurements.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');

export function buildApp(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** The comparison pages (bench/pages: empty map, naive GeoJSON map) into dist/bench/, after the app's build. */
export function buildBenchPages(): void {
  const result = spawnSync('npx', ['vite', 'build', '--config', 'bench/pages/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build of bench/pages failed');
}

/** Starts `vite preview` on `port` (of the built folder `outDir`, default dist) and resolves once it answers. */
export async function servePreview(port: number, outDir?: string): Promise<ChildProcess> {
  const args = ['vite', 'preview', ...(outDir ? ['--outDir', outDir] : []), '--port', String(port), '--strictPort'];
  const server = spawn('npx', args, { cwd: root, stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://localhost:${port}/`);
      if (r.ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stopServer(server);
  throw new Error(`preview server did not start on ${port}`);
}

export function stopServer(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}
