/// <reference lib="webworker" />
// The service worker: after a first visit the whole app works without network — the shell,
// fonts, data and the PMTiles archive are precached (Workbox), and the archive's HTTP Range
// requests are answered by slicing the cached file.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { createPartialResponse } from 'workbox-range-requests';
import { registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Range requests first: the precache route would answer them with the whole file.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.endsWith('.pmtiles') && request.headers.has('range'),
  async ({ request, url }) => {
    const cached = await matchPrecache(url.pathname);
    return cached ? createPartialResponse(request, cached) : fetch(request);
  },
);

// Every link of the app (?c=…&t=…) is the same page: query strings do not matter to the cache.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
