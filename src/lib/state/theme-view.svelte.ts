// What the current theme means on screen: values, classes, palette, each feature's colour and the
// legend, all derived from the full fact table (never from rendered features).
import type { MessageKey } from '../../i18n';
import { unitLabel } from '../../i18n/units';
import { mapValues, yearsWithData } from '../data/facts-query';
import type { Fact, NtmClass } from '../data/facts-types';
import { classify, type Classification } from '../geo/classify';
import { indicatorPalette, ntmPalette, type LegendRow } from '../style/palette';
import { appData } from './app-data.svelte';
import { locale } from './locale.svelte';
import { theme } from './theme.svelte';
import { userTables } from './user-tables.svelte';

export const NTM_LABEL_KEYS: Record<NtmClass, MessageKey> = {
  kieu_mau: 'ntmKieuMau',
  nang_cao: 'ntmNangCao',
  dat_chuan: 'ntmDatChuan',
  not_applicable: 'ntmNotApplicable',
  no_data: 'ntmNoData',
};

export class ThemeView {
  definition = $derived(appData.facts?.indicators.find((d) => d.id === theme.indicator) ?? null);
  years = $derived(theme.indicator && appData.facts ? yearsWithData(appData.facts.facts, theme.indicator) : []);
  /** District code → the fact shown on the map. */
  values = $derived<Map<string, Fact>>(theme.indicator && appData.facts ? mapValues(appData.facts.facts, theme.indicator, theme.year) : new Map());
  /** The user's own table shown as the theme (figures per 2025 unit or per district), or null. */
  userSet = $derived(userTables.byId(theme.user));
  /** The codes a user table's theme colours: the 2025 units or the 2020–2025 districts. */
  userCodes = $derived<string[]>(
    !this.userSet
      ? []
      : this.userSet.unitLevel === 'unit2025'
        ? (appData.index?.units ?? []).map((u) => u.code)
        : (appData.index?.districts ?? []).map((d) => d.code),
  );
  /** Unit or district code → the user's figure (absent = no data). */
  userValues = $derived<ReadonlyMap<string, number>>(new Map(Object.entries(this.userSet?.values ?? {})));
  classification = $derived<Classification | null>(
    theme.indicator
      ? classify(
          (appData.index?.districts ?? []).map((d) => this.values.get(d.code)?.value ?? null),
          theme.method,
          theme.classes,
        )
      : this.userSet
        ? classify(
            this.userCodes.map((c) => this.userValues.get(c) ?? null),
            theme.method,
            theme.classes,
          )
        : null,
  );
  palette = $derived.by(() => {
    const lang = locale.lang;
    if (theme.theme === 'ntm') {
      const labels = Object.fromEntries(Object.entries(NTM_LABEL_KEYS).map(([k, key]) => [k, locale.t(key)])) as Record<NtmClass, string>;
      return ntmPalette(labels);
    }
    if (this.classification && this.definition) {
      return indicatorPalette(this.classification, unitLabel(lang, this.definition.unit), (n) => locale.n(n), locale.t('noData'));
    }
    if (this.classification && this.userSet) return indicatorPalette(this.classification, this.userSet.unit, (n) => locale.n(n), locale.t('noData'));
    return null;
  });
  legend = $derived<LegendRow[]>(this.palette?.legend ?? []);
}

export const themeView = new ThemeView();
