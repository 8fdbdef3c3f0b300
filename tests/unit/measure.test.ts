// Measure core: geodesic length and area, vi/en formatting, the add/undo/clear reducer.
import { describe, expect, it } from 'vitest';
import {
  emptyMeasure,
  formatArea,
  formatLength,
  formatMeasure,
  measureReducer,
  measureResult,
  pathLengthM,
  polygonAreaM2,
  type MeasureAction,
} from '../../src/lib/geo/measure';

const run = (actions: MeasureAction[], mode: 'distance' | 'area' = 'distance') => actions.reduce(measureReducer, emptyMeasure(mode));

describe('geodesic measures', () => {
  it('one degree of latitude is ~111.2 km; one of longitude at 21° N ~103.8 km', () => {
    expect(
      pathLengthM([
        [107, 21],
        [107, 22],
      ]) / 1000,
    ).toBeCloseTo(111.19, 1);
    expect(
      pathLengthM([
        [107, 21],
        [108, 21],
      ]) / 1000,
    ).toBeCloseTo(103.8, 0);
    expect(pathLengthM([[107, 21]])).toBe(0);
  });

  it('a 0.01° square near Hạ Long is ~1.04 km × 1.11 km ≈ 1.15 km² (spherical area)', () => {
    const a = polygonAreaM2([
      [107, 21],
      [107.01, 21],
      [107.01, 21.01],
      [107, 21.01],
    ]);
    expect(a / 1e6).toBeCloseTo(1.155, 2);
    expect(
      polygonAreaM2([
        [107, 21],
        [107.01, 21],
      ]),
    ).toBe(0);
  });
});

describe('formatting', () => {
  it('lengths in m under 1 km, km above, with the language’s decimal mark', () => {
    expect(formatLength(850.4, 'vi')).toBe('850 m');
    expect(formatLength(1234.5, 'vi')).toBe('1,23 km');
    expect(formatLength(1234.5, 'en')).toBe('1.23 km');
    expect(formatLength(152_345, 'en')).toBe('152.3 km');
  });

  it('areas in m², ha under 1 km², km² above', () => {
    expect(formatArea(950, 'en')).toBe('950 m²');
    expect(formatArea(25_000, 'vi')).toBe('2,5 ha');
    expect(formatArea(2_500_000, 'en')).toBe('2.5 km²');
    expect(formatArea(6_178_000_000, 'vi')).toBe('6.178 km²');
  });

  it('the copyable line: distance, or area with perimeter', () => {
    const d = run([
      { type: 'add', point: [107, 21] },
      { type: 'add', point: [107, 22] },
    ]);
    expect(formatMeasure(measureResult(d), 'en', 'perimeter')).toBe('111.2 km');
    const a = run(
      [
        { type: 'add', point: [107, 21] },
        { type: 'add', point: [107.01, 21] },
        { type: 'add', point: [107.01, 21.01] },
        { type: 'add', point: [107, 21.01] },
      ],
      'area',
    );
    expect(formatMeasure(measureResult(a), 'vi', 'chu vi')).toBe('1,15 km² (chu vi 4,3 km)');
    expect(formatMeasure(measureResult(emptyMeasure('area')), 'vi', 'chu vi')).toBe('');
  });
});

describe('reducer', () => {
  it('adds, undoes the last point, clears; never mutates', () => {
    const s0 = emptyMeasure();
    const s1 = measureReducer(s0, { type: 'add', point: [107, 21] });
    const s2 = measureReducer(s1, { type: 'add', point: [107.1, 21] });
    expect(s0.points).toEqual([]);
    expect(s2.points).toEqual([
      [107, 21],
      [107.1, 21],
    ]);
    expect(measureReducer(s2, { type: 'undo' }).points).toEqual([[107, 21]]);
    expect(measureReducer(s2, { type: 'clear' }).points).toEqual([]);
    expect(s2.points).toHaveLength(2);
  });

  it('ignores no-ops and bad points (same state object back)', () => {
    const s = emptyMeasure();
    expect(measureReducer(s, { type: 'undo' })).toBe(s);
    expect(measureReducer(s, { type: 'clear' })).toBe(s);
    expect(measureReducer(s, { type: 'add', point: [NaN, 21] })).toBe(s);
    expect(measureReducer(s, { type: 'setMode', mode: 'distance' })).toBe(s);
    expect(measureReducer(s, { type: 'move', index: 3, point: [1, 1] })).toBe(s);
  });

  it('moves a point and switches mode keeping the points', () => {
    const s = run([
      { type: 'add', point: [107, 21] },
      { type: 'add', point: [107.1, 21] },
      { type: 'move', index: 1, point: [107.2, 21] },
      { type: 'setMode', mode: 'area' },
    ]);
    expect(s).toEqual({
      mode: 'area',
      points: [
        [107, 21],
        [107.2, 21],
      ],
    });
    expect(measureResult(s).areaM2).toBeNull();
  });
});
