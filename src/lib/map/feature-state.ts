// The one diff-and-write helper for feature-state: given the state every feature should have, it
// writes only what changed since its last write (setFeatureState for new or changed keys,
// removeFeatureState for keys a feature no longer has), so a recolour or a hover never touches
// geometry and never rewrites features that stayed the same.

/** Feature-state values as the style reads them (src/lib/map/style.ts, `FeatureStateKey`). */
export type StateValues = Readonly<Record<string, string | number | boolean>>;

/** Where a feature is: source, source-layer and (promoted) id. */
export interface StateTarget {
  source: string;
  sourceLayer: string;
  id: string;
}

/** The two calls the writer needs (a MapLibre map has both; tests pass a fake). */
export interface FeatureStateSink {
  setFeatureState(target: StateTarget, state: Record<string, unknown>): void;
  removeFeatureState(target: StateTarget, key?: string): void;
}

/** Writes feature-state for one source-layer, remembering what it wrote. */
export class FeatureStateWriter {
  #written = new Map<string, StateValues>();
  /** The last input, so an identical one is skipped without a walk. */
  #last: ReadonlyMap<string, StateValues> | null = null;

  constructor(
    readonly source: string,
    readonly sourceLayer: string,
  ) {}

  /**
   * Makes the features' state equal `next` (id → values; a feature not in `next` has no state).
   * Returns how many set/remove calls were made.
   */
  write(sink: FeatureStateSink, next: ReadonlyMap<string, StateValues>): number {
    if (next === this.#last) return 0;
    let calls = 0;
    const target = (id: string): StateTarget => ({ source: this.source, sourceLayer: this.sourceLayer, id });
    for (const [id, before] of this.#written) {
      if (next.has(id)) continue;
      for (const key of Object.keys(before)) {
        sink.removeFeatureState(target(id), key);
        calls++;
      }
    }
    for (const [id, values] of next) {
      const before = this.#written.get(id);
      const changed: Record<string, unknown> = {};
      let any = false;
      for (const [key, value] of Object.entries(values)) {
        if (before?.[key] !== value) {
          changed[key] = value;
          any = true;
        }
      }
      if (any) {
        sink.setFeatureState(target(id), changed);
        calls++;
      }
      if (before) {
        for (const key of Object.keys(before)) {
          if (!(key in values)) {
            sink.removeFeatureState(target(id), key);
            calls++;
          }
        }
      }
    }
    this.#written = new Map([...next].filter(([, values]) => Object.keys(values).length > 0));
    this.#last = next;
    return calls;
  }

  /** Forgets what was written (the map dropped its feature-state, e.g. after a lost WebGL context). */
  forget(): void {
    this.#written = new Map();
    this.#last = null;
  }
}
