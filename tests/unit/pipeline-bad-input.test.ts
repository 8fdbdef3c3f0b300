// Bad input stops the pipeline with a message naming the file and the feature; nothing is written.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors';
import { INPUT_FILES, loadInputs } from '../../pipeline/steps/load-inputs';

const root = resolve(import.meta.dirname, '../..');
const readReal = (rel: string) => readFileSync(join(root, 'data', rel), 'utf8');
const wardsText = readReal(INPUT_FILES.wards);

/** Loads inputs with one file replaced, and returns the error it throws. */
function errorWith(file: string, text: string): PipelineError {
  try {
    loadInputs((rel) => (rel === file ? text : readReal(rel)));
  } catch (err) {
    if (err instanceof PipelineError) return err;
    throw err;
  }
  throw new Error('expected a PipelineError');
}

function mutateWards(change: (fc: { features: { properties: Record<string, unknown>; geometry: unknown }[] }) => void): string {
  const fc = JSON.parse(wardsText);
  change(fc);
  return JSON.stringify(fc);
}

describe('bad input gets a clear error naming the file and feature', () => {
  it('malformed JSON', () => {
    const err = errorWith(INPUT_FILES.wards, wardsText.slice(0, 5000));
    expect(err.file).toBe('admin/wards_2025.geojson');
    expect(err.message).toMatch(/malformed JSON/);
  });

  it('a feature without a code', () => {
    const err = errorWith(
      INPUT_FILES.wards,
      mutateWards((fc) => delete fc.features[3]!.properties.code),
    );
    expect(err.message).toMatch(/admin\/wards_2025\.geojson \(feature #3 "Phường .+"\): feature has no code/);
  });

  it('duplicate codes', () => {
    const err = errorWith(
      INPUT_FILES.wards,
      mutateWards((fc) => (fc.features[1]!.properties.code = fc.features[0]!.properties.code)),
    );
    expect(err.where).toMatch(/^feature #1/);
    expect(err.problem).toBe('duplicate code 06652');
  });

  it('a crosswalk row naming an unknown code', () => {
    const csv = readReal(INPUT_FILES.crosswalk).replace(
      '193,Thành phố Hạ Long,Thành phố,06649,Phường Hà Khánh,Phường,1,06658,',
      '193,Thành phố Hạ Long,Thành phố,06649,Phường Hà Khánh,Phường,1,99999,',
    );
    const err = errorWith(INPUT_FILES.crosswalk, csv);
    expect(err.file).toBe('admin/crosswalk_2025.csv');
    expect(err.where).toBe('line 2, column new_commune_code');
    expect(err.problem).toBe('unknown 2025 unit code 99999');
  });

  it('an invalid geometry (a self-intersecting ring)', () => {
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [107, 21],
          [107.1, 21.1],
          [107.1, 21],
          [107, 21.1],
          [107, 21],
        ],
      ],
    };
    const err = errorWith(
      INPUT_FILES.wards,
      mutateWards((fc) => (fc.features[2]!.geometry = bowtie)),
    );
    expect(err.where).toMatch(/feature #2 .*code 06661/);
    expect(err.problem).toMatch(/invalid geometry: polygon 0, ring 0 intersects itself at 107\.05/);
  });

  it('a CSV with a broken quote names the line', () => {
    const err = errorWith(INPUT_FILES.districts, 'code,name,exact,approximation_note,area_km2_reference\n193,"Hạ Long,false,x,1\n');
    expect(err.file).toBe('admin/districts_2020_2025.csv');
    expect(err.message).toMatch(/malformed CSV/);
  });
});

describe('npm run data on bad input', () => {
  const exec = promisify(execFile);
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'qn-pipeline-'));
    cpSync(join(root, 'data'), join(work, 'data'), { recursive: true });
    cpSync(join(root, 'tiles'), join(work, 'out/tiles'), { recursive: true });
    cpSync(join(root, 'public/data'), join(work, 'out/public/data'), { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exits non-zero, names the file, and leaves the previous outputs untouched', async () => {
    writeFileSync(join(work, 'data', INPUT_FILES.wards), '{"type": "FeatureCollection", "features": [');
    const before = readFileSync(join(work, 'out/tiles/quangninh.pmtiles'));
    const mtime = statSync(join(work, 'out/public/data/index.json')).mtimeMs;
    const run = exec(process.execPath, ['--import', 'tsx', join(root, 'pipeline/build.ts')], {
      env: { ...process.env, QN_DATA_DIR: join(work, 'data'), QN_OUT_DIR: join(work, 'out') },
    });
    const failure = await run.then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/wards_2025\.geojson: malformed JSON/);
    expect(failure?.stderr).toMatch(/previous outputs are unchanged/);
    expect(readFileSync(join(work, 'out/tiles/quangninh.pmtiles')).equals(before)).toBe(true);
    expect(statSync(join(work, 'out/public/data/index.json')).mtimeMs).toBe(mtime);
  });
});
