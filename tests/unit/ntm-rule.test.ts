// The NTM rule (pipeline/steps/ntm.ts) and the quote check on golden cases: small made-up
// communes whose answers a person can check by hand against the rule in the README.
import { describe, expect, it } from 'vitest';
import { quoteContainsValue, numbersIn } from '../../pipeline/steps/check-quote';
import { buildNtm } from '../../pipeline/steps/ntm';
import type { CrosswalkRow, OldCommune } from '../../pipeline/steps/load-inputs';
import { expectGolden, readFixture } from './golden';

interface NtmCase {
  name: string;
  names: Record<string, string>;
  oldCommunes: OldCommune[];
  /** [old commune code, 2025 unit code] */
  crosswalk: [string, string][];
  former: string[];
  csv: string;
}

const crosswalkRows = (pairs: [string, string][]): CrosswalkRow[] =>
  pairs.map(([oldCode, newCode]) => ({
    oldDistrictCode: '900',
    oldDistrictName: 'Huyện A',
    oldCode,
    oldName: oldCode,
    oldType: 'Xã',
    newCode,
    relation: 'whole',
  }));

describe('NTM rule (golden)', () => {
  const cases = readFixture<NtmCase[]>('ntm-cases.json');

  it('classes old communes and 2025 units as the rule says', () => {
    const out = cases.map((c) => {
      const r = buildNtm(c.csv, new Map(Object.entries(c.names)), c.oldCommunes, crosswalkRows(c.crosswalk), new Set(c.former));
      return {
        name: c.name,
        oldCommunes: Object.fromEntries(Object.entries(r.oldCommunes).map(([code, o]) => [code, `${o.class} (${o.basis}, ${o.records.length} records)`])),
        units2025: r.units2025,
        districtRecords: Object.fromEntries(Object.entries(r.districts).map(([code, list]) => [code, list.map((x) => `${x.status}: ${x.detail}`)])),
      };
    });
    expectGolden('ntm-cases.json', out);
  });

  it('the hand-checked answers hold', () => {
    const [withStatement, without] = cases.map((c) =>
      buildNtm(c.csv, new Map(Object.entries(c.names)), c.oldCommunes, crosswalkRows(c.crosswalk), new Set(c.former)),
    );
    // U1 = kiểu mẫu + nâng cao → the lowest level all reached; dots for the kiểu mẫu commune.
    expect(withStatement!.units2025.U1).toMatchObject({ class: 'nang_cao', hasKieuMau: true });
    // U2 = kiểu mẫu + a phường: urban land does not count.
    expect(withStatement!.units2025.U2!.class).toBe('kieu_mau');
    // U3 = phường + thị trấn only: not applicable.
    expect(withStatement!.units2025.U3!.class).toBe('not_applicable');
    // U5 = an unrecorded xã: met the standard by the province-wide statement, else no data.
    expect(withStatement!.units2025.U5!.class).toBe('dat_chuan');
    expect(without!.units2025.U5!.class).toBe('no_data');
    expect(without!.units2025.U4!.class).toBe('no_data');
    // A record for a commune that no longer existed stays with its district and colours nothing.
    expect(withStatement!.districts['900']!.some((r) => r.detail.startsWith('Xã Cũ'))).toBe(true);
  });
});

describe('quote check (golden)', () => {
  it("finds the number in Vietnamese notation, allowing the tables' unit changes", () => {
    const cases = readFixture<{ quote: string; value: number }[]>('quote-cases.json');
    expectGolden(
      'quote-cases.json',
      cases.map((c) => ({ ...c, numbers: numbersIn(c.quote), contains: quoteContainsValue(c.quote, c.value) })),
    );
  });
});
