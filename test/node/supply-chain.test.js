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

/** The package's dependencies: Lit, its context protocol and zod. */
const runtimeDependencies = ['lit', '@lit/context', 'zod'];
/**
 * Optional peer dependencies, which an app installs for what uses them: Lit's hydration support (for
 * prerendered pages; the CDN files carry it), and the static renderer's server renderer and HTML parser.
 */
const optionalPeers = ['@lit-labs/ssr-client', '@lit-labs/ssr', 'parse5'];
/** What may reach the reader's browser in the CDN files. */
const browserDependencies = [...runtimeDependencies, '@lit-labs/ssr-client'];
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

test('runtime dependencies: lit, @lit/context and zod; hydration support and the renderer’s packages are optional peers', () => {
  assert.deepEqual(Object.keys(manifest.dependencies).sort(), [...runtimeDependencies].sort());
  for (const [name, range] of Object.entries(manifest.dependencies))
    assert.match(range, /^\^\d+\.\d+\.\d+$/, `${name}: a caret range; the lockfile pins the exact version`);
  for (const name of optionalPeers) {
    assert.match(manifest.peerDependencies[name] ?? '', /^\^\d+\.\d+\.\d+$/, `${name}: a peer dependency`);
    assert.equal(manifest.peerDependenciesMeta[name]?.optional, true, `${name}: optional`);
  }
  // The lockfile agrees: npm ci installs from it.
  assert.deepEqual(lock.packages[''].dependencies, manifest.dependencies);
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

test('each CDN file starts with a licence comment naming exactly the packages it carries, with their licences and holders', () => {
  const cdn = join(repo, 'dist/cdn');
  const licenses = JSON.parse(readFileSync(join(cdn, licensesFile), 'utf8'));
  const files = readdirSync(cdn, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  let commented = 0;
  for (const file of files) {
    const carried = Object.keys(licenses).filter((name) => licenses[name].files.includes(file.replace(/\\/g, '/')));
    const code = readFileSync(join(cdn, file), 'utf8');
    const comment = /^\/\*! (.+) \*\/\n/.exec(code);
    if (!carried.length) {
      assert.equal(comment, null, `${file} carries no package, so no licence comment`);
      continue;
    }
    assert.ok(comment, `${file} carries ${carried.join(', ')}: it starts with their licence comment`);
    const named = [];
    for (const group of comment[1].split('; ')) {
      const [, names, license, holder] = /^(.+) (\S+) \(c\) (.+)$/.exec(group) ?? [];
      for (const name of names.split(' ')) {
        named.push(name);
        assert.equal(license, licenses[name].license, `${file}: ${name}'s licence`);
        assert.match(licenses[name].text, new RegExp(`Copyright.*${holder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), `${file}: ${name}'s holder`);
      }
    }
    assert.deepEqual(named.sort(), carried.sort(), file);
    // The map was moved down with the code: its first line (the comment) maps to nothing.
    assert.match(JSON.parse(readFileSync(join(cdn, `${file}.map`), 'utf8')).mappings, /^;/, `${file}.map`);
    commented++;
  }
  assert.ok(commented >= 5, `${commented} files with a licence comment`);
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
