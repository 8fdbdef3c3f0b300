// Page start, inlined into index.html by vite.config.ts (its hash goes into the CSP): runs as soon as
// the HTML is parsed, before the app's JavaScript and styles have arrived. Three jobs, in this order:
// 1. The first map picture: home.svg (pipeline/steps/home-svg.ts), carried in this script as Path2D
//    drawing steps (src/boot/home-picture.ts), painted on a canvas placed for the camera the map will
//    open with, so the province is on screen before any bundle has run, without a request or an SVG
//    to decode. App.svelte then moves it into the map area, and the map removes it once it has drawn.
// 2. The renderer: MapLibre (WebGL) or the 2D map, chosen here (src/lib/map/renderer-choice.ts has
//    the same rules, unit-tested) so that the 2D path starts its data at once and never downloads
//    MapLibre. The choice is written on <html data-renderer data-renderer-reason data-webgl>.
// 3. The app: in the build its stylesheet and its <script type="module"> are not in index.html
//    (only preloads, so both download at once): a stylesheet there would hold this script, and so
//    the picture, until it arrives. This script adds the stylesheet at once, and the app's script
//    once the renderer is chosen (the app reads the choice), the picture's frame has begun (the
//    app's first task must not hold it) and the styles are in (no unstyled frame).
//    (In `vite dev` the app's script stays in index.html, after this one.)
// 4. The 2D map's first data: its first view's files are requested here (with fetch(), not a
//    preload: a later fetch() of this script's did not take a preloaded response, each file came
//    twice) and parsed once the picture's frame has begun, while the app's code loads; the app
//    takes each through window.__qnEarlyJson (src/lib/data/early.ts), once; a file whose fetch or
//    parse failed is fetched again by the app, which reports the error.
// BOOT (replaced at build time): { box: home.svg's box in world px at zoom 9, home: the province's bounds,
// header: the top bar's height on a screen wider than a phone, data: what the 2D map's first frame needs, overview: { maxLevel,
// data }: the same with the areas' overview files, read where the first view's zoom level is at most maxLevel, modules: its chunks,
// styles: their stylesheets, webglModules and webglStyles: MapLibre's, picture: home.svg's drawing steps, entry: the app's module script and css: its
// stylesheet (both null in `vite dev`), fonts: the app's font files (index.html's font preloads) }.
/* global __BOOT__ */
(function (BOOT) {
  var doc = document;
  var root = doc.documentElement;
  var search = new URLSearchParams(location.search);
  var wrap = doc.getElementById('first-picture');
  var started = false;
  var styled = !BOOT.css;
  var ready = false;
  var start = function () {
    // 3. The app (once, whatever happened before), with its styles in place: no unstyled frame.
    ready = true;
    if (started || !styled) return;
    started = true;
    if (!BOOT.entry) return;
    var script = doc.createElement('script');
    script.type = 'module';
    script.crossOrigin = 'anonymous';
    script.src = BOOT.entry;
    doc.head.appendChild(script);
  };
  if (BOOT.css) {
    // The app's styles: in the build not render-blocking in index.html (which would hold this
    // script and the picture's frame until they arrive), but in place before the app starts.
    var sheet = doc.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.crossOrigin = 'anonymous';
    sheet.href = BOOT.css;
    sheet.onload = sheet.onerror = function () {
      styled = true;
      if (fontsWanted) requestFonts();
      if (ready) start();
    };
    doc.head.appendChild(sheet);
  }
  var pick = function (v) {
    return v === 'webgl' || v === '2d' ? v : null;
  };
  var stored;
  try {
    stored = localStorage.getItem('qn.renderer');
  } catch {
    stored = null;
  }
  var param = search.get('renderer');
  var head = doc.head;
  var merc = function (lng, lat) {
    var phi = Math.max(-85.051129, Math.min(85.051129, lat));
    return [(180 + lng) / 360, (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (phi * Math.PI) / 360))) / 360];
  };
  // The camera the map opens with in a W × H map area, as world size k (px) and centre (world
  // fraction): a link's, else the whole province fitted leaving room for the side column (as the
  // maps fit it). Null when the area has no room.
  var firstCamera = function (W, H) {
    var c = (search.get('c') || '').split(',').map(Number);
    if (c.length >= 3 && c.length <= 5 && c.every(isFinite) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 85) {
      // (Bearing and pitch are drawn flat: the WebGL map fades in over the picture.)
      var m = merc(c[0], c[1]);
      return { k: 512 * Math.pow(2, Math.max(6, Math.min(17, c[2]))), cx: m[0], cy: m[1] };
    }
    var pad = W > 900 ? [24, 24, 24, 330] : W < 640 ? [12, 12, 12, 12] : [24, 24, 24, 24];
    var nw = merc(BOOT.home[0], BOOT.home[3]);
    var se = merc(BOOT.home[2], BOOT.home[1]);
    var aw = W - pad[3] - pad[1];
    var ah = H - pad[0] - pad[2];
    if (aw <= 0 || ah <= 0) return null;
    var k = Math.min(aw / (se[0] - nw[0]), ah / (se[1] - nw[1]));
    return { k: k, cx: (nw[0] + se[0]) / 2 - (pad[3] - pad[1]) / 2 / k, cy: (nw[1] + se[1]) / 2 - (pad[0] - pad[2]) / 2 / k };
  };
  // `as`: 'fetch' or 'font' for rel=preload (both fetched with CORS, as the app uses them).
  var preload = function (hrefs, rel, as) {
    (hrefs || []).forEach(function (href) {
      var link = doc.createElement('link');
      link.rel = rel;
      if (rel === 'preload') {
        link.as = as || 'fetch';
        if (as === 'font') link.type = 'font/woff2';
      }
      link.crossOrigin = 'anonymous';
      link.href = href;
      head.appendChild(link);
    });
  };
  // 4. The 2D map's first files: requested at once (requestEarly), parsed once the picture's frame
  // has begun (parseEarly), each { value } or null (the app then fetches that one itself).
  var responses = {};
  var requestEarly = function (hrefs) {
    hrefs.forEach(function (href) {
      responses[href] = fetch(href).catch(function () {
        return null;
      });
    });
  };
  var parseEarly = function () {
    var early = (window.__qnEarlyJson = window.__qnEarlyJson || {});
    Object.keys(responses).forEach(function (href) {
      if (early[href]) return;
      early[href] = responses[href]
        .then(function (r) {
          return r && r.ok
            ? r.json().then(function (value) {
                return { value: value };
              })
            : null;
        })
        .catch(function () {
          return null;
        });
    });
  };
  // The app's fonts: requested once the picture's frame has begun, not from index.html's head,
  // where Chromium holds a page's first frame for preloaded fonts (the picture came ~100 ms later
  // on a 2-core office PC: README "Measurements", session 6). The faces the app's stylesheet
  // declares are loaded then (once it is in), so they are ready when the shell is first laid out:
  // left to the first layout that needs them, they came after it (the shell laid out and painted
  // in a fallback font, then again, while the map was being built) and their preloads were at times
  // fetched a second time. Without declared faces (`vite dev`: styles come with the code), preloads.
  var fontsRequested = false;
  var fontsWanted = false;
  var requestFonts = function () {
    fontsWanted = true;
    if (fontsRequested || !styled) return;
    fontsRequested = true;
    var faces = 0;
    try {
      doc.fonts.forEach(function (face) {
        faces++;
        if (face.status === 'unloaded') face.load().catch(function () {});
      });
    } catch {
      faces = 0;
    }
    if (!faces) preload(BOOT.fonts, 'preload', 'font');
  };
  if (search.has('presenter')) {
    if (wrap) wrap.remove();
    requestFonts();
    return start();
  }
  requestEarly(BOOT.appData);
  var drawn = false;
  try {
    drawn = showPicture();
  } catch {
    if (wrap) wrap.remove();
  }
  if (drawn)
    requestAnimationFrame(function () {
      // `npm run bench`: the first map picture is on screen (drawn, and a frame has passed).
      if (wrap.isConnected && root.dataset.firstMapPaintAt === undefined) root.dataset.firstMapPaintAt = String(Math.round(performance.now()));
      requestFonts();
      parseEarly();
      // The app's first task (hundreds of ms on a slow machine) comes after the picture's frame.
      setTimeout(start, 0);
    });
  try {
    chooseRenderer();
  } finally {
    // (No frame in a hidden tab: the app must not wait for one.)
    if (drawn && BOOT.entry)
      setTimeout(function () {
        requestFonts();
        parseEarly();
        start();
      }, 300);
    else {
      requestFonts();
      parseEarly();
      start();
    }
  }

  function chooseRenderer() {
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
    // (`npm run bench` reports what the probe cost: a WebGL context is a round trip to the GPU process.)
    root.dataset.rendererProbeMs = String(Math.round(performance.now() - probeStart));
    root.dataset.renderer = renderer;
    root.dataset.rendererReason = choice[1];
    root.dataset.webgl = webgl;
    // The 2D map's first frame needs these: requested now (4. above), in parallel with the app's code; the areas'
    // overview files where the first view is drawn at an overview level (src/lib/map2d/overview.ts).
    // (On a phone the top bar's height is a guess: the province's fit is limited by the width there.)
    var cam = firstCamera(innerWidth, innerHeight - BOOT.header);
    var level = cam ? Math.floor(Math.log2(cam.k / 512)) : null;
    if (level !== null) root.dataset.firstLevel = String(level);
    if (renderer === '2d') requestEarly(level !== null && level <= BOOT.overview.maxLevel ? BOOT.overview.data : BOOT.data);
    // The chosen renderer's code, fetched now rather than when the app asks for it.
    preload(renderer === '2d' ? BOOT.modules : BOOT.webglModules, 'modulepreload');
    // …and their stylesheets, which the app's `import()` of that code waits for (Vite loads a
    // chunk's CSS first): put in place now, not requested when the app asks for the map.
    preload(renderer === '2d' ? BOOT.styles : BOOT.webglStyles, 'stylesheet');
  }

  // 1. The first picture, in the camera the map opens with; false when there is none to show.
  function showPicture() {
    if (!wrap || !BOOT.picture) return false;
    var W = innerWidth;
    // (On a phone the top bar wraps to a height that depends on the width: the map's own first
    // picture comes with the app there, placed under the real top bar.)
    if (W < 640) {
      wrap.remove();
      return false;
    }
    var top = BOOT.header;
    var H = innerHeight - top;
    var cam = firstCamera(W, H);
    if (!cam) {
      wrap.remove();
      return false;
    }
    var k = cam.k;
    var cx = cam.cx;
    var cy = cam.cy;
    // The whole picture's box on screen (CSS px from the map area's corner)…
    var s = k / (512 * Math.pow(2, 9));
    var box = {
      left: BOOT.box[0] * s - cx * k + W / 2,
      top: BOOT.box[1] * s - cy * k + H / 2,
      width: (BOOT.box[2] - BOOT.box[0]) * s,
      height: (BOOT.box[3] - BOOT.box[1]) * s,
    };
    // …and the canvas: that box, or only the map area when the box is far larger (a link zoomed in).
    var whole = box.width * box.height <= 4 * W * H;
    var at = whole ? box : { left: 0, top: 0, width: W, height: H };
    var dpr = Math.min(2, devicePixelRatio || 1);
    var pic = doc.createElement('canvas');
    pic.width = Math.max(1, Math.round(at.width * dpr));
    pic.height = Math.max(1, Math.round(at.height * dpr));
    // A canvas the CPU draws (on a software GPU a GPU-backed one starves the page): a few paths, once.
    var ctx = pic.getContext('2d', { willReadFrequently: true });
    if (!ctx) {
      wrap.remove();
      return false;
    }
    var P = BOOT.picture;
    var sx = box.width / P.w;
    var sy = box.height / P.h;
    ctx.setTransform(sx * dpr, 0, 0, sy * dpr, (box.left - at.left) * dpr, (box.top - at.top) * dpr);
    ctx.fillStyle = P.bg;
    ctx.fillRect(0, 0, P.w, P.h);
    var paths = [];
    P.steps.forEach(function (step) {
      var path = paths[step.d] || (paths[step.d] = new Path2D(P.paths[step.d]));
      if (step.fill) {
        ctx.fillStyle = step.fill;
        ctx.fill(path);
      }
      if (step.stroke) {
        // (Widths and dashes are CSS px, whatever the scale: home.svg's non-scaling strokes. Its round
        // joins are drawn bevelled: the same look at these widths, and on a CPU canvas a third of
        // the picture's drawing time, ~34 → ~14 ms on a 2-core office PC.)
        ctx.strokeStyle = step.stroke;
        ctx.lineWidth = step.width / sx;
        ctx.lineJoin = step.round ? 'bevel' : 'miter';
        ctx.lineCap = step.cap ? 'round' : 'butt';
        ctx.setLineDash(
          (step.dash || []).map(function (v) {
            return v / sx;
          }),
        );
        ctx.stroke(path);
      }
    });
    var ws = wrap.style;
    ws.position = 'fixed';
    ws.left = '0';
    ws.right = '0';
    ws.bottom = '0';
    ws.top = top + 'px';
    ws.overflow = 'hidden';
    ws.pointerEvents = 'none';
    ws.zIndex = '1';
    var ps = pic.style;
    ps.position = 'absolute';
    ps.maxWidth = 'none';
    ps.left = at.left + 'px';
    ps.top = at.top + 'px';
    ps.width = at.width + 'px';
    ps.height = at.height + 'px';
    // home.svg's picture whole: the WebGL map takes it over and moves it (first-picture.ts).
    if (whole) pic.dataset.src = '/data/home.svg';
    wrap.replaceChildren(pic);
    wrap.hidden = false;
    return true;
  }
})(__BOOT__);
