// Tells whether WebGL is drawn in software (no usable GPU): office PCs, virtual desktops and thin
// clients get SwiftShader, WARP (Microsoft Basic Render Driver) or llvmpipe. The map can then spare
// frames (no repaint per hover, flights as few real frames with CSS transforms between them).

/** Renderer names of software rasterisers, as WEBGL_debug_renderer_info reports them. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|microsoft basic render|\bwarp\b|software rasterizer|mesa offscreen/i;

/**
 * Whether a WebGL renderer string names a software rasteriser.
 * @example isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)') // true
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer);
}

/** The unmasked renderer string of a WebGL context, or '' when the browser does not tell. */
export function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
  return typeof name === 'string' ? name : '';
}

/** Whether this browser draws WebGL in software; false when it has no WebGL at all (that is another case). */
export function detectSoftwareRenderer(): boolean {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  if (!gl) return false;
  const software = isSoftwareRenderer(rendererName(gl));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return software;
}
