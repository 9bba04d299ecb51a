// The CDN build's chunk preloader (build/import-chunks-from-entries.ts) on a small fake bundle.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSync } from 'rolldown/experimental';
import { dropInertChunkImports, importChunksFromEntries, importIndirectChunks, isInertChunk } from '../../build/import-chunks-from-entries.ts';

const parse = (code) => parseSync('chunk.js', code).program;
const chunk = (fileName, imports, code, isEntry = false) => ({ type: 'chunk', fileName, isEntry, imports: [...imports], code });

function fakeBundle() {
  return {
    'mlops-card.js': chunk('mlops-card.js', ['chunks/card.js'], 'import"./chunks/card.js";', true),
    'mlops-grid.js': chunk('mlops-grid.js', ['chunks/grid.js', 'chunks/core.js'], 'import"./chunks/grid.js";\n//# sourceMappingURL=mlops-grid.js.map', true),
    'mlops-core.js': chunk('mlops-core.js', ['chunks/core.js'], 'import"./chunks/core.js";', true),
    'chunks/card.js': chunk('chunks/card.js', ['chunks/lit.js', 'chunks/core.js'], 'card'),
    'chunks/grid.js': chunk('chunks/grid.js', ['chunks/card.js'], 'grid'),
    'chunks/lit.js': chunk('chunks/lit.js', ['chunks/core.js'], 'lit'),
    'chunks/core.js': chunk('chunks/core.js', [], 'core'),
    'style.css': { type: 'asset', fileName: 'style.css', source: '' },
  };
}

test('an entry imports every chunk of its static graph that it did not import itself, after its own imports', () => {
  const bundle = fakeBundle();
  importIndirectChunks(bundle);
  assert.equal(bundle['mlops-card.js'].code, 'import"./chunks/card.js";\nimport"./chunks/lit.js";import"./chunks/core.js";');
  assert.deepEqual(bundle['mlops-card.js'].imports, ['chunks/card.js', 'chunks/lit.js', 'chunks/core.js']);
});

test('the added imports go before the source map comment, which stays last', () => {
  const bundle = fakeBundle();
  importIndirectChunks(bundle);
  assert.equal(bundle['mlops-grid.js'].code, 'import"./chunks/grid.js";\nimport"./chunks/card.js";import"./chunks/lit.js";\n//# sourceMappingURL=mlops-grid.js.map');
  assert.deepEqual(bundle['mlops-grid.js'].imports, ['chunks/grid.js', 'chunks/core.js', 'chunks/card.js', 'chunks/lit.js']);
});

test('an entry with nothing indirect, the shared chunks and the assets are left as they were', () => {
  const bundle = fakeBundle();
  importIndirectChunks(bundle);
  assert.deepEqual(bundle['mlops-core.js'], fakeBundle()['mlops-core.js']);
  for (const file of ['chunks/card.js', 'chunks/grid.js', 'chunks/lit.js', 'chunks/core.js', 'style.css']) assert.deepEqual(bundle[file], fakeBundle()[file]);
});

test('the plugin does the same in generateBundle', () => {
  const bundle = fakeBundle();
  importChunksFromEntries().generateBundle.call({ parse }, {}, bundle, false);
  assert.deepEqual(bundle['mlops-card.js'].imports, ['chunks/card.js', 'chunks/lit.js', 'chunks/core.js']);
});

// The bundler inlines a shared constant (the profile's name) but keeps a bare import of its chunk.

function bundleWithConstantChunk() {
  return {
    'mlops-chart.js': chunk('mlops-chart.js', ['chunks/chart.js'], 'import"./chunks/chart.js";', true),
    'mlops-section.js': chunk('mlops-section.js', ['chunks/section.js'], 'import"./chunks/section.js";', true),
    'chunks/chart.js': chunk('chunks/chart.js', ['chunks/lit.js', 'chunks/name.js'], 'import{t}from"./lit.js";import"./name.js";t(`Name`);'),
    'chunks/section.js': chunk('chunks/section.js', ['chunks/name.js'], 'import{t as a}from"./name.js";console.log(a);'),
    'chunks/name.js': chunk('chunks/name.js', [], 'var e=`Name`,n=3;export{e as t,n};'),
    'chunks/lit.js': chunk('chunks/lit.js', [], 'var t=(e)=>document.title=e;export{t};'),
  };
}

test('a chunk that only binds constants and exports them is inert; one that runs anything or binds a function is not', () => {
  assert.equal(isInertChunk(parse('var e=`Name`,n=3;export{e as t,n};')), true);
  assert.equal(isInertChunk(parse('var t=(e)=>document.title=e;export{t};')), false);
  assert.equal(isInertChunk(parse('var e=`${location.href}`;export{e};')), false);
  assert.equal(isInertChunk(parse('var e="a";customElements.define("x-a",class extends HTMLElement{});export{e};')), false);
  assert.equal(isInertChunk(parse('export{t}from"./lit.js";')), false);
  assert.equal(isInertChunk(parse('import"./lit.js";var e=1;export{e};')), false);
});

test('a bare import of an inert chunk becomes spaces of its length (the source map stays true), and the entry no longer preloads it', () => {
  const bundle = bundleWithConstantChunk();
  dropInertChunkImports(bundle, parse);
  importIndirectChunks(bundle);
  const statement = 'import"./name.js";';
  assert.equal(bundle['chunks/chart.js'].code, `import{t}from"./lit.js";${' '.repeat(statement.length)}t(\`Name\`);`);
  assert.deepEqual(bundle['chunks/chart.js'].imports, ['chunks/lit.js']);
  assert.deepEqual(bundle['mlops-chart.js'].imports, ['chunks/chart.js', 'chunks/lit.js']);
});

test('an import that reads a binding of the inert chunk, and imports of chunks that do something, stay', () => {
  const bundle = bundleWithConstantChunk();
  dropInertChunkImports(bundle, parse);
  importIndirectChunks(bundle);
  assert.equal(bundle['chunks/section.js'].code, bundleWithConstantChunk()['chunks/section.js'].code);
  assert.deepEqual(bundle['mlops-section.js'].imports, ['chunks/section.js', 'chunks/name.js']);
});
