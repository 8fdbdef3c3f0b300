// Investment sites (industrial parks, economic zones, seaports, border gates): validated from
// data/sites/sites.csv and positioned no more precisely than their sources allow.
import { booleanPointInPolygon } from '@turf/turf';
import { SITE_CATEGORIES, type Site, type SiteArea, type SiteCategory, type SitePlacement } from '../../src/lib/data/site-types';
import { PipelineError } from '../errors';
import type { Assignment, Ward } from './load-inputs';
import { parseCsv } from './parse';
import { distanceToSeaKm, farthestKm, haversine, insideArea, type Land, nearestSample, unitShore, vertices } from './site-placement';
import { labelPoint } from './unit-index';

export const SITES_FILE = 'sites/sites.csv';
export const SITE_AREAS_FILE = 'sites/site_areas.csv';
/** A seaport farther than this from the sea fails the build. */
export const MAX_PORT_TO_SEA_KM = 1;
/** A cited coordinate in the sea may lie at most this far from its named unit. */
const MAX_SEA_OFFSHORE_KM = 2;
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

/**
 * A free-text column and its Vietnamese twin (`<column>_vi`): both filled or both empty, so a
 * Vietnamese card never falls back to English.
 * @example bilingual(file, row, 'notes') // ['Lease term 2014–2064.', 'Thời hạn thuê 2014–2064.']
 */
export function bilingual(file: string, row: { line: number; values: Record<string, string | undefined> }, column: string): [string, string] {
  const en = row.values[column] ?? '';
  const vi = row.values[`${column}_vi`] ?? '';
  if (Boolean(en) !== Boolean(vi))
    throw new PipelineError(file, `"${column}" and "${column}_vi" must both be filled or both empty`, `line ${row.line}, column ${column}_vi`);
  return [en, vi];
}

/** Cited areas by site id (data/sites/site_areas.csv): both values are shown where sources disagree. */
export function parseSiteAreas(text: string): Map<string, SiteArea[]> {
  const rows = parseCsv(SITE_AREAS_FILE, text, [
    'site_id',
    'site',
    'figure',
    'figure_vi',
    'value',
    'unit',
    'as_of',
    'as_of_vi',
    'source',
    'quote',
    'note',
    'note_vi',
  ]);
  const out = new Map<string, SiteArea[]>();
  for (const r of rows) {
    const id = r.values.site_id ?? '';
    const both = (column: string) => bilingual(SITE_AREAS_FILE, r, column);
    const [figure, figureVi] = both('figure');
    const [asOf, asOfVi] = both('as_of');
    const [note, noteVi] = both('note');
    if (!id) continue;
    if (!r.values.value) continue;
    const list = out.get(id) ?? [];
    list.push({
      figure,
      figureVi,
      value: r.values.value ?? '',
      unit: r.values.unit ?? '',
      asOf,
      asOfVi,
      source: r.values.source ?? '',
      quote: r.values.quote ?? '',
      note,
      noteVi,
    });
    out.set(id, list);
  }
  return out;
}

/**
 * Where an uncited site goes: a seaport on its unit's shoreline and a border gate on its unit's
 * stretch of the national border (the edge point nearest the unit's label point, moved 120 m
 * inland), anything else spread around the label point. The uncertainty is the farthest the real
 * site could be while still matching its source: anywhere on that shore, border or unit.
 */
function placeApproximate(
  category: SiteCategory,
  ward: Ward,
  land: Land,
  n: number,
  k: number,
): { position: [number, number]; placement: SitePlacement; uncertaintyKm: number } {
  const label = labelPoint(ward.geometry);
  if (category === 'seaport' || category === 'border_gate') {
    const shore = unitShore(ward.geometry, land);
    const samples = category === 'seaport' ? shore.coast : shore.border;
    // n sites of one kind in a unit would share a point: the k-th takes the k-th nearest edge 1 km apart.
    const taken: [number, number][] = [];
    let pick = nearestSample(samples, label);
    for (let i = 0; i < k && pick; i++) {
      taken.push(pick.edge);
      pick = nearestSample(
        samples.filter((s) => taken.every((t) => haversine(t, s.edge) > 1)),
        label,
      );
    }
    if (pick) {
      return {
        position: pick.inside,
        placement: category === 'seaport' ? 'coast' : 'border',
        uncertaintyKm: farthestKm(pick.inside, category === 'seaport' ? shore.waterside : samples.map((s) => s.edge)),
      };
    }
  }
  const position = spread(label, n, k, ward);
  return { position, placement: 'inside', uncertaintyKm: farthestKm(position, vertices(ward.geometry)) };
}

/** Parses and places the sites; errors name the file, line and column. */
export function buildSites(text: string, wards: Ward[], assignment: Assignment[], land: Land, areas: Map<string, SiteArea[]> = new Map()): Site[] {
  const rows = parseCsv(SITES_FILE, text, [
    'id',
    'category',
    'name_vi',
    'name_en',
    'area_ha',
    'area_note',
    'area_note_vi',
    'status',
    'developer',
    'developer_vi',
    'ward_2025',
    'wards_listed',
    'lon',
    'lat',
    'position_quality',
    'position_uncertainty_km',
    'position_note',
    'position_note_vi',
    'sources',
    'notes',
    'notes_vi',
  ]);
  const byCode = new Map(wards.map((w) => [w.code, w]));
  const districtOf = new Map(assignment.map((a) => [a.wardCode, a]));
  const seen = new Set<string>();
  const sharing = new Map<string, number>();
  const key = (r: (typeof rows)[number]) =>
    `${r.values.ward_2025}|${r.values.category === 'seaport' || r.values.category === 'border_gate' ? r.values.category : 'inside'}`;
  for (const r of rows) if (r.values.position_quality === 'approximate') sharing.set(key(r), (sharing.get(key(r)) ?? 0) + 1);
  const placed = new Map<string, number>();
  const ids = new Set(rows.map((r) => r.values.id));
  for (const id of areas.keys()) if (!ids.has(id)) throw new PipelineError(SITE_AREAS_FILE, `unknown site id ${id}`, 'column site_id');

  return rows.map((r) => {
    const at = (column: string) => `line ${r.line}, column ${column}`;
    const need = (column: string) => {
      const v = r.values[column] ?? '';
      if (!v) throw new PipelineError(SITES_FILE, `empty value in column "${column}"`, at(column));
      return v;
    };
    const both = (column: string) => bilingual(SITES_FILE, r, column);
    const id = need('id');
    if (seen.has(id)) throw new PipelineError(SITES_FILE, `duplicate id ${id}`, at('id'));
    seen.add(id);
    const category = need('category') as SiteCategory;
    if (!CATEGORIES.includes(category)) throw new PipelineError(SITES_FILE, `category must be one of ${CATEGORIES.join(', ')}`, at('category'));
    const sources = need('sources')
      .split(/\s;\s/)
      .map((s) => s.trim())
      .filter(Boolean);
    const areaText = r.values.area_ha ?? '';
    const areaHa = areaText ? Number(areaText) : null;
    if (areaHa !== null && !(Number.isFinite(areaHa) && areaHa > 0))
      throw new PipelineError(SITES_FILE, `area_ha "${areaText}" must be a positive number`, at('area_ha'));
    const wardCode = need('ward_2025');
    const ward = byCode.get(wardCode);
    if (!ward) throw new PipelineError(SITES_FILE, `unknown 2025 unit code ${wardCode}`, at('ward_2025'));
    const quality = need('position_quality');
    let position: [number, number];
    let placement: SitePlacement;
    let uncertaintyKm: number;
    if (quality === 'surveyed') {
      const lon = Number(need('lon'));
      const lat = Number(need('lat'));
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
        throw new PipelineError(SITES_FILE, 'lon/lat must be numbers in range', at('lon'));
      }
      uncertaintyKm = Number(need('position_uncertainty_km'));
      if (!(uncertaintyKm >= 0)) throw new PipelineError(SITES_FILE, 'position_uncertainty_km must be a number ≥ 0', at('position_uncertainty_km'));
      position = [lon, lat];
      placement = 'cited';
    } else if (quality === 'approximate') {
      if (r.values.lon || r.values.lat) throw new PipelineError(SITES_FILE, 'an approximate site has no lon/lat (it is placed in its unit)', at('lon'));
      const k = placed.get(key(r)) ?? 0;
      placed.set(key(r), k + 1);
      ({ position, placement, uncertaintyKm } = placeApproximate(category, ward, land, sharing.get(key(r))!, k));
    } else {
      throw new PipelineError(SITES_FILE, 'position_quality must be surveyed or approximate', at('position_quality'));
    }
    const problem = checkSitePosition(category, position, ward, land);
    if (problem) throw new PipelineError(SITES_FILE, `${id}: ${problem}`, at('ward_2025'));
    // The unit the point lies in; a cited port coordinate may fall in the sea, then the listed unit stands.
    const containing = wards.find((w) => insideArea(position, w.geometry)) ?? ward;
    const a = districtOf.get(containing.code);
    return {
      id,
      category,
      nameVi: need('name_vi'),
      nameEn: need('name_en'),
      areaHa,
      areaNote: both('area_note')[0],
      areaNoteVi: both('area_note')[1],
      areas: areas.get(id) ?? [],
      status: r.values.status ?? '',
      developer: both('developer')[0],
      developerVi: both('developer')[1],
      unit2025: containing.code,
      unitInSea: containing === ward && !insideArea(position, ward.geometry),
      district2020: a?.districtCode ?? null,
      mixedDistricts2020: a?.mixedDistrictCodes ?? [],
      oldDistrictText: r.values.old_district ?? '',
      wardsListed: r.values.wards_listed ?? '',
      position,
      quality,
      placement,
      uncertaintyKm,
      positionNote: need('position_note'),
      positionNoteVi: need('position_note_vi'),
      sources,
      notes: both('notes')[0],
      notesVi: both('notes')[1],
    } satisfies Site;
  });
}

/**
 * Why a site's point is implausible, or null: every site lies in its named unit (a cited
 * coordinate may instead lie in the sea close to it), and every seaport lies within 1 km of the sea.
 * @example checkSitePosition('seaport', inlandPoint, ward, land) // 'seaport 5.2 km from the sea …'
 */
export function checkSitePosition(category: SiteCategory, position: [number, number], ward: Ward, land: Land): string | null {
  if (!insideArea(position, ward.geometry)) {
    const offshore = distanceToSeaKm(position, land, 0) === 0;
    const nearKm = Math.min(...vertices(ward.geometry).map((v) => haversine(v, position)));
    if (!offshore || nearKm > MAX_SEA_OFFSHORE_KM) return `lies outside its named unit ${ward.name} (${ward.code})`;
  }
  if (category === 'seaport' && distanceToSeaKm(position, land, MAX_PORT_TO_SEA_KM) > MAX_PORT_TO_SEA_KM) {
    return `seaport more than ${MAX_PORT_TO_SEA_KM} km from the sea`;
  }
  return null;
}
