// Place search: diacritic-insensitive (đ → d too), prefix and typo-tolerant, exact spellings first.
import { foldVietnamese } from './fold';

export type SearchKind = 'unit' | 'district' | 'old' | 'site';

export interface SearchEntry {
  kind: SearchKind;
  /** What selecting the entry opens (for an old commune: the 2025 unit it went to). */
  target: { kind: 'unit' | 'district' | 'site'; code: string };
  /** The name as written, with diacritics. */
  name: string;
  /** Extra words that match too (e.g. the English name). */
  aliases?: string[];
  /** A second line: "formerly X, now in Y", a district, a category. */
  detail?: string;
}

interface Prepared {
  entry: SearchEntry;
  exactLower: string[];
  folded: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Damerau–Levenshtein distance, capped: returns cap + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
  }
  return d[a.length]![b.length]!;
}

const words = (s: string) => s.split(/[\s,.()–-]+/).filter(Boolean);

/** Scores how well the query's words match a name's words; 0 = no match. */
function scoreWords(query: string[], candidate: string[]): number {
  let total = 0;
  for (const q of query) {
    let best = 0;
    for (const c of candidate) {
      if (c === q) best = Math.max(best, 4);
      else if (c.startsWith(q)) best = Math.max(best, 3);
      else if (q.length >= 3 && editDistance(q, c.slice(0, q.length + 1), q.length >= 7 ? 2 : 1) <= (q.length >= 7 ? 2 : 1)) best = Math.max(best, 1);
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}

/** An index over entries; search with `find`. */
export class PlaceSearch {
  readonly #items: Prepared[];

  constructor(entries: SearchEntry[]) {
    this.#items = entries.map((entry) => {
      const all = [entry.name, ...(entry.aliases ?? [])].join(' ');
      // The "same diacritics" bonus is for the Vietnamese name only: an English alias such as
      // "Dam Ha Commune" must not outrank a correctly spelt match.
      return { entry, exactLower: words(entry.name.toLowerCase()), folded: words(foldVietnamese(all)) };
    });
  }

  /**
   * Best matches first: spelled with the same diacritics beats folded, whole word beats prefix,
   * prefix beats a typo; within a score, 2025 units and districts before old communes.
   * @example new PlaceSearch(entries).find('dam ha')[0].entry.name // 'Huyện Đầm Hà'
   */
  find(query: string, limit = 8): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    const qExact = words(q.toLowerCase());
    const qFolded = words(foldVietnamese(q));
    const order: Record<SearchKind, number> = { unit: 0, district: 1, site: 2, old: 3 };
    const hits: SearchHit[] = [];
    for (const item of this.#items) {
      const folded = scoreWords(qFolded, item.folded);
      if (folded === 0) continue;
      // Typing the diacritics right breaks ties between equally good folded matches.
      const exact = scoreWords(qExact, item.exactLower);
      hits.push({ entry: item.entry, score: folded * 100 + exact });
    }
    return hits
      .sort((a, b) => b.score - a.score || order[a.entry.kind] - order[b.entry.kind] || a.entry.name.localeCompare(b.entry.name, 'vi'))
      .slice(0, limit);
  }
}
