// Label placement with collision avoidance (pure): greedy by priority, a label that would overlap a placed one is left out.
import type { Label } from './scene';

export interface PlacedLabel {
  label: Label;
  /** Centre of the text in CSS pixels. */
  x: number;
  y: number;
  /** Box the text occupies (with padding), CSS pixels. */
  box: [number, number, number, number];
}

/**
 * Places labels, highest priority first; ties keep input order. Labels off screen, below their
 * minZoom, or overlapping a placed box are skipped.
 * @example placeLabels(labels, 9, { width: 800, height: 600 }, project, (l) => l.text.length * 7)
 */
export function placeLabels(
  labels: Label[],
  zoom: number,
  viewport: { width: number; height: number },
  project: (lngLat: [number, number]) => [number, number],
  measure: (label: Label) => number,
  padding = 2,
): PlacedLabel[] {
  const order = labels.map((l, i) => [l, i] as const).sort((a, b) => b[0].priority - a[0].priority || a[1] - b[1]);
  const placed: PlacedLabel[] = [];
  for (const [label] of order) {
    if (label.minZoom !== undefined && zoom < label.minZoom) continue;
    const [x, y] = project(label.position);
    const halfW = measure(label) / 2 + padding;
    const halfH = label.size * 0.6 + padding;
    const box: [number, number, number, number] = [x - halfW, y - halfH, x + halfW, y + halfH];
    if (box[2] < 0 || box[0] > viewport.width || box[3] < 0 || box[1] > viewport.height) continue;
    if (placed.some((p) => box[0] < p.box[2] && box[2] > p.box[0] && box[1] < p.box[3] && box[3] > p.box[1])) continue;
    placed.push({ label, x, y, box });
  }
  return placed;
}
