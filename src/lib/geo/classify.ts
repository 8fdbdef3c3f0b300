// Classifies values into ordered classes (quantile, equal interval, Jenks natural breaks), always
// from the full attribute table, never from what happens to be rendered.
import { ckmeans, equalIntervalBreaks, quantileSorted } from 'simple-statistics';

export type ClassMethod = (typeof CLASS_METHODS)[number];
export const CLASS_METHODS = ['quantile', 'equal', 'jenks'] as const;
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

export interface Classification {
  method: ClassMethod;
  /** Number of classes actually made (fewer than asked when there are fewer distinct values). */
  classes: number;
  /** Lower and upper bound of each class: class i holds values in (bounds[i], bounds[i+1]], the first also its lower bound. */
  bounds: number[];
  /** True when each class holds one distinct value (fewer distinct values than classes asked). */
  exact: boolean;
}

/**
 * Classifies the finite values; missing ones (null, NaN) are ignored here and shown as "no data".
 * With fewer distinct values than `requested`, each distinct value gets its own class.
 * @example classify([1, 2, 3, 10], 'equal', 3).bounds // [1, 4, 7, 10]
 */
export function classify(values: (number | null | undefined)[], method: ClassMethod, requested: number): Classification {
  if (!Number.isInteger(requested) || requested < MIN_CLASSES || requested > MAX_CLASSES) {
    throw new RangeError(`classes must be ${MIN_CLASSES}–${MAX_CLASSES}, not ${requested}`);
  }
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { method, classes: 0, bounds: [], exact: false };
  const distinct = [...new Set(xs)];
  const min = xs[0]!;
  const max = xs[xs.length - 1]!;
  if (distinct.length <= requested) {
    // One class per distinct value: [min, v1, v2, …] puts each value alone in its class.
    return { method, classes: distinct.length, bounds: [min, ...distinct], exact: true };
  }
  let inner: number[];
  if (method === 'quantile') inner = Array.from({ length: requested - 1 }, (_, i) => quantileSorted(xs, (i + 1) / requested));
  else if (method === 'equal') inner = equalIntervalBreaks(xs, requested).slice(1, -1);
  // Natural breaks: Ckmeans.1d.dp, the optimal form of Jenks (simple-statistics' own `jenks` can
  // return repeated breaks and so fewer classes than the data allows). Cut at each cluster's top.
  else
    inner = ckmeans(xs, requested)
      .slice(0, -1)
      .map((cluster) => cluster[cluster.length - 1]!);
  // Ties can make equal thresholds; keep each once, strictly inside the range.
  const cuts = [...new Set(inner)].filter((t) => t >= min && t < max).sort((a, b) => a - b);
  return { method, classes: cuts.length + 1, bounds: [min, ...cuts, max], exact: false };
}

/** The class index (0-based) of a value, or null for missing data. */
export function classOf(value: number | null | undefined, c: Classification): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || c.classes === 0) return null;
  for (let i = 1; i < c.bounds.length - 1; i++) if (value <= c.bounds[i]!) return i - 1;
  return c.classes - 1;
}
