// Entry point: fonts, global styles, and the Svelte app (or the presenter's window, ?presenter=1).
import './fonts/fonts.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { rendererAtStart } from './lib/map/renderer-choice';
import { firstLevelAtStart, MAP2D_FIRST_AREAS, prefetchGeometry } from './lib/map2d/first-data';
import { locale } from './lib/state/locale.svelte';

const target = document.getElementById('app')!;
// (Vietnamese is in this bundle; a stored English is one more chunk, loaded before anything shows.)
const ready = locale.lang === 'vi' ? null : locale.ready();
if (new URLSearchParams(window.location.search).has('presenter')) {
  // The presenter window shows no map: only its own small component.
  void Promise.all([import('./features/present/PresenterConsole.svelte'), ready]).then(([{ default: Console }]) => mount(Console, { target }));
} else {
  // MapLibre (and its worker and the archive's header) only on the WebGL path; the 2D map's code
  // otherwise, at once (index.html's boot script has already asked for its data).
  if (rendererAtStart().renderer === 'webgl') void import('./lib/map/prewarm').then(({ prewarmMap }) => prewarmMap());
  else {
    // (Its first view's areas are read as they arrive, while its chunks load and the shell mounts:
    // the files the boot script preloaded for the first view's zoom level.)
    prefetchGeometry(MAP2D_FIRST_AREAS, firstLevelAtStart());
    void import('./lib/map2d/Map2DView.svelte');
  }
  if (ready) void ready.then(() => mount(App, { target }));
  else mount(App, { target });
}
