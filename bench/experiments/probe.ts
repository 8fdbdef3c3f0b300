// Instruments a page before its scripts run (an init script): times of the map's life (canvas in the
// DOM, style loaded, first render, first idle), WebGL shader and program work, and glyph
// rasterising on 2D canvases. All times are ms since navigation start (performance.now()).
export const probeScript = `(() => {
  const t = () => performance.now();
  const p = window.__probe = { marks: {}, shaders: 0, programs: 0, linkMs: 0, compileMs: 0, statusMs: 0, fillText: 0, fillTextMs: 0, getImageDataMs: 0, renders: 0, layers: null, programsAtIdle: 0 };
  const mark = (k) => { if (p.marks[k] === undefined) p.marks[k] = Math.round(t()); };
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const compile = proto.compileShader, link = proto.linkProgram, status = proto.getProgramParameter;
    proto.compileShader = function (s) { const a = t(); p.shaders++; try { return compile.call(this, s); } finally { p.compileMs += t() - a; } };
    proto.linkProgram = function (g) { const a = t(); p.programs++; mark('firstProgram'); try { return link.call(this, g); } finally { p.linkMs += t() - a; } };
    proto.getProgramParameter = function (g, n) { const a = t(); try { return status.call(this, g, n); } finally { p.statusMs += t() - a; } };
  }
  for (const C of [window.CanvasRenderingContext2D, window.OffscreenCanvasRenderingContext2D]) {
    if (!C) continue;
    const fill = C.prototype.fillText, get = C.prototype.getImageData;
    C.prototype.fillText = function (...args) { const a = t(); p.fillText++; try { return fill.apply(this, args); } finally { p.fillTextMs += t() - a; } };
    C.prototype.getImageData = function (...args) { const a = t(); try { return get.apply(this, args); } finally { p.getImageDataMs += t() - a; } };
  }
  new MutationObserver(() => { if (document.querySelector('canvas.maplibregl-canvas')) mark('canvas'); if (document.querySelector('header, h1, [data-testid]')) mark('shell'); }).observe(document, { childList: true, subtree: true });
  let map = null;
  Object.defineProperty(window, 'qnMap', { configurable: true, get: () => map, set: (m) => {
    map = m; mark('mapObject');
    m.once('style.load', () => mark('styleLoad'));
    m.once('load', () => mark('load'));
    m.on('render', () => { p.renders++; mark('firstRender'); });
    m.once('idle', () => { mark('idle'); p.programsAtIdle = p.programs; try { p.layers = m.getStyle().layers.length; p.visibleLayers = m.getStyle().layers.filter((l) => (l.layout || {}).visibility !== 'none').length; } catch (e) {} });
  } });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') p.marks.fcp = Math.round(e.startTime); }).observe({ type: 'paint', buffered: true });
})();`;
