// The CDN build's chunk preloader (build/import-chunks-from-entries.ts) on a small fake bundle.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importChunksFromEntries, importIndirectChunks } from '../../build/import-chunks-from-entries.ts';

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
  importChunksFromEntries().generateBundle.call({}, {}, bundle, false);
  assert.deepEqual(bundle['mlops-card.js'].imports, ['chunks/card.js', 'chunks/lit.js', 'chunks/core.js']);
});
