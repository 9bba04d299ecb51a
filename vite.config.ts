/**
 * The build as a table: `modes` has one row per Vite pass, and `npm run build` runs the rows in order
 * (test/node/build-modes.test.js keeps the script and the table in step). The entries come from the
 * element registry, src/registry.ts; the plugins from build/.
 *  - npm:      `vite build`                 → dist/: ES2021 modules, one file per source module, lit/@lit/zod/react
 *                                             external, for apps that bundle it themselves; also the renderer
 *                                             and its CLI (dist/render/, Node). Lit's hydration support is an entry
 *                                             the app imports, not loaded by the elements (build/hydration-opt-in.ts).
 *  - cdn:      `vite build --mode cdn`      → dist/cdn/<tag>.js, mlops-elements.js and autoloader.js: self-contained ES modules for a
 *                                             script tag, code-split so that the entries on one page share one Lit.
 *                                             Private members get short names (the npm build keeps them). Also
 *                                             mlops-elements.css, each element's box before it is defined.
 *  - cdn-term: `vite build --mode cdn-term` → dist/cdn/mlops-term.js, one file with nothing to import: each
 *                                             `cdn.standalone` element has a pass of its own, `cdn-<tag without mlops->`.
 * Each CDN pass rewrites dist/cdn/integrity.json (the sha384, for Subresource Integrity, of every file there) and adds
 * its bundled packages to dist/cdn/third-party-licenses.json.
 * Every pass first validates data/mlops.json against the zod schema and stops with the bad field's path.
 */
import { resolve } from 'node:path';
import { defineConfig, type BuildOptions, type Plugin } from 'vite';
import { cdnIntegrity } from './build/cdn-integrity.ts';
import { checkCoreChunk, coreChunkGroup } from './build/core-chunk.ts';
import { hydrationOptIn } from './build/hydration-opt-in.ts';
import { importChunksFromEntries } from './build/import-chunks-from-entries.ts';
import { manglePrivateMembers, shortNamePattern } from './build/mangle-private-members.ts';
import { minifyLitTemplates } from './build/minify-lit-templates.ts';
import { reservedBoxes } from './build/reserved-boxes.ts';
import { thirdPartyLicenses } from './build/third-party-licenses.ts';
import { validateDataset } from './build/validate-dataset.ts';
import { allElementsEntry, elements, type ElementEntry } from './src/registry.ts';

const root = import.meta.dirname;
const srcDir = resolve(root, 'src');

/** One Vite pass. */
export interface BuildMode {
  readonly outDir: string;
  /** Output name (without `.js`) → source module. */
  readonly entries: Readonly<Record<string, string>>;
  /** Only a folder's first pass empties it: a later one adds its files beside the first's. */
  readonly emptyOutDir: boolean;
  readonly minify: boolean;
  /** Made when the pass runs: a plugin object serves one build. */
  readonly plugins: () => Plugin[];
  readonly rolldownOptions: BuildOptions['rolldownOptions'];
}

const defineModule = (name: string): string => resolve(root, 'src/define', `${name}.ts`);
// Widened from the literal tuple, so that `cdn.standalone` reads on every element.
const registry: readonly ElementEntry[] = elements;
const standalone = registry.filter((element) => element.cdn.standalone);
const codeSplit = registry.filter((element) => !element.cdn.standalone);
// No comment survives minification (build/third-party-licenses.ts puts each file's licence comment back after
// it): `@__PURE__` marks help a bundler that tree-shakes these files again, which nothing does.
const cdnOutput = { entryFileNames: '[name].js', minify: true, comments: false };
// A css`…` nothing reads is dropped (Lit's tag checks its values, so the bundler would keep the call): an
// element's file carries only the shared styles it uses.
const cdnTreeshake = { manualPureFunctions: ['css'] };
// The CDN passes give private members short names (build/mangle-private-members.ts). A pass that makes one
// file lets the minifier shorten those further, to a letter where it can, knowing every property of the
// file; Rolldown mangles properties only in such a pass, so a code-split pass keeps the `$a` names. A
// standalone file stays one file: what the element loads on demand (a term's print notes) is inlined there.
const standaloneOutput = {
  ...cdnOutput,
  codeSplitting: false,
  minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: shortNamePattern } },
};

export const modes: Readonly<Record<string, BuildMode>> = {
  npm: {
    outDir: 'dist',
    entries: {
      index: resolve(root, 'src/index.ts'),
      'data/index': resolve(root, 'src/data/index.ts'),
      // mlops-elements/hydrate-support: Lit's hydration support, which an app that prerenders imports before the elements.
      'internal/hydrate-support': resolve(root, 'src/internal/hydrate-support.ts'),
      // mlops-elements/react: @lit/react wrappers; React and @lit/react stay the app's own.
      'react/index': resolve(root, 'src/react/index.ts'),
      // mlops-elements/render and the `mlops-elements` command (Node): built here, so that every module they import is emitted too.
      'render/index': resolve(root, 'src/render/index.ts'),
      'render/cli': resolve(root, 'src/render/cli.ts'),
      // mlops-elements/receiver (the feedback receiver) and its command; its database clients are optional peer dependencies.
      'receiver/index': resolve(root, 'src/receiver/index.ts'),
      'receiver/cli': resolve(root, 'src/receiver/cli.ts'),
      // The build plugins (Node): mlops-elements/rehype, /markdown-it and /eleventy.
      ...Object.fromEntries(['rehype', 'markdown-it', 'eleventy'].map((name) => [`plugins/${name}`, resolve(root, `src/plugins/${name}.ts`)])),
      // The generated define modules: every element, one per element, and the loader of the lazy ones.
      ...Object.fromEntries(['all', 'lazy', ...registry.map((element) => element.tag)].map((name) => [`define/${name}`, defineModule(name)])),
    },
    emptyOutDir: true,
    minify: false,
    // Templates as the CDN build has them: the renderer (this build) prerenders what the CDN script hydrates, and Lit
    // hydrates only markup from the same template text.
    plugins: () => [minifyLitTemplates(), hydrationOptIn(root)],
    rolldownOptions: {
      // Lit, zod and React are the app's (dependencies or peers), as are the renderer's parser and Lit's server renderer and
      // hydration support (optional peers); not copies.
      external: [
        /^lit(\/|$)/,
        /^@lit\//,
        /^@lit-labs\/ssr/,
        /^zod(\/|$)/,
        /^react(-dom)?(\/|$)/,
        /^node:/,
        /^parse5(\/|$)/,
        /^@electric-sql\/pglite(\/|$)/,
        /^postgres$/,
      ],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  cdn: {
    outDir: 'dist/cdn',
    entries: {
      [allElementsEntry.name]: defineModule('all'),
      ...Object.fromEntries(codeSplit.map((element) => [element.tag, defineModule(element.tag)])),
      // One script tag for any page: imports each element's file the first time its tag appears.
      autoloader: resolve(srcDir, 'cdn/autoloader.ts'),
    },
    emptyOutDir: true,
    minify: true,
    plugins: () => [
      minifyLitTemplates(),
      manglePrivateMembers(srcDir),
      importChunksFromEntries(),
      checkCoreChunk(root),
      thirdPartyLicenses(),
      cdnIntegrity(),
      reservedBoxes(root, registry),
    ],
    rolldownOptions: {
      treeshake: cdnTreeshake,
      // An element's own code goes in its entry file, which mlops-elements.js and the elements that render it import
      // as it is: without this, the bundler keeps each entry's exports exact by making it a small file that only
      // imports a chunk holding the code, one more file and request for every element (about 140 bytes gzip each).
      preserveEntrySignatures: 'allow-extension',
      // The renderer-free core gets a chunk of its own, so elements without a renderer never download Lit. The charts'
      // shared take-away code and its wording (loaded on first use by each chart's tools) are one chunk, named for what it is.
      output: {
        ...cdnOutput,
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            coreChunkGroup(root),
            { name: 'chart-export', test: /[\\/]src[\\/](internal[\\/]chart-export|elements[\\/]demographics[\\/]chart-tools\.strings)\.ts$/ },
          ],
        },
      },
    },
  },
  ...Object.fromEntries(
    standalone.map((element): [string, BuildMode] => [
      `cdn-${element.tag.replace(/^mlops-/, '')}`,
      {
        outDir: 'dist/cdn',
        entries: { [element.tag]: defineModule(element.tag) },
        emptyOutDir: false,
        minify: true,
        plugins: () => [minifyLitTemplates(), manglePrivateMembers(srcDir), thirdPartyLicenses(), cdnIntegrity()],
        rolldownOptions: { treeshake: cdnTreeshake, output: standaloneOutput },
      },
    ]),
  ),
};

/** Vite's own modes (`vite build`, Storybook's dev server and build) are the npm build. */
const npmAliases = ['production', 'development'];

export default defineConfig(({ mode }) => {
  const name = npmAliases.includes(mode) ? 'npm' : mode;
  if (!Object.hasOwn(modes, name)) throw new Error(`Unknown build mode "${mode}": vite.config.ts has ${Object.keys(modes).join(', ')}`);
  const pass = modes[name];
  return {
    plugins: [validateDataset(resolve(root, 'data/mlops.json')), ...pass.plugins()],
    build: {
      target: 'es2021',
      outDir: pass.outDir,
      emptyOutDir: pass.emptyOutDir,
      minify: pass.minify,
      sourcemap: true,
      lib: { entry: { ...pass.entries }, formats: ['es'] },
      rolldownOptions: pass.rolldownOptions,
    },
  };
});
