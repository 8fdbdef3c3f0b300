// Whether this browser can create a WebGL context, and whether it is a software one, without keeping the context.

export interface WebGLSupport {
  /** A WebGL context (2, else 1) could be created. */
  available: boolean;
  /** 'webgl2' | 'webgl' | null */
  version: 'webgl2' | 'webgl' | null;
  /** The unmasked renderer string, when the browser reveals it. */
  renderer: string | null;
  /** The renderer is a CPU rasteriser (SwiftShader, WARP / Microsoft Basic Render Driver, llvmpipe, softpipe). */
  software: boolean;
  /** Why no context, in words for a log (never shown raw to a user). */
  reason: string | null;
}

const SOFTWARE = /swiftshader|microsoft basic render|\bwarp\b|llvmpipe|softpipe|software rasterizer|mesa offscreen/i;

/**
 * True when a renderer string names a software rasteriser.
 * @example isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)') // true
 */
export const isSoftwareRenderer = (renderer: string | null | undefined): boolean => !!renderer && SOFTWARE.test(renderer);

/**
 * Tries WebGL 2 then WebGL 1 on a throwaway canvas, reads the renderer (WEBGL_debug_renderer_info),
 * and releases the context at once (WEBGL_lose_context), so the browser's context budget is untouched.
 */
export function detectWebGL(doc: Document = document): WebGLSupport {
  const attributes: WebGLContextAttributes = { failIfMajorPerformanceCaveat: false, antialias: false, depth: false, stencil: false };
  let reason: string | null = null;
  for (const version of ['webgl2', 'webgl'] as const) {
    const canvas = doc.createElement('canvas');
    canvas.width = canvas.height = 1;
    let gl: WebGLRenderingContext | WebGL2RenderingContext | null = null;
    const onError = (e: Event) => {
      reason = (e as WebGLContextEvent).statusMessage || reason;
    };
    canvas.addEventListener('webglcontextcreationerror', onError);
    try {
      gl = canvas.getContext(version, attributes) as WebGLRenderingContext | WebGL2RenderingContext | null;
    } catch (err) {
      reason = (err as Error).message;
    }
    canvas.removeEventListener('webglcontextcreationerror', onError);
    if (!gl) continue;
    let renderer: string | null;
    try {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '') || null;
    } catch {
      renderer = null;
    }
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, version, renderer, software: isSoftwareRenderer(renderer), reason: null };
  }
  return { available: false, version: null, renderer: null, software: false, reason: reason ?? 'no WebGL context' };
}
