// The npm build's hydration opt-in (build/hydration-opt-in.ts): the define modules import a hint, never
// @lit-labs/ssr-client, an optional peer dependency there; the CDN build keeps the support.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { hydrationOptIn, hydrationSupport } from '../../build/hydration-opt-in.ts';

const repo = resolve(import.meta.dirname, '../..');
const plugin = hydrationOptIn(repo);
const resolveId = (source, importer) => plugin.resolveId.call({}, source, importer, {});

test('the define modules’ import of the support resolves to the hint, in the npm build', () => {
  const importer = resolve(repo, hydrationSupport.importer);
  assert.equal(resolveId(hydrationSupport.specifier, importer), resolve(repo, hydrationSupport.replacement));
  assert.equal(resolveId(hydrationSupport.specifier, `${importer}?used`), resolve(repo, hydrationSupport.replacement));
  // The module really imports it that way, and the hint exists.
  assert.match(readFileSync(importer, 'utf8'), /import\('\.\/hydrate-support\.js'\)/);
  assert.ok(existsSync(resolve(repo, hydrationSupport.replacement)));
});

test('every other import is left to the bundler', () => {
  assert.equal(resolveId(hydrationSupport.specifier, resolve(repo, 'src/internal/other.ts')), null);
  assert.equal(resolveId('./hydration.js', resolve(repo, hydrationSupport.importer)), null);
  assert.equal(resolveId(hydrationSupport.specifier, undefined), null);
});

test('after `npm run build`: no browser module of dist/ but the support itself imports @lit-labs/ssr-client; the CDN files carry it', (t) => {
  const dist = join(repo, 'dist');
  if (!existsSync(join(dist, 'define/all.js'))) return t.skip('dist/ is missing: run `npm run build` first');
  const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js') && !file.startsWith('cdn/'));
  const importsSupport = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']@lit-labs\/ssr-client/;
  const importing = modules.filter((file) => importsSupport.test(readFileSync(join(dist, file), 'utf8')));
  assert.deepEqual(importing, ['internal/hydrate-support.js']);
  assert.match(readFileSync(join(dist, 'internal/define-lit-element.js'), 'utf8'), /import\("\.\/hydrate-support-hint\.js"\)/);
  const cdnChunks = readdirSync(join(dist, 'cdn/chunks'));
  assert.ok(
    cdnChunks.some((file) => file.startsWith('hydrate-support-')),
    'the CDN build keeps the support as a chunk',
  );
});
