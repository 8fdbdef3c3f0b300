// Site distances on fixtures with known answers, and the checks the site data must pass.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { decodeAreas } from '../../src/lib/data/areas';
import type { Site } from '../../src/lib/data/site-types';
import { kmText, nearestOf, siteDistances } from '../../src/lib/geo/site-distances';
import type { AreaFeature } from '../../src/lib/geo/spatial-index';

const base: Omit<Site, 'id' | 'category' | 'position'> = {
  nameVi: '',
  nameEn: '',
  areaHa: null,
  areaNote: '',
  areaNoteVi: '',
  areas: [],
  placement: 'inside',
  uncertaintyKm: 2,
  status: '',
  developer: '',
  developerVi: '',
  unit2025: '',
  unitInSea: false,
  district2020: null,
  mixedDistricts2020: [],
  oldDistrictText: '',
  wardsListed: '',
  quality: 'approximate',
  positionNote: '',
  positionNoteVi: '',
  sources: ['x'],
  notes: '',
  notesVi: '',
};
const site = (id: string, category: Site['category'], position: [number, number]): Site => ({ ...base, id, category, position });
const zone: AreaFeature = {
  type: 'Feature',
  properties: { code: 'z' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [107.0, 21.0],
        [107.1, 21.0],
        [107.1, 21.1],
        [107.0, 21.1],
        [107.0, 21.0],
      ],
    ],
  },
};

describe('siteDistances', () => {
  const sites = [
    site('ip', 'industrial_park', [107.2, 21.05]),
    site('port_near', 'seaport', [107.25, 21.05]),
    site('port_far', 'seaport', [107.6, 21.05]),
    site('gate', 'border_gate', [107.2, 21.5]),
  ];

  it('finds the nearest port and gate with Turf-consistent distances', () => {
    const d = siteDistances(sites[0]!, sites, zone);
    expect(d.nearestSeaport!.id).toBe('port_near');
    expect(d.nearestSeaport!.km).toBeCloseTo(distance([107.2, 21.05], [107.25, 21.05], { units: 'kilometers' }), 6);
    expect(d.nearestBorderGate!.id).toBe('gate');
    expect(d.nearestBorderGate!.km).toBeCloseTo(50.04, 1);
    // 0.1° of longitude at 21.05° N from the zone's east edge.
    expect(d.toMongCaiZoneKm!).toBeCloseTo(distance([107.1, 21.05], [107.2, 21.05], { units: 'kilometers' }), 1);
  });

  it('is 0 inside the zone, excludes the site itself, and is null when there is nothing to measure to', () => {
    expect(siteDistances(site('in', 'industrial_park', [107.05, 21.05]), sites, zone).toMongCaiZoneKm).toBe(0);
    expect(nearestOf(sites[1]!, sites, 'seaport')!.id).toBe('port_far');
    expect(nearestOf(sites[0]!, [sites[0]!], 'seaport')).toBeNull();
    expect(siteDistances(sites[0]!, sites, null).toMongCaiZoneKm).toBeNull();
  });

  it('carries the placement uncertainty of both ends as ±, and prints it', () => {
    const d = siteDistances(sites[0]!, sites, zone);
    expect(d.nearestSeaport!.plusMinusKm).toBe(4);
    expect(d.toMongCaiZonePlusMinusKm).toBe(2);
    const n = (v: number, digits: number) => v.toFixed(digits);
    expect(kmText(12.34, 3, n)).toBe('≈ 12.3 km (± 3.0 km)');
    expect(kmText(12.34, 0, n)).toBe('12.3 km');
    expect(kmText(40, 52.4, n)).toBe('≈ 40.0 km (± 52 km)');
  });
});

describe('site data (public/data/sites.json)', () => {
  const root = resolve(import.meta.dirname, '../..');
  const sites = JSON.parse(readFileSync(resolve(root, 'public/data/sites.json'), 'utf8')) as Site[];
  const units = decodeAreas(JSON.parse(readFileSync(resolve(root, 'public/data/communes_2025.topo.json'), 'utf8')))!.features as AreaFeature[];

  it('every site has a source, a category, and a positive area or none', () => {
    expect(sites.length).toBe(29);
    for (const s of sites) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(['economic_zone', 'industrial_park', 'seaport', 'border_gate']).toContain(s.category);
      if (s.areaHa !== null) expect(s.areaHa, s.id).toBeGreaterThan(0);
    }
    expect(sites.filter((s) => s.category === 'border_gate')).toHaveLength(3);
  });

  it('approximate positions fall inside their stated unit; only cited coordinates are "surveyed"', () => {
    for (const s of sites) {
      if (s.quality === 'surveyed') {
        expect(['port_cai_lan', 'port_hon_gai', 'port_cam_pha']).toContain(s.id);
        continue;
      }
      const unit = units.find((u) => u.properties.code === s.unit2025)!;
      expect(booleanPointInPolygon(s.position, unit), `${s.id} in ${s.unit2025}`).toBe(true);
      expect(s.positionNote).toMatch(
        s.category === 'seaport'
          ? /Placed on the shoreline of/
          : s.category === 'border_gate'
            ? /Placed on the national border within/
            : /Placed inside|Placed in/,
      );
    }
  });
});
