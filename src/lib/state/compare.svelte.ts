// The compare view: a swipe between the map as it is (left) and another state of it (right): the
// other administrative version, another theme, or the same theme in another year. One camera.
import type { ClassMethod } from '../geo/classify';
import { COMPARE_SPLIT_RANGE, themeFitsVersion, type AdminVersion, type CompareSetting, type ThemeId } from '../deck/types';

const clampSplit = (x: number) => Math.min(COMPARE_SPLIT_RANGE[1], Math.max(COMPARE_SPLIT_RANGE[0], x));

export class CompareState {
  active = $state(false);
  /** The right side's administrative version and theme (the left side is the main view). */
  adminVersion = $state<AdminVersion>('2020');
  theme = $state<ThemeId>('none');
  year = $state<number | null>(null);
  method = $state<ClassMethod>('quantile');
  classes = $state(5);
  /** Where the divider stands, in % of the map's width from its left edge. */
  split = $state(50);

  indicator = $derived(this.theme.startsWith('indicator:') ? this.theme.slice('indicator:'.length) : null);
  /** The user's own table shown on the right side (its id), or null. */
  user = $derived(this.theme.startsWith('user:') ? this.theme.slice('user:'.length) : null);

  /** The setting as a view carries it (null when compare is off). */
  get setting(): CompareSetting | null {
    if (!this.active) return null;
    return {
      adminVersion: this.adminVersion,
      theme: { id: this.theme, year: this.year, method: this.method, classes: this.classes },
      split: this.split,
    };
  }

  /** Shows a stored setting (a slide, a link), or turns compare off for null. */
  set(c: CompareSetting | null | undefined): void {
    if (!c) {
      this.active = false;
      return;
    }
    this.adminVersion = c.adminVersion;
    this.theme = c.theme.id;
    this.year = c.theme.year;
    this.method = c.theme.method;
    this.classes = c.theme.classes;
    this.split = clampSplit(c.split);
    this.active = true;
  }

  /** Picks the right side's theme; NTM moves it to the 2025 units, an indicator to the districts. */
  choose(theme: ThemeId, yearsAvailable: number[] = []): void {
    this.theme = theme;
    if (theme === 'ntm') this.adminVersion = '2025';
    if (theme.startsWith('indicator:')) {
      this.adminVersion = '2020';
      if (this.year === null || !yearsAvailable.includes(this.year)) this.year = yearsAvailable[0] ?? null;
    }
  }

  /** Picks the right side's version; a theme that version cannot show is turned off. */
  setVersion(version: AdminVersion): void {
    this.adminVersion = version;
    if (!themeFitsVersion(this.theme, version)) this.theme = 'none';
  }

  /** Moves the divider to `percent` (kept inside its range). */
  moveTo(percent: number): void {
    this.split = Number(clampSplit(percent).toFixed(2));
  }
}

export const compare = new CompareState();
