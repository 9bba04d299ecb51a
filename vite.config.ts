/**
 * Two builds from one config:
 *  - `vite build`            → dist/        the npm build: ES2021 modules, one file per source module,
 *                                           lit/@lit/zod external, for apps that bundle it themselves.
 *  - `vite build --mode cdn` → dist/cdn/    self-contained ES modules for a script tag, code-split so
 *                                           several entries on one page share one copy of Lit.
 *  - `vite build --mode cdn-term` → dist/cdn/mlops-term.js, one file with nothing to import.
 * Both validate data/mlops.json against the zod schema first and stop with the bad field's path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { validateProfile } from './src/data/validate.ts';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, resolve(root, 'src/define', file)]),
);

/**
 * The blogger's script tag gets one file: a page of prose with <mlops-term> waits for no second
 * round trip (about 20 ms on this machine's loopback, more on a real network). It needs no Lit
 * renderer, so what it would share with another entry is small (the core chunk, about 3 KB), and
 * a page that loads it beside another entry simply has two copies, which the guarded define and
 * the page-wide translation registry already allow for.
 */
const standaloneEntries = {
  'mlops-term': resolve(root, 'src/define/mlops-term.ts'),
};

/** The CDN files DESIGN.md promises; each imports the define modules it registers. */
const cdnEntries = {
  'mlops-elements': resolve(root, 'src/define/all.ts'),
  'mlops-tool-card': resolve(root, 'src/define/mlops-tool-card.ts'),
  'mlops-tool-grid': resolve(root, 'src/define/mlops-tool-grid.ts'),
  'mlops-demographics': resolve(root, 'src/define/mlops-demographics.ts'),
  'mlops-feedback': resolve(root, 'src/define/mlops-feedback.ts'),
  'mlops-auto-terms': resolve(root, 'src/define/mlops-auto-terms.ts'),
  'mlops-profile': resolve(root, 'src/define/mlops-profile.ts'),
  'mlops-profile-page': resolve(root, 'src/define/mlops-profile-page.ts'),
  'mlops-section': resolve(root, 'src/define/mlops-section.ts'),
  'mlops-persona': resolve(root, 'src/define/mlops-persona.ts'),
  'mlops-glossary': resolve(root, 'src/define/mlops-glossary.ts'),
};

export function validateDataset(): Plugin {
  return {
    name: 'mlops-validate-dataset',
    buildStart() {
      const file = resolve(root, 'data/mlops.json');
      const result = validateProfile(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok) this.error(`data/mlops.json does not match the schema:\n  ${result.errors.join('\n  ')}`);
    },
  };
}

/**
 * `import { terminology } from '…/mlops.json?slice=terminology'` becomes a module of that one key,
 * so the bundler can place each slice in the chunk of the entries that use it: a page with only
 * <mlops-term> does not download the tool catalogue. `&omit=a,b` leaves those fields out at any
 * depth, for an element that needs less of a slice than the data API exports (the chart draws
 * platform shares, not their descriptions).
 */
export function dataSlices(): Plugin {
  const prefix = '\0mlops-slice:';
  return {
    name: 'mlops-data-slices',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*\.json)\?slice=([A-Za-z]\w*)(?:&omit=(\w+(?:,\w+)*))?$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1], importer, { skipSelf: true });
      // The id must not end in .json, or Vite's JSON plugin would transform it again.
      return file && `${prefix}${match[2]}:${match[3] ?? ''}:${file.id}.js`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const [key, omit, ...rest] = id.slice(prefix.length).split(':');
      const file = rest.join(':').replace(/\.js$/, '');
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (!(key in data)) this.error(`${file} has no top-level "${key}"`);
      const omitted = new Set(omit ? omit.split(',') : []);
      return `export const ${key} = ${JSON.stringify(data[key], (field, value) => (omitted.has(field) ? undefined : value))};`;
    },
  };
}

/** Whitespace and comments in Lit's css`…` and html`…` templates, which no JS minifier touches. */
export function minifyTemplate(tag: string, text: string): string {
  if (tag === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  // HTML: a newline and its indentation is one space to the HTML parser; keep it as one space.
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ');
}

interface Node {
  type?: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Each CDN entry imports every chunk of its static graph itself. Otherwise the browser discovers
 * them one level at a time (entry, element chunk, data chunk, lookup chunk): a round trip each,
 * which on a real network is most of a small page's wait. Appended after the entry's own imports,
 * they change no evaluation order: each is already evaluated by then.
 */
function importChunksFromEntries(): Plugin {
  return {
    name: 'mlops-import-chunks-from-entries',
    generateBundle(_options, bundle) {
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
        // Before the source map comment, if the bundler has put it in already.
        const mapComment = entry.code.lastIndexOf('\n//# sourceMappingURL=');
        entry.code = mapComment < 0 ? `${entry.code}\n${imports}` : `${entry.code.slice(0, mapComment)}\n${imports}${entry.code.slice(mapComment)}`;
        entry.imports.push(...indirect);
      }
    },
  };
}

function minifyLitTemplates(): Plugin {
  return {
    name: 'mlops-minify-lit-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const edits: Array<[number, number, string]> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as Node & { name?: string };
          const quasi = n.quasi as Node & { quasis: Array<Node & { value: { raw: string } }> };
          if (tag.type === 'Identifier' && ['css', 'html', 'svg'].includes(tag.name ?? '')) {
            for (const element of quasi.quasis) {
              // Only plain text: a raw string with escapes is left as written.
              if (code.slice(element.start, element.end) !== element.value.raw || element.value.raw.includes('\\')) continue;
              edits.push([element.start, element.end, minifyTemplate(tag.name === 'css' ? 'css' : 'html', element.value.raw)]);
            }
          }
        }
        for (const [key, value] of Object.entries(n)) if (key !== 'parent' && value && typeof value === 'object') visit(value);
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const standalone = mode === 'cdn-term';
  const cdn = mode === 'cdn' || standalone;
  return {
    plugins: [validateDataset(), dataSlices(), ...(cdn ? [minifyLitTemplates(), importChunksFromEntries()] : [])],
    json: { namedExports: true, stringify: false },
    build: {
      target: 'es2021',
      outDir: cdn ? 'dist/cdn' : 'dist',
      // The standalone pass runs after the code-split one and adds its file beside them.
      emptyOutDir: !standalone,
      minify: cdn,
      sourcemap: true,
      lib: {
        entry: standalone
          ? standaloneEntries
          : cdn
          ? cdnEntries
          : {
              index: resolve(root, 'src/index.ts'),
              'data/index': resolve(root, 'src/data/index.ts'),
              // mlops-elements/react: @lit/react wrappers; React and @lit/react stay the app's own.
              'react/index': resolve(root, 'src/react/index.ts'),
              ...defineEntries,
            },
        formats: ['es'],
      },
      rolldownOptions: standalone
        ? { output: { entryFileNames: '[name].js', minify: true } }
        : cdn
        ? {
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: 'chunks/[name]-[hash].js',
              minify: true,
              // The renderer-free core (theme tokens, events, guarded define, translations, the context key and
              // Lit's tiny css tag) gets a chunk of its own, so <mlops-term> and <mlops-auto-terms>,
              // which need no renderer, never download Lit even where the bundler would merge it in.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    priority: 10,
                    test: /(src[\\/]internal[\\/](tokens|events|define|version|i18n)|src[\\/]data[\\/]context|@lit[\\/]reactive-element[\\/]css-tag|@lit[\\/]context[\\/]lib[\\/](context-request-event|create-context))\./,
                  },
                ],
              },
            },
          }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(-dom)?(\/|$)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
    },
  };
});
