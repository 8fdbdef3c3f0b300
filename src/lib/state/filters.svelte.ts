// The active filters (AND), kept in the page URL; results are derived elsewhere from these.
import type { Filter } from '../geo/filter-types';
import { MAX_FILTERS, parseFilters, withFilters } from './url-filters';

export class FilterState {
  list = $state<Filter[]>([]);
  /** A plain-language note when the URL's filters could not all be used. */
  urlNote = $state<string | null>(null);

  add(filter: Filter) {
    if (this.list.length >= MAX_FILTERS) return;
    this.list = [...this.list, filter];
  }

  removeAt(i: number) {
    this.list = this.list.filter((_, j) => j !== i);
  }

  clear() {
    this.list = [];
  }

  /** Restores filters from the current URL (on start). */
  readUrl(search: string) {
    const parsed = parseFilters(search);
    this.list = parsed.filters;
    this.urlNote = parsed.note;
  }

  /** Writes the filters into the address bar without adding a history entry. */
  writeUrl() {
    const next = withFilters(new URL(window.location.href), $state.snapshot(this.list) as Filter[]);
    if (next.href !== window.location.href) history.replaceState(history.state, '', next);
  }
}

export const filters = new FilterState();
