// The bundled data tree (src/data/bundled/): the modules the build, the tests and Storybook import are what
// `npm run generate:data` makes from data/mlops.json, they hold exactly that dataset, and the file they are
// made from is the one the build validates, whole.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { bundledDir, datasetFile, differences, editorKeys, generatedFiles, moduleName, schemaFile, views } from '../../scripts/generate-data.js';
import { validateDataset } from '../../build/validate-dataset.ts';
import { ProfileSchema } from '../../src/data/schema.ts';
import { validateProfile } from '../../src/data/validate.ts';

const repo = resolve(import.meta.dirname, '../..');
const dataset = () => JSON.parse(readFileSync(resolve(repo, datasetFile), 'utf8'));
/** The dataset without the keys that are for editors (`$schema`): what the modules hold. */
const data = () => Object.fromEntries(Object.entries(dataset()).filter(([key]) => !editorKeys.includes(key)));
const load = (name) => import(pathToFileURL(resolve(repo, bundledDir, `${moduleName(name)}.ts`)).href);

test('the data modules are what `npm run generate:data` writes from data/mlops.json', () => {
  const check = spawnSync(process.execPath, ['scripts/generate-data.js', '--check'], { cwd: repo, encoding: 'utf8' });
  assert.equal(check.status, 0, `${check.stderr}${check.stdout}`);
});

test('data/mlops.schema.json is stale when the zod schema changes, and the check names it', async () => {
  const files = await generatedFiles();
  assert.deepEqual(differences(files), []);
  files.set(schemaFile, files.get(schemaFile).replace('"minLength": 1', '"minLength": 2'));
  assert.deepEqual(differences(files), [[schemaFile, 'out of date']]);
});

test('a change to the dataset makes its module stale, and the check names it', async () => {
  const changed = dataset();
  changed.terminology[0].explanation += ' (changed)';
  assert.deepEqual(differences(await generatedFiles(changed)), [[`${bundledDir}/terminology.ts`, 'out of date']]);

  const added = { ...dataset(), newSection: [] };
  assert.deepEqual(differences(await generatedFiles(added)), [
    [`${bundledDir}/new-section.ts`, 'missing'],
    [`${bundledDir}/profile.ts`, 'out of date'],
  ]);

  const { seedGaps, ...removed } = dataset();
  assert.ok(seedGaps);
  assert.deepEqual(differences(await generatedFiles(removed)), [
    [`${bundledDir}/profile.ts`, 'out of date'],
    [`${bundledDir}/seed-gaps.ts`, `not generated from ${datasetFile} (remove it)`],
  ]);
});

test("each key's module exports that key of data/mlops.json, and nothing else", async () => {
  for (const [key, value] of Object.entries(data())) {
    const module = await load(key);
    assert.deepEqual(Object.keys(module), [key], `${moduleName(key)}.ts`);
    assert.deepEqual(module[key], value, `${moduleName(key)}.ts`);
  }
});

test('a view is its key without the fields it omits, at any depth', async () => {
  const data = dataset();
  for (const view of views) {
    const omitted = (value) =>
      Array.isArray(value)
        ? value.map(omitted)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).flatMap(([field, each]) => (view.omit.includes(field) ? [] : [[field, omitted(each)]])))
          : value;
    assert.deepEqual((await load(view.name))[view.name], omitted(data[view.key]), view.name);
  }
  // The chart's views: every platform's name and share and every age group's label and share, in order, and no id or description.
  const { platformShares } = await load('platformShares');
  assert.deepEqual(
    platformShares.items.map((platform) => [platform.name, platform.percent]),
    data.platforms.items.map((platform) => [platform.name, platform.percent]),
  );
  assert.ok(platformShares.items.every((platform) => !('description' in platform) && !('id' in platform)));
  const { ageShares } = await load('ageShares');
  assert.deepEqual(
    ageShares.map((group) => [group.label, group.percent]),
    data.age.map((group) => [group.label, group.percent]),
  );
  assert.ok(ageShares.every((group) => !('id' in group)));
});

test('the whole-profile module is data/mlops.json, and it passes the schema', async () => {
  const { profile } = await import(pathToFileURL(resolve(repo, bundledDir, 'profile.ts')).href);
  assert.deepEqual(profile, data());
  assert.ok(!Object.keys(profile).includes('$schema'), 'no module for the JSON Schema reference');
  const result = validateProfile(profile);
  assert.ok(result.ok, result.ok ? '' : result.errors.join('\n'));
});

test('the build validates the whole file the modules come from: every key that has a module is one the schema checks', () => {
  // Every pass checks data/mlops.json against ProfileSchema (test/node/build-modes.test.js); an object schema
  // passes keys it does not name, which would reach the bundles unchecked.
  assert.doesNotThrow(() => validateDataset(resolve(repo, datasetFile)).buildStart.call({ error: (message) => assert.fail(message) }, {}));
  assert.deepEqual(Object.keys(ProfileSchema.shape).sort(), Object.keys(dataset()).sort());
});
