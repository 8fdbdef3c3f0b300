// What the current theme means on screen: values, classes, palette, each feature's colour and the
// legend, all derived from the full fact table (never from rendered features).
import type { MessageKey } from '../../i18n';
import { unitLabel } from '../../i18n/units';
import { mapValues, yearsWithData } from '../data/facts-query';
import type { Fact, NtmClass } from '../data/facts-types';
import { classify, type ClassMethod, type Classification } from '../geo/classify';
import { indicatorPalette, ntmPalette, type LegendRow } from '../style/palette';
import { appData } from './app-data.svelte';
import { locale } from './locale.svelte';
import { theme, type ThemeId } from './theme.svelte';
import { userTables } from './user-tables.svelte';

export const NTM_LABEL_KEYS: Record<NtmClass, MessageKey> = {
  kieu_mau: 'ntmKieuMau',
  nang_cao: 'ntmNangCao',
  dat_chuan: 'ntmDatChuan',
  not_applicable: 'ntmNotApplicable',
  no_data: 'ntmNoData',
};

/** What a theme view is computed from: the main theme (`theme`), or the compare view's right side. */
export interface ThemeSource {
  readonly theme: ThemeId;
  readonly indicator: string | null;
  readonly year: number | null;
  readonly method: ClassMethod;
  readonly classes: number;
  /** The user's own table shown (its id), or null. */
  readonly user: string | null;
}

export class ThemeView {
  readonly #source: ThemeSource;
  constructor(source: ThemeSource = theme) {
    this.#source = source;
  }
  /** The theme setting this view follows. */
  get source(): ThemeSource {
    return this.#source;
  }

  definition = $derived(appData.facts?.indicators.find((d) => d.id === this.source.indicator) ?? null);
  years = $derived(this.source.indicator && appData.facts ? yearsWithData(appData.facts.facts, this.source.indicator) : []);
  /** District code → the fact shown on the map. */
  values = $derived<Map<string, Fact>>(
    this.source.indicator && appData.facts ? mapValues(appData.facts.facts, this.source.indicator, this.source.year) : new Map(),
  );
  /** The user's own table shown as the theme (figures per 2025 unit or per district), or null. */
  userSet = $derived(userTables.byId(this.source.user));
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
    this.source.indicator
      ? classify(
          (appData.index?.districts ?? []).map((d) => this.values.get(d.code)?.value ?? null),
          this.source.method,
          this.source.classes,
        )
      : this.userSet
        ? classify(
            this.userCodes.map((c) => this.userValues.get(c) ?? null),
            this.source.method,
            this.source.classes,
          )
        : null,
  );
  palette = $derived.by(() => {
    const lang = locale.lang;
    if (this.source.theme === 'ntm') {
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
