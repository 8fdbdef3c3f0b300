// Sites stand where their kind can: seaports by the sea, border gates on the border, everything in
// its named unit; and the pipeline refuses a site that does not.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors';
import { loadInputs, type Ward } from '../../pipeline/steps/load-inputs';
import { distanceToSeaKm, insideArea, makeLand, surfaceAt } from '../../pipeline/steps/site-placement';
import { MAX_PORT_TO_SEA_KM, buildSites, checkSitePosition, parseSiteAreas } from '../../pipeline/steps/sites';
import type { Site } from '../../src/lib/data/site-types';

const root = resolve(import.meta.dirname, '../..');
const read = (rel: string) => readFileSync(join(root, 'data', rel), 'utf8');
const inputs = loadInputs(read);
const geo = (kind: string, pick: (name: string) => boolean) =>
  inputs.context.filter((f) => f.properties.kind === kind && pick(String(f.properties.name))).map((f) => f.geometry as Polygon | MultiPolygon);
const land = makeLand(
  [...inputs.wards.map((w) => w.geometry), ...geo('province', () => true)],
  geo('country', (n) => n === 'Vietnam'),
  geo('country', (n) => n !== 'Vietnam'),
);
const sites = JSON.parse(readFileSync(join(root, 'public/data/sites.json'), 'utf8')) as Site[];
const ward = (code: string) => inputs.wards.find((w) => w.code === code)!;

describe('site positions (public/data/sites.json)', () => {
  it(`every seaport lies within ${MAX_PORT_TO_SEA_KM} km of the sea`, () => {
    const ports = sites.filter((s) => s.category === 'seaport');
    expect(ports.length).toBe(8);
    for (const s of ports) expect(distanceToSeaKm(s.position, land, MAX_PORT_TO_SEA_KM), s.id).toBeLessThanOrEqual(MAX_PORT_TO_SEA_KM);
  });

  it('every approximate site lies inside its named unit; a cited one inside it or in the sea', () => {
    for (const s of sites) {
      const inUnit = insideArea(s.position, ward(s.unit2025).geometry);
      if (s.placement === 'cited') expect(inUnit || surfaceAt(s.position, land) === 'sea', s.id).toBe(true);
      else expect(inUnit, s.id).toBe(true);
    }
  });

  it('uncited seaports stand on the coast and border gates on the national border, each with a ±', () => {
    for (const s of sites) {
      if (s.placement === 'cited') continue;
      if (s.category === 'seaport') expect(s.placement, s.id).toBe('coast');
      else if (s.category === 'border_gate') expect(s.placement, s.id).toBe('border');
      else expect(s.placement, s.id).toBe('inside');
      expect(s.uncertaintyKm, s.id).toBeGreaterThan(0);
      // On the border: Vietnamese land gives way to the neighbouring country within 2 km.
      if (s.category === 'border_gate') {
        const abroad = [0.5, 1, 1.5, 2].some((km) =>
          Array.from({ length: 16 }, (_, k) => (2 * Math.PI * k) / 16).some(
            (a) => surfaceAt([s.position[0] + (km * Math.cos(a)) / 103.9, s.position[1] + (km * Math.sin(a)) / 110.574], land) === 'abroad',
          ),
        );
        expect(abroad, s.id).toBe(true);
      }
    }
  });

  it('the cited berth and World Port Index points keep their coordinates and precision', () => {
    const byId = new Map(sites.map((s) => [s.id, s]));
    expect(byId.get('port_cai_lan')!.position).toEqual([107.0491, 20.9785]);
    expect(byId.get('port_cai_lan')!.uncertaintyKm).toBe(0.6);
    expect(byId.get('port_hon_gai')!.uncertaintyKm).toBe(1.8);
  });

  it('lists Hoành Bồ and Phương Nam parks and both areas where sources disagree', () => {
    const byId = new Map(sites.map((s) => [s.id, s]));
    expect(byId.get('kcn_hoanh_bo')!.quality).toBe('approximate');
    expect(byId.get('kcn_phuong_nam')!.quality).toBe('approximate');
    expect(byId.get('kcn_cai_lan')!.areaHa).toBe(78);
    expect(byId.get('kcn_cai_lan')!.areas.map((a) => a.value)).toContain('305.3');
    expect(byId.get('kcn_song_khoai')!.areaHa).toBe(714);
    expect(byId.get('kcn_song_khoai')!.areas[0]).toMatchObject({ value: '686.82', asOf: '2025' });
  });
});

describe('the pipeline refuses implausible positions', () => {
  const header =
    'id,category,name_vi,name_en,area_ha,area_note,area_note_vi,status,developer,developer_vi,ward_2025,wards_listed,lon,lat,position_quality,position_uncertainty_km,position_note,position_note_vi,sources,notes,notes_vi';
  // Mũi Chùa's old point: Tiên Yên's label point, about 11 km from any shore.
  const tienYen: Ward = ward('06862');

  it("a seaport at Tiên Yên's label point (the old Mũi Chùa point) fails the check", () => {
    expect(checkSitePosition('seaport', [107.38425, 21.38536], tienYen, land)).toMatch(/more than 1 km from the sea/);
    expect(checkSitePosition('industrial_park', [107.38425, 21.38536], tienYen, land)).toBeNull();
  });

  it('a cited point outside its named unit fails the build, naming the site', () => {
    const csv = `${header}\nport_x,seaport,X,X,,,,,,,06862,,107.0491,20.9785,surveyed,0.6,cited,trích dẫn,src,,\n`;
    expect(() => buildSites(csv, inputs.wards, inputs.assignment, land)).toThrow(PipelineError);
    expect(() => buildSites(csv, inputs.wards, inputs.assignment, land)).toThrow(/port_x: lies outside its named unit/);
  });

  it('an inland cited seaport fails the build', () => {
    const csv = `${header}\nport_y,seaport,Y,Y,,,,,,,06862,,107.38425,21.38536,surveyed,1,cited,trích dẫn,src,,\n`;
    expect(() => buildSites(csv, inputs.wards, inputs.assignment, land)).toThrow(/port_y: seaport more than 1 km from the sea/);
  });

  it('a note without its Vietnamese twin fails the build', () => {
    const csv = `${header}\nport_y,seaport,Y,Y,,,,,,,06862,,,,approximate,,placed,đặt,src,Lease term 2014–2064.,\n`;
    expect(() => buildSites(csv, inputs.wards, inputs.assignment, land)).toThrow(/"notes" and "notes_vi" must both be filled/);
  });

  it('an area row naming an unknown site fails', () => {
    const csv = `${header}\nport_y,seaport,Y,Y,,,,,,,06862,,,,approximate,,placed,đặt,src,,\n`;
    const areas = parseSiteAreas('site_id,site,figure,figure_vi,value,unit,as_of,as_of_vi,source,quote,note,note_vi\nnope,N,area,diện tích,1,ha,,,s,q,,\n');
    expect(() => buildSites(csv, inputs.wards, inputs.assignment, land, areas)).toThrow(/unknown site id nope/);
  });
});

describe('the old label-point positions would have failed', () => {
  it('measures how far the old seaport points were from the sea', () => {
    const old: [string, [number, number]][] = [
      ['port_mui_chua', [107.38425, 21.38536]],
      ['port_cai_rong', [107.47112, 21.15032]],
      ['port_van_gia', [107.95044, 21.52127]],
    ];
    for (const [id, p] of old) expect(distanceToSeaKm(p, land, MAX_PORT_TO_SEA_KM), id).toBe(Infinity);
  });
});
