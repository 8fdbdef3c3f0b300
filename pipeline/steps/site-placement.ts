// Where a site without a cited coordinate may plausibly stand: a seaport on its unit's shoreline,
// a border gate on its unit's stretch of the national border, anything else inside its unit; and
// how far the real site may lie from that point (the placement uncertainty). Pure geometry.
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;
type LonLat = [number, number];

/** A polygon with its bounding box, for quick point tests. */
interface Boxed {
  geometry: Area;
  box: [number, number, number, number];
}

/**
 * Land around the province. The units' outlines take in enclosed bays (Cửa Lục lies inside Hạ Long's
 * wards), so a point counts as home land only when it lies both in a unit (or neighbouring province)
 * and inside the country's small-scale coastline; anything else that is not abroad is sea.
 */
export interface Land {
  /** Vietnamese units: the province's and the neighbouring provinces'. */
  home: Boxed[];
  /** The country's coastline outline (Natural Earth 1:10m). */
  coastline: Boxed[];
  /** The country across the national border (China). */
  abroad: Boxed[];
  /** Vertices of abroad's outline, for the near-border test. */
  abroadEdge: LonLat[];
}

/**
 * The foreign outline is small-scale (Natural Earth 1:10m, off by up to ~1 km): a point outside
 * Vietnamese land this close to it counts as across the border, not as sea.
 */
const ABROAD_SLACK_KM = 1.5;

/** Boundary samples of one unit, split by what lies just outside them. */
export interface Shore {
  /** Points of the unit's edge with sea just outside, each with a point 120 m inside the unit. */
  coast: { edge: LonLat; inside: LonLat }[];
  /** Every edge point with sea just outside (also across bays): where the real port may be. */
  waterside: LonLat[];
  /** Points of the unit's edge with the national border just outside. */
  border: { edge: LonLat; inside: LonLat }[];
}

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);
/** Spacing of boundary samples and the probe step either side of the edge. */
const SAMPLE_KM = 0.2;
const PROBE_KM = 0.12;

const boxed = (geometry: Area): Boxed => ({ geometry, box: bbox(geometry) as Boxed['box'] });

export function makeLand(home: Area[], coastline: Area[], abroad: Area[]): Land {
  return { home: home.map(boxed), coastline: coastline.map(boxed), abroad: abroad.map(boxed), abroadEdge: abroad.flatMap((g) => rings(g).flat() as LonLat[]) };
}

function within(p: LonLat, b: Boxed): boolean {
  const [w, s, e, n] = b.box;
  return p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n && booleanPointInPolygon(p, b.geometry);
}

/** What a point is: home land, abroad, or sea (neither). */
export function surfaceAt(p: LonLat, land: Land): 'home' | 'abroad' | 'sea' {
  if (land.home.some((b) => within(p, b)) && land.coastline.some((b) => within(p, b))) return 'home';
  if (land.abroad.some((b) => within(p, b))) return 'abroad';
  const slackDeg = ABROAD_SLACK_KM / 100;
  for (const q of land.abroadEdge) {
    if (Math.abs(q[1] - p[1]) < slackDeg && Math.abs(q[0] - p[0]) < slackDeg && haversine(p, q) < ABROAD_SLACK_KM) return 'abroad';
  }
  return 'sea';
}

/** Great-circle distance in km (haversine). @example haversine([107,21],[107,21.01]) // ≈ 1.11 */
export function haversine(a: LonLat, b: LonLat): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function offset(p: LonLat, dxKm: number, dyKm: number): LonLat {
  return [Number((p[0] + dxKm / kmPerDegLon(p[1])).toFixed(5)), Number((p[1] + dyKm / KM_PER_DEG_LAT).toFixed(5))];
}

function rings(geometry: Area): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/**
 * Samples the unit's edge every ~200 m and probes 120 m either side of it: where the outer probe is
 * sea the sample is coast; where it is abroad (or outside Vietnamese land close to abroad) it is border.
 * @example unitShore(vanDon, land).coast.length > 0
 */
export function unitShore(unit: Area, land: Land): Shore {
  const shore: Shore = { coast: [], waterside: [], border: [] };
  const unitBox = boxed(unit);
  for (const ring of rings(unit)) {
    let last: LonLat | null = null;
    for (let i = 0; i + 1 < ring.length; i++) {
      const a = ring[i] as LonLat;
      const b = ring[i + 1] as LonLat;
      if (last && haversine(last, a) < SAMPLE_KM) continue;
      last = a;
      // Unit normal of the segment a→b in km space.
      const dx = (b[0] - a[0]) * kmPerDegLon(a[1]);
      const dy = (b[1] - a[1]) * KM_PER_DEG_LAT;
      const len = Math.hypot(dx, dy);
      if (len === 0) continue;
      const nx = -dy / len;
      const ny = dx / len;
      const mid: LonLat = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const left = offset(mid, nx * PROBE_KM, ny * PROBE_KM);
      const right = offset(mid, -nx * PROBE_KM, -ny * PROBE_KM);
      const leftIn = within(left, unitBox);
      const rightIn = within(right, unitBox);
      if (leftIn === rightIn) continue;
      const [inside, outside] = leftIn ? [left, right] : [right, left];
      const surface = surfaceAt(outside, land);
      if (surface === 'sea') {
        shore.waterside.push(mid);
        // An edge across a bay has water on both sides: not a shore a port could stand on.
        if (surfaceAt(inside, land) === 'home') shore.coast.push({ edge: mid, inside });
      } else if (surface === 'abroad') {
        shore.border.push({ edge: mid, inside });
      }
    }
  }
  return shore;
}

/** The sample nearest to a point (the unit's label point), or null when there is none. */
export function nearestSample<T extends { edge: LonLat }>(samples: T[], to: LonLat): T | null {
  let best: T | null = null;
  let bestKm = Infinity;
  for (const s of samples) {
    const km = haversine(s.edge, to);
    if (km < bestKm) [best, bestKm] = [s, km];
  }
  return best;
}

/** The farthest any of the points lies from p, in km, rounded up to 0.1 km. */
export function farthestKm(p: LonLat, points: LonLat[]): number {
  let max = 0;
  for (const q of points) max = Math.max(max, haversine(p, q));
  return Math.ceil(max * 10) / 10;
}

/** All vertices of an area. */
export function vertices(geometry: Area): LonLat[] {
  return rings(geometry).flat() as LonLat[];
}

/**
 * Distance (km, to 0.1 km) from p to the nearest sea, searched on rings 100 m apart up to maxKm;
 * Infinity when no sea lies within maxKm. 0 when p itself is in the sea.
 * @example distanceToSeaKm(haLongBerth, land, 1) // 0
 */
export function distanceToSeaKm(p: LonLat, land: Land, maxKm: number): number {
  if (surfaceAt(p, land) === 'sea') return 0;
  for (let r = 0.1; r <= maxKm + 1e-9; r += 0.1) {
    const steps = Math.max(16, Math.round((2 * Math.PI * r) / 0.05));
    for (let k = 0; k < steps; k++) {
      const a = (2 * Math.PI * k) / steps;
      if (surfaceAt(offset(p, r * Math.cos(a), r * Math.sin(a)), land) === 'sea') return Number(r.toFixed(1));
    }
  }
  return Infinity;
}

/** Whether p lies inside the area. */
export function insideArea(p: LonLat, geometry: Area): boolean {
  return booleanPointInPolygon(p, { type: 'Feature', properties: {}, geometry });
}
