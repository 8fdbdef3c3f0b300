// The one diff-and-write helper for feature-state: only what changed is written, stale keys removed.
import { describe, expect, it } from 'vitest';
import { FeatureStateWriter, type FeatureStateSink, type StateTarget, type StateValues } from '../../src/lib/map/feature-state';
import { lookState } from '../../src/lib/map/render-scene.svelte';

/** A fake map that records calls and keeps the resulting state. */
function fakeSink() {
  const calls: string[] = [];
  const state = new Map<string, Record<string, unknown>>();
  const sink: FeatureStateSink = {
    setFeatureState(t: StateTarget, values) {
      calls.push(`set ${t.sourceLayer}/${t.id} ${JSON.stringify(values)}`);
      state.set(t.id, { ...state.get(t.id), ...values });
    },
    removeFeatureState(t: StateTarget, key?: string) {
      calls.push(`remove ${t.sourceLayer}/${t.id} ${key}`);
      const s = { ...state.get(t.id) };
      delete s[key!];
      state.set(t.id, s);
    },
  };
  return { sink, calls, state };
}

const m = (entries: [string, StateValues][]) => new Map(entries);

describe('FeatureStateWriter', () => {
  it('writes new state, then only the changes, and removes keys a feature no longer has', () => {
    const { sink, calls, state } = fakeSink();
    const w = new FeatureStateWriter('qn', 'communes_2025');
    expect(
      w.write(
        sink,
        m([
          ['a', { fill: '#111111' }],
          ['b', {}],
          ['c', { dim: true }],
        ]),
      ),
    ).toBe(2);
    expect(calls).toEqual(['set communes_2025/a {"fill":"#111111"}', 'set communes_2025/c {"dim":true}']);
    calls.length = 0;
    // a: colour changes and gains hover; b: unchanged (empty); c: loses dim.
    expect(
      w.write(
        sink,
        m([
          ['a', { fill: '#222222', hover: true }],
          ['b', {}],
          ['c', {}],
        ]),
      ),
    ).toBe(2);
    expect(calls).toEqual(['set communes_2025/a {"fill":"#222222","hover":true}', 'remove communes_2025/c dim']);
    calls.length = 0;
    // A feature missing from the input has all its keys removed.
    w.write(sink, m([['b', {}]]));
    expect(calls.sort()).toEqual(['remove communes_2025/a fill', 'remove communes_2025/a hover']);
    expect([...state.values()].every((s) => Object.keys(s).length === 0)).toBe(true);
  });

  it('skips an identical input, and writes everything again after forget()', () => {
    const { sink, calls } = fakeSink();
    const w = new FeatureStateWriter('qn', 'districts_2020');
    const next = m([['201', { fill: '#333333' }]]);
    w.write(sink, next);
    expect(w.write(sink, next)).toBe(0);
    expect(w.write(sink, m([['201', { fill: '#333333' }]]))).toBe(0);
    w.forget();
    expect(w.write(sink, next)).toBe(1);
    expect(calls).toHaveLength(2);
  });

  it('a look becomes the state keys the style reads; the base look has none', () => {
    expect(lookState({})).toEqual({});
    expect(lookState({ fill: '#225ea8', pattern: 'kieu_mau', dimmed: true, selected: true, hovered: true })).toEqual({
      fill: '#225ea8',
      kieuMau: true,
      dim: true,
      selected: true,
      hover: true,
    });
  });
});
