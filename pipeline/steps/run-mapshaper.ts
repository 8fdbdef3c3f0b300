// Runs mapshaper commands on an in-memory FeatureCollection and returns the resulting one.
import mapshaper from 'mapshaper';
import type { FeatureCollection } from 'geojson';

/** Runs `commands` (between -i and -o) on `input`; `output` adds options to -o (e.g. precision). */
export async function runMapshaper(input: FeatureCollection, commands: string, output = ''): Promise<FeatureCollection> {
  const result = await mapshaper.applyCommands(`-i in.json ${commands} -o out.json format=geojson ${output}`, { 'in.json': input });
  return JSON.parse(String(result['out.json'])) as FeatureCollection;
}
