// Fill patterns as raw RGBA pixels (no canvas needed), e.g. the hatch that marks approximate areas.

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Diagonal hatch: lines of `colour` every `spacing` pixels on a transparent square that tiles
 * seamlessly; `cross` adds the other diagonal.
 * @example hatchPattern(8, [120, 120, 120, 255]) // 8×8 px, one "/" line
 */
export function hatchPattern(spacing: number, colour: readonly [number, number, number, number], cross = false): PatternImage {
  const size = spacing;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onSlash = (x + y) % spacing === 0;
      const onBackslash = cross && (x - y + spacing) % spacing === 0;
      if (onSlash || onBackslash) data.set(colour, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * Dots with a light halo, visible on light and dark fills alike (marks NTM kiểu mẫu).
 * @example dotPattern(8, [20, 30, 40, 255]) // 8×8 px, one 2×2 dot with a 1 px halo
 */
export function dotPattern(spacing: number, colour: readonly [number, number, number, number]): PatternImage {
  const data = new Uint8Array(spacing * spacing * 4);
  const put = (x: number, y: number, c: readonly [number, number, number, number]) => data.set(c, (y * spacing + x) * 4);
  for (let y = 1; y <= 4; y++) for (let x = 1; x <= 4; x++) put(x, y, [255, 255, 255, 200]);
  for (let y = 2; y <= 3; y++) for (let x = 2; x <= 3; x++) put(x, y, colour);
  return { width: spacing, height: spacing, data };
}
