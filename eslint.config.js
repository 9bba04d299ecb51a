// ESLint for the whole repository (`npm run lint` runs it beside Prettier and lit-analyzer).
// Correctness only: formatting is Prettier's job, and none of the configs below turns on a layout
// rule (ESLint's recommended set has none, typescript-eslint keeps its style rules in `stylistic`,
// which is not used here), so nothing like eslint-config-prettier is needed.
// Not type-aware: tried on src/ and build/, the typed rules found no floating or misused promise and
// tripled the run time (6 s → 17 s on two cores); tsc and lit-analyzer check the types.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, globalIgnores } from 'eslint/config';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint's recommended rules (what @eslint/js calls `recommended`), read from the rules' own
 * `recommended` flag, so that no extra package is needed for the list.
 */
const eslintRecommended = {
  name: 'eslint/recommended',
  rules: Object.fromEntries([...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error'])),
};

/** Code that runs in a browser: the elements, the stories, the browser tests and the demo pages. */
const browserFiles = ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.{ts,js}', '.storybook/preview.ts', 'demo/**/*.js'];

/** Code that runs in Node: the configs, the build, the scripts, the static renderer and the node tests. */
const nodeFiles = ['*.{js,mjs,ts}', '.storybook/main.ts', 'bin/**/*.js', 'build/**/*.ts', 'scripts/**/*.js', 'src/render/**/*.ts', 'test/node/**/*.js'];

/** Node scripts that drive a browser (they import puppeteer-core): the functions they hand to `page.evaluate()` run in the page. */
const browserDrivingScripts = readdirSync(resolve(import.meta.dirname, 'scripts'), { recursive: true })
  .map((file) => `scripts/${String(file).split('\\').join('/')}`)
  .filter((file) => file.endsWith('.js') && /from 'puppeteer-core'/.test(readFileSync(resolve(import.meta.dirname, file), 'utf8')));

/** The elements' base classes, so that the Lit and web-component rules know every element for one. */
const litBases = ['LitElement', 'MlopsElement', 'SectionElement'];
const elementBases = [...litBases, 'HTMLElement', 'PlainMlopsElement'];

export default defineConfig(
  // Build output, generated data, and what Git ignores. The generated TypeScript (src/define, src/react) is linted.
  globalIgnores(['dist/', 'storybook-static/', 'bench-results/', 'tmp/', 'custom-elements.json', 'vscode.*-custom-data.json']),
  { name: 'mlops/unused-disable-directives', linterOptions: { reportUnusedDisableDirectives: 'error' } },
  eslintRecommended,
  tseslint.configs.recommended,
  { name: 'mlops/browser', files: browserFiles, languageOptions: { globals: globals.browser } },
  { name: 'mlops/node', files: nodeFiles, languageOptions: { globals: globals.node } },
  { name: 'mlops/browser-driving-scripts', files: browserDrivingScripts, languageOptions: { globals: globals.browser } },
  { name: 'mlops/mocha', files: ['test/**/*.ts'], languageOptions: { globals: globals.mocha } },
  { ...lit.configs['flat/recommended'], name: 'lit/recommended', files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'] },
  { ...wc.configs['flat/best-practice'], name: 'wc/best-practice', files: ['src/**/*.ts', 'test/**/*.{ts,js}'] },
  { name: 'mlops/element-bases', settings: { lit: { elementBaseClasses: litBases }, wc: { elementBaseClasses: elementBases } } },
  {
    name: 'mlops/typescript',
    files: ['**/*.ts'],
    rules: {
      // TypeScript already refuses `override connectedCallback() { super.connectedCallback(); }` when the base has no such method.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // A source file a reader takes in at once (ARCHITECTURE.md: split a file by job before it grows past this).
    // The data modules are the dataset written out, as long as the dataset makes them.
    name: 'mlops/source-file-length',
    files: ['src/**/*.ts'],
    ignores: ['src/data/bundled/**'],
    rules: { 'max-lines': ['error', { max: 450 }] },
  },
  {
    name: 'mlops/browser-tests',
    files: ['test/**/*.ts'],
    rules: {
      // Chai asserts with property getters (`expect(el).to.exist`), which read as unused expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // The tests put raw markup in attribute values on purpose, to prove that it stays text.
      'lit/attribute-value-entities': 'off',
    },
  },
);
