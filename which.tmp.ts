import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { makeLand, distanceToSeaKm, surfaceAt } from './pipeline/steps/site-placement';
const vn = JSON.parse(readFileSync('data/context/countries_10m_clip.geojson','utf8')).features.find((f:any)=>f.properties.name==='Vietnam');
const cn = JSON.parse(readFileSync('data/context/countries_10m_clip.geojson','utf8')).features.filter((f:any)=>f.properties.name==='China').map((f:any)=>f.geometry);
const land = makeLand([vn.geometry], cn);
const fc = JSON.parse(readFileSync('data/admin/wards_2025.geojson','utf8'));
for (const p of [[107.0491,20.9785],[107.066667,20.95],[107.366667,21.033333],[107.0381,20.9961]]) console.log(p, surfaceAt(p as any, land), distanceToSeaKm(p as any, land, 5));
// vertices count
console.log(vn.geometry.coordinates.flat(2).length, fc.features.reduce((a:number,f:any)=>a+JSON.stringify(f.geometry).length,0));
