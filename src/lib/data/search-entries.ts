// What the search box can find: 2025 units, 2020–2025 districts, old communes (leading to the
// 2025 unit they went to) and investment sites.
import type { SearchEntry } from '../text/search';
import type { Site } from './site-types';
import type { AppIndex } from './unit-index-types';

export interface EntryWords {
  formerlyIn: (oldName: string, district: string, now: string) => string;
  district: string;
  category: (site: Site) => string;
}

/** Builds the search entries. @example buildSearchEntries(index, sites, words).length // 54 + 13 + 171 + 27 */
export function buildSearchEntries(index: AppIndex, sites: Site[], w: EntryWords): SearchEntry[] {
  const districtName = new Map(index.districts.map((d) => [d.code, d.name]));
  const unitName = new Map(index.units.map((u) => [u.code, u.name]));
  return [
    ...index.units.map((u): SearchEntry => ({
      kind: 'unit', target: { kind: 'unit', code: u.code }, name: u.name, aliases: [u.nameEn],
      detail: u.district2020 ? `${w.district}: ${districtName.get(u.district2020)}` : u.mixedDistricts2020.map((c) => districtName.get(c)).join(' / '),
    })),
    ...index.districts.map((d): SearchEntry => ({ kind: 'district', target: { kind: 'district', code: d.code }, name: d.name, detail: '2020–2025' })),
    ...index.oldCommunes.map((o): SearchEntry => ({
      kind: 'old', target: { kind: 'unit', code: o.becameUnits[0]!.code }, name: o.name,
      detail: w.formerlyIn(o.name, districtName.get(o.district2020) ?? '', o.becameUnits.map((b) => unitName.get(b.code) ?? b.name).join(', ')),
    })),
    ...sites.map((s): SearchEntry => ({ kind: 'site', target: { kind: 'site', code: s.id }, name: s.nameVi, aliases: [s.nameEn], detail: w.category(s) })),
  ];
}
