// Golden-fixture helper: compares with tests/fixtures/out/<name>; REGEN=1 rewrites it on purpose
// (review the diff). A missing golden file fails the test instead of being written silently.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

const fixtures = resolve(import.meta.dirname, '../fixtures');

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(join(fixtures, 'in', name), 'utf8')) as T;
}

export function expectGolden(name: string, actual: unknown): void {
  const path = join(fixtures, 'out', name);
  const text = JSON.stringify(actual, null, 1) + '\n';
  if (process.env.REGEN === '1') writeFileSync(path, text);
  else if (!existsSync(path)) throw new Error(`golden file tests/fixtures/out/${name} is missing: run with REGEN=1 to write it, then review it`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}
