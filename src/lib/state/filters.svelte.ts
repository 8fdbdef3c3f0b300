// The active filters (AND); the link carries them (link.svelte.ts), results are derived elsewhere.
import type { Filter } from '../geo/filter-types';
import { MAX_FILTERS } from '../deck/url-filters';

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
}

export const filters = new FilterState();
