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
  return numbersIn(quote).some((n) =>
    [1, 1e3, 1e6, 1e-3].some((scale) => Math.abs(n * scale - value) <= 1e-9 * Math.max(1, Math.abs(value))));
}
