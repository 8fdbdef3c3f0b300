// Reprojection to WGS-84: known points, round trips, .prj matching, the stated area bounds.
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { MAP_BOUNDS } from '../../src/lib/import/limits';
import {
  CRS_LIST,
  PROJECTED_CHOICES,
  crsById,
  crsFromGeoJsonMember,
  matchPrj,
  projectorTo,
  reprojectorFrom,
  VN2000_TOWGS84,
} from '../../src/lib/import/projections';

const metres = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });

describe('VN-2000 reprojection', () => {
  it('uses the official seven parameters of QĐ 05/2007/QĐ-BTNMT (= EPSG:4756 TOWGS84)', () => {
    expect(VN2000_TOWGS84).toBe('-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278');
    for (const id of ['vn2000', 'vn2000-tm3-qn', 'vn2000-utm48', 'vn2000-utm49'] as const) expect(crsById(id)!.proj4).toContain(VN2000_TOWGS84);
    expect(crsById('vn2000-tm3-qn')!.proj4).toMatch(/\+proj=tmerc \+lat_0=0 \+lon_0=107\.75 \+k=0\.9999 \+x_0=500000 \+y_0=0/);
  });

  it('TM-3 with the same parameters reproduces a published VN-2000 → WGS-84 pair within 1 m', () => {
    // namlunkaka/vn2000-converter, test/spec.js: VN2000 (Đồng Tháp, meridian 105°00′) E 557975.802,
    // N 1142228.861 → lon 105.53115606, lat 10.32843706 (the same 7 parameters and TM-3, k 0.9999).
    // No published control point in Quảng Ninh's 107°45′ zone was found; the code path is the same.
    const dongThap = crsById('vn2000-tm3-qn')!.proj4.replace('+lon_0=107.75', '+lon_0=105');
    const ll = reprojectorFrom(dongThap)([557975.802, 1142228.861]);
    expect(metres(ll, [105.53115606, 10.32843706])).toBeLessThan(1);
  });

  it('round-trips Quảng Ninh points through every projected system with error < 1 m', () => {
    const points = [
      [107.0785, 20.9517],
      [107.9683, 21.5247],
      [106.5, 21.05],
      [107.75, 20.98],
    ];
    for (const id of PROJECTED_CHOICES) {
      const def = crsById(id)!.proj4;
      for (const p of points) expect(metres(reprojectorFrom(def)(projectorTo(def)(p)), p), `${id} ${p}`).toBeLessThan(1);
    }
  });

  it('puts Hạ Long at the expected TM-3 107°45′ easting/northing (west of the meridian, ~2.32 Mm north)', () => {
    const [e, n] = projectorTo(crsById('vn2000-tm3-qn')!.proj4)([107.0785, 20.9517]);
    // 0.67° west of 107°45′ at 21° N ≈ 70 km west of the 500 000 m false easting.
    expect(e).toBeGreaterThan(425_000);
    expect(e).toBeLessThan(435_000);
    expect(n).toBeGreaterThan(2_310_000);
    expect(n).toBeLessThan(2_325_000);
  });

  it('VN-2000 and WGS-84 differ by tens to hundreds of metres here (the datum shift is applied)', () => {
    const d = metres(reprojectorFrom(crsById('vn2000')!.proj4)([107.0785, 20.9517]), [107.0785, 20.9517]);
    expect(d).toBeGreaterThan(10);
    expect(d).toBeLessThan(500);
  });

  it('lists VN-2000 / Quảng Ninh first among the choices', () => {
    expect(PROJECTED_CHOICES[0]).toBe('vn2000-tm3-qn');
    expect(CRS_LIST.map((c) => c.id)).toEqual(expect.arrayContaining(['wgs84', 'vn2000', 'vn2000-tm3-qn', 'wgs84-utm48', 'wgs84-utm49']));
  });
});

describe('.prj and crs member matching', () => {
  const esriTm3 =
    'PROJCS["VN_2000_TM3_107-45",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",107.75],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

  it('recognises the ArcGIS .prj of VN-2000 / TM-3 107°45′ (no TOWGS84 in it)', () => {
    expect(matchPrj(esriTm3)).toEqual({ kind: 'known', id: 'vn2000-tm3-qn' });
  });

  it('recognises UTM 48N/49N on both datums and geographic systems', () => {
    const utm = (datum: string, lon0: number) =>
      `PROJCS["x",GEOGCS["g",DATUM["${datum}",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",${lon0}],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]`;
    expect(matchPrj(utm('WGS_1984', 105))).toEqual({ kind: 'known', id: 'wgs84-utm48' });
    expect(matchPrj(utm('WGS_1984', 111))).toEqual({ kind: 'known', id: 'wgs84-utm49' });
    expect(matchPrj(utm('Vietnam_2000', 105))).toEqual({ kind: 'known', id: 'vn2000-utm48' });
    expect(
      matchPrj(
        'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]',
      ),
    ).toEqual({ kind: 'known', id: 'wgs84' });
    expect(
      matchPrj('GEOGCS["VN-2000",DATUM["Vietnam_2000",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]'),
    ).toEqual({ kind: 'known', id: 'vn2000' });
  });

  it('falls back to proj4 for other readable systems, and says unknown for the rest', () => {
    const laea =
      'PROJCS["ETRS89 / LAEA",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Lambert_Azimuthal_Equal_Area"],PARAMETER["latitude_of_center",52],PARAMETER["longitude_of_center",10],PARAMETER["false_easting",4321000],PARAMETER["false_northing",3210000],UNIT["metre",1]]';
    expect(matchPrj(laea).kind).toBe('other');
    expect(matchPrj('not a wkt at all')).toMatchObject({ kind: 'unknown' });
  });

  it('reads the old GeoJSON crs member', () => {
    expect(crsFromGeoJsonMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3405' } })).toBe('vn2000-utm48');
    expect(crsFromGeoJsonMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } })).toBe('wgs84');
    expect(crsFromGeoJsonMember({ type: 'name', properties: { name: 'EPSG:2154' } })).toBe('unknown');
    expect(crsFromGeoJsonMember(undefined)).toBeNull();
  });
});

describe('limits', () => {
  it('MAP_BOUNDS equals the bounds in public/data/index.json', () => {
    const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as { bounds: number[] };
    expect(MAP_BOUNDS).toEqual(index.bounds);
  });
});
