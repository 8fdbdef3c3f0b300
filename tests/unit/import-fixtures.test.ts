// The committed import fixtures are exactly what tests/fixtures/make-import-fixtures.ts builds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, FIXTURE_DIR } from '../fixtures/make-import-fixtures';

describe('import fixtures', () => {
  it('equal a fresh build, file for file (regenerate on purpose: npx tsx tests/fixtures/make-import-fixtures.ts)', () => {
    expect(readdirSync(FIXTURE_DIR).sort()).toEqual([...FIXTURES.keys()].sort());
    for (const [name, data] of FIXTURES) expect(Buffer.compare(readFileSync(join(FIXTURE_DIR, name)), Buffer.from(data)), name).toBe(0);
  });
});
