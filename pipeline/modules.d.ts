declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, inputs: Record<string, unknown>): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}

declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); returns [x, y] with a distance. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}

declare module 'subset-font' {
  /** Subsets a TTF/WOFF/WOFF2 font to the glyphs of `text` with harfbuzz's hb-subset (wasm). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; noHinting?: boolean; keepFeatures?: string[]; noLayoutClosure?: boolean },
  ): Promise<Uint8Array>;
}

declare module 'fontverter' {
  /** Converts a font between sfnt (TrueType/OpenType), WOFF and WOFF2. */
  const fontverter: { convert(font: Uint8Array, to: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Uint8Array> };
  export default fontverter;
}
