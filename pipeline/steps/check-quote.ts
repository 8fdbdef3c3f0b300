// Checks that a figure's verbatim quote really contains its number (in Vietnamese notation).

/** Numbers written in a Vietnamese sentence: "33.497" → 33497, "1,6" → 1.6, "13,6%" → 13.6. */
export function numbersIn(quote: string): number[] {
  const matches = quote.match(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g) ?? [];
  return matches.map((m) => Number(m.replace(/\./g, '').replace(',', '.')));
}

/**
 * True when the quote holds the value, allowing the unit changes the tables make
 * (thousand/million/billion: "1,6 tỷ USD" is 1,600 million USD; "56,5 nghìn tỷ" is 56,500 billion).
 * @example quoteContainsValue('đạt 1,6 tỷ USD', 1600) // true
 */
export function quoteContainsValue(quote: string, value: number): boolean {
  return numbersIn(quote).some((n) => [1, 1e3, 1e6, 1e-3].some((scale) => Math.abs(n * scale - value) <= 1e-9 * Math.max(1, Math.abs(value))));
}

/** Words right before a number that bound it: "trên 853", "gần 3,2", "xấp xỉ 589,6", "dưới 5". */
const QUALIFIER_WORDS: [RegExp, 'over' | 'about' | 'under'][] = [
  [/(?:^|[^\p{L}])(?:trên|hơn)\s+$/iu, 'over'],
  [/(?:^|[^\p{L}])(?:gần|khoảng|xấp xỉ)\s+$/iu, 'about'],
  [/(?:^|[^\p{L}])dưới\s+$/iu, 'under'],
];
/** "cao hơn 0,74 điểm" compares; it does not bound the number. */
const COMPARISON = /(?:cao|thấp|lớn|nhỏ|nhiều|ít|gấp)\s+hơn\s+$/iu;

/**
 * The qualifier the quote puts right before the value's number, or null.
 * @example qualifierInQuote('đạt trên 853 triệu USD', 853) // 'over'
 */
export function qualifierInQuote(quote: string, value: number): 'over' | 'about' | 'under' | null {
  for (const m of quote.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    const n = Number(m[0].replace(/\./g, '').replace(',', '.'));
    if (![1, 1e3, 1e6, 1e-3].some((scale) => Math.abs(n * scale - value) <= 1e-9 * Math.max(1, Math.abs(value)))) continue;
    const before = quote.slice(Math.max(0, m.index - 24), m.index);
    if (COMPARISON.test(before)) continue;
    for (const [re, q] of QUALIFIER_WORDS) if (re.test(before)) return q;
  }
  return null;
}
