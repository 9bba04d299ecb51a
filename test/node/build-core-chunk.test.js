// The CDN build's core-chunk rule (build/core-chunk.ts): exactly the listed renderer-free modules, never Lit.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { build } from 'vite';
import { coreChunkGroup, coreChunkProblems, coreModules, moduleName } from '../../build/core-chunk.ts';

const root = '/repo';
const id = (name) => (name.startsWith('src/') ? `${root}/${name}` : `${root}/node_modules/${name}`);
const listedIds = coreModules.map(id);

test('module names: the path inside the package, or else inside the repository', () => {
  assert.equal(moduleName('/repo/node_modules/@lit/reactive-element/css-tag.js', root), '@lit/reactive-element/css-tag.js');
  assert.equal(moduleName('/repo/node_modules/a/node_modules/lit-html/lit-html.js', root), 'lit-html/lit-html.js');
  assert.equal(moduleName('C:\\repo\\src\\internal\\tokens.ts', 'C:\\repo'), 'src/internal/tokens.ts');
  assert.equal(moduleName('/repo/src/data/context.ts?used', root), 'src/data/context.ts');
});

test('the group captures the listed modules and nothing else', () => {
  const { test: captures } = coreChunkGroup(root);
  for (const each of listedIds) assert.ok(captures(each), each);
  for (const each of ['src/internal/base.ts', 'src/internal/plain-element.ts', 'lit-html/lit-html.js', '@lit/reactive-element/reactive-element.js']) {
    assert.equal(captures(id(each)), false, each);
  }
});

test('a core chunk of exactly the listed modules has no problem', () => {
  assert.deepEqual(
    coreChunkProblems(listedIds, () => [], root),
    [],
  );
});

test('Lit in the core chunk is named with its importer, the import from a listed module first', () => {
  const importers = {
    [id('lit-html/lit-html.js')]: [id('lit/index.js'), id('lit-element/lit-element.js')],
    [id('lit/index.js')]: [id('src/internal/events.ts'), id('src/elements/card.ts')],
  };
  const problems = coreChunkProblems([...listedIds, id('lit-html/lit-html.js'), id('lit/index.js')], (each) => importers[each] ?? [], root);
  assert.deepEqual(problems, [
    'core chunk must not contain Lit: lit/index.js (imported by src/internal/events.ts)',
    'core chunk must not contain Lit: lit-html/lit-html.js (imported by lit/index.js)',
  ]);
});

test('the reactive element beside the allowed css tag is Lit', () => {
  const reactiveElement = id('@lit/reactive-element/reactive-element.js');
  const problems = coreChunkProblems([...listedIds, reactiveElement], () => [id('src/internal/tokens.ts')], root);
  assert.deepEqual(problems, ['core chunk must not contain Lit: @lit/reactive-element/reactive-element.js (imported by src/internal/tokens.ts)']);
});

test('an unlisted module and a listed one the chunk lacks are both reported', () => {
  const moduleIds = [...listedIds.filter((each) => !each.endsWith('version.ts')), id('src/internal/format.ts')];
  const problems = coreChunkProblems(moduleIds, () => [id('src/internal/i18n.ts')], root);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /^core chunk holds a module not listed in build\/core-chunk\.ts: src\/internal\/format\.ts \(imported by src\/internal\/i18n\.ts\)/);
  assert.match(problems[1], /lists src\/internal\/version\.ts, which the core chunk does not hold/);
});

// The real CDN pass, written nowhere: once as it is, once with a core module importing Lit.
const repo = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'mlops-core-chunk-'));
after(() => rmSync(outDir, { recursive: true, force: true }));

const cdnBuild = (plugins = []) =>
  build({ root: repo, configFile: resolve(repo, 'vite.config.ts'), mode: 'cdn', logLevel: 'silent', plugins, build: { write: false, outDir } });

test('the CDN build passes the check as the sources are', async () => {
  const [output] = [await cdnBuild()].flat();
  assert.ok(output.output.some((file) => file.type === 'chunk' && file.name === 'core'));
});

test('the CDN build fails, naming the import, when a core module imports Lit', async () => {
  const litInEvents = {
    name: 'test-lit-in-events',
    enforce: 'pre',
    transform(code, file) {
      if (file.endsWith('/src/internal/events.ts')) return `${code}\nimport { nothing } from 'lit';\nglobalThis.litNothing = nothing;\n`;
    },
  };
  await assert.rejects(cdnBuild([litInEvents]), /core chunk must not contain Lit: lit\/index\.js \(imported by src\/internal\/events\.ts\)/);
});
