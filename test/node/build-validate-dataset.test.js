// The build's dataset check (build/validate-dataset.ts): a bad field stops the build and is named.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { validateDataset } from '../../build/validate-dataset.ts';

const dataset = resolve(import.meta.dirname, '../../data/mlops.json');
const folder = mkdtempSync(join(tmpdir(), 'mlops-validate-'));
after(() => rmSync(folder, { recursive: true, force: true }));

/** A plugin context whose `error` throws, as Rolldown's does. */
const context = {
  error: (message) => {
    throw new Error(message);
  },
};

test('the bundled dataset passes', () => {
  assert.doesNotThrow(() => validateDataset(dataset).buildStart.call(context, {}));
});

test("a dataset with a wrong field stops the build with that field's path", () => {
  const data = JSON.parse(readFileSync(dataset, 'utf8'));
  data.terminology[3].insider = 42;
  delete data.tools.items[0].name;
  const file = join(folder, 'bad.json');
  writeFileSync(file, JSON.stringify(data));
  assert.throws(
    () => validateDataset(file).buildStart.call(context, {}),
    (error) => {
      assert.match(error.message, /bad\.json does not match the schema:/);
      assert.match(error.message, /terminology\[3\]\.insider/);
      assert.match(error.message, /tools\.items\[0\]\.name/);
      return true;
    },
  );
});

test('a file that is not JSON stops the build', () => {
  const file = join(folder, 'broken.json');
  writeFileSync(file, '{ "id": ');
  assert.throws(() => validateDataset(file).buildStart.call(context, {}), SyntaxError);
});
