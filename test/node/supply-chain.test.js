// The supply chain: what the package depends on, what the CDN files carry (after `npm run build`), and how the
// lockfile pins it all.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { licensesFile, packageOf } from '../../build/third-party-licenses.ts';

const repo = resolve(import.meta.dirname, '../..');
const readJson = (path) => JSON.parse(readFileSync(join(repo, path), 'utf8'));
const manifest = readJson('package.json');
const lock = readJson('package-lock.json');

/** What reaches the reader's browser: Lit, its context protocol, zod, and Lit's own hydration support for prerendered pages. */
const browserDependencies = ['lit', '@lit/context', 'zod', '@lit-labs/ssr-client'];
/** What only the static renderer and its command use, in Node, at build time: Lit's server renderer and an HTML parser. */
const rendererDependencies = ['@lit-labs/ssr', 'parse5'];
/** The packages `lit` is made of. */
const litParts = ['lit-html', 'lit-element', '@lit/reactive-element'];

/**
 * Packages in the lockfile with an install script, and why CI installs with `--ignore-scripts` anyway. A new one
 * fails this test until it is looked at.
 */
const installScriptsNotNeeded = {
  'node_modules/esbuild': 'its postinstall only swaps the JS launcher for the binary of @esbuild/<platform>, which the launcher finds without it',
  'node_modules/geckodriver': 'downloads a Firefox driver; the tests drive Firefox through puppeteer (WebDriver BiDi), not geckodriver',
  'node_modules/edgedriver': 'downloads an Edge driver; no test uses Edge',
  'node_modules/rs-module-lexer': 'checks its native binding and installs a WebAssembly fallback if it fails; the linux-x64 binding is an optional dependency',
};

test('runtime dependencies: lit, @lit/context and zod (and Lit’s hydration support) for the browser, @lit-labs/ssr and parse5 for the Node renderer', () => {
  assert.deepEqual(Object.keys(manifest.dependencies).sort(), [...browserDependencies, ...rendererDependencies].sort());
  for (const [name, range] of Object.entries(manifest.dependencies))
    assert.match(range, /^\^\d+\.\d+\.\d+$/, `${name}: a caret range; the lockfile pins the exact version`);
});

test(`the CDN files carry only the browser dependencies (${licensesFile} and the source maps agree), each with its licence`, () => {
  const cdn = join(repo, 'dist/cdn');
  const licenses = JSON.parse(readFileSync(join(cdn, licensesFile), 'utf8'));
  const allowed = new Set([...browserDependencies, ...litParts]);
  for (const name of Object.keys(licenses)) assert.ok(allowed.has(name), `${name} is bundled into ${licenses[name].files.join(', ')}`);
  for (const name of ['lit-html', '@lit/context', 'zod', '@lit-labs/ssr-client']) assert.ok(name in licenses, `${name} is listed`);
  for (const [name, entry] of Object.entries(licenses)) {
    assert.match(entry.license, /^(MIT|BSD-3-Clause)$/, name);
    assert.match(entry.text, /Copyright/, `${name}: its licence text with the copyright notice`);
    assert.equal(entry.version, lock.packages[`node_modules/${name}`].version, `${name}: the locked version`);
  }

  // The source maps name every module each file was built from: their packages are the listed ones.
  const bundled = new Set();
  for (const map of readdirSync(cdn, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js.map'))) {
    for (const source of JSON.parse(readFileSync(join(cdn, map), 'utf8')).sources) {
      const found = packageOf(resolve(cdn, source));
      if (found) bundled.add(found.name);
    }
  }
  assert.deepEqual([...bundled].sort(), Object.keys(licenses).sort());
});

test('the renderer’s Node-only packages are imported by the Node modules alone (renderer, build plugins, receiver), never by the browser modules of the npm build', () => {
  const dist = join(repo, 'dist');
  const nodeOnly = /["'](@lit-labs\/ssr|parse5)(\/[^"']*)?["']/;
  const browserModules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.js') && !/^(render|plugins|receiver|cdn)\//.test(file),
  );
  assert.ok(browserModules.length > 20);
  for (const file of browserModules) assert.doesNotMatch(readFileSync(join(dist, file), 'utf8'), nodeOnly, file);
});

test('every package in the lockfile is pinned to a version with its integrity hash, which npm ci verifies', () => {
  assert.equal(lock.lockfileVersion, 3);
  const packages = Object.entries(lock.packages).filter(([path, entry]) => path && !entry.link);
  assert.ok(packages.length > 100);
  for (const [path, entry] of packages) {
    assert.match(entry.version ?? '', /^\d+\.\d+\.\d+/, `${path}: version`);
    assert.match(entry.integrity ?? '', /^sha512-[A-Za-z0-9+/]+=*$/, `${path}: integrity`);
  }
});

test('no install script is needed: CI installs with --ignore-scripts, and each package that has one is accounted for', () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path);
  assert.deepEqual(withScripts.sort(), Object.keys(installScriptsNotNeeded).sort());
  assert.match(readFileSync(join(repo, '.ci/run'), 'utf8'), /^npm ci --ignore-scripts\b/m);
});
