// The compare view in the page URL: `cmp=<version>,<theme>,<year>,<split>[,<method>,<classes>]`,
// e.g. `cmp=2025,none,,50` (the 2025 units on the right, divider in the middle) or
// `cmp=2020,indicator:grdp,2021,40`. Parsed defensively: a part not understood drops the whole
// compare view with a note (half of a comparison would show something nobody asked for).
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../geo/classify';
import {
  ADMIN_VERSIONS,
  COMPARE_SPLIT_RANGE,
  THEME_ID_PATTERN,
  YEAR_RANGE,
  themeFitsVersion,
  type AdminVersion,
  type CompareSetting,
  type ThemeId,
} from './types';

export const COMPARE_KEY = 'cmp';

const INTEGER = /^\d{1,4}$/;
const NUMBER = /^\d{1,2}(\.\d{1,2})?$/;

/**
 * Reads `cmp=…`; null with a note when any part is not understood.
 * @example parseCompare('2025,none,,50', []) // { adminVersion: '2025', theme: { id: 'none', year: null, … }, split: 50 }
 */
export function parseCompare(raw: string, notes: string[]): CompareSetting | null {
  const [version, id, year, split, method = 'quantile', classes = '5', ...rest] = raw.split(',');
  const fail = (why: string) => {
    notes.push(`compare view not understood (${why})`);
    return null;
  };
  if (rest.length) return fail('too many parts');
  if (!ADMIN_VERSIONS.includes(version as AdminVersion)) return fail('unknown administrative version');
  if (!id || !THEME_ID_PATTERN.test(id)) return fail('unknown theme');
  if (!themeFitsVersion(id, version as AdminVersion)) return fail('theme not drawn on that administrative version');
  if (year && (!INTEGER.test(year) || Number(year) < YEAR_RANGE[0] || Number(year) > YEAR_RANGE[1])) return fail('year is not a year');
  if (!split || !NUMBER.test(split) || Number(split) < COMPARE_SPLIT_RANGE[0] || Number(split) > COMPARE_SPLIT_RANGE[1])
    return fail(`divider must be at ${COMPARE_SPLIT_RANGE[0]}–${COMPARE_SPLIT_RANGE[1]} %`);
  if (!CLASS_METHODS.includes(method as ClassMethod)) return fail('unknown classification method');
  if (!INTEGER.test(classes) || Number(classes) < MIN_CLASSES || Number(classes) > MAX_CLASSES) return fail('number of classes out of range');
  return {
    adminVersion: version as AdminVersion,
    theme: { id: id as ThemeId, year: year ? Number(year) : null, method: method as ClassMethod, classes: Number(classes) },
    split: Number(split),
  };
}

/** Writes a compare setting as `cmp`'s value (method and classes only when not the defaults). */
export function writeCompare(c: CompareSetting): string {
  const parts = [c.adminVersion, c.theme.id, c.theme.year === null ? '' : String(c.theme.year), String(Number(c.split.toFixed(2)))];
  if (c.theme.method !== 'quantile' || c.theme.classes !== 5) parts.push(c.theme.method, String(c.theme.classes));
  return parts.join(',');
}
