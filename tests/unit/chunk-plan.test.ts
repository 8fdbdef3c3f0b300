// build/chunk-plan.ts: which chunk each module goes into (the app's start, each map, the parts
// mounted after the first view, and one chunk per set of stages for what they share).
import { describe, expect, it } from 'vitest';
import { chunkNames, planChunks, staticClosure, type ChunkStage } from '../../build/chunk-plan';

/** A module graph: id → its static imports. */
const graphOf = (imports: Record<string, string[]>) => ({ ids: Object.keys(imports), imports: (id: string) => imports[id] ?? [] });

const stages: ChunkStage[] = [
  { name: 'app', roots: /^main$/, first: true },
  { name: 'map2d', roots: /^Map2DView$/ },
  { name: 'webgl', roots: /^webgl-main$/ },
  { name: 'later', roots: /^InfoPanel$/ },
];

const graph = graphOf({
  main: ['App', 'svelte'],
  App: ['state', 'svelte'],
  state: [],
  svelte: [],
  Map2DView: ['d3', 'scene', 'svelte'],
  d3: [],
  scene: ['describe', 'state'],
  describe: [],
  'webgl-main': ['maplibre', 'scene'],
  maplibre: [],
  InfoPanel: ['describe', 'format'],
  format: [],
  // Reached by nothing statically (a dynamic import of its own).
  FilterPanel: ['format'],
});

describe('chunk plan', () => {
  it('follows static imports transitively from the roots', () => {
    expect([...staticClosure(graph, /^Map2DView$/)].sort()).toEqual(['Map2DView', 'd3', 'describe', 'scene', 'state', 'svelte']);
  });

  it("puts all the entry reaches in the entry's chunk, whoever else reaches it", () => {
    const owner = planChunks(graph, stages);
    for (const id of ['main', 'App', 'state', 'svelte']) expect(owner.get(id), id).toBe('app');
  });

  it("gives a map's own code to its chunk, so the other map's path never downloads it", () => {
    const owner = planChunks(graph, stages);
    expect(owner.get('Map2DView')).toBe('map2d');
    expect(owner.get('d3')).toBe('map2d');
    expect(owner.get('webgl-main')).toBe('webgl');
    expect(owner.get('maplibre')).toBe('webgl');
    expect(owner.get('InfoPanel')).toBe('later');
  });

  it('puts what several stages share into one chunk per set of stages', () => {
    const owner = planChunks(graph, stages);
    expect(owner.get('scene')).toBe('map2d_webgl');
    expect(owner.get('describe')).toBe('map2d_webgl_later');
    // (`format` is reached by `later` only: FilterPanel is not a stage.)
    expect(owner.get('format')).toBe('later');
    expect(owner.has('FilterPanel')).toBe(false);
  });

  it('names every chunk it can give, the entry first and the widest shares before the narrower', () => {
    const names = chunkNames(stages);
    expect(names[0]).toBe('app');
    expect(names[1]).toBe('map2d_webgl_later');
    expect(names.slice(-3).sort()).toEqual(['later', 'map2d', 'webgl']);
    expect(names).toHaveLength(1 + 7);
    const owner = planChunks(graph, stages);
    for (const name of owner.values()) expect(names).toContain(name);
  });
});
