// The compare view's right side as the map and the legend read it: its theme view (values,
// classes, palette, legend), the legend's counts, and the scene side the second map draws.
import { compare } from '../../lib/state/compare.svelte';
import { ThemeView } from '../../lib/state/theme-view.svelte';
import type { SceneSide } from '../../lib/view/scene.svelte';
import { LegendCounts } from '../thematic/legend-counts.svelte';

export const compareThemeView = new ThemeView(compare);
export const compareLegendCounts = new LegendCounts(compareThemeView);
export const compareSide: SceneSide = {
  get adminVersion() {
    return compare.adminVersion;
  },
  themeView: compareThemeView,
};
