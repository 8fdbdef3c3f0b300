// Builds the app's unit index: every 2025 unit, 2020–2025 district and old commune with names,
// folded names, area, bbox, label point and lineage (old → new and new → old).
import { area, bbox } from '@turf/turf';
import polylabel from 'polylabel';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { foldVietnamese } from '../../src/lib/text/fold';
import type { LineageLink, UnitIndex } from '../../src/lib/data/unit-index-types';
import type { AreaFeature, Inputs } from './load-inputs';

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** Area in km² on the sphere (Turf), to two decimals. */
export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return round(area(geometry) / 1e6, 2);
}

/** [west, south, east, north] to five decimals (~1 m). */
export function boundsOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  return bbox(geometry).map((v) => round(v, 5)) as [number, number, number, number];
}

/**
 * A point well inside the largest part (pole of inaccessibility), where a label reads best.
 * @example labelPoint(coTo) // on the main Cô Tô island, not in the sea between islands
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const parts: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = parts[0]!;
  let bestArea = -1;
  for (const p of parts) {
    const a = area({ type: 'Polygon', coordinates: p });
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  const [lon, lat] = polylabel(best as number[][][], 0.0005);
  return [round(lon!, 5), round(lat!, 5)];
}

function typeOfDistrict(type: string): 'thanh_pho' | 'thi_xa' | 'huyen' {
  if (type === 'Thành phố') return 'thanh_pho';
  if (type === 'Thị xã') return 'thi_xa';
  return 'huyen';
}

function typeOfOldCommune(type: string): 'phuong' | 'xa' | 'thi_tran' {
  if (type === 'Phường') return 'phuong';
  if (type === 'Thị trấn') return 'thi_tran';
  return 'xa';
}

/** Builds the index from validated inputs and the dissolved district geometry. */
export function buildUnitIndex(inputs: Inputs, districtGeometry: Map<string, AreaFeature>): UnitIndex {
  const wardByCode = new Map(inputs.wards.map((w) => [w.code, w]));
  const assignment = new Map(inputs.assignment.map((a) => [a.wardCode, a]));
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);

  const units = inputs.wards
    .map((w) => {
      const a = assignment.get(w.code)!;
      const formedFrom: LineageLink[] = inputs.crosswalk
        .filter((r) => r.newCode === w.code)
        .map((r) => ({ code: r.oldCode, name: r.oldName, relation: r.relation }))
        .sort(byCode);
      return {
        code: w.code,
        name: w.name,
        shortName: w.shortName,
        nameEn: w.nameEn,
        folded: foldVietnamese(w.name),
        type: w.type,
        district2020: a.districtCode,
        mixedDistricts2020: a.mixedDistrictCodes,
        areaKm2: areaKm2(w.geometry),
        officialAreaKm2: w.officialAreaKm2,
        bbox: boundsOf(w.geometry),
        label: labelPoint(w.geometry),
        formedFrom,
      };
    })
    .sort(byCode);

  const districts = inputs.districts
    .map((d) => {
      const geometry = districtGeometry.get(d.code)!.geometry;
      const oldCodes = inputs.oldCommunes
        .filter((c) => c.districtCode === d.code)
        .map((c) => c.code)
        .sort();
      return {
        code: d.code,
        name: d.name,
        folded: foldVietnamese(d.name),
        type: typeOfDistrict(d.type),
        exact: d.exact,
        approximationNote: d.approximationNote,
        approximationNoteVi: d.approximationNoteVi,
        areaKm2: areaKm2(geometry),
        bbox: boundsOf(geometry),
        label: labelPoint(geometry),
        units2025: inputs.assignment
          .filter((x) => x.districtCode === d.code)
          .map((x) => x.wardCode)
          .sort(),
        oldCommunes: oldCodes,
      };
    })
    .sort(byCode);

  const mixed = inputs.assignment
    .filter((a) => !a.districtCode)
    .map((a) => ({ code: a.wardCode, name: wardByCode.get(a.wardCode)!.name, districts2020: a.mixedDistrictCodes }))
    .sort(byCode);

  const oldCommunes = inputs.oldCommunes
    .map((c) => ({
      code: c.code,
      name: c.name,
      folded: foldVietnamese(c.name),
      type: typeOfOldCommune(c.type),
      district2020: c.districtCode,
      becameUnits: inputs.crosswalk
        .filter((r) => r.oldCode === c.code)
        .map((r) => ({ code: r.newCode, name: wardByCode.get(r.newCode)!.name, relation: r.relation }))
        .sort(byCode),
    }))
    .sort(byCode);

  return { version: 1, units, districts, mixed, oldCommunes };
}
