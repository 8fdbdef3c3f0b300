// Dissolves polygons that share a key into one polygon per key (e.g. 2025 wards into 2020 districts).
import type { FeatureCollection } from 'geojson';
import type { AreaFeature } from './load-inputs';
import { runMapshaper } from './run-mapshaper';

/**
 * Unions the features with the same value of `key`; mapshaper builds the topology, so shared
 * borders vanish exactly and no slivers are left.
 * @example await dissolveByKey(wards, 'district') // one feature per district code
 */
export async function dissolveByKey(features: AreaFeature[], key: string): Promise<Map<string, AreaFeature>> {
  const input: FeatureCollection = { type: 'FeatureCollection', features };
  const out = await runMapshaper(input, `-dissolve ${key}`);
  const byKey = new Map<string, AreaFeature>();
  for (const f of out.features as AreaFeature[]) byKey.set(String(f.properties[key]), f);
  return byKey;
}
