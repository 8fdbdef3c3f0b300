// The water of Cửa Lục bay behind Bãi Cháy, which the units' outlines take in as territory: the
// province's outline inside a box around the bay, minus Natural Earth 1:10m land. Pure geometry.
// The shore is small-scale (vertices ~0.7 km apart, off by up to ~1 km): marked approximate.
import { area, bboxPolygon, difference, feature, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Area = Polygon | MultiPolygon;

/**
 * The box around Cửa Lục bay (W, S, E, N). Its south edge crosses the Bãi Cháy strait at 20.955 N,
 * so the strips between the units' seaward edge and Natural Earth's coast south of Bãi Cháy and
 * Hòn Gai (up to ~1 km wide, land or sea by the coarse coast's error) are left as they are.
 */
export const BAY_BOX: [number, number, number, number] = [106.98, 20.955, 107.16, 21.06];
/** Pieces of water smaller than this (km²) are dropped: slivers between two coarse outlines. */
export const MIN_WATER_KM2 = 0.05;
export const BAY_WATER_SOURCE = 'Natural Earth 1:10m land (public domain) cut from the 2025 unit outlines';

export type BayWaterProperties = {
  kind: 'water';
  name: string;
  approximate: true;
  source: string;
};

/**
 * Water of the bay = (province ∩ box) − land, without pieces under MIN_WATER_KM2, as one feature
 * (null when nothing is left).
 * @example bayWater(province, [vietnam])?.properties.kind // 'water'
 */
export function bayWater(province: Area, land: Area[], box = BAY_BOX): Feature<Area, BayWaterProperties> | null {
  let water: Feature<Area> | null = intersect(featureCollection([feature(province), bboxPolygon(box)]));
  for (const l of land) {
    if (!water) break;
    water = difference(featureCollection([water, feature(l)]));
  }
  if (!water) return null;
  const parts = water.geometry.type === 'Polygon' ? [water.geometry.coordinates] : water.geometry.coordinates;
  const kept = parts.filter((rings) => area({ type: 'Polygon', coordinates: rings }) / 1e6 >= MIN_WATER_KM2);
  if (kept.length === 0) return null;
  const round = (rings: (typeof kept)[number]) => rings.map((ring) => ring.map(([x, y]) => [Number(x!.toFixed(6)), Number(y!.toFixed(6))]));
  return {
    type: 'Feature',
    properties: { kind: 'water', name: 'Vịnh Cửa Lục', approximate: true, source: BAY_WATER_SOURCE },
    geometry: kept.length === 1 ? { type: 'Polygon', coordinates: round(kept[0]!) } : { type: 'MultiPolygon', coordinates: kept.map(round) },
  };
}
