// The naive page: the app's first view drawn from whole GeoJSON files (the full-detail 2025 units,
// the neighbours, the zones and the sites), as a first attempt without tiles would do it. No
// labels (they would need glyphs): it is cheaper than the app in that respect.
import { openMap } from './common';

const data = (name: string) => new URL(`data/${name}.geojson`, window.location.href).href;

openMap({
  version: 8,
  sources: {
    context: { type: 'geojson', data: data('context') },
    communes: { type: 'geojson', data: data('communes_2025') },
    zones: { type: 'geojson', data: data('economic_zones') },
    sites: { type: 'geojson', data: data('sites') },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#dfe8ee' } },
    { id: 'context-fill', type: 'fill', source: 'context', paint: { 'fill-color': '#eeeeea' } },
    { id: 'context-line', type: 'line', source: 'context', paint: { 'line-color': '#b8b8b0', 'line-width': 0.8 } },
    { id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': '#f6f1e4' } },
    { id: 'communes-line', type: 'line', source: 'communes', paint: { 'line-color': '#8c7f6a', 'line-width': 0.7 } },
    { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#c55a11', 'fill-opacity': 0.12 } },
    { id: 'zones-line', type: 'line', source: 'zones', paint: { 'line-color': '#c55a11', 'line-width': 1.2 } },
    {
      id: 'sites-circle',
      type: 'circle',
      source: 'sites',
      paint: { 'circle-radius': 6, 'circle-color': '#1b6fa8', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
  ],
});
