// Which renderer draws the map: MapLibre (WebGL) where the GPU is real, the 2D map (Canvas 2D) where
// WebGL is missing or drawn in software, unless the person chose otherwise (stored) or the link
// says so (`?renderer=webgl|2d`, never written by the app). Decided once at page start, before
// MapLibre is downloaded: on the 2D path it never is.
import { isSoftwareRenderer, rendererName } from './software-renderer';

export type RendererName = 'webgl' | '2d';

/** Why this renderer: no WebGL, software WebGL, a GPU, or a choice (stored or in the link). */
export type RendererReason = 'no-webgl' | 'software' | 'gpu' | 'stored' | 'link';

export interface RendererChoice {
  renderer: RendererName;
  reason: RendererReason;
  /** What the browser offers, whatever was chosen: the note under the 2D map words it. */
  webgl: 'none' | 'software' | 'gpu';
}

/** The localStorage key of a person's choice ('webgl' | '2d'). */
export const RENDERER_KEY = 'qn.renderer';
/** The URL parameter that overrides the stored choice for one link. */
export const RENDERER_PARAM = 'renderer';

const asName = (value: string | null | undefined): RendererName | null => (value === 'webgl' || value === '2d' ? value : null);

/**
 * Picks the renderer. A link's `?renderer=` wins, then a stored choice, then the hardware: the 2D
 * map where WebGL is missing or software. (Without WebGL, a request for WebGL still gets the 2D map.)
 * @example chooseRenderer({ webgl: 'software', stored: null, param: null }) // { renderer: '2d', reason: 'software', webgl: 'software' }
 */
export function chooseRenderer(input: { webgl: RendererChoice['webgl']; stored: string | null; param: string | null }): RendererChoice {
  const { webgl } = input;
  if (webgl === 'none') return { renderer: '2d', reason: 'no-webgl', webgl };
  const param = asName(input.param);
  if (param) return { renderer: param, reason: 'link', webgl };
  const stored = asName(input.stored);
  if (stored) return { renderer: stored, reason: 'stored', webgl };
  return webgl === 'software' ? { renderer: '2d', reason: 'software', webgl } : { renderer: 'webgl', reason: 'gpu', webgl };
}

/** The stored choice, or null (also when the browser refuses storage). */
export function storedRenderer(): string | null {
  try {
    return localStorage.getItem(RENDERER_KEY);
  } catch {
    return null;
  }
}

/** Remembers a person's choice for later visits (ignored when the browser refuses storage). */
export function storeRenderer(renderer: RendererName): void {
  try {
    localStorage.setItem(RENDERER_KEY, renderer);
  } catch {
    /* private mode: the choice holds for this page only */
  }
}

/**
 * The choice made at page start (index.html's boot script writes it on <html data-renderer
 * data-renderer-reason data-webgl>), or null when the page was opened without it.
 */
export function bootChoice(doc: Document = document): RendererChoice | null {
  const d = doc.documentElement.dataset;
  const renderer = asName(d.renderer);
  if (!renderer || !d.rendererReason || !d.webgl) return null;
  return { renderer, reason: d.rendererReason as RendererReason, webgl: d.webgl as RendererChoice['webgl'] };
}

let atStart: RendererChoice | null = null;

/**
 * The renderer chosen at page start: the boot script's choice, or (a page opened without it) the
 * same rules run here on a throwaway WebGL 2 context. Memoised: every caller gets the same answer.
 */
export function rendererAtStart(): RendererChoice {
  atStart ??=
    bootChoice() ?? chooseRenderer({ webgl: probeWebGL(), stored: storedRenderer(), param: new URLSearchParams(location.search).get(RENDERER_PARAM) });
  return atStart;
}

/** What WebGL 2 this browser offers (MapLibre needs 2), on a context released at once. */
export function probeWebGL(): RendererChoice['webgl'] {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const software = isSoftwareRenderer(rendererName(gl));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return software ? 'software' : 'gpu';
  } catch {
    return 'none';
  }
}
