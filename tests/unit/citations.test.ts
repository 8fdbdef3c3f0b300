// Every seed article and web page behind a figure has an entry a person can follow.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCitations, citationId } from '../../pipeline/steps/citations';
import type { FactsFile } from '../../src/lib/data/facts-types';
import type { Site } from '../../src/lib/data/site-types';
import { citationEntry, citationName } from '../../src/lib/data/facts-query';

const root = resolve(import.meta.dirname, '../..');
const file = JSON.parse(readFileSync(join(root, 'public/data/facts.json'), 'utf8')) as FactsFile;

describe('citations (facts.json)', () => {
  it('lists each of the five seed articles with title, publisher, date and what was taken', () => {
    const seeds = file.citations.filter((c) => c.kind === 'seed');
    expect(seeds.map((c) => c.id)).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
    for (const c of seeds) {
      expect(c.title, c.id).not.toBe('');
      expect(c.publisher, c.id).not.toBe('');
      expect(c.date, c.id).not.toBe('');
      expect(c.taken.length, c.id).toBeGreaterThan(0);
    }
  });

  it('has an entry for the source of every figure and NTM record, web pages with their URL', () => {
    const ids = new Set(file.citations.map((c) => c.id));
    for (const f of file.facts) expect(ids.has(citationId(f.source)), f.source).toBe(true);
    for (const c of file.citations.filter((x) => x.kind === 'web')) expect(c.url, c.id).toMatch(/^https?:\/\//);
  });

  it('has an entry for every site source and cited site area, so the investor CSV can name it', () => {
    const sites = JSON.parse(readFileSync(join(root, 'public/data/sites.json'), 'utf8')) as Site[];
    const ids = new Set(file.citations.map((c) => c.id));
    for (const s of sites) for (const src of [...s.sources, ...s.areas.map((a) => a.source)]) expect(ids.has(citationId(src)), src).toBe(true);
    const cited = sites.flatMap((s) => s.sources).find((x) => x.startsWith('https://'))!;
    const name = citationName(cited, file.citations, 'bài báo nguồn {n}');
    expect(name).not.toMatch(/https?:\/\//);
    expect(name).toBe(
      citationEntry(cited, file.citations)!.publisher + (citationEntry(cited, file.citations)!.date ? `, ${citationEntry(cited, file.citations)!.date}` : ''),
    );
    expect(citationName('002_x.txt', file.citations, 'bài báo nguồn {n}')).toMatch(/^bài báo nguồn 002 «/);
  });

  it('refuses a seed article without an entry', () => {
    expect(() =>
      buildCitations('file,title,publisher,date,what_was_taken,what_was_taken_vi\n', [{ source: '009_x.txt', sourceDate: '', what: '', whatVi: '' }]),
    ).toThrow(/no entry for seed article/);
  });
});
