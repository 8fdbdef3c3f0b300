// Filters survive a round trip through the URL; bad URLs are ignored with a note.
import { describe, expect, it } from 'vitest';
import type { Filter } from '../../src/lib/geo/filter-types';
import { MAX_FILTERS, parseFilters, withFilters } from '../../src/lib/deck/url-filters';

const sample: Filter[] = [
  {
    kind: 'polygon',
    ring: [
      [107, 21],
      [107.1, 21],
      [107.1, 21.1],
    ],
    mode: 'intersects',
  },
  { kind: 'radius', center: [107.08, 20.95], km: 15 },
  { kind: 'near', target: { layer: 'zone', code: 'kkt_mong_cai' }, km: 5 },
  { kind: 'boundary', target: { layer: 'district', code: '194' }, mode: 'within' },
  { kind: 'nearest', category: 'zone', km: 10 },
  { kind: 'type', values: ['xa', 'dac_khu'] },
  { kind: 'ntm', values: ['nang_cao'] },
  { kind: 'district', codes: ['193'] },
  { kind: 'indicator', indicator: 'income_per_capita', year: 2023, min: 70, max: null },
];

describe('filters in the URL', () => {
  it('round-trips every kind of filter and keeps other parameters', () => {
    const url = withFilters(new URL('http://localhost/?lang=vi#x'), sample);
    expect(url.searchParams.get('lang')).toBe('vi');
    expect(url.hash).toBe('#x');
    expect(parseFilters(url.search)).toEqual({ filters: sample, note: null });
    expect(withFilters(url, []).searchParams.has('f')).toBe(false);
  });

  it('ignores malformed, stale and hostile values with a note, keeping the good ones', () => {
    expect(parseFilters('?f=%7Bnot json')).toEqual({ filters: [], note: 'malformed' });
    expect(parseFilters('?f=' + encodeURIComponent('{"kind":"radius"}'))).toEqual({ filters: [], note: 'malformed' });
    const mixed = [sample[1], { kind: 'radius', center: [999, 0], km: 5 }, { kind: 'type', values: ['<script>'] }, { kind: 'gone' }];
    expect(parseFilters('?f=' + encodeURIComponent(JSON.stringify(mixed)))).toEqual({ filters: [sample[1]], note: '3 ignored' });
    expect(parseFilters('?f=' + 'x'.repeat(30_000)).note).toBe('too long');
    const many = Array.from({ length: 10_000 }, () => sample[5]);
    expect(parseFilters('?f=' + encodeURIComponent(JSON.stringify(many).slice(0, 19_000))).note).toBe('malformed');
    const capped = parseFilters('?f=' + encodeURIComponent(JSON.stringify(many.slice(0, 60))));
    expect([capped.filters.length, capped.note]).toEqual([MAX_FILTERS, '40 ignored']);
    expect(parseFilters('?f=' + encodeURIComponent('[{"kind":"radius","center":[107,21],"km":null}]')).note).toBe('1 ignored');
  });
});
