// home.svg (pipeline/steps/home-svg.ts) as drawing steps the boot script paints on a canvas with
// Path2D, so index.html carries the first picture itself: no request, no SVG document to decode.
// Build-time only (vite.config.ts puts the result into the inline boot script).

/** One painted shape, in the SVG's order: fill first, then stroke (as SVG paints). */
export interface PictureStep {
  /** Index into `paths`. */
  d: number;
  fill?: string;
  stroke?: string;
  /** Stroke width in CSS pixels (home.svg's strokes do not scale: vector-effect="non-scaling-stroke"). */
  width?: number;
  /** Dash pattern in CSS pixels. */
  dash?: number[];
  /** Round line joins. */
  round?: true;
  /** Round line caps (the ends of open runs meet there: no notch where one run ends and the next begins). */
  cap?: true;
}

/** Douglas–Peucker tolerance for the boot picture, in home.svg units (≈ 0.3 CSS px at the home zoom). */
export const SIMPLIFY_UNITS = 0.5;

export interface BootPictureData {
  /** The SVG's user space (its viewBox), world pixels at its zoom. */
  w: number;
  h: number;
  /** The background (the sea). */
  bg: string;
  /** Path data (simplified: simplifyPath, and compacted: compactPath), each string once. */
  paths: string[];
  steps: PictureStep[];
}

/**
 * The same path in fewer bytes: a relative lineto that follows another one drops its `l` (SVG's
 * implicit repetition of a command; a space only where the next number has no minus sign).
 * Only `M`, `l` and `z` are expected (renderHomeSvg writes those); anything else is left as it is.
 * @example compactPath('M1 2l3 4l-5 6l7 8z') // 'M1 2l3 4-5 6 7 8z'
 */
export function compactPath(d: string): string {
  if (/[^Mlz\d\s-]/.test(d)) return d;
  let out = '';
  let previous = '';
  for (const segment of d.match(/[Mlz][^Mlz]*/g) ?? []) {
    const body = segment.slice(1);
    out += segment[0] === 'l' && previous === 'l' ? (body.startsWith('-') ? body : ` ${body}`) : segment;
    previous = segment[0]!;
  }
  return out;
}

/**
 * The same rings with fewer vertices: Douglas–Peucker on each ring of an `M`/`l`/`z` path (whole
 * units, home.svg's), dropping vertices within `tolerance` units of the line their neighbours make.
 * home.svg's units are ~0.64 CSS px at the home zoom: 0.5 units is a third of a pixel.
 * Anything but `M`, `l` and `z` is left as it is.
 * @example simplifyPath('M0 0l1 0l1 0l0 2z', 0.5) // 'M0 0l2 0l0 2z'
 */
export function simplifyPath(d: string, tolerance: number): string {
  if (/[^Mlz\d\s-]/.test(d)) return d;
  let out = '';
  for (const ring of d.match(/M[^M]*/g) ?? []) {
    const numbers = (ring.match(/-?\d+/g) ?? []).map(Number);
    const points: [number, number][] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [px, py] = points.at(-1) ?? [0, 0];
      points.push(i === 0 ? [numbers[0]!, numbers[1]!] : [px + numbers[i]!, py + numbers[i + 1]!]);
    }
    const kept = douglasPeucker(points, tolerance);
    out += kept.map(([x, y], i) => (i === 0 ? `M${x} ${y}` : `l${x - kept[i - 1]![0]} ${y - kept[i - 1]![1]}`)).join('') + (ring.includes('z') ? 'z' : '');
  }
  return out;
}

function douglasPeucker(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const length = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      // (A closed ring starts and ends on one point: distance to that point.)
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((by - ay) * px - (bx - ax) * py + bx * ay - by * ax) / length;
      if (distance > far) {
        far = distance;
        at = i;
      }
    }
    if (far > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const attrsOf = (text: string): Record<string, string> => Object.fromEntries([...text.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

/**
 * Reads the SVG that renderHomeSvg writes (a rect, paths, paths in <defs> painted by <use>, a <g>
 * of paths) into drawing steps. Throws on anything else it would otherwise silently leave out.
 * @example bootPictureFromSvg('<svg viewBox="0 0 4 2"><rect fill="#00f"/><path d="M0 0l1 1" fill="#fff"/></svg>')
 *   // { w: 4, h: 2, bg: '#00f', paths: ['M0 0l1 1'], steps: [{ d: 0, fill: '#fff' }] }
 */
export function bootPictureFromSvg(svg: string): BootPictureData {
  const root = svg.match(/<svg([^>]*)>/);
  if (!root) throw new Error('home.svg: no <svg> element');
  const viewBox = (attrsOf(root[1]!).viewBox ?? '').split(/\s+/).map(Number);
  if (viewBox.length !== 4 || viewBox.some((v) => !Number.isFinite(v))) throw new Error('home.svg: no viewBox');
  const out: BootPictureData = { w: viewBox[2]!, h: viewBox[3]!, bg: '', paths: [], steps: [] };
  const byId = new Map<string, number>();
  const group: Record<string, string>[] = [];
  let inDefs = false;
  const addPath = (path: string) => {
    const d = compactPath(simplifyPath(path, SIMPLIFY_UNITS));
    const at = out.paths.indexOf(d);
    return at >= 0 ? at : out.paths.push(d) - 1;
  };
  const step = (d: number, a: Record<string, string>) => {
    const fill = a.fill ?? 'black';
    const s: PictureStep = { d };
    if (fill !== 'none') s.fill = fill;
    if (a.stroke && a.stroke !== 'none') {
      s.stroke = a.stroke;
      s.width = Number(a['stroke-width'] ?? 1);
      if (a['stroke-dasharray']) s.dash = a['stroke-dasharray'].split(/[\s,]+/).map(Number);
      if (a['stroke-linejoin'] === 'round') s.round = true;
      if (a['stroke-linecap'] === 'round') s.cap = true;
    }
    if (s.fill || s.stroke) out.steps.push(s);
  };
  for (const m of svg.matchAll(/<(\/?)([a-z]+)([^>]*?)(\/?)>/g)) {
    const [, close, tag, rest, selfClosing] = m;
    const a = attrsOf(rest!);
    if (tag === 'svg') continue;
    if (tag === 'defs') inDefs = !close;
    else if (tag === 'g') {
      if (close) group.pop();
      else if (!selfClosing) group.push(a);
    } else if (tag === 'rect' && !close) {
      if (out.bg || Number(a.width) !== out.w || Number(a.height) !== out.h) throw new Error('home.svg: only one full-size <rect> is understood');
      out.bg = a.fill!;
    } else if (tag === 'path' && !close) {
      const d = addPath(a.d ?? '');
      if (inDefs) byId.set(a.id!, d);
      else step(d, Object.assign({}, ...group, a) as Record<string, string>);
    } else if (tag === 'use' && !close) {
      const d = byId.get((a.href ?? '').replace(/^#/, ''));
      if (d === undefined) throw new Error(`home.svg: <use href="${a.href}"> names no path in <defs>`);
      step(d, Object.assign({}, ...group, a) as Record<string, string>);
    } else throw new Error(`home.svg: <${close}${tag}> is not understood`);
  }
  if (!out.bg) throw new Error('home.svg: no background <rect>');
  return out;
}
