// What the map shows: which administrative version, and which optional layers.

import { DEFAULT_LAYERS, type AdminVersion, type ToggleLayer } from '../deck/types';

export type { AdminVersion, ToggleLayer } from '../deck/types';

export class ViewState {
  adminVersion = $state<AdminVersion>('2025');
  layers = $state<Record<ToggleLayer, boolean>>({ ...DEFAULT_LAYERS });

  setVersion(version: AdminVersion) {
    this.adminVersion = version;
  }

  toggle(layer: ToggleLayer) {
    this.layers[layer] = !this.layers[layer];
  }
}

export const view = new ViewState();
