// One entry per cited source (each seed article and each web page behind a figure, an NTM record
// or a site): title, publisher, date, URL where known, and what was taken from it.
import type { CitationEntry, Fact, NtmRecord } from '../../src/lib/data/facts-types';
import type { Site } from '../../src/lib/data/site-types';
import { PipelineError } from '../errors';
import { parseCsv } from './parse';
import { NTM_STATUS_VI } from '../../src/i18n/ntm-status';

export const SEED_FILE = 'facts/seed_articles.csv';

/** The id an entry gets: the seed number ("seed-001") or the URL without scheme. */
export function citationId(source: string): string {
  if (/^https?:\/\//.test(source)) return source.replace(/^https?:\/\//, '');
  const seed = source.match(/^(\d{3})_/);
  return seed ? `seed-${seed[1]}` : source;
}

/**
 * Builds the entries from the seed table and every source string used.
 * @example buildCitations(seeds, [{ source: '002_c2….txt', note: 'trade' }])[0].id // 'seed-002'
 */
export function buildCitations(seedText: string, uses: CitationUse[]): CitationEntry[] {
  const seeds = new Map(
    parseCsv(SEED_FILE, seedText, ['file', 'title', 'publisher', 'date', 'what_was_taken', 'what_was_taken_vi']).map((r) => [r.values.file!, r.values]),
  );
  const byId = new Map<string, CitationEntry>();
  for (const u of uses) {
    const id = citationId(u.source);
    let entry = byId.get(id);
    if (!entry) {
      const isUrl = /^https?:\/\//.test(u.source);
      const seed = isUrl ? undefined : seeds.get(u.source);
      if (!isUrl && /^\d{3}_/.test(u.source) && !seed) throw new PipelineError(SEED_FILE, `no entry for seed article ${u.source}`);
      let host = '';
      if (isUrl) {
        try {
          host = new URL(u.source).hostname.replace(/^www\./, '');
        } catch {
          host = u.source;
        }
      }
      entry = {
        id,
        kind: seed ? 'seed' : isUrl ? 'web' : 'other',
        // A web page's title was not stored with its excerpt: left empty rather than guessed.
        title: seed?.title ?? (isUrl ? '' : u.source),
        publisher: seed?.publisher ?? (isUrl ? host : ''),
        date: seed?.date ?? '',
        url: isUrl ? u.source : null,
        taken: seed?.what_was_taken ? [seed.what_was_taken] : [],
        takenVi: seed?.what_was_taken_vi ? [seed.what_was_taken_vi] : [],
      };
      byId.set(id, entry);
    }
    if (!entry.date && u.sourceDate) entry.date = u.sourceDate;
    if (entry.kind !== 'seed' && u.what && !entry.taken.includes(u.what) && entry.taken.length < 8) {
      entry.taken.push(u.what);
      entry.takenVi.push(u.whatVi || u.what);
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** One use of a source: what was taken, in English and in Vietnamese. */
export interface CitationUse {
  source: string;
  sourceDate: string;
  what: string;
  whatVi: string;
}

const excerpt = (quote: string) => (quote.length > 90 ? `«${quote.slice(0, 88).trimEnd()}…»` : `«${quote}»`);

/**
 * What each fact, NTM record and site (its record and its cited areas) took from its source; the
 * Vietnamese line names the indicator in Vietnamese, or quotes the source's own words.
 */
export function citationUses(
  facts: Fact[],
  ntm: NtmRecord[],
  sites: Pick<Site, 'nameEn' | 'nameVi' | 'sources' | 'areas'>[] = [],
  indicatorNamesVi: Map<string, string> = new Map(),
): CitationUse[] {
  return [
    ...facts.map((f) => ({
      source: f.source,
      sourceDate: f.sourceDate,
      what: `${f.note || f.indicator} (${f.year})`,
      whatVi: `${indicatorNamesVi.get(f.indicator) ?? excerpt(f.quote)} (${f.year})`,
    })),
    ...ntm.map((r) => ({
      source: r.source,
      sourceDate: r.sourceDate,
      what: `NTM: ${r.status}${r.year ? ` (${r.year})` : ''}`,
      whatVi: `NTM: ${(NTM_STATUS_VI[r.status] ?? r.status).toLowerCase()}${r.year ? ` (${r.year})` : ''}`,
    })),
    ...sites.flatMap((s) => [
      ...s.sources.map((source) => ({ source, sourceDate: '', what: `site: ${s.nameEn}`, whatVi: `địa điểm: ${s.nameVi}` })),
      ...s.areas.map((a) => ({
        source: a.source,
        sourceDate: a.asOf ?? '',
        what: `site area: ${s.nameEn} ${a.value} ${a.unit}`,
        whatVi: `diện tích: ${s.nameVi} ${a.value
          .replace(/^nearly /, 'gần ')
          .replace(/^over /, 'trên ')
          .replace('.', ',')} ${a.unit}`,
      })),
    ]),
  ];
}
