// Renders the home view (context, 2025 units with the province outline, zones) to a small SVG in Web Mercator world pixels.
// Shown before the WebGL map is ready: the page places it with the same camera maths (src/lib/map2d/camera.ts).
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { mercatorXY, TILE_SIZE, type Bbox } from '../../src/lib/map2d/camera';
import { HOME_SVG_ZOOM, homeSvgBox } from '../../src/lib/map2d/first-picture';
import { mapTheme } from '../../src/lib/style/map-theme';

const c = mapTheme.colours;

// World pixels at HOME_SVG_ZOOM are the SVG's user units (1 unit ≈ 0.7 px at the home zoom, ~8.5).
export { HOME_SVG_ZOOM };
/** Rings smaller than this (SVG units, ≈ 1.4 screen px at the home zoom) are left out. */
const MIN_RING_UNITS = 2;

export interface HomeSvgInput {
  /** The box the picture covers, [w, s, e, n] (the map's maxBounds, so any camera inside it is covered). */
  bounds: Bbox;
  context: Feature<Polygon | MultiPolygon, { kind: string }>[];
  communes: Feature<Polygon | MultiPolygon>[];
  zones: Feature<Polygon | MultiPolygon>[];
}

/**
 * The SVG's root carries where it sits in the world: data-zoom and data-origin (world pixels of the
 * top-left corner at that zoom), so a page scales it by 2^(camera zoom − data-zoom) and translates it.
 * Path coordinates are whole world pixels at HOME_SVG_ZOOM, written relative ("l dx dy").
 * @example renderHomeSvg({ bounds, context, communes, zones }).length // ~100 kB
 */
export function renderHomeSvg(input: HomeSvgInput): string {
  const k = TILE_SIZE * 2 ** HOME_SVG_ZOOM;
  const { x0, y0, x1, y1 } = homeSvgBox(input.bounds);
  const width = x1 - x0;
  const height = y1 - y0;

  const ring = (coords: Position[]): string => {
    let out = '';
    let px = 0,
      py = 0,
      n = 0;
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const p of coords) {
      const [mx, my] = mercatorXY(p);
      const x = Math.round(mx * k) - x0;
      const y = Math.round(my * k) - y0;
      if (n === 0) out += `M${x} ${y}`;
      else if (x !== px || y !== py) out += `l${x - px} ${y - py}`.replace(/ -/g, '-');
      else continue;
      px = x;
      py = y;
      n++;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    // Islets under MIN_RING_UNITS across are specks at the home zoom: left out of the picture.
    return n >= 3 && Math.max(maxX - minX, maxY - minY) >= MIN_RING_UNITS ? out + 'z' : '';
  };
  const pathData = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap((poly) => poly.map(ring)).join('');
  const path = (g: Polygon | MultiPolygon, attrs: string) => {
    const d = pathData(g);
    return d ? `<path d="${d}" ${attrs}/>` : '';
  };
  const stroke = (colour: string, width: number, dash?: string) =>
    `fill="none" stroke="${colour}" stroke-width="${width}" vector-effect="non-scaling-stroke" stroke-linejoin="round"${dash ? ` stroke-dasharray="${dash}"` : ''}`;

  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="${c.sea}"/>`);
  for (const f of input.context) {
    const land = f.properties.kind === 'country' ? c.foreignLand : c.neighbourLand;
    // Neighbouring provinces get their outline (as the WebGL map's context-line); countries only a fill.
    parts.push(path(f.geometry, f.properties.kind === 'province' ? stroke(c.neighbourLine, 0.8).replace('fill="none"', `fill="${land}"`) : `fill="${land}"`));
  }
  // All units in one path, drawn three times by reference: a wide dark stroke, the fill over it (which
  // hides the stroke's inner half, so only the province's outer edge stays dark), then the thin unit borders.
  const units = input.communes.map((f) => pathData(f.geometry)).join('');
  // (The path itself has no paint attributes: a <use> only sets what its target leaves unset; vector-effect is not inherited.)
  parts.push(`<defs><path id="u" d="${units}" vector-effect="non-scaling-stroke"/></defs>`);
  parts.push(`<use href="#u" ${stroke(c.provinceLine, 2.2)}/>`);
  parts.push(`<use href="#u" fill="${c.provinceLand}" stroke="${c.communeLine}" stroke-width="0.6" vector-effect="non-scaling-stroke"/>`);
  parts.push(`<g ${stroke(c.zoneLine, 2.2, '6 4')}>${input.zones.map((f) => path(f.geometry, '')).join('')}</g>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" data-zoom="${HOME_SVG_ZOOM}" data-origin="${x0} ${y0}" preserveAspectRatio="none">` +
    parts.join('') +
    '</svg>\n'
  );
}
