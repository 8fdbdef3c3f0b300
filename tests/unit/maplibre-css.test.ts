// MapLibre's stylesheet trimmed to what the app uses (pipeline/maplibre-css.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAPLIBRE_CSS_OUT, maplibreCss, trimMaplibreCss } from '../../pipeline/maplibre-css';

const root = resolve(import.meta.dirname, '../..');

describe('MapLibre stylesheet', () => {
  it('the committed file is a fresh cut of the installed MapLibre (npm run maplibre-css)', () => {
    expect(readFileSync(join(root, MAPLIBRE_CSS_OUT), 'utf8')).toBe(maplibreCss());
  });

  it('keeps the rules of what the app shows: the map, canvas, control corners, attribution, box zoom', () => {
    const css = readFileSync(join(root, MAPLIBRE_CSS_OUT), 'utf8');
    for (const selector of [
      '.maplibregl-map{',
      '.maplibregl-canvas{',
      '.maplibregl-canvas-container.maplibregl-interactive{',
      '.maplibregl-ctrl-bottom-right{',
      '.maplibregl-ctrl.maplibregl-ctrl-attrib{',
      '.maplibregl-ctrl-attrib.maplibregl-compact-show{',
      '.maplibregl-ctrl-attrib-button{',
      '.maplibregl-boxzoom{',
    ])
      expect(css, selector).toContain(selector);
    for (const unused of ['maplibregl-popup', 'maplibregl-marker', 'maplibregl-ctrl-zoom', 'maplibregl-ctrl-logo', 'maplibregl-user-location'])
      expect(css).not.toContain(unused);
  });

  it('drops only the unused selectors of a shared rule, and empty @media blocks', () => {
    expect(trimMaplibreCss('.maplibregl-ctrl-group button:focus,.maplibregl-ctrl-attrib-button:focus{a:b}@media print{.maplibregl-popup{c:d}}')).toBe(
      '.maplibregl-ctrl-attrib-button:focus{a:b}',
    );
  });
});
