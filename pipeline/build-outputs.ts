// Turns validated inputs into every built file: the PMTiles archive and the app's JSON.
// Pure apart from CPU: inputs in, named byte arrays out, so tests can run it without disk.
import type { Feature, FeatureCollection } from 'geojson';
import { bboxClip } from '@turf/turf';
import { mixedId, type ContextLabel, type DataSource, type EconomicZone } from '../src/lib/data/unit-index-types';
import { SOURCE_LAYERS } from '../src/lib/data/source-layers';
import { viewLimit } from '../src/lib/geo/viewport';
import { PipelineError } from './errors';
import { Compression, TileType, writePmtiles } from './pmtiles/writer';
import type { FactsFile } from '../src/lib/data/facts-types';
import { dissolveByKey } from './steps/dissolve';
import { buildNameIndex, parseFacts } from './steps/facts';
import { buildCitations, citationUses } from './steps/citations';
import { NTM_RULE, buildNtm, parseFormerCommunes } from './steps/ntm';
import type { AreaFeature, Inputs } from './steps/load-inputs';
import { simplifyTopology } from './steps/simplify';
import { toTopoJson, withOuterEdge } from './steps/topojson';
import { makeLand } from './steps/site-placement';
import { buildSites, parseSiteAreas } from './steps/sites';
import { bayWater } from './steps/bay-water';
import { overviewToleranceMetres } from '../src/lib/map2d/projected';
import { renderHomeSvg } from './steps/home-svg';
import { buildTiles } from './steps/tile';
import { areaKm2, boundsOf, buildUnitIndex, labelPoint } from './steps/unit-index';

export const OUTPUT_FILES = {
  archive: 'tiles/quangninh.pmtiles',
  index: 'public/data/index.json',
  communes: 'public/data/communes_2025.topo.json',
  districts: 'public/data/districts_2020.topo.json',
  zones: 'public/data/economic_zones.topo.json',
  sources: 'public/data/sources.json',
  facts: 'public/data/facts.json',
  sites: 'public/data/sites.json',
  context: 'public/data/context.topo.json',
  homeSvg: 'public/data/home.svg',
  /** The first view's areas simplified for the 2D map's overview levels (src/lib/map2d/overview.ts). */
  communesOverview: 'public/data/communes_2025.overview.topo.json',
  zonesOverview: 'public/data/economic_zones.overview.topo.json',
  contextOverview: 'public/data/context.overview.topo.json',
} as const;

/** Texts of the fact tables (data/facts/), read by the caller. */
export interface FactTexts {
  indicators: string;
  definitions: string;
  aliases: string;
  ntm: string;
  formerCommunes: string;
  /** data/sites/site_areas.csv */
  siteAreas: string;
  /** data/facts/seed_articles.csv */
  seeds: string;
}

export const ZOOMS = { min: 5, max: 14 } as const;
/** Metres of tolerance for the light GeoJSON used by in-browser Turf filters. */
const BROWSER_TOLERANCE_M = 40;

const encoder = new TextEncoder();
/** Stable JSON: the same data always gives the same bytes. */
const json = (value: unknown) => encoder.encode(JSON.stringify(value) + '\n');
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function parseSources(text: string): DataSource[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new PipelineError('sources.json', `malformed JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(value)) throw new PipelineError('sources.json', 'expected an array of sources');
  for (const [i, s] of value.entries()) {
    for (const key of ['id', 'title', 'origin', 'licence', 'vintage', 'attribution']) {
      if (typeof s?.[key] !== 'string' || !s[key]) throw new PipelineError('sources.json', `missing "${key}"`, `entry #${i}`);
    }
  }
  return value as DataSource[];
}

/** Builds every output from validated inputs, the sources list and the fact tables. */
export async function buildOutputs(
  inputs: Inputs,
  sourcesText: string,
  factTexts: FactTexts,
  sitesText: string,
  /** If given, receives the light GeoJSON each TopoJSON output was encoded from (by output path), for tests. */
  lightGeoJson?: Map<string, FeatureCollection>,
): Promise<Map<string, Uint8Array>> {
  const sources = parseSources(sourcesText);
  const land = makeLand(
    [...inputs.wards.map((w) => w.geometry), ...inputs.context.filter((f) => f.properties.kind === 'province').map((f) => f.geometry)],
    inputs.context.filter((f) => f.properties.kind === 'country' && f.properties.name === 'Vietnam').map((f) => f.geometry),
    inputs.context.filter((f) => f.properties.kind === 'country' && f.properties.name !== 'Vietnam').map((f) => f.geometry),
  );
  const sites = buildSites(sitesText, inputs.wards, inputs.assignment, land, parseSiteAreas(factTexts.siteAreas));
  const names = buildNameIndex(inputs.districts, factTexts.aliases);
  const factResult = parseFacts(factTexts.indicators, factTexts.definitions, names);
  for (const d of factResult.dropped) console.warn(`facts/indicators.csv line ${d.line}: dropped, ${d.reason}`);
  const ntm = buildNtm(factTexts.ntm, names, inputs.oldCommunes, inputs.crosswalk, parseFormerCommunes(factTexts.formerCommunes));
  const ntmRecords = [
    ...(ntm.provinceStatement ? [ntm.provinceStatement] : []),
    ...Object.values(ntm.districts).flat(),
    ...Object.values(ntm.oldCommunes).flatMap((c) => c.records),
  ];
  const factsFile: FactsFile = {
    version: 1,
    citations: buildCitations(factTexts.seeds, citationUses(factResult.facts, ntmRecords, sites, new Map(factResult.indicators.map((d) => [d.id, d.nameVi])))),
    indicators: factResult.indicators,
    facts: factResult.facts,
    ntm: { rule: NTM_RULE, ...ntm },
  };
  const assignment = new Map(inputs.assignment.map((a) => [a.wardCode, a]));
  const wardFeatures: AreaFeature[] = inputs.wards.map((w) => ({
    type: 'Feature',
    properties: {
      code: w.code,
      name: w.name,
      type: w.type,
      district2020: assignment.get(w.code)!.districtCode ?? '',
      group: assignment.get(w.code)!.districtCode ?? mixedId(w.code),
      all: 'qn',
    },
    geometry: w.geometry,
  }));

  const districtShapes = await dissolveByKey(wardFeatures, 'group');
  const province = (await dissolveByKey(wardFeatures, 'all')).get('qn')!;
  const zoneShapes = new Map<string, AreaFeature>();
  for (const z of inputs.zones) {
    const parts = wardFeatures.filter((f) => z.wardCodes.includes(String(f.properties.code)));
    zoneShapes.set(
      z.id,
      (
        await dissolveByKey(
          parts.map((f) => ({ ...f, properties: { id: z.id } })),
          'id',
        )
      ).get(z.id)!,
    );
  }

  // Cửa Lục bay, which the units' outlines take in: approximate water over the unit fills.
  const water = bayWater(
    province.geometry,
    inputs.context.filter((f) => f.properties.kind === 'country' && f.properties.name === 'Vietnam').map((f) => f.geometry),
  );
  const waterFeatures: AreaFeature[] = water ? [water] : [];

  const index = buildUnitIndex(inputs, districtShapes);
  const communeFeatures: AreaFeature[] = wardFeatures.map((f) => ({
    type: 'Feature',
    properties: { code: f.properties.code, name: f.properties.name, type: f.properties.type, district2020: f.properties.district2020 },
    geometry: f.geometry,
  }));
  const districtFeatures: AreaFeature[] = [
    ...index.districts.map((d) => ({
      type: 'Feature' as const,
      properties: { code: d.code, name: d.name, kind: 'district', exact: d.exact },
      geometry: districtShapes.get(d.code)!.geometry,
    })),
    ...index.mixed.map((m) => ({
      type: 'Feature' as const,
      properties: { code: mixedId(m.code), name: m.name, kind: 'mixed', exact: false },
      geometry: districtShapes.get(mixedId(m.code))!.geometry,
    })),
  ];
  const zones: EconomicZone[] = inputs.zones.map((z) => ({
    id: z.id,
    nameVi: z.nameVi,
    nameEn: z.nameEn,
    approximate: true,
    approximationNote: z.approximationNote,
    approximationNoteVi: z.approximationNoteVi,
    officialArea: z.officialArea,
    officialAreaVi: z.officialAreaVi,
    units2025: [...z.wardCodes].sort(),
    areaKm2: areaKm2(zoneShapes.get(z.id)!.geometry),
    bbox: boundsOf(zoneShapes.get(z.id)!.geometry),
    label: labelPoint(zoneShapes.get(z.id)!.geometry),
    source: z.source,
  }));
  const zoneFeatures: AreaFeature[] = zones.map((z) => ({
    type: 'Feature',
    properties: { code: z.id, name: z.nameVi, approximate: true },
    geometry: zoneShapes.get(z.id)!.geometry,
  }));

  // Tiles cover the province with a margin (wider in the west, where the app's controls column
  // sits, so the camera can keep the province clear of it); the camera stays inside these bounds.
  const [w, s, e, n] = boundsOf(province.geometry);
  const bounds: [number, number, number, number] = [w - 0.8, s - 0.25, e + 0.3, n + 0.2].map((v) => Number(v.toFixed(2))) as [number, number, number, number];
  // The farthest any view may reach (both maps keep their camera inside it, src/lib/geo/viewport.ts):
  // tiles are cut for all of it, and the context is drawn a little beyond it, so no view ever shows
  // where the context data ends (a straight "coast" at its box).
  const viewBox = viewLimit([w, s, e, n]).map((v) => Number(v.toFixed(2))) as [number, number, number, number];
  const contextBox = [viewBox[0] - 0.1, viewBox[1] - 0.1, viewBox[2] + 0.1, viewBox[3] + 0.1].map((v) => Number(v.toFixed(2))) as [
    number,
    number,
    number,
    number,
  ];
  // Names of what lies around the province, placed inside the part the map can show.
  const context: ContextLabel[] = inputs.context
    .filter((f) => f.properties.name !== 'Vietnam')
    .map((f) => ({
      name: f.properties.name === 'China' ? 'Trung Quốc' : String(f.properties.name),
      kind: f.properties.kind as ContextLabel['kind'],
      label: labelPoint(bboxClip(f, bounds).geometry as AreaFeature['geometry']),
    }));
  const contextClipped = inputs.context.map((f) => bboxClip(f, contextBox) as typeof f);
  const layers = [
    { name: SOURCE_LAYERS.context, features: contextClipped, minZoom: ZOOMS.min, maxZoom: ZOOMS.max },
    { name: SOURCE_LAYERS.province, features: [{ ...province, properties: { code: '22', name: 'Tỉnh Quảng Ninh' } }], minZoom: ZOOMS.min, maxZoom: ZOOMS.max },
    { name: SOURCE_LAYERS.districts, features: districtFeatures, minZoom: ZOOMS.min, maxZoom: ZOOMS.max },
    { name: SOURCE_LAYERS.communes, features: communeFeatures, minZoom: ZOOMS.min, maxZoom: ZOOMS.max },
    { name: SOURCE_LAYERS.zones, features: zoneFeatures, minZoom: ZOOMS.min, maxZoom: ZOOMS.max },
    { name: SOURCE_LAYERS.water, features: waterFeatures, minZoom: ZOOMS.min, maxZoom: ZOOMS.max },
    {
      name: SOURCE_LAYERS.sites,
      features: sites.map((site) => ({
        type: 'Feature' as const,
        properties: { code: site.id, category: site.category, name: site.nameVi, area_ha: site.areaHa ?? -1, quality: site.quality },
        geometry: { type: 'Point' as const, coordinates: site.position },
      })),
      minZoom: ZOOMS.min,
      maxZoom: ZOOMS.max,
    },
  ];
  const tiles = buildTiles(layers, { minZoom: ZOOMS.min, maxZoom: ZOOMS.max, bounds: viewBox });
  const fieldsOf = (features: Feature[]) =>
    Object.fromEntries(
      Object.entries(features[0]?.properties ?? {}).map(([k, v]) => [k, typeof v === 'number' ? 'Number' : typeof v === 'boolean' ? 'Boolean' : 'String']),
    );
  const archive = writePmtiles(tiles, {
    tileType: TileType.Mvt,
    tileCompression: Compression.Gzip,
    minZoom: ZOOMS.min,
    maxZoom: ZOOMS.max,
    bounds: viewBox,
    center: [Number(((w + e) / 2).toFixed(4)), Number(((s + n) / 2).toFixed(4)), 8],
    metadata: {
      name: 'Quảng Ninh development-plan map',
      format: 'pbf',
      attribution: sources.map((src) => src.attribution).join(' · '),
      vector_layers: layers.map((l) => ({ id: l.name, minzoom: l.minZoom, maxzoom: l.maxZoom, fields: fieldsOf(l.features) })),
    },
  });

  const simplified = async (features: AreaFeature[], tolerance = BROWSER_TOLERANCE_M) =>
    (await simplifyTopology(collection(features), tolerance)) as FeatureCollection<AreaFeature['geometry']>;
  const [lightCommunes, lightZones] = [await simplified(communeFeatures), await simplified(zoneFeatures)];
  // What lies around the province and its outline ("home"), clipped a little beyond what any view
  // may show, and the bay's approximate water (kind water): the 2D map's base.
  const contextFeatures: AreaFeature[] = [
    ...contextClipped.map((f) => ({ ...f, properties: { kind: f.properties.kind, name: f.properties.name } }) as AreaFeature),
    { type: 'Feature', properties: { kind: 'home', name: 'Tỉnh Quảng Ninh' }, geometry: province.geometry },
    ...waterFeatures,
  ];
  const lightContext = await simplified(contextFeatures);
  // The same areas for the 2D map's overview levels, from the same sources with the tolerance the map
  // itself would simplify with there (at the northernmost latitude any view reaches: the smallest).
  const overviewTolerance = overviewToleranceMetres(viewBox[3]);
  const [overviewCommunes, overviewZones, overviewContext] = [
    await simplified(communeFeatures, overviewTolerance),
    await simplified(zoneFeatures, overviewTolerance),
    // (No province outline: the 2D map strokes the units' outer edge there, src/lib/data/areas.ts EDGE_SOURCE.)
    await simplified(
      contextFeatures.filter((f) => f.properties?.kind !== 'home'),
      overviewTolerance,
    ),
  ];
  // The first picture, from the overview shapes (it is drawn at the province's home zoom, and snaps them to its own coarser pixel grid).
  const homeSvg = renderHomeSvg({
    bounds,
    // (Only what lies in its own box: the picture stays as small as it was before the context reached farther.)
    context: overviewContext.features.filter((f) => f.properties?.kind !== 'home' && f.properties?.kind !== 'water').map((f) => bboxClip(f, bounds)) as Feature<
      AreaFeature['geometry'],
      { kind: string }
    >[],
    communes: overviewCommunes.features,
    zones: overviewZones.features,
  });
  // The light shapes as TopoJSON (shared borders once, same 0.00001° grid): fewer bytes, same shapes.
  // (The units' overview file also carries their outer edge, the province's outline there: withOuterEdge.)
  const topo = async (path: string, fc: FeatureCollection, edge = false) => {
    lightGeoJson?.set(path, fc);
    const text = await toTopoJson(fc);
    return encoder.encode((edge ? withOuterEdge(text) : text) + '\n');
  };
  return new Map<string, Uint8Array>([
    [OUTPUT_FILES.archive, archive],
    [OUTPUT_FILES.index, json({ ...index, bounds, zones, context })],
    [OUTPUT_FILES.communes, await topo(OUTPUT_FILES.communes, lightCommunes)],
    [OUTPUT_FILES.districts, await topo(OUTPUT_FILES.districts, await simplified(districtFeatures))],
    [OUTPUT_FILES.zones, await topo(OUTPUT_FILES.zones, lightZones)],
    [OUTPUT_FILES.context, await topo(OUTPUT_FILES.context, lightContext)],
    [OUTPUT_FILES.homeSvg, encoder.encode(homeSvg)],
    [OUTPUT_FILES.communesOverview, await topo(OUTPUT_FILES.communesOverview, overviewCommunes, true)],
    [OUTPUT_FILES.zonesOverview, await topo(OUTPUT_FILES.zonesOverview, overviewZones)],
    [OUTPUT_FILES.contextOverview, await topo(OUTPUT_FILES.contextOverview, overviewContext)],
    [OUTPUT_FILES.sources, json(sources)],
    [OUTPUT_FILES.facts, json(factsFile)],
    [OUTPUT_FILES.sites, json(sites)],
  ]);
}
