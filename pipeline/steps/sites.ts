// Investment sites (industrial parks, economic zones, seaports, border gates): validated from
// data/sites/sites.csv and positioned no more precisely than their sources allow.
import { booleanPointInPolygon } from '@turf/turf';
import { SITE_CATEGORIES, type Site, type SiteCategory } from '../../src/lib/data/site-types';
import { PipelineError } from '../errors';
import type { Assignment, Ward } from './load-inputs';
import { parseCsv } from './parse';
import { labelPoint } from './unit-index';

export const SITES_FILE = 'sites/sites.csv';
const CATEGORIES: readonly SiteCategory[] = SITE_CATEGORIES;
/** How far apart (km) sites placed in the same unit are spread around its label point. */
const SPREAD_KM = 1.5;

function inside(point: [number, number], ward: Ward): boolean {
  return booleanPointInPolygon(point, { type: 'Feature', properties: {}, geometry: ward.geometry });
}

/**
 * Spreads n approximate sites around the unit's label point (never on it, where the unit's name
 * is drawn), each kept inside the unit (closer in if needed). A lone site goes south of the label.
 */
function spread(centre: [number, number], n: number, k: number, ward: Ward): [number, number] {
  for (let km = SPREAD_KM; km > 0.1; km /= 2) {
    const a = -Math.PI / 2 + (2 * Math.PI * k) / n;
    const dLat = (km / 110.574) * Math.sin(a);
    const dLon = (km / (111.32 * Math.cos((centre[1] * Math.PI) / 180))) * Math.cos(a);
    const p: [number, number] = [Number((centre[0] + dLon).toFixed(5)), Number((centre[1] + dLat).toFixed(5))];
    if (inside(p, ward)) return p;
  }
  return centre;
}

/** Parses and places the sites; errors name the file, line and column. */
export function buildSites(text: string, wards: Ward[], assignment: Assignment[]): Site[] {
  const rows = parseCsv(SITES_FILE, text, ['id', 'category', 'name_vi', 'name_en', 'area_ha', 'area_note', 'status', 'developer', 'ward_2025', 'wards_listed', 'lon', 'lat', 'position_quality', 'position_note', 'sources', 'notes']);
  const byCode = new Map(wards.map((w) => [w.code, w]));
  const districtOf = new Map(assignment.map((a) => [a.wardCode, a]));
  const seen = new Set<string>();
  const sharing = new Map<string, number>();
  for (const r of rows) if (r.values.position_quality === 'approximate') sharing.set(r.values.ward_2025!, (sharing.get(r.values.ward_2025!) ?? 0) + 1);
  const placed = new Map<string, number>();

  return rows.map((r) => {
    const at = (column: string) => `line ${r.line}, column ${column}`;
    const need = (column: string) => {
      const v = r.values[column] ?? '';
      if (!v) throw new PipelineError(SITES_FILE, `empty value in column "${column}"`, at(column));
      return v;
    };
    const id = need('id');
    if (seen.has(id)) throw new PipelineError(SITES_FILE, `duplicate id ${id}`, at('id'));
    seen.add(id);
    const category = need('category') as SiteCategory;
    if (!CATEGORIES.includes(category)) throw new PipelineError(SITES_FILE, `category must be one of ${CATEGORIES.join(', ')}`, at('category'));
    const sources = need('sources').split(/\s;\s/).map((s) => s.trim()).filter(Boolean);
    const areaText = r.values.area_ha ?? '';
    const areaHa = areaText ? Number(areaText) : null;
    if (areaHa !== null && !(Number.isFinite(areaHa) && areaHa > 0)) throw new PipelineError(SITES_FILE, `area_ha "${areaText}" must be a positive number`, at('area_ha'));
    const wardCode = need('ward_2025');
    const ward = byCode.get(wardCode);
    if (!ward) throw new PipelineError(SITES_FILE, `unknown 2025 unit code ${wardCode}`, at('ward_2025'));
    const quality = need('position_quality');
    let position: [number, number];
    if (quality === 'surveyed') {
      const lon = Number(need('lon'));
      const lat = Number(need('lat'));
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw new PipelineError(SITES_FILE, 'lon/lat must be numbers in range', at('lon'));
      }
      position = [lon, lat];
    } else if (quality === 'approximate') {
      if (r.values.lon || r.values.lat) throw new PipelineError(SITES_FILE, 'an approximate site has no lon/lat (it is placed in its unit)', at('lon'));
      const k = placed.get(wardCode) ?? 0;
      placed.set(wardCode, k + 1);
      position = spread(labelPoint(ward.geometry), sharing.get(wardCode)!, k, ward);
      if (!inside(position, ward)) throw new PipelineError(SITES_FILE, `placement fell outside ${ward.name}`, at('ward_2025'));
    } else {
      throw new PipelineError(SITES_FILE, 'position_quality must be surveyed or approximate', at('position_quality'));
    }
    // The unit the point lies in; a cited port coordinate may fall in the sea, then the listed unit stands.
    const containing = wards.find((w) => inside(position, w)) ?? ward;
    const a = districtOf.get(containing.code);
    return {
      id,
      category,
      nameVi: need('name_vi'),
      nameEn: need('name_en'),
      areaHa,
      areaNote: r.values.area_note ?? '',
      status: r.values.status ?? '',
      developer: r.values.developer ?? '',
      unit2025: containing.code,
      unitInSea: containing === ward && !inside(position, ward),
      district2020: a?.districtCode ?? null,
      mixedDistricts2020: a?.mixedDistrictCodes ?? [],
      oldDistrictText: r.values.old_district ?? '',
      wardsListed: r.values.wards_listed ?? '',
      position,
      quality,
      positionNote: need('position_note'),
      sources,
      notes: r.values.notes ?? '',
    } satisfies Site;
  });
}
