// Golden-fixture helper: compares with tests/fixtures/out/<name>, or rewrites it when REGEN=1.
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
  if (process.env.REGEN === '1' || !existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}
