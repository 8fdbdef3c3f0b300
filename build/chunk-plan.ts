// Which chunk each module of the app goes into: a few chunks, each fetched at one moment of the
// page's life, instead of Rolldown's automatic split into one chunk per set of importers (which
// gave the entry 14 files of 0.4–19 KB and the 2D map 15). Every response costs the page's main
// thread a task and the server a request: on a 2-core office PC, fewer and larger files load sooner
// (README "Measurements", session 6).
//
// A stage names the modules it starts from (`roots`) and reaches every module they import
// statically, transitively. The entry's stage (`first`) takes all it reaches. Of the rest, a module
// one stage alone reaches goes into that stage's chunk; a module several reach (e.g. the view model
// both maps read) into one chunk for that set of stages: neither map's path downloads the other's code.
import type { Plugin } from 'vite';

export interface ChunkStage {
  /** The chunk's name (`[name]` in the file name). */
  name: string;
  /** Module ids the stage starts from. */
  roots: RegExp;
  /** Takes all it reaches, whoever else reaches it too (the entry: loaded first, always). */
  first?: boolean;
}

interface ModuleGraph {
  ids: readonly string[];
  /** Static imports of a module (not dynamic `import()`). */
  imports(id: string): readonly string[];
}

/** The static closure of the modules matching `roots`. */
export function staticClosure(graph: ModuleGraph, roots: RegExp): Set<string> {
  const seen = new Set<string>();
  const stack = graph.ids.filter((id) => roots.test(id));
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...graph.imports(id));
  }
  return seen;
}

/** The chunk name of modules that the stages `names` all reach (and no other). */
export const sharedName = (names: readonly string[]) => names.join('_');

/**
 * Module id → chunk name. A stage marked `first` takes all it reaches that an earlier stage has not
 * taken; of the others, a module that one stage alone reaches goes with it, and a module that
 * several reach goes into a chunk of its own for that set of stages (`sharedName`).
 * Pure: tested in tests/unit/chunk-plan.test.ts.
 */
export function planChunks(graph: ModuleGraph, stages: ChunkStage[]): Map<string, string> {
  const closures = stages.map((s) => staticClosure(graph, s.roots));
  const owner = new Map<string, string>();
  stages.forEach((stage, i) => {
    if (!stage.first) return;
    for (const id of closures[i]!) if (!owner.has(id)) owner.set(id, stage.name);
  });
  for (const id of graph.ids) {
    if (owner.has(id)) continue;
    const names = stages.filter((s, i) => !s.first && closures[i]!.has(id)).map((s) => s.name);
    if (names.length) owner.set(id, sharedName(names));
  }
  return owner;
}

/** Every chunk name `planChunks` can give, the shared ones (more stages first) before the single ones. */
export function chunkNames(stages: ChunkStage[]): string[] {
  const firsts = stages.filter((s) => s.first).map((s) => s.name);
  const rest = stages.filter((s) => !s.first).map((s) => s.name);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << rest.length; mask++) subsets.push(rest.filter((_, i) => mask & (1 << i)));
  subsets.sort((a, b) => b.length - a.length);
  return [...firsts, ...subsets.map(sharedName)];
}

/**
 * The plan as a Vite plugin (computed from the module graph at the end of the build's module phase)
 * and the Rolldown `codeSplitting` groups that apply it.
 */
export function chunkPlan(stages: ChunkStage[]) {
  let owner = new Map<string, string>();
  const plugin: Plugin = {
    name: 'qn-chunk-plan',
    apply: 'build',
    buildEnd() {
      owner = planChunks(
        {
          ids: [...this.getModuleIds()],
          imports: (id) => this.getModuleInfo(id)?.importedIds ?? [],
        },
        stages,
      );
    },
    // `QN_CHUNKS_DEBUG=1 npx vite build`: each chunk, its size and its first modules.
    generateBundle(_, bundle) {
      if (!process.env.QN_CHUNKS_DEBUG) return;
      for (const ch of Object.values(bundle))
        if (ch.type === 'chunk')
          console.log(
            `${ch.fileName} ${ch.code.length} ${ch.isDynamicEntry ? 'DYN' : ''}${ch.isEntry ? 'ENTRY' : ''} :: ${ch.moduleIds
              .map((m) => m.replace(/.*\/(src|node_modules)\//, '$1/'))
              .slice(0, 14)
              .join(' ')}${ch.moduleIds.length > 14 ? ' …' + ch.moduleIds.length : ''}`,
          );
    },
  };
  // (Rolldown gives a group its modules' imports too, unless a group of higher priority has them:
  // so the entry's chunk first, then the chunks that several stages share, widest first.)
  const names = chunkNames(stages);
  const groups = names.map((name, i) => ({ name, priority: names.length - i, test: (id: string) => owner.get(id) === name }));
  return { plugin, groups };
}
