// Entry point: fonts, global styles, and the Svelte app (or the presenter's window, ?presenter=1).
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { prewarmMap } from './lib/map/prewarm';

const target = document.getElementById('app')!;
if (new URLSearchParams(window.location.search).has('presenter')) {
  // The presenter window shows no map: only its own small component.
  import('./features/present/PresenterConsole.svelte').then(({ default: Console }) => mount(Console, { target }));
} else {
  prewarmMap();
  mount(App, { target });
}
