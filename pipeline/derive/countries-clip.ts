// One-off, not part of `npm run data`: derives data/context/countries_10m_clip.geojson (China and
// Vietnam land around the province) from npm world-atlas@2.0.2's countries-10m.json (Natural Earth
// 1:10m Admin 0 v4.1.0, public domain), as data/SOURCES.md describes.
// Usage: tsx pipeline/derive/countries-clip.ts <countries-10m.json> <west,south,east,north> > data/context/countries_10m_clip.geojson
import { readFileSync } from 'node:fs';
import { bboxPolygon, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const [path, box] = process.argv.slice(2);
if (!path || !box) throw new Error('usage: countries-clip.ts <countries-10m.json> <west,south,east,north>');
const bbox = box.split(',').map(Number) as [number, number, number, number];
const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
const countries = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
const round = (p: Position) => [Number(p[0]!.toFixed(5)), Number(p[1]!.toFixed(5))];
// Rounded rings without repeated points; rings that collapse (under 4 points) are dropped.
const ringOf = (ring: Position[]) => ring.map(round).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const features = ['156', '704'].map((id) => {
  const country = countries.features.find((f) => String(f.id) === id) as Feature<Polygon | MultiPolygon, { name: string }>;
  // A true polygon intersection (bboxClip would leave rings running back and forth along the box's edge).
  const clipped = intersect(featureCollection([country, bboxPolygon(bbox)]))!.geometry as Polygon | MultiPolygon;
  const coordinates = polygonsOf(clipped)
    .map((rings) => rings.map(ringOf).filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0);
  return {
    type: 'Feature',
    id,
    properties: {
      name: country.properties.name,
      iso_n3: id,
      source: `Natural Earth 1:10m Admin 0 countries v4.1.0 via npm world-atlas@2.0.2 countries-10m.json, clipped to bbox ${bbox.join(',')}`,
    },
    geometry: { type: 'MultiPolygon', coordinates },
  };
});
process.stdout.write(JSON.stringify({ type: 'FeatureCollection', name: 'ne_10m_countries_clip_qn_region', features }) + '\n');
