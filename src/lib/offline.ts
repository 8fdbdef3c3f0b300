// Registers the service worker (production builds only) once the first view is on screen, so
// caching the app for offline use never competes with the first load.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch((err: Error) => console.warn('offline use unavailable:', err.message));
}
