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
  classification = $derived<Classification | null>(
    this.source.indicator
      ? classify(
          (appData.index?.districts ?? []).map((d) => this.values.get(d.code)?.value ?? null),
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
    return null;
  });
  legend = $derived<LegendRow[]>(this.palette?.legend ?? []);
}

export const themeView = new ThemeView();
