// The thematic view: which theme colours the map (NTM on 2025 units, or an indicator on the
// 2020–2025 districts), the year, and how values are classified.
import type { ClassMethod } from '../geo/classify';
import type { ThemeId } from '../deck/types';
import type { AdminVersion } from '../deck/types';
import { view } from './view.svelte';

export type { ThemeId } from '../deck/types';

export class ThemeState {
  theme = $state<ThemeId>('none');
  year = $state<number | null>(null);
  method = $state<ClassMethod>('quantile');
  classes = $state(5);

  indicator = $derived(this.theme.startsWith('indicator:') ? this.theme.slice('indicator:'.length) : null);
  /** The id of the user's own table shown (src/lib/state/user-tables.svelte.ts), or null. */
  user = $derived(this.theme.startsWith('user:') ? this.theme.slice('user:'.length) : null);

  /**
   * Picks a theme; NTM is drawn on the 2025 units, indicators on the 2020–2025 districts, a user's
   * table on the level its rows named (`version`).
   */
  choose(theme: ThemeId, yearsAvailable: number[] = [], version?: AdminVersion) {
    this.theme = theme;
    if (theme.startsWith('user:') && version) view.setVersion(version);
    if (theme === 'ntm') view.setVersion('2025');
    if (theme.startsWith('indicator:')) {
      view.setVersion('2020');
      if (this.year === null || !yearsAvailable.includes(this.year)) this.year = yearsAvailable[0] ?? null;
    }
  }
}

export const theme = new ThemeState();
