// Which feature the pointer is over, and which one is selected (its panel is open).

import type { FeatureRef } from '../deck/types';

export type { FeatureKind, FeatureRef } from '../deck/types';

export const sameRef = (a: FeatureRef | null, b: FeatureRef | null) => a === b || (!!a && !!b && a.kind === b.kind && a.code === b.code);

export class SelectionState {
  hovered = $state<FeatureRef | null>(null);
  selected = $state<FeatureRef | null>(null);
  /** False when the selection came with its own framing (a slide, a link): the map then stays put. */
  moveOnSelect = $state(true);

  hover(ref: FeatureRef | null) {
    if (!sameRef(ref, this.hovered)) this.hovered = ref;
  }

  select(ref: FeatureRef | null, options: { move?: boolean } = {}) {
    this.moveOnSelect = options.move ?? true;
    if (!sameRef(ref, this.selected)) this.selected = ref;
  }
}

export const selection = new SelectionState();
