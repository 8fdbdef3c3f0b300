// Page start, inlined into index.html by vite.config.ts (its hash goes into the CSP): runs before the
// app's JavaScript has arrived. Two jobs:
// 1. The first map picture: places public/data/home.svg (the <img> above this script) for the
//    camera the map will open with, so the province is on screen before any bundle has run.
//    App.svelte then moves it into the map area, and the map removes it once it has drawn.
// 2. The renderer: MapLibre (WebGL) or the 2D map, chosen here (src/lib/map/renderer-choice.ts has
//    the same rules, unit-tested) so that the 2D path starts its data at once and never downloads
//    MapLibre. The choice is written on <html data-renderer data-renderer-reason data-webgl>.
// BOOT (replaced at build time): { box: home.svg's box in world px at zoom 9, home: the province's bounds,
// header: the top bar's height on a screen wider than a phone, data: what the 2D map's first frame needs, modules: its chunks,
// webglModules: MapLibre's chunks }.
/* global __BOOT__ */
(function (BOOT) {
  var doc = document;
  var root = doc.documentElement;
  var search = new URLSearchParams(location.search);
  var wrap = doc.getElementById('first-picture');
  if (search.has('presenter')) {
    if (wrap) wrap.remove();
    return;
  }

  // 2. Which renderer (before the picture: this decides nothing about it, but it is quick).
  var SOFTWARE = /swiftshader|microsoft basic render|\bwarp\b|llvmpipe|softpipe|software rasterizer|mesa offscreen/i;
  var webgl = 'none';
  var probeStart = performance.now();
  try {
    var canvas = doc.createElement('canvas');
    canvas.width = canvas.height = 1;
    // (MapLibre needs WebGL 2: a browser with WebGL 1 only gets the 2D map.)
    var gl = canvas.getContext('webgl2', { antialias: false, depth: false, stencil: false });
    if (gl) {
      var info = gl.getExtension('WEBGL_debug_renderer_info');
      var name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) || '');
      webgl = SOFTWARE.test(name) ? 'software' : 'gpu';
      var lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
    }
  } catch {
    webgl = 'none';
  }
  var stored;
  try {
    stored = localStorage.getItem('qn.renderer');
  } catch {
    stored = null;
  }
  var param = search.get('renderer');
  var pick = function (v) {
    return v === 'webgl' || v === '2d' ? v : null;
  };
  var choice =
    webgl === 'none'
      ? ['2d', 'no-webgl']
      : pick(param)
        ? [pick(param), 'link']
        : pick(stored)
          ? [pick(stored), 'stored']
          : webgl === 'software'
            ? ['2d', 'software']
            : ['webgl', 'gpu'];
  var renderer = choice[0];
  var reason = choice[1];
  // (`npm run bench` reports what the probe cost: a WebGL context is a round trip to the GPU process.)
  root.dataset.rendererProbeMs = String(Math.round(performance.now() - probeStart));
  root.dataset.renderer = renderer;
  root.dataset.rendererReason = reason;
  root.dataset.webgl = webgl;
  if (renderer === '2d') {
    // The 2D map's first frame needs these: fetched now, in parallel with the app's code.
    var head = doc.head;
    BOOT.data.forEach(function (href) {
      var link = doc.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      head.appendChild(link);
    });
  }
  // The chosen renderer's code, fetched now rather than when the app asks for it.
  (renderer === '2d' ? BOOT.modules : BOOT.webglModules).forEach(function (href) {
    var link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    doc.head.appendChild(link);
  });

  // 1. The first picture, in the camera the map opens with.
  if (!wrap) return;
  var img = wrap.firstElementChild;
  var W = innerWidth;
  // (On a phone the top bar wraps to a height that depends on the width: the map's own first
  // picture comes with the app there, placed under the real top bar.)
  if (W < 640) return wrap.remove();
  var top = BOOT.header;
  var H = innerHeight - top;
  var merc = function (lng, lat) {
    var phi = Math.max(-85.051129, Math.min(85.051129, lat));
    return [(180 + lng) / 360, (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360))) / 360];
  };
  var k, cx, cy;
  var c = (search.get('c') || '').split(',').map(Number);
  if (c.length >= 3 && c.length <= 5 && c.every(isFinite) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 85) {
    // A link's camera (bearing and pitch are drawn flat: the WebGL map fades in over it).
    k = 512 * Math.pow(2, Math.max(6, Math.min(17, c[2])));
    var m = merc(c[0], c[1]);
    cx = m[0];
    cy = m[1];
  } else {
    // The whole province fitted in the map area, leaving room for the side column (as MapView).
    var pad = W > 900 ? [24, 24, 24, 330] : [24, 24, 24, 24];
    var nw = merc(BOOT.home[0], BOOT.home[3]);
    var se = merc(BOOT.home[2], BOOT.home[1]);
    var aw = W - pad[3] - pad[1];
    var ah = H - pad[0] - pad[2];
    if (aw <= 0 || ah <= 0) return wrap.remove();
    k = Math.min(aw / (se[0] - nw[0]), ah / (se[1] - nw[1]));
    cx = (nw[0] + se[0]) / 2 - (pad[3] - pad[1]) / 2 / k;
    cy = (nw[1] + se[1]) / 2 - (pad[0] - pad[2]) / 2 / k;
  }
  var s = k / (512 * Math.pow(2, 9));
  var ws = wrap.style;
  ws.position = 'fixed';
  ws.left = '0';
  ws.right = '0';
  ws.bottom = '0';
  ws.top = top + 'px';
  ws.overflow = 'hidden';
  ws.pointerEvents = 'none';
  ws.zIndex = '1';
  var is = img.style;
  is.position = 'absolute';
  is.maxWidth = 'none';
  is.left = BOOT.box[0] * s - cx * k + W / 2 + 'px';
  is.top = BOOT.box[1] * s - cy * k + H / 2 + 'px';
  is.width = (BOOT.box[2] - BOOT.box[0]) * s + 'px';
  is.height = (BOOT.box[3] - BOOT.box[1]) * s + 'px';
  wrap.hidden = false;
  var shown = function () {
    // `npm run bench`: the first map picture is on screen (decoded, drawn, and a frame has passed).
    requestAnimationFrame(function () {
      if (wrap.isConnected && root.dataset.firstMapPaintAt === undefined) root.dataset.firstMapPaintAt = String(Math.round(performance.now()));
    });
  };
  img.decode().then(
    function () {
      // (Once the map has taken the <img> over (first-picture.ts), it stays an <img>: the map moves it.)
      if (webgl === 'gpu' || wrap.dataset.taken) return shown();
      // Software GPU (or none): an SVG of thousands of paths shown as an <img> is rasterised by the
      // software GPU process (seconds on two cores); drawn once into a canvas the CPU draws, the
      // page only shows a bitmap. The canvas takes the image's place (same box, same styles).
      var dpr = Math.min(2, devicePixelRatio || 1);
      var pic = doc.createElement('canvas');
      pic.width = Math.max(1, Math.round(parseFloat(is.width) * dpr));
      pic.height = Math.max(1, Math.round(parseFloat(is.height) * dpr));
      pic.getContext('2d', { willReadFrequently: true }).drawImage(img, 0, 0, pic.width, pic.height);
      pic.style.cssText = img.style.cssText;
      pic.dataset.src = img.getAttribute('src');
      img.replaceWith(pic);
      shown();
    },
    function () {
      wrap.remove();
    },
  );
})(__BOOT__);
