import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** The part of Rolldown's output bundle the plugin reads and writes. */
type Bundle = Record<string, { type: 'asset' } | { type: 'chunk'; fileName: string; isEntry: boolean; imports: string[]; code: string }>;

/** The part of an ESTree program the inertness check reads. */
interface Node {
  type: string;
  body?: Node[];
  declarations?: { init: Node | null }[];
  declaration?: Node | null;
  source?: Node | null;
  expressions?: Node[];
}

/** A literal value: a string, number or boolean, or a template without `${}`. */
const isConstant = (node: Node | null): boolean => node?.type === 'Literal' || (node?.type === 'TemplateLiteral' && !node.expressions?.length);

/**
 * A chunk whose evaluation does nothing but bind constants and export them (the profile's name, shared by a
 * few elements): importing it for its effects alone does nothing.
 */
export function isInertChunk(program: Node): boolean {
  return (program.body ?? []).every(
    (statement) =>
      (statement.type === 'VariableDeclaration' && statement.declarations?.every((declarator) => isConstant(declarator.init))) ||
      (statement.type === 'ExportNamedDeclaration' && !statement.source && !statement.declaration),
  );
}

/**
 * Removes `import"./x.js"` of an inert chunk. The bundler inlines a shared constant into the chunks that read
 * it but keeps their bare import of its chunk: a file and a request for nothing. The statement becomes spaces
 * of its length, so the chunk's source map (which the bundler has made already) stays true.
 */
export function dropInertChunkImports(bundle: Bundle, parse: (code: string) => Node): void {
  const inert = new Set(Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' && !chunk.isEntry && isInertChunk(parse(chunk.code)) ? [chunk.fileName] : [])));
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    for (const file of chunk.imports.filter((each) => inert.has(each))) {
      const statement = `import"./${posix.relative(posix.dirname(chunk.fileName), file)}";`;
      if (!chunk.code.includes(statement)) continue;
      chunk.code = chunk.code.replace(statement, ' '.repeat(statement.length));
      chunk.imports = chunk.imports.filter((each) => each !== file);
    }
  }
}

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
      dropInertChunkImports(bundle, (code) => this.parse(code) as unknown as Node);
      importIndirectChunks(bundle);
    },
  };
}
