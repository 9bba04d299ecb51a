// `npm run check:package`: the packed file list holds only intended files and every promised one
// (npm pack --dry-run on the built repo, then copies with a stray or a missing file), and attw's
// report is read down to its failing rows. Needs `npm run build` (the list includes dist/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { attwFailures, packageFileProblems, wildcardEntrypoints } from '../../scripts/check-package.js';

const root = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function dryRunFiles() {
  assert.ok(existsSync(join(root, 'dist/cdn')), 'dist/ is missing: run `npm run build` first');
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout.slice(result.stdout.indexOf('[')))[0].files.map((file) => file.path);
}

const files = dryRunFiles();

test('npm pack --dry-run lists only intended files, and every promised one', () => {
  assert.deepEqual(packageFileProblems(files, pkg), []);
  // What a script tag and the README's imports need is there.
  for (const file of ['dist/cdn/mlops-elements.js', 'dist/define/all.js', 'dist/react/index.js', 'bin/mlops-elements.js', 'data/mlops.json'])
    assert.ok(files.includes(file), file);
  assert.ok(!files.some((file) => file.endsWith('.map')), 'no source maps');
});

test('a stray file in the tarball is named', () => {
  const strays = [
    'dist/cdn/mlops-term.js.map',
    'src/index.ts',
    'test/data.test.ts',
    'dist/elements/term/term.test.js',
    'stories/term.stories.ts',
    '.env',
    'dist/cdn/notes.txt',
  ];
  const problems = packageFileProblems([...files, ...strays], pkg);
  assert.deepEqual(
    problems,
    strays.map((file) => `${file}: packed, but not a file the package means to ship`),
  );
});

test('a promised file missing from the tarball is named', () => {
  const missing = ['bin/mlops-elements.js', 'dist/render/index.d.ts', 'dist/define/mlops-term.js', 'dist/cdn/mlops-tool-grid.js', 'dist/elements/sections/section.js'];
  const problems = packageFileProblems(
    files.filter((file) => !missing.includes(file)),
    pkg,
  );
  assert.deepEqual(problems.sort(), missing.map((file) => `${file}: promised by package.json or the registry, but not packed`).sort());
});

test("attw's wildcard subpaths are checked for every registry element", () => {
  const entrypoints = wildcardEntrypoints();
  assert.ok(entrypoints.includes('./define/mlops-term'));
  assert.ok(entrypoints.includes('./elements/sections'));
  assert.ok(entrypoints.includes('./elements/profile-page'));
});

test("attw's report is read down to the rows that fail under the profile", () => {
  const report = [
    '(ignored per resolution) ⚠️ A require call resolved to an ESM JavaScript file. https://example.test/CJSResolvesToESM.md',
    '💀 Import failed to resolve to type declarations or JavaScript files. https://example.test/NoResolution.md',
    '',
    '***********************************',
    '',
    '"mlops-elements/define/*"',
    '',
    'node16 (from ESM): (wildcard)',
    'bundler: (wildcard)',
    '',
    '***********************************',
    '',
    '"mlops-elements/elements/sections"',
    '',
    'node16 (from ESM): Resolution failed',
    'bundler: OK ',
    'node10: (ignored) Resolution failed',
    '',
    '***********************************',
  ].join('\n');
  assert.deepEqual(attwFailures(report), [
    '💀 Import failed to resolve to type declarations or JavaScript files. https://example.test/NoResolution.md',
    '"mlops-elements/elements/sections" node16 (from ESM): Resolution failed',
  ]);
});
