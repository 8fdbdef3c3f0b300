// Questions the thematic views ask of the cited facts; pure functions over facts.json.
import type { Fact, FactsFile } from './facts-types';

/** The value each unit shows on the map for an indicator and year (one per unit at most). */
export function mapValues(facts: Fact[], indicator: string, year: number | null): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const f of facts) {
    if (f.mapValue && f.level === 'district' && f.indicator === indicator && f.year === year) out.set(f.code, f);
  }
  return out;
}

/** Years in which at least one district has a map value for the indicator, newest first. */
export function yearsWithData(facts: Fact[], indicator: string): number[] {
  const years = new Set(facts.filter((f) => f.mapValue && f.level === 'district' && f.indicator === indicator).map((f) => f.year));
  return [...years].sort((a, b) => b - a);
}

/** Every figure for a unit (district code or '22' for the province), newest year first. */
export function factsForUnit(facts: Fact[], code: string): Fact[] {
  return facts.filter((f) => f.code === code).sort((a, b) => b.year - a.year || a.indicator.localeCompare(b.indicator));
}

/** Indicators that have at least one district map value. */
export function mappableIndicators(file: FactsFile): FactsFile['indicators'] {
  return file.indicators.filter((d) => yearsWithData(file.facts, d.id).length > 0);
}

/**
 * A source as a reader sees it: the web site's host with a link, or the number of a seed article
 * (the caller words it, e.g. "bài báo nguồn 001").
 */
export function sourceLabel(source: string): { text: string; href: string | null; seed: string | null } {
  if (/^https?:\/\//.test(source)) {
    try {
      return { text: new URL(source).hostname.replace(/^www\./, ''), href: source, seed: null };
    } catch {
      return { text: source, href: null, seed: null };
    }
  }
  const seed = source.replace(/_.*$/, '');
  return { text: seed, href: null, seed };
}

/** The fact a slide's figure names (the first, when several match), or undefined when it is missing. */
export function findFigure(facts: Fact[], ref: { level: string; code: string; indicator: string; year: number; note?: string }): Fact | undefined {
  return facts.find((f) => f.level === ref.level && f.code === ref.code && f.indicator === ref.indicator && f.year === ref.year && (!ref.note || f.note.startsWith(ref.note)));
}
