// The measure tool: whether clicks on the map place measuring points, and the points placed
// (the pure add/undo/clear model is src/lib/geo/measure.ts).
import type { Position } from 'geojson';
import { emptyMeasure, measureReducer, measureResult, type MeasureAction, type MeasureMode, type MeasureResult, type MeasureState } from '../geo/measure';

export class MeasureTool {
  /** True while clicks, taps and the keyboard place points (the shape stays shown when false). */
  active = $state(false);
  /** Mode and points; replaced, never mutated. */
  shape = $state.raw<MeasureState>(emptyMeasure());
  /** Length, perimeter and area of the shape. */
  result: MeasureResult = $derived(measureResult(this.shape));

  dispatch(action: MeasureAction) {
    this.shape = measureReducer(this.shape, action);
  }

  /** Starts placing points in `mode` (the points so far are kept: a line becomes a polygon). */
  start(mode: MeasureMode) {
    this.dispatch({ type: 'setMode', mode });
    this.active = true;
  }

  stop() {
    this.active = false;
  }

  add(point: Position) {
    this.dispatch({ type: 'add', point: [Number(point[0]!.toFixed(6)), Number(point[1]!.toFixed(6))] });
  }

  undo() {
    this.dispatch({ type: 'undo' });
  }

  clear() {
    this.dispatch({ type: 'clear' });
  }

  /** Shows a stored measurement (a slide, a link); null clears it. Placing stays off. */
  set(value: MeasureState | null) {
    this.active = false;
    this.shape = value ? { mode: value.mode, points: value.points.map((p) => [p[0]!, p[1]!]) } : emptyMeasure(this.shape.mode);
  }
}

export const measure = new MeasureTool();
