// The coordinate systems an imported file may be in, recognised from a .prj, and reprojected to WGS-84.
import proj4 from 'proj4';

export type CrsId = 'wgs84' | 'vn2000' | 'vn2000-tm3-qn' | 'vn2000-utm48' | 'vn2000-utm49' | 'wgs84-utm48' | 'wgs84-utm49';

/**
 * The official VN-2000 → WGS-84 seven parameters (Coordinate Frame rotation; ΔX, ΔY, ΔZ in m,
 * rotations in ″, scale in ppm). Published by Quyết định 05/2007/QĐ-BTNMT of 27/2/2007
 * (Δx0 = -191,90441429 m, Δy0 = -39,30318279 m, Δz0 = -111,45032835 m, ω0 = -0,00928836″,
 * ψ0 = 0,01975479″, ε0 = -0,00427372″, k = 1,000000252906278), text at
 * https://luatminhkhue.vn/quyet-dinh-so-05-2007-qd-btnmt-cua-bo-tai-nguyen-va-moi-truong---ve-su-dung-he-thong-tham-so-tinh-chuyen-giua-he-toa-do-quoc-te-wgs-84-va-he-toa-do-quoc-gia-vn-2000.aspx ;
 * identical to the TOWGS84 of EPSG:4756 "VN-2000" (transformation "VN-2000 to WGS 84 (2)",
 * EPSG:6960), https://epsg.io/4756 .
 */
export const VN2000_TOWGS84 = '-191.90441429,-39.30318279,-111.45032835,-0.00928836,0.01975479,-0.00427372,0.252906278';

export interface CrsDef {
  id: CrsId;
  /** Name shown to the user (a proper name, the same in both languages). */
  label: string;
  proj4: string;
  /** True when coordinates are degrees (lon, lat). */
  geographic: boolean;
}

const vn = `+ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;

/**
 * Known systems, VN-2000 / Quảng Ninh first: it is what the province's planning files use. TM-3 for
 * Quảng Ninh: central meridian 107°45′, k = 0.9999, false easting 500 000 m (Thông tư 973/2001/TT-TCĐC;
 * the meridian per province as listed e.g. at https://rtk.com.vn/tin-tuc/kinh-tuyen-truc-he-toa-do-dia-phuong-vn2000.html).
 */
export const CRS_LIST: readonly CrsDef[] = [
  {
    id: 'vn2000-tm3-qn',
    label: 'VN-2000 / TM-3 107°45′ (Quảng Ninh)',
    proj4: `+proj=tmerc +lat_0=0 +lon_0=107.75 +k=0.9999 +x_0=500000 +y_0=0 ${vn}`,
    geographic: false,
  },
  { id: 'vn2000', label: 'VN-2000 (kinh độ, vĩ độ)', proj4: `+proj=longlat +ellps=WGS84 +towgs84=${VN2000_TOWGS84} +no_defs`, geographic: true },
  { id: 'vn2000-utm48', label: 'VN-2000 / UTM 48N', proj4: `+proj=utm +zone=48 ${vn}`, geographic: false },
  { id: 'vn2000-utm49', label: 'VN-2000 / UTM 49N', proj4: `+proj=utm +zone=49 ${vn}`, geographic: false },
  { id: 'wgs84-utm48', label: 'WGS 84 / UTM 48N', proj4: '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs', geographic: false },
  { id: 'wgs84-utm49', label: 'WGS 84 / UTM 49N', proj4: '+proj=utm +zone=49 +datum=WGS84 +units=m +no_defs', geographic: false },
  { id: 'wgs84', label: 'WGS 84 (kinh độ, vĩ độ)', proj4: '+proj=longlat +datum=WGS84 +no_defs', geographic: true },
];

/** The choices offered when a file in metres has no .prj: projected systems only, Quảng Ninh first. */
export const PROJECTED_CHOICES: readonly CrsId[] = CRS_LIST.filter((c) => !c.geographic).map((c) => c.id);

export function crsById(id: string): CrsDef | undefined {
  return CRS_LIST.find((c) => c.id === id);
}

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

export type Position = number[];
/** Maps one position (x, y[, z]) to WGS-84 lon, lat; z is dropped. */
export type Reprojector = (p: Position) => Position;

/** A function that carries coordinates of `source` (a proj4 string or WKT) to WGS-84 lon/lat. */
export function reprojectorFrom(source: string): Reprojector {
  const conv = proj4(source, WGS84);
  return (p) => conv.forward([p[0]!, p[1]!]);
}

/** The inverse: WGS-84 lon/lat to `target`. Used by the fixture script and the round-trip tests. */
export function projectorTo(target: string): Reprojector {
  const conv = proj4(WGS84, target);
  return (p) => conv.forward([p[0]!, p[1]!]);
}

/** Identity for WGS-84 itself (skips proj4 entirely). */
export function reprojectorFor(id: CrsId): Reprojector | null {
  if (id === 'wgs84') return null;
  return reprojectorFrom(crsById(id)!.proj4);
}

/** A .prj's verdict: one of the known systems, another system proj4 can read, or unknown. */
export type PrjMatch = { kind: 'known'; id: CrsId } | { kind: 'other'; proj4: string; name: string } | { kind: 'unknown'; name: string };

function param(wkt: string, name: string): number | null {
  const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
}

const near = (a: number | null, b: number, tol = 1e-6) => a !== null && Math.abs(a - b) <= tol;

/**
 * Matches a .prj (ESRI or OGC WKT 1) to a known system by its datum and projection parameters, so a
 * VN-2000 file gets the official seven parameters even when its .prj carries no TOWGS84 (ArcGIS
 * writes none); otherwise proj4's own WKT reading; otherwise unknown.
 * @example matchPrj('PROJCS["VN_2000_TM3_107-45",GEOGCS["GCS_VN_2000",...],...]') // { kind: 'known', id: 'vn2000-tm3-qn' }
 */
export function matchPrj(wkt: string): PrjMatch {
  const text = wkt.trim();
  const name = /^\w+\s*\[\s*"([^"]*)"/.exec(text)?.[1] ?? text.slice(0, 60);
  const flat = text.replace(/\s+/g, ' ');
  const datumText = /DATUM\s*\[\s*"([^"]*)"/i.exec(flat)?.[1] ?? '';
  const isVn2000 = /vn[\s_-]?2000|vietnam[\s_]*2000/i.test(datumText) || /vn[\s_-]?2000/i.test(name);
  const isWgs84 = !isVn2000 && /wgs[\s_]*(19)?84/i.test(datumText);
  const projected = /^PROJCS/i.test(text);
  const linearMetre = !projected || /UNIT\s*\[\s*"(metre|meter|m)"\s*,\s*1(\.0+)?\s*[\],]/i.test(flat.slice(flat.lastIndexOf('UNIT')));
  if (isVn2000 || isWgs84) {
    if (!projected) return { kind: 'known', id: isVn2000 ? 'vn2000' : 'wgs84' };
    const tm = /PROJECTION\s*\[\s*"Transverse_Mercator"/i.test(flat);
    const lon0 = param(flat, 'central_meridian');
    const k = param(flat, 'scale_factor');
    const fe = param(flat, 'false_easting');
    const fn = param(flat, 'false_northing') ?? 0;
    const lat0 = param(flat, 'latitude_of_origin') ?? 0;
    if (tm && linearMetre && near(fe, 500000, 1e-3) && near(fn, 0, 1e-3) && near(lat0, 0)) {
      if (isVn2000 && near(lon0, 107.75) && near(k, 0.9999)) return { kind: 'known', id: 'vn2000-tm3-qn' };
      for (const zone of [48, 49] as const) {
        if (near(lon0, zone * 6 - 183) && near(k, 0.9996)) return { kind: 'known', id: `${isVn2000 ? 'vn2000' : 'wgs84'}-utm${zone}` };
      }
    }
  }
  try {
    const def = proj4.Proj(text) as unknown as { projName?: string };
    if (!def.projName) return { kind: 'unknown', name };
    // Throws for WKT proj4 cannot turn into a working transformation.
    proj4(text, WGS84).forward([500000, 2300000]);
    return { kind: 'other', proj4: text, name };
  } catch {
    return { kind: 'unknown', name };
  }
}

/** EPSG codes of the old GeoJSON "crs" member that we know. */
const EPSG: Record<string, CrsId> = {
  '4326': 'wgs84',
  CRS84: 'wgs84',
  '4756': 'vn2000',
  '3405': 'vn2000-utm48',
  '3406': 'vn2000-utm49',
  '32648': 'wgs84-utm48',
  '32649': 'wgs84-utm49',
};

/** Reads the pre-2016 GeoJSON `crs` member ("urn:ogc:def:crs:EPSG::3405", "EPSG:32648"). */
export function crsFromGeoJsonMember(crs: unknown): CrsId | 'unknown' | null {
  const name = (crs as { properties?: { name?: unknown } } | null)?.properties?.name;
  if (typeof name !== 'string') return null;
  const code = /(?:EPSG:{1,2}|OGC:1\.3:)(\w+)$/i.exec(name)?.[1];
  return (code && EPSG[code.toUpperCase()]) || 'unknown';
}
