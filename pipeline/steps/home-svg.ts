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

/** Points as an SVG path's `M x y l dx dy …` (no `z`). @example line([[1, 2], [4, 6]]) // 'M1 2l3 4' */
function line(points: [number, number][]): string {
  let out = `M${points[0]![0]} ${points[0]![1]}`;
  for (let i = 1; i < points.length; i++) out += `l${points[i]![0] - points[i - 1]![0]} ${points[i]![1] - points[i - 1]![1]}`.replace(/ -/g, '-');
  return out;
}

/**
 * The outer edge of rings that share their common borders vertex for vertex (the units, from one
 * topology): the ring edges found once among all rings, as open runs (`M…l…`), and whole rings
 * (`M…l…z`) where no edge is shared, e.g. an island unit.
 * @example outerEdges([[[0, 0], [1, 0], [1, 1], [0, 1]], [[1, 0], [2, 0], [2, 1], [1, 1]]]) // 6 of the 8 edges, in 2 runs
 */
export function outerEdges(rings: [number, number][][]): string {
  const key = (a: [number, number], b: [number, number]) => (a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? `${a} ${b}` : `${b} ${a}`);
  // (A ring is closed: its last point joins its first.)
  const edgesOf = (r: [number, number][]) => r.map((p, i) => [p, r[(i + 1) % r.length]!] as const).filter(([a, b]) => a[0] !== b[0] || a[1] !== b[1]);
  const uses = new Map<string, number>();
  for (const r of rings) for (const [a, b] of edgesOf(r)) uses.set(key(a, b), (uses.get(key(a, b)) ?? 0) + 1);
  let out = '';
  for (const r of rings) {
    const edges = edgesOf(r);
    const outer = edges.map(([a, b]) => uses.get(key(a, b)) === 1);
    if (outer.every(Boolean)) {
      out += line(r) + 'z';
      continue;
    }
    // Runs of outer edges, starting after a shared one (so no run is cut at the ring's first point).
    const start = outer.indexOf(false) + 1;
    let run: [number, number][] = [];
    for (let i = 0; i <= edges.length; i++) {
      const at = (start + i) % edges.length;
      if (i < edges.length && outer[at]) {
        if (!run.length) run.push(edges[at]![0] as [number, number]);
        run.push(edges[at]![1] as [number, number]);
      } else if (run.length) {
        out += line(run);
        run = [];
      }
    }
  }
  return out;
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

  /** A ring as whole SVG units, repeated points dropped; null for a speck under MIN_RING_UNITS. */
  const points = (coords: Position[]): [number, number][] | null => {
    const out: [number, number][] = [];
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (const p of coords) {
      const [mx, my] = mercatorXY(p);
      const x = Math.round(mx * k) - x0;
      const y = Math.round(my * k) - y0;
      const last = out.at(-1);
      if (last && last[0] === x && last[1] === y) continue;
      out.push([x, y]);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    // Islets under MIN_RING_UNITS across are specks at the home zoom: left out of the picture.
    return out.length >= 3 && Math.max(maxX - minX, maxY - minY) >= MIN_RING_UNITS ? out : null;
  };
  const ringsOf = (g: Polygon | MultiPolygon) =>
    (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap((poly) => poly.map(points).filter((r) => r !== null));
  const pathData = (g: Polygon | MultiPolygon) =>
    ringsOf(g)
      .map((r) => line(r) + 'z')
      .join('');
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
  // The province's edge, a wide dark stroke under the units' fill (which hides its inner half, so only
  // the outer half shows): only the unit edges no other unit shares, the borders inside the province
  // left out (a fifth of the edges: the picture is stroked before the page can show anything).
  const unitRings = input.communes.flatMap((f) => ringsOf(f.geometry));
  const edge = outerEdges(unitRings);
  if (edge) parts.push(`<path d="${edge}" ${stroke(c.provinceLine, 2.2)} stroke-linecap="round"/>`);
  // All units in one path: their fill, with the thin unit borders.
  const units = unitRings.map((r) => line(r) + 'z').join('');
  parts.push(`<path d="${units}" fill="${c.provinceLand}" stroke="${c.communeLine}" stroke-width="0.6" vector-effect="non-scaling-stroke"/>`);
  parts.push(`<g ${stroke(c.zoneLine, 2.2, '6 4')}>${input.zones.map((f) => path(f.geometry, '')).join('')}</g>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" data-zoom="${HOME_SVG_ZOOM}" data-origin="${x0} ${y0}" preserveAspectRatio="none">` +
    parts.join('') +
    '</svg>\n'
  );
}
