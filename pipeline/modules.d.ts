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
