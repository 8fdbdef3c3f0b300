// Label placement with collision avoidance (pure): greedy by priority, a label that would overlap a placed one is left out.
import type { Label } from './scene';

export interface PlacedLabel {
  label: Label;
  /** Centre of the text in CSS pixels. */
  x: number;
  y: number;
  /** Box the text occupies (with padding), CSS pixels. */
  box: [number, number, number, number];
  /** The text's lines (one unless wrapped, see {@link wrapText}). */
  lines: string[];
}

/**
 * Breaks a text into lines no wider than `maxWidth` where it has spaces (as MapLibre's
 * text-max-width; a single word wider than that stays whole), balancing the lines' lengths.
 * @example wrapText('KKT cửa khẩu Móng Cái', 80, (t) => t.length * 7) // ['KKT cửa khẩu', 'Móng Cái']
 */
export function wrapText(text: string, maxWidth: number, width: (t: string) => number): string[] {
  if (width(text) <= maxWidth) return [text];
  const words = text.split(' ');
  const count = Math.ceil(width(text) / maxWidth);
  // Aim at equal lines (MapLibre balances them too), never over maxWidth unless a word is.
  const target = Math.max(width(text) / count, 1);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && (width(next) > maxWidth || width(line) >= target)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places labels, highest priority first; ties keep input order. Labels off screen, below their
 * minZoom, or overlapping a placed box are skipped. `measure` gives the width of the widest line.
 * @example placeLabels(labels, 9, { width: 800, height: 600 }, project, (l) => l.text.length * 7)
 */
export function placeLabels(
  labels: Label[],
  zoom: number,
  viewport: { width: number; height: number },
  project: (lngLat: [number, number]) => [number, number],
  measure: (label: Label) => number,
  padding = 2,
  wrap: (label: Label) => string[] = (l) => [l.text],
): PlacedLabel[] {
  const order = labels.map((l, i) => [l, i] as const).sort((a, b) => b[0].priority - a[0].priority || a[1] - b[1]);
  const placed: PlacedLabel[] = [];
  for (const [label] of order) {
    if (label.minZoom !== undefined && zoom < label.minZoom) continue;
    const [x, y] = project(label.position);
    const lines = wrap(label);
    const halfW = measure(label) / 2 + padding;
    const halfH = label.size * 0.6 * lines.length + padding;
    const box: [number, number, number, number] = [x - halfW, y - halfH, x + halfW, y + halfH];
    if (box[2] < 0 || box[0] > viewport.width || box[3] < 0 || box[1] > viewport.height) continue;
    if (placed.some((p) => box[0] < p.box[2] && box[2] > p.box[0] && box[1] < p.box[3] && box[3] > p.box[1])) continue;
    placed.push({ label, x, y, box, lines });
  }
  return placed;
}
