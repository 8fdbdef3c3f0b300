// What the map shows: which administrative version, and which optional layers.

export type AdminVersion = '2025' | '2020';
export type ToggleLayer = 'zones' | 'labels' | 'context' | 'sites';

export class ViewState {
  adminVersion = $state<AdminVersion>('2025');
  layers = $state<Record<ToggleLayer, boolean>>({ zones: true, labels: true, context: true, sites: true });

  setVersion(version: AdminVersion) {
    this.adminVersion = version;
  }

  toggle(layer: ToggleLayer) {
    this.layers[layer] = !this.layers[layer];
  }
}

export const view = new ViewState();
