// Turns the unit index into label points for the map (one per unit, district, zone, neighbour).
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../../i18n';
import type { AppIndex, District2020 } from './unit-index-types';

export type LabelKind = 'unit' | 'district' | 'zone' | 'context';

/** Short district label as Vietnamese maps write it: "TP Hạ Long", "TX Quảng Yên", "Ba Chẽ". */
export function districtLabel(d: Pick<District2020, 'name' | 'type'>): string {
  const bare = d.name.replace(/^(Thành phố|Thị xã|Huyện)\s+/, '');
  if (d.type === 'thanh_pho') return `TP ${bare}`;
  if (d.type === 'thi_xa') return `TX ${bare}`;
  return bare;
}

function point(kind: LabelKind, code: string, name: string, at: [number, number]): Feature<Point> {
  return { type: 'Feature', properties: { kind, code, name }, geometry: { type: 'Point', coordinates: at } };
}

/**
 * Label points for everything the map names; approximate zones say so in the label itself.
 * @example buildLabelPoints(index, 'vi').features.length // 54 + 13 + zones + neighbours
 */
export function buildLabelPoints(index: AppIndex, lang: Lang): FeatureCollection<Point> {
  const approx = lang === 'vi' ? 'gần đúng' : 'approx.';
  return {
    type: 'FeatureCollection',
    features: [
      ...index.units.map((u) => point('unit', u.code, u.shortName, u.label)),
      ...index.districts.map((d) => point('district', d.code, districtLabel(d), d.label)),
      ...index.zones.map((z) => point('zone', z.id, `${lang === 'vi' ? z.nameVi.replace('Khu kinh tế', 'KKT') : z.nameEn} (${approx})`, z.label)),
      ...index.context.map((c) => point('context', c.name, c.name === 'Trung Quốc' && lang === 'en' ? 'China' : c.name, c.label)),
    ],
  };
}
