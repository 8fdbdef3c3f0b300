// Cuts GeoJSON layers into gzipped Mapbox Vector Tiles for every zoom, within fixed bounds.
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import type { TileInput } from '../pmtiles/writer';

export interface TileLayer {
  /** The source-layer name the style refers to. */
  name: string;
  features: Feature[];
  minZoom: number;
  maxZoom: number;
}

export interface TileOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north]: no tile outside is written. */
  bounds: [number, number, number, number];
}

const EXTENT = 4096;
/**
 * Douglas–Peucker tolerance in tile units. MapLibre draws a tile 512 px wide from its zoom to the
 * next, so a tile unit is 1/8 to 1/4 px: 3 units stay under a pixel. Up to LOW_ZOOM_MAX (the
 * province fitted to a screen, the first view) 5 units (0.6–1.25 px): those tiles are loaded by
 * every visit, and are a quarter smaller (the first view's 33.7 → 25.1 KB).
 */
const TOLERANCE = 3;
const LOW_ZOOM_TOLERANCE = 5;
const LOW_ZOOM_MAX = 9;

/** The x/y tile range that covers `bounds` at zoom `z` (Web Mercator, XYZ scheme). */
export function tileRange(z: number, [w, s, e, n]: [number, number, number, number]) {
  const count = 2 ** z;
  const x = (lon: number) => Math.min(count - 1, Math.max(0, Math.floor(((lon + 180) / 360) * count)));
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    const v = ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * count;
    return Math.min(count - 1, Math.max(0, Math.floor(v)));
  };
  return { minX: x(w), maxX: x(e), minY: y(n), maxY: y(s) };
}

/**
 * Slices each layer with geojson-vt (which simplifies per zoom: TOLERANCE/4096 of a tile) and encodes
 * the layers of a tile together; tiles with no feature in any layer are left out.
 * @example buildTiles([{ name: 'province', features, minZoom: 5, maxZoom: 14 }], options)
 */
export function buildTiles(layers: TileLayer[], options: TileOptions): TileInput[] {
  const slicer = (layer: TileLayer, maxZoom: number, tolerance: number) =>
    new GeoJSONVT({ type: 'FeatureCollection', features: layer.features } as FeatureCollection, {
      maxZoom,
      indexMaxZoom: 5,
      indexMaxPoints: 100000,
      tolerance,
      extent: EXTENT,
      buffer: 64,
    });
  const indexes = layers.map((layer) => ({
    layer,
    // (geojson-vt leaves its last zoom unsimplified: the low slicer goes one zoom further than it is used.)
    low: slicer(layer, layer.maxZoom > LOW_ZOOM_MAX ? LOW_ZOOM_MAX + 1 : layer.maxZoom, LOW_ZOOM_TOLERANCE),
    high: layer.maxZoom > LOW_ZOOM_MAX ? slicer(layer, layer.maxZoom, TOLERANCE) : null,
  }));
  const tiles: TileInput[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    const r = tileRange(z, options.bounds);
    for (let x = r.minX; x <= r.maxX; x++) {
      for (let y = r.minY; y <= r.maxY; y++) {
        const present: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const { layer, low, high } of indexes) {
          if (z < layer.minZoom || z > layer.maxZoom) continue;
          const tile = (z <= LOW_ZOOM_MAX ? low : high)!.getTile(z, x, y);
          if (tile && tile.features.length > 0) present[layer.name] = tile;
        }
        if (Object.keys(present).length === 0) continue;
        const pbf = fromGeojsonVt(present, { version: 2, extent: EXTENT });
        tiles.push({ z, x, y, data: new Uint8Array(gzipSync(pbf, { level: 9 })) });
      }
    }
  }
  return tiles;
}
