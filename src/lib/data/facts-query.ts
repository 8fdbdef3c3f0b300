// Questions the thematic views ask of the cited facts; pure functions over facts.json.
import type { CitationEntry, Fact, FactsFile } from './facts-types';

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
  // Only a stored seed article ("001_….txt") is a "bài báo nguồn"; other sources ("halonginvest.gov.vn (list …)") are named as written.
  const seed = /^\d{3}_/.test(source) ? source.replace(/_.*$/, '') : null;
  return { text: seed ?? source, href: null, seed };
}

/** The fact a slide's figure names (the first, when several match), or undefined when it is missing. */
export function findFigure(facts: Fact[], ref: { level: string; code: string; indicator: string; year: number; note?: string }): Fact | undefined {
  return facts.find((f) => f.level === ref.level && f.code === ref.code && f.indicator === ref.indicator && f.year === ref.year && (!ref.note || f.note.startsWith(ref.note)));
}

/**
 * A source as an export names it: the seed article with its title and date, or the web page's host
 * with its date, from the source's entry in the Sources dialog.
 * @example citationText('002_c2….txt', citations, 'bài báo nguồn {n}') // 'bài báo nguồn 002 «Móng Cái: …», 19/01/2022'
 */
export function citationText(source: string, citations: CitationEntry[], seedWord: string): string {
  const label = sourceLabel(source);
  const id = label.seed ? `seed-${label.seed}` : source.replace(/^https?:\/\//, '');
  const entry = citations.find((c) => c.id === id);
  if (label.seed) return `${seedWord.replace('{n}', label.seed)}${entry ? ` «${entry.title}», ${entry.date}` : ''}`;
  return `${label.href ?? label.text}${entry?.date ? ` (${entry.date})` : ''}`;
}

/** How many districts have a map value against how many there are: "3 of 13". */
export function coverage(values: Map<string, Fact>, districtCount: number): { n: number; total: number } {
  return { n: values.size, total: districtCount };
}

/** A source's entry in the Sources dialog (by citation id), or undefined when it has none. */
export function citationEntry(source: string, citations: CitationEntry[]): CitationEntry | undefined {
  const label = sourceLabel(source);
  const id = label.seed ? `seed-${label.seed}` : source.replace(/^https?:\/\//, '');
  return citations.find((c) => c.id === id);
}

/**
 * A source named by its citation entry (what the Sources dialog lists), never as a raw URL: the
 * seed article's number, title and date, or the page's title or publisher and date.
 * @example citationName('https://nso.com.vn/…', citations, 'bài báo nguồn {n}') // 'nso.com.vn'
 */
export function citationName(source: string, citations: CitationEntry[], seedWord: string): string {
  const entry = citationEntry(source, citations);
  const label = sourceLabel(source);
  if (label.seed) return citationText(source, citations, seedWord);
  if (!entry) return label.text;
  const name = entry.title || entry.publisher || label.text;
  return entry.date ? `${name}, ${entry.date}` : name;
}
