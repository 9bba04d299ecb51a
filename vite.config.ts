/**
 * Two builds from one config:
 *  - `vite build`            → dist/        the npm build: ES2021 modules, one file per source module,
 *                                           lit/@lit/zod external, for apps that bundle it themselves.
 *  - `vite build --mode cdn` → dist/cdn/    self-contained ES modules for a script tag, code-split so
 *                                           several entries on one page share one copy of Lit.
 * Both validate data/mlops.json against the zod schema first and stop with the bad field's path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { validateProfile } from './src/data/validate.ts';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.replace(/\.ts$/, '')}`, resolve(root, 'src/define', file)]),
);

/** The CDN files DESIGN.md promises; each imports the define modules it registers. */
const cdnEntries = {
  'mlops-elements': resolve(root, 'src/define/all.ts'),
  'mlops-term': resolve(root, 'src/define/mlops-term.ts'),
  'mlops-tool-card': resolve(root, 'src/define/mlops-tool-card.ts'),
  'mlops-tool-grid': resolve(root, 'src/define/mlops-tool-grid.ts'),
  'mlops-demographics': resolve(root, 'src/define/mlops-demographics.ts'),
  'mlops-feedback': resolve(root, 'src/define/mlops-feedback.ts'),
};

function validateDataset(): Plugin {
  return {
    name: 'mlops-validate-dataset',
    buildStart() {
      const file = resolve(root, 'data/mlops.json');
      const result = validateProfile(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok) this.error(`data/mlops.json does not match the schema:\n  ${result.errors.join('\n  ')}`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: [validateDataset()],
    json: { namedExports: true, stringify: false },
    build: {
      target: 'es2021',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !cdn,
      minify: cdn,
      sourcemap: true,
      lib: {
        entry: cdn ? cdnEntries : { index: resolve(root, 'src/index.ts'), 'data/index': resolve(root, 'src/data/index.ts'), ...defineEntries },
        formats: ['es'],
      },
      rolldownOptions: cdn
        ? { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true } }
        : {
            external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
    },
  };
});
