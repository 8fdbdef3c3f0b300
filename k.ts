import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import { loadInputs } from './pipeline/steps/load-inputs';
import { dissolveByKey } from './pipeline/steps/dissolve';
import { simplifyTopology } from './pipeline/steps/simplify';
const i = loadInputs((p) => readFileSync('data/' + p, 'utf8'));
const asg = new Map(i.assignment.map(a => [a.wardCode, a]));
let t = performance.now();
const feats = i.wards.map(w => ({ type: 'Feature' as const, properties: { code: w.code, d: asg.get(w.code)!.districtCode ?? 'mixed-' + w.code }, geometry: w.geometry }));
const d = await dissolveByKey(feats, 'd');
console.log('dissolve ms', performance.now() - t);
for (const dist of i.districts) { const g = d.get(dist.code)!; console.log(dist.code, dist.name, (area(g)/1e6).toFixed(2), dist.areaKm2Reference); }
t = performance.now();
const s = await simplifyTopology({ type: 'FeatureCollection', features: feats }, 40);
console.log('simplify ms', performance.now() - t, JSON.stringify(s).length);
