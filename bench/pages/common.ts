// What both comparison pages share with the app: the same MapLibre build and worker, the same
// first camera, and the same signal the bench waits for (`data-map-idle-at`, ms since navigation).
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

declare const __PROVINCE_BOUNDS__: [number, number, number, number];

setWorkerUrl(workerUrl);

export function openMap(style: StyleSpecification): MaplibreMap {
  const container = document.getElementById('map')!;
  // As the app: room for the controls column on wide screens.
  const padding = container.clientWidth > 900 ? { top: 24, bottom: 24, right: 24, left: 300 } : 24;
  const map = new MaplibreMap({ container, style, bounds: __PROVINCE_BOUNDS__, fitBoundsOptions: { padding }, fadeDuration: 0, dragRotate: false });
  map.once('idle', () => {
    document.documentElement.dataset.mapIdleAt = String(Math.round(performance.now()));
    document.documentElement.dataset.mapIdle = 'true';
  });
  (window as unknown as { qnMap: MaplibreMap }).qnMap = map;
  return map;
}
