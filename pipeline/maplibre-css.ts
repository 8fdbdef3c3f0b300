// `npm run maplibre-css` (also run by `npm run data`): MapLibre's stylesheet without the rules for
// parts of MapLibre the app never shows (navigation, geolocate, fullscreen, terrain, globe and scale
// controls, the logo, popups, markers, the user's location): 71 KB → ~17 KB, 10 KB → ~3 KB gzipped,
// on the first view of the WebGL map. What is kept: the map, its canvas, the control corners and
// the attribution control (the only MapLibre control the app adds), box zoom, and the touch rules.
// tests/unit/maplibre-css.test.ts checks the committed file equals a fresh cut of the installed MapLibre.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

export const MAPLIBRE_CSS_OUT = 'src/lib/map/maplibre-gl.css';

/** Selectors naming any of these belong to parts of MapLibre the app does not use. */
const UNUSED =
  /maplibregl-(ctrl-(logo|zoom|compass|geolocate|fullscreen|shrink|terrain|globe|scale|group|icon|traffic)|popup|marker|user-location|cooperative-gesture|pseudo-fullscreen)/;

/** Top-level blocks of a minified stylesheet: `prelude{body}` with the body's braces balanced. */
function blocks(css: string): { prelude: string; body: string }[] {
  const out: { prelude: string; body: string }[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
    }
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

/**
 * Keeps the rules (also inside @media) with at least one selector the app can use; a rule's
 * unused selectors are dropped from its list.
 * @example trimMaplibreCss('.maplibregl-map{a:b}.maplibregl-popup{c:d}') // '.maplibregl-map{a:b}'
 */
export function trimMaplibreCss(css: string): string {
  const rules = (text: string): string =>
    blocks(text)
      .map(({ prelude, body }) => {
        if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
          const inner = rules(body);
          return inner ? `${prelude}{${inner}}` : '';
        }
        // Animations of the geolocate control and the user's location dot.
        if (prelude.startsWith('@keyframes')) return UNUSED.test(prelude) || prelude.endsWith('maplibregl-spin') ? '' : `${prelude}{${body}}`;
        if (prelude.startsWith('@')) return `${prelude}{${body}}`;
        const kept = prelude.split(',').filter((selector) => !UNUSED.test(selector));
        return kept.length > 0 ? `${kept.join(',')}{${body}}` : '';
      })
      .join('');
  return rules(css.replace(/\/\*[\s\S]*?\*\//g, ''));
}

/** The installed MapLibre's stylesheet, trimmed, with a header naming where it came from. */
export function maplibreCss(): string {
  const require = createRequire(import.meta.url);
  const dir = resolve(require.resolve('maplibre-gl/package.json'), '..');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const header = `/* maplibre-gl ${version} dist/maplibre-gl.css (BSD-3-Clause), trimmed to what the app uses by pipeline/maplibre-css.ts: do not edit. */\n`;
  return header + trimMaplibreCss(readFileSync(join(dir, 'dist/maplibre-gl.css'), 'utf8')) + '\n';
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const root = resolve(import.meta.dirname, '..');
  const css = maplibreCss();
  writeFileSync(join(root, MAPLIBRE_CSS_OUT), css);
  console.log(`wrote ${MAPLIBRE_CSS_OUT} (${css.length} B)`);
}
