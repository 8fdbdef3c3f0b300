// Checks that a feature's geometry is a well-formed, simple (Multi)Polygon in lon/lat.
import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/** Returns the first problem with a polygonal geometry, or null when it is valid. */
export function findGeometryProblem(geometry: Geometry | null | undefined): string | null {
  if (!geometry) return 'has no geometry';
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return `geometry type ${geometry.type} where a Polygon or MultiPolygon is expected`;
  }
  if (polygons.length === 0) return 'geometry has no polygons';
  for (const [p, rings] of polygons.entries()) {
    if (!Array.isArray(rings) || rings.length === 0) return `polygon ${p} has no rings`;
    for (const [r, ring] of rings.entries()) {
      const where = `polygon ${p}, ring ${r}`;
      if (!Array.isArray(ring) || ring.length < 4) return `${where} has fewer than 4 positions`;
      for (const pos of ring) {
        const [lon, lat] = pos as number[];
        if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
          return `${where} has an invalid position ${JSON.stringify(pos)}`;
        }
      }
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed`;
      // A repeated vertex is a zero-length segment, not a crossing (shapely agrees); drop it first.
      const deduped = ring.filter((pos, i) => i === 0 || pos[0] !== ring[i - 1]![0] || pos[1] !== ring[i - 1]![1]);
      if (deduped.length < 4) return `${where} has fewer than 4 distinct positions`;
      const crossings = kinks({ type: 'Polygon', coordinates: [deduped] });
      if (crossings.features.length > 0) {
        const at = crossings.features[0]!.geometry.coordinates.map((c) => c.toFixed(6)).join(', ');
        return `${where} intersects itself at ${at}`;
      }
    }
  }
  return null;
}
