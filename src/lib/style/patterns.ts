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
export function hatchPattern(spacing: number, colour: [number, number, number, number], cross = false): PatternImage {
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
