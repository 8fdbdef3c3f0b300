// The current theme's count and share per legend class (NTM: the 54 units of 2025; an indicator:
// the 13 districts of 2020–2025), for the legend and the ranking chart.
import { appData } from '../../lib/state/app-data.svelte';
import { themeView as mainThemeView, type ThemeView } from '../../lib/state/theme-view.svelte';
import { countClasses, indicatorKeys, ntmKeys, userKeys, type ClassCount } from './class-counts';

export class LegendCounts {
  readonly #view: ThemeView;
  /** `view`: the theme view counted (the main one, or the compare view's right side). */
  constructor(view: ThemeView = mainThemeView) {
    this.#view = view;
  }
  /** The theme view counted. */
  get view(): ThemeView {
    return this.#view;
  }
  /** Legend key → count and share; empty without a theme. */
  byKey = $derived.by<Map<string, ClassCount>>(() => {
    const index = appData.index;
    const facts = appData.facts;
    const themeView = this.view;
    const legendKeys = themeView.legend.map((r) => r.key);
    if (!index || !facts || !legendKeys.length) return new Map();
    if (themeView.source.theme === 'ntm') return countClasses(ntmKeys(index, facts), legendKeys);
    if (themeView.userSet && themeView.classification)
      return countClasses(userKeys(themeView.userCodes, themeView.userValues, themeView.classification), legendKeys);
    if (themeView.classification) return countClasses(indicatorKeys(index, themeView.values, themeView.classification), legendKeys);
    return new Map();
  });
  /** What is counted: the 2025 units or the districts. */
  total = $derived(this.ofUnits ? (appData.index?.units.length ?? 0) : (appData.index?.districts.length ?? 0));
  /** True when the 2025 units are counted (NTM, a user's table per unit). */
  get ofUnits(): boolean {
    return this.view.source.theme === 'ntm' || this.view.userSet?.unitLevel === 'unit2025';
  }
}

export const legendCounts = new LegendCounts();
