// The build table (vite.config.ts): its entries come from the element registry, and `npm run build` runs every row.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import config, { modes } from '../../vite.config.ts';
import { allElementsEntry, elements } from '../../src/registry.ts';

const repo = resolve(import.meta.dirname, '../..');
const define = (name) => resolve(repo, 'src/define', `${name}.ts`);
const cdnModes = Object.entries(modes).filter(([name]) => name.startsWith('cdn'));
const standalone = elements.filter((element) => element.cdn.standalone);

test('every element has one CDN file named after its tag, the standalone ones each in a pass of their own', () => {
  const cdnFiles = cdnModes.flatMap(([, mode]) => Object.keys(mode.entries));
  assert.deepEqual([...cdnFiles].sort(), [allElementsEntry.name, 'autoloader', ...elements.map((element) => element.tag)].sort());
  assert.deepEqual(modes.cdn.entries[allElementsEntry.name], define('all'));
  for (const element of standalone) {
    const [, pass] = cdnModes.find(([, mode]) => element.tag in mode.entries);
    assert.deepEqual(pass.entries, { [element.tag]: define(element.tag) }, element.tag);
    assert.equal(pass.emptyOutDir, false, `${element.tag}'s pass must not empty dist/cdn/`);
  }
  for (const element of elements.filter((each) => !each.cdn.standalone)) assert.equal(modes.cdn.entries[element.tag], define(element.tag));
});

test('the npm build has every define module, the package entry, the data API, the hydration support, the React wrappers, the renderer with its command and the build plugins', () => {
  const defines = readdirSync(resolve(repo, 'src/define'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `define/${file.slice(0, -3)}`);
  assert.deepEqual(
    Object.keys(modes.npm.entries).sort(),
    [
      'data/index',
      'index',
      'internal/hydrate-support',
      'react/index',
      'receiver/cli',
      'receiver/index',
      'render/cli',
      'render/index',
      'plugins/rehype',
      'plugins/markdown-it',
      'plugins/eleventy',
      ...defines,
    ].sort(),
  );
  for (const element of elements) assert.equal(modes.npm.entries[`define/${element.tag}`], define(element.tag));
});

test('every entry of every pass is a source file', () => {
  for (const [name, mode] of Object.entries(modes)) for (const file of Object.values(mode.entries)) assert.ok(existsSync(file), `${name}: ${file}`);
});

test('`npm run build` runs every pass in table order, so the code-split pass empties dist/cdn/ before the standalone ones add theirs', () => {
  const script = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')).scripts.build;
  const passes = [...script.matchAll(/vite build(?: --mode ([\w-]+))?/g)].map((match) => match[1] ?? 'npm');
  assert.deepEqual(passes, Object.keys(modes));
  assert.deepEqual(Object.keys(modes).slice(0, 2), ['npm', 'cdn']);
});

test("Vite's own modes are the npm build; an unknown mode is an error that lists the table", () => {
  for (const mode of ['production', 'development', 'npm']) assert.equal(config({ mode, command: 'build' }).build.outDir, 'dist');
  assert.equal(config({ mode: 'cdn', command: 'build' }).build.outDir, 'dist/cdn');
  assert.throws(() => config({ mode: 'cnd', command: 'build' }), /Unknown build mode "cnd": vite\.config\.ts has npm, cdn, /);
});

test('each pass validates the dataset; only the code-split CDN pass checks the core chunk', () => {
  const names = (mode) => config({ mode, command: 'build' }).plugins.map((plugin) => plugin.name);
  for (const mode of Object.keys(modes)) assert.ok(names(mode).includes('mlops-validate-dataset'), mode);
  assert.deepEqual(
    Object.keys(modes).filter((mode) => names(mode).includes('mlops-check-core-chunk')),
    ['cdn'],
  );
});

test('every relative import of the npm build resolves to a file it emitted: the renderer and its command included (after `npm run build`)', () => {
  const dist = resolve(repo, 'dist');
  assert.ok(existsSync(resolve(dist, 'render/index.js')) && existsSync(resolve(dist, 'render/cli.js')), 'dist/render/ is missing: is the build current?');
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js') && !file.startsWith('cdn'));
  const unresolved = [];
  for (const file of files) {
    const code = readFileSync(resolve(dist, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      if (!existsSync(resolve(dist, file, '..', specifier))) unresolved.push(`dist/${file} imports ${specifier}`);
    }
  }
  assert.deepEqual(unresolved, []);
});
