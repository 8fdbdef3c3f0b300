// `npm run data`: validates data/ and rebuilds tiles/ and public/data/. On bad input it names the
// file and feature, exits non-zero and leaves the previous outputs untouched.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildOutputs, type FactTexts } from './build-outputs';
import { SEED_FILE } from './steps/citations';
import { FACT_FILES } from './steps/facts';
import { SITE_AREAS_FILE, SITES_FILE } from './steps/sites';

export function readFactTexts(read: (rel: string) => string): FactTexts {
  return {
    indicators: read(FACT_FILES.indicators),
    definitions: read(FACT_FILES.definitions),
    aliases: read(FACT_FILES.aliases),
    ntm: read(FACT_FILES.ntm),
    formerCommunes: read(FACT_FILES.formerCommunes),
    siteAreas: read(SITE_AREAS_FILE),
    seeds: read(SEED_FILE),
  };
}
import { PipelineError } from './errors';
import { loadInputs } from './steps/load-inputs';

/** Writes every output to a temporary file first, then renames them all into place. */
export function writeAtomically(root: string, outputs: Map<string, Uint8Array>): void {
  const staged: [string, string][] = [];
  try {
    for (const [rel, bytes] of outputs) {
      const target = join(root, rel);
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, bytes);
      staged.push([tmp, target]);
    }
  } catch (err) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw err;
  }
  for (const [tmp, target] of staged) renameSync(tmp, target);
}

/** Runs the whole pipeline from `dataDir` into `outDir`; returns the written paths. */
export async function runPipeline(dataDir: string, outDir: string): Promise<string[]> {
  const read = (rel: string) => {
    try {
      return readFileSync(join(dataDir, rel), 'utf8');
    } catch (err) {
      throw new PipelineError(rel, `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  };
  const inputs = loadInputs(read);
  const outputs = await buildOutputs(inputs, read('sources.json'), readFactTexts(read), read(SITES_FILE));
  writeAtomically(outDir, outputs);
  return [...outputs.keys()];
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const root = resolve(import.meta.dirname, '..');
  // QN_DATA_DIR / QN_OUT_DIR let tests run the real CLI on a copy.
  const dataDir = process.env.QN_DATA_DIR ?? join(root, 'data');
  const outDir = process.env.QN_OUT_DIR ?? root;
  const started = performance.now();
  runPipeline(dataDir, outDir).then(
    (written) => {
      for (const path of written) console.log(`wrote ${path}`);
      console.log(`data built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
    (err: unknown) => {
      if (err instanceof PipelineError) {
        console.error(`Bad input: ${join(dataDir, err.file)}${err.where ? ` (${err.where})` : ''}: ${err.problem}`);
        console.error('Nothing was written; the previous outputs are unchanged.');
      } else {
        console.error(err);
      }
      process.exit(1);
    },
  );
}
