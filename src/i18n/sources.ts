// Each data source's short credit in the reader's language (the data stores the Vietnamese one).
import type { Lang } from './index';

const EN: Record<string, string> = {
  boundaries_2025: 'Administrative boundaries: sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database (MIT)',
  districts_2020_2025: 'Districts 2020–2025: rebuilt from the 2025 boundaries (some approximate)',
  crosswalk_2025: 'Mergers: dvhcvn/20250701 (MIT)',
  dvhcvn: 'Unit codes: daohoangson/dvhcvn (GSO)',
  natural_earth: 'Made with Natural Earth',
  economic_zones: 'Economic zones: approximate, built from the 2025 boundaries',
};

/** A source's credit for the language; English falls back to the stored text for an unknown source. */
export function sourceCredit(lang: Lang, source: { id: string; attribution: string }): string {
  return lang === 'en' ? (EN[source.id] ?? source.attribution) : source.attribution;
}
