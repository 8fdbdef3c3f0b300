// Drawing on the map: a polygon (vertices) or a point (for a radius filter).

export type DrawMode = 'polygon' | 'point';

export class DrawState {
  mode = $state<DrawMode | null>(null);
  points = $state<[number, number][]>([]);
  /** Resolves when drawing finishes (or null when cancelled). */
  #finish: ((points: [number, number][] | null) => void) | null = null;

  start(mode: DrawMode): Promise<[number, number][] | null> {
    this.cancel();
    this.mode = mode;
    this.points = [];
    return new Promise((resolve) => (this.#finish = resolve));
  }

  add(point: [number, number]) {
    if (!this.mode) return;
    this.points = [...this.points, point];
    if (this.mode === 'point') this.finish();
  }

  undo() {
    this.points = this.points.slice(0, -1);
  }

  finish() {
    const done = this.#finish;
    const points = this.points;
    this.#reset();
    done?.(points);
  }

  cancel() {
    const done = this.#finish;
    this.#reset();
    done?.(null);
  }

  #reset() {
    this.mode = null;
    this.points = [];
    this.#finish = null;
  }
}

export const draw = new DrawState();
