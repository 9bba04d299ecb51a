// `mlops-elements validate FILE…`: the bundled and the sample dataset pass; broken copies of them are
// reported problem by problem, each with its JSON path, and the command exits 1; a wrong command line
// exits 2. Runs the command on the TypeScript sources, and once through bin/ on the build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const runner = join(root, 'test/node/fixtures/render/cli-from-source.js');
const nodeArgs = process.execArgv.filter((arg) => !arg.startsWith('--test'));
const work = mkdtempSync(join(tmpdir(), 'mlops-validate-'));
after(() => rmSync(work, { recursive: true, force: true }));

const bundled = 'data/mlops.json';
const sample = 'data/examples/sample-bubble.json';
const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

function validate(...files) {
  const result = spawnSync(process.execPath, [...nodeArgs, runner, 'validate', ...files], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter(Boolean) };
}

/** A copy of a dataset, changed by `edit`, written to the temp folder. */
function brokenCopy(name, from, edit) {
  const data = read(from);
  edit(data);
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

test('the bundled dataset and the sample dataset are valid', () => {
  const { code, lines } = validate(bundled, sample);
  assert.deepEqual(lines, [`${bundled}: valid`, `${sample}: valid`, '2 files checked: all valid.']);
  assert.equal(code, 0);
});

test('a broken copy of the bundled dataset: every problem with its path, exit 1', () => {
  const file = brokenCopy('broken-mlops.json', bundled, (data) => {
    data.version = '1.0';
    data.source.transcribed = '26/11/2026';
    data.id = 'Not A Slug';
    data.terminology[3].insider = 42;
    delete data.personas[1].name;
    data.platforms.items[0].setting = 'hybrid';
    data.tools.items[2].tags = [];
    data.age[0].percent = 140;
  });
  const { code, lines } = validate(file);
  assert.equal(code, 1);
  assert.deepEqual(lines, [
    `${file}: version: expected a semantic version such as 1.0.0`,
    `${file}: source.transcribed: expected a date as YYYY-MM-DD`,
    `${file}: id: expected a lowercase-hyphenated slug`,
    `${file}: platforms.items[0].setting: expected one of "online" | "offline"`,
    `${file}: age[0].percent: expected a percentage ≤ 100`,
    `${file}: terminology[3].insider: expected string, received number`,
    `${file}: personas[1].name: expected string, but it is missing`,
    `${file}: tools.items[2].tags: expected at least one item`,
    '8 problems in 1 file of 1 file.',
  ]);
});

test('every problem is printed, however many (the element stops listing at 20)', () => {
  const file = brokenCopy('many.json', sample, (data) => {
    for (const term of data.terminology) term.explanation = '';
    for (const tool of data.tools.items) tool.description = '';
    for (const finding of data.keyFindings) finding.text = '';
  });
  const data = read(sample);
  const expected = [
    ...data.keyFindings.map((_, index) => `keyFindings[${index}].text: expected a non-empty string`),
    ...data.terminology.map((_, index) => `terminology[${index}].explanation: expected a non-empty string`),
    ...data.tools.items.map((_, index) => `tools.items[${index}].description: expected a non-empty string`),
  ];
  const { code, lines } = validate(file);
  assert.equal(code, 1);
  assert.deepEqual(
    lines.slice(0, -1),
    expected.map((problem) => `${file}: ${problem}`),
  );
  assert.equal(lines.at(-1), `${expected.length} problems in 1 file of 1 file.`);
});

test('a valid file beside a broken one is still reported valid; a file that is not JSON or not there is a problem', () => {
  const notJson = join(work, 'not.json');
  writeFileSync(notJson, '{ "id": "x", }');
  const missing = join(work, 'missing.json');
  const notObject = join(work, 'array.json');
  writeFileSync(notObject, '[]');
  const { code, lines } = validate(sample, notJson, missing, notObject);
  assert.equal(code, 1);
  assert.equal(lines[0], `${sample}: valid`);
  assert.match(lines[1], new RegExp(`^${notJson}: not JSON: `));
  assert.equal(lines[2], `${missing}: cannot be read (ENOENT)`);
  assert.equal(lines[3], `${notObject}: (root): expected object, received array`);
  assert.equal(lines.at(-1), '3 problems in 3 files of 4 files.');
});

test('a wrong command line exits 2 and says why; --help exits 0', () => {
  const none = validate();
  assert.equal(none.code, 2);
  assert.match(none.stderr, /name at least one FILE/);
  const unknown = validate('--fix', sample);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown option --fix/);
  const help = validate('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: mlops-elements validate FILE\.\.\./);
});

test('the package command (bin/, on the build) validates too', { skip: !existsSync(join(root, 'dist/render/cli.js')) && 'needs `npm run build`' }, () => {
  const file = brokenCopy('bin-broken.json', sample, (data) => (data.terminology[0].insider = ''));
  const result = spawnSync(process.execPath, [join(root, 'bin/mlops-elements.js'), 'validate', sample, file], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.deepEqual(result.stdout.split('\n').filter(Boolean), [
    `${sample}: valid`,
    `${file}: terminology[0].insider: expected a non-empty string`,
    '1 problem in 1 file of 2 files.',
  ]);
});
