import type { Plugin } from 'vite';

/**
 * The core chunk of the CDN build: what every entry shares and no renderer needs (theme tokens, events,
 * the guarded define, translations, the context key and Lit's tiny css tag). It is a chunk of its own so
 * that <mlops-auto-terms>, which has no renderer, never downloads Lit, even where the bundler would merge
 * it in. Source modules are named from the repository root, package modules from their package folder.
 */
export const coreModules: readonly string[] = [
  'src/internal/tokens.ts',
  'src/internal/events.ts',
  'src/internal/define.ts',
  'src/internal/hydration.ts',
  'src/internal/element-core.ts',
  'src/internal/version.ts',
  'src/internal/i18n.ts',
  'src/data/context.ts',
  '@lit/reactive-element/css-tag.js',
  '@lit/context/lib/context-request-event.js',
  '@lit/context/lib/create-context.js',
];

/** Lit's renderer packages; of them only the css tag above belongs in the core chunk. */
const litPackage = /^(lit|lit-html|lit-element|@lit\/reactive-element)\//;

/** A module id as the list above names it: the path inside its package, or else inside the repository. */
export function moduleName(id: string, root: string): string {
  const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
  const inPackage = path.lastIndexOf('/node_modules/');
  if (inPackage >= 0) return path.slice(inPackage + '/node_modules/'.length);
  const base = `${root.replace(/\\/g, '/').replace(/\/$/, '')}/`;
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** The `output.codeSplitting` group that makes the core chunk of exactly the listed modules. */
export function coreChunkGroup(root: string) {
  const listed = new Set(coreModules);
  return { name: 'core', priority: 10, test: (id: string) => listed.has(moduleName(id, root)) };
}

/**
 * What is wrong with the core chunk, one line each; first the modules a listed module imports (the import
 * to undo), then what they import in turn. A module the list lacks lands there when a listed module imports
 * it, because the group takes its captured modules' dependencies along.
 */
export function coreChunkProblems(moduleIds: readonly string[], importersOf: (id: string) => readonly string[], root: string): string[] {
  const inChunk = new Set(moduleIds);
  const listed = new Set(coreModules);
  const problems = moduleIds
    .filter((id) => !listed.has(moduleName(id, root)))
    .map((id) => {
      const name = moduleName(id, root);
      const importers = importersOf(id).filter((importer) => inChunk.has(importer));
      const byListed = importers.some((importer) => listed.has(moduleName(importer, root)));
      const importedBy = importers.length ? importers.map((importer) => moduleName(importer, root)).join(', ') : 'no module of the chunk';
      const line = litPackage.test(name)
        ? `core chunk must not contain Lit: ${name} (imported by ${importedBy})`
        : `core chunk holds a module not listed in build/core-chunk.ts: ${name} (imported by ${importedBy}); list it only if it needs no renderer`;
      return { byListed, line };
    });
  const present = new Set(moduleIds.map((id) => moduleName(id, root)));
  const stale = coreModules
    .filter((name) => !present.has(name))
    .map((name) => `build/core-chunk.ts lists ${name}, which the core chunk does not hold: rename or remove it`);
  return [...problems.filter((each) => each.byListed), ...problems.filter((each) => !each.byListed)].map((each) => each.line).concat(stale);
}

/** Fails the CDN build when its core chunk is missing or is not exactly `coreModules`. */
export function checkCoreChunk(root: string): Plugin {
  return {
    name: 'mlops-check-core-chunk',
    generateBundle(_options, bundle) {
      const core = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === 'core');
      if (!core || core.type !== 'chunk') return this.error('the CDN build made no core chunk: coreChunkGroup in build/core-chunk.ts captured nothing');
      const problems = coreChunkProblems(core.moduleIds, (id) => this.getModuleInfo(id)?.importers ?? [], root);
      if (problems.length) this.error(problems.join('\n'));
    },
  };
}
