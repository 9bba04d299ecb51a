// data/mlops.schema.json, the JSON Schema made from the zod schema for dataset authors' editors: it is a
// valid draft 2020-12 schema, the bundled and sample datasets name it in `$schema` and pass it, and it
// rejects a broken copy at the same paths as the zod schema (so editors and `mlops-elements validate`
// agree).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { schemaFile } from '../../scripts/generate-data.js';
import { ProfileSchema } from '../../src/data/schema.ts';
import { formatPath, validateProfile } from '../../src/data/validate.ts';

const repo = resolve(import.meta.dirname, '../..');
const read = (file) => JSON.parse(readFileSync(resolve(repo, file), 'utf8'));
const schema = read(schemaFile);
// Formats are checked by pattern where zod gives one (dates); `uri` is left to the zod check.
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true, uri: true } });
const check = ajv.compile(schema);
const datasets = ['data/mlops.json', 'data/examples/sample-bubble.json'];

/** Ajv's `/terminology/3/insider` as the validator writes it: `terminology[3].insider`. */
const pathOf = (error) =>
  formatPath(
    error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  );

test('the JSON Schema compiles as draft 2020-12 and describes every field of the zod schema', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(ProfileSchema.shape).sort());
  assert.ok(!schema.required.includes('$schema') && !schema.required.includes('version') && !schema.required.includes('source'), 'optional fields stay optional');
});

test('the bundled and the sample dataset name the schema in $schema and pass it', () => {
  for (const file of datasets) {
    const data = read(file);
    assert.equal(resolve(dirname(resolve(repo, file)), data.$schema), resolve(repo, schemaFile), `${file} names ${schemaFile}`);
    assert.ok(check(data), `${file}: ${ajv.errorsText(check.errors)}`);
    assert.ok(validateProfile(data).ok, `${file} passes the zod schema too`);
  }
});

test('a broken copy fails both schemas at the same paths', () => {
  const data = read('data/mlops.json');
  data.version = 'v1';
  data.source.transcribed = '2026-13-01';
  data.terminology[3].insider = 42;
  delete data.personas[1].name;
  data.tools.items[2].tags = [];
  assert.equal(check(data), false);
  const result = validateProfile(data, Infinity);
  assert.ok(!result.ok);
  const zodPaths = new Set(result.errors.map((error) => error.split(': ')[0]));
  // Ajv names a missing property at its parent object; the zod check at the property itself.
  const ajvPaths = new Set(check.errors.map((error) => (error.keyword === 'required' ? `${pathOf(error)}.${error.params.missingProperty}` : pathOf(error))));
  assert.deepEqual([...ajvPaths].sort(), [...zodPaths].sort());
  assert.deepEqual([...zodPaths].sort(), ['personas[1].name', 'source.transcribed', 'terminology[3].insider', 'tools.items[2].tags', 'version']);
});
