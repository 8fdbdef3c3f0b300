// How many units fall in each legend class, and their share: counted from the full table (the same
// facts the filters read), so the legend, the ranking chart and a filter on a class agree.
import type { FactsFile } from '../../lib/data/facts-types';
import type { AppIndex } from '../../lib/data/unit-index-types';
import { classOf, type Classification } from '../../lib/geo/classify';

export interface ClassCount {
  count: number;
  /** count / total, 0–1 (0 when there is nothing to count). */
  share: number;
}

/**
 * Counts the class keys; every legend key gets a row, even an empty one.
 * @example countClasses(['a', 'b', 'a'], ['a', 'b', 'c']).get('a') // { count: 2, share: 2/3 }
 */
export function countClasses(keys: string[], legendKeys: string[]): Map<string, ClassCount> {
  const counts = new Map<string, number>(legendKeys.map((k) => [k, 0]));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const total = keys.length;
  return new Map([...counts].map(([k, count]) => [k, { count, share: total ? count / total : 0 }]));
}

/** NTM class of each 2025 unit (a unit the table does not list is "no data"). */
export function ntmKeys(index: AppIndex, facts: FactsFile): string[] {
  return index.units.map((u) => facts.ntm.units2025[u.code]?.class ?? 'no_data');
}

/** Class index (as the legend's key) of each 2020–2025 district for an indicator; "no_data" when it has no value. */
export function indicatorKeys(index: AppIndex, values: Map<string, { value: number }>, c: Classification): string[] {
  return index.districts.map((d) => {
    const i = classOf(values.get(d.code)?.value ?? null, c);
    return i === null ? 'no_data' : String(i);
  });
}

/** Class index (as the legend's key) of each code for a user's table; "no_data" when the table gives it no figure. */
export function userKeys(codes: readonly string[], values: ReadonlyMap<string, number>, c: Classification): string[] {
  return codes.map((code) => {
    const i = classOf(values.get(code) ?? null, c);
    return i === null ? 'no_data' : String(i);
  });
}
