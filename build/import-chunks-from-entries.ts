import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** The part of Rolldown's output bundle the plugin reads and writes. */
type Bundle = Record<string, { type: 'asset' } | { type: 'chunk'; fileName: string; isEntry: boolean; imports: string[]; code: string }>;

/**
 * Makes each entry chunk import every chunk of its static graph itself. Otherwise the browser discovers
 * them one level at a time (entry, element chunk, data chunk, lookup chunk): a round trip each, which on a
 * real network is most of a small page's wait. Appended after the entry's own imports, they change no
 * evaluation order: each is already evaluated by then.
 */
export function importIndirectChunks(bundle: Bundle): void {
  for (const entry of Object.values(bundle)) {
    if (entry.type !== 'chunk' || !entry.isEntry) continue;
    const graph = new Set<string>();
    const visit = (file: string): void => {
      if (graph.has(file)) return;
      graph.add(file);
      const chunk = bundle[file];
      if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
    };
    entry.imports.forEach(visit);
    const indirect = [...graph].filter((file) => !entry.imports.includes(file));
    if (!indirect.length) continue;
    const from = posix.dirname(entry.fileName);
    const imports = indirect.map((file) => `import"./${posix.relative(from, file)}";`).join('');
    // Before the source map comment, if the bundler has put it in already: the comment must stay last.
    const mapComment = entry.code.lastIndexOf('\n//# sourceMappingURL=');
    entry.code = mapComment < 0 ? `${entry.code}\n${imports}` : `${entry.code.slice(0, mapComment)}\n${imports}${entry.code.slice(mapComment)}`;
    entry.imports.push(...indirect);
  }
}

export function importChunksFromEntries(): Plugin {
  return {
    name: 'mlops-import-chunks-from-entries',
    generateBundle(_options, bundle) {
      importIndirectChunks(bundle);
    },
  };
}
