// The characters of the app's font files (Be Vietnam Pro 400 and 600, cut by pipeline/fonts.ts),
// as code-point ranges: one list for the subsetter and for the map style's `unicode-range`.

/**
 * Basic Latin and Latin-1 (so names in a person's own data mostly render in the font too), every
 * Vietnamese letter with its marks (as Fontsource's `vietnamese` subset: Ă Đ Ĩ Ũ Ơ Ư, U+1EA0–1EF9,
 * the combining marks, ₫), and the punctuation and symbols the app writes. A message, label or
 * unit name using a character outside these makes tests/unit/fonts.test.ts fail: add it here and
 * run `npm run fonts`. (Arrows ↑ → ↓ and primes ′ ″, which the app writes, are not in Be Vietnam Pro
 * at all: the browser draws them in system-ui, as before.)
 */
export const FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x102, 0x103],
  [0x110, 0x111],
  [0x128, 0x129],
  [0x168, 0x169],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x300, 0x301],
  [0x303, 0x303],
  [0x309, 0x309],
  [0x323, 0x323],
  [0x1ea0, 0x1ef9],
  [0x2013, 0x2014], // – —
  [0x2018, 0x201a], // ‘ ’ ‚
  [0x201c, 0x201e], // “ ” „
  [0x2022, 0x2022], // •
  [0x2026, 0x2026], // …
  [0x2039, 0x203a], // ‹ ›
  [0x20ab, 0x20ac], // ₫ €
  [0x2212, 0x2212], // −
  [0x2248, 0x2248], // ≈
  [0x2264, 0x2265], // ≤ ≥
];

/** Every character of FONT_RANGES, the text handed to the subsetter. */
export const fontText = (): string =>
  FONT_RANGES.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))).join('');

/**
 * FONT_RANGES as CSS/MapLibre `unicode-range` values.
 * @example unicodeRanges()[0] // 'U+0020-007E'
 */
export const unicodeRanges = (): string[] =>
  FONT_RANGES.map(([from, to]) => {
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
    return from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`;
  });
