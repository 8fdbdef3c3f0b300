// Changing the administrative version keeps the theme honest: NTM is drawn on the 2025 units and
// indicators on the 2020–2025 districts (a user's table on the level it names), so a theme the new version cannot show is turned off
// (otherwise its legend and ranking would stay on screen over an uncoloured map).
import { theme } from '../../lib/state/theme.svelte';
import { themeView } from '../../lib/state/theme-view.svelte';
import { view, type AdminVersion } from '../../lib/state/view.svelte';

export function switchVersion(version: AdminVersion): void {
  view.setVersion(version);
  const userVersion = themeView.userSet ? (themeView.userSet.unitLevel === 'unit2025' ? '2025' : '2020') : null;
  if ((version === '2025' && theme.indicator) || (version === '2020' && theme.theme === 'ntm') || (userVersion && userVersion !== version))
    theme.choose('none');
}
