// The `mlops-elements render` command: stdin to stdout, folders in place or under --out, the summary
// line, --strict, a bad --profile (nothing written), and an interrupted run (no half-written page).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeAtomically } from '../../src/render/cli.ts';
import { renderHtml } from './fixtures/render/helpers.js';

const root = new URL('../..', import.meta.url).pathname;
const runner = join(root, 'test/node/fixtures/render/cli-from-source.js');
// The child runs the sources with the same module hooks as this test (the TypeScript loader).
const nodeArgs = process.execArgv.filter((arg) => !arg.startsWith('--test'));
const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function tempFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'mlops-render-'));
  folders.push(folder);
  return folder;
}

/** Runs the command; resolves to its exit code and output. `onStart` gets the child (to signal it). */
function cli(args, { input = '', onStart } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, runner, ...args], { cwd: root, stdio: 'pipe', env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(input);
    onStart?.(child);
  });
}

const page = (body) => `<!doctype html>\n<html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>\n`;
const files = (folder) => readdirSync(folder, { recursive: true }).map(String).sort();

test('--help documents every option', async () => {
  const { code, stdout } = await cli(['render', '--help']);
  assert.equal(code, 0);
  for (const option of [
    '--mode dsd|plain',
    '--profile FILE',
    '--lang',
    '--no-json-ld',
    '--footnotes',
    '--auto-terms first|all',
    '--glossary-href URL',
    '--strict',
    '--out PATH',
    'FILE|DIR',
  ])
    assert.ok(stdout.includes(option), option);
  const top = await cli(['--help']);
  assert.match(top.stdout, /render +expand the mlops-\* elements/);
  const unknown = await cli(['serve']);
  assert.equal(unknown.code, 2);
});

test('no paths: standard input to standard output, problems on standard error', async () => {
  const { code, stdout, stderr } = await cli(['render', '--mode', 'plain', '--no-json-ld'], {
    input: '<p>a</p>\n<mlops-tool-card tool="mlflwo"></mlops-tool-card>\n<mlops-tool-card tool="feast"></mlops-tool-card>',
  });
  assert.equal(code, 0);
  assert.match(stdout, /^<p>a<\/p>\n<p>No tool called “mlflwo” in this profile\. Did you mean MLflow\?<\/p>\n<article><h3>Feast<\/h3>/);
  assert.equal(stderr, '<stdin>:2:1 No tool called “mlflwo” in this profile. (did you mean MLflow?)\n');
});

test('--auto-terms wraps the pages’ glossary phrases, linked with --glossary-href (Hugo, Jekyll, MkDocs output)', async () => {
  const input = '<h1>Model drift</h1>\n<p>We saw model drift in two feature stores, then model drift again.</p>';
  const { code, stdout } = await cli(['render', '--mode', 'plain', '--no-json-ld', '--auto-terms', 'first', '--glossary-href', '/glossary/'], { input });
  assert.equal(code, 0);
  assert.equal((stdout.match(/<dfn>/g) ?? []).length, 2);
  assert.match(stdout, /^<h1>Model drift<\/h1>/);
  assert.match(stdout, /<a href="\/glossary\/#feature-store" data-mlops-glossary-link>feature stores<\/a>/);
  const dsd = await cli(['render', '--no-json-ld', '--auto-terms', 'all'], { input });
  assert.equal((dsd.stdout.match(/<mlops-term term="model-drift">/g) ?? []).length, 2);
  assert.equal((await cli(['render', '--auto-terms', 'some'], { input })).code, 2);
});

test('a folder: every .html under it rendered in place, unchanged pages untouched, one summary line', async () => {
  const folder = tempFolder();
  mkdirSync(join(folder, 'posts/deep'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), page('<mlops-tool-grid tag="Feature Store"></mlops-tool-grid>'));
  writeFileSync(join(folder, 'posts/deep/post.html'), page('<p><mlops-term>model drift</mlops-term>, <mlops-term>modle drift</mlops-term></p>'));
  writeFileSync(join(folder, 'posts/plain.html'), page('<p>nothing to do</p>'));
  writeFileSync(join(folder, 'posts/notes.txt'), '<mlops-term>model drift</mlops-term>');
  const untouched = statSync(join(folder, 'posts/plain.html')).mtimeMs;
  const { code, stderr } = await cli(['render', '--mode=plain', folder]);
  assert.equal(code, 0);
  const lines = stderr.trim().split('\n');
  assert.match(lines[0], /^\/.*\/posts\/deep\/post\.html:3:42 <mlops-term>: no term matches “modle drift”\. \(did you mean Model Drift\?\)$/);
  assert.match(lines[1], /^rendered 3 files, 3 elements, 1 problem in \d+\.\d s$/);
  assert.equal(lines.length, 2);
  assert.match(readFileSync(join(folder, 'index.html'), 'utf8'), /<article><h3>Feast<\/h3>/);
  assert.match(readFileSync(join(folder, 'posts/deep/post.html'), 'utf8'), /<dfn><abbr title="Model Drift: /);
  assert.equal(readFileSync(join(folder, 'posts/notes.txt'), 'utf8'), '<mlops-term>model drift</mlops-term>');
  assert.equal(statSync(join(folder, 'posts/plain.html')).mtimeMs, untouched);
  assert.deepEqual(files(folder), ['index.html', 'posts', 'posts/deep', 'posts/deep/post.html', 'posts/notes.txt', 'posts/plain.html'], 'no temporary file left');

  // Plain mode took the unknown term out; a new page brings a problem again.
  assert.equal((await cli(['render', '--strict', folder])).code, 0, '--strict without problems: exit status 0');
  writeFileSync(join(folder, 'posts/new.html'), page('<mlops-section section="nope"></mlops-section>'));
  const strict = await cli(['render', '--strict', folder]);
  assert.equal(strict.code, 1, '--strict: a problem is exit status 1');
  assert.match(strict.stderr, /posts\/new\.html:3:1 No section called “nope”/);
});

test('--out mirrors the folder elsewhere and leaves the originals alone', async () => {
  const folder = tempFolder();
  const out = join(tempFolder(), 'site');
  mkdirSync(join(folder, 'a'));
  const original = page('<mlops-demographics chart="gender"></mlops-demographics>');
  writeFileSync(join(folder, 'a/chart.html'), original);
  const { code } = await cli(['render', '--mode', 'dsd', '--out', out, folder]);
  assert.equal(code, 0);
  assert.equal(readFileSync(join(folder, 'a/chart.html'), 'utf8'), original);
  assert.match(readFileSync(join(out, 'a/chart.html'), 'utf8'), /<mlops-demographics\s+chart="gender"><template shadowroot="open" shadowrootmode="open">/);
});

test('an invalid --profile fails before any page is written, naming the bad field', async () => {
  const folder = tempFolder();
  const original = page('<mlops-tool-card tool="feast"></mlops-tool-card>');
  writeFileSync(join(folder, 'one.html'), original);
  const profile = JSON.parse(readFileSync(join(root, 'data/mlops.json'), 'utf8'));
  profile.tools.items[1].tags = 'MLOps';
  writeFileSync(join(folder, 'profile.json'), JSON.stringify(profile));
  const { code, stderr } = await cli(['render', '--mode', 'plain', '--profile', join(folder, 'profile.json'), folder]);
  assert.equal(code, 2);
  assert.match(stderr, /--profile .*profile\.json: the profile does not match the schema:\n +tools\.items\[1\]\.tags: expected array, received string/);
  assert.equal(readFileSync(join(folder, 'one.html'), 'utf8'), original);
  const notJson = await cli(['render', '--mode', 'plain', '--profile', join(root, 'test/fixtures/not-json.json'), folder]);
  assert.equal(notJson.code, 2);
  assert.equal(readFileSync(join(folder, 'one.html'), 'utf8'), original);
  assert.deepEqual(files(folder), ['one.html', 'profile.json']);
});

test('a run stopped midway leaves every page either as it was or fully rendered, and no temporary file', async () => {
  const folder = tempFolder();
  const original = page('<mlops-profile-page></mlops-profile-page>\n<mlops-glossary></mlops-glossary>');
  const rendered = await renderHtml(original, { mode: 'plain' });
  const count = 200;
  for (let index = 0; index < count; index++) writeFileSync(join(folder, `page-${String(index).padStart(3, '0')}.html`), original);
  const result = await cli(['render', '--mode', 'plain', folder], {
    onStart: (child) => {
      // Stop it as soon as the first page has been replaced.
      const poll = setInterval(() => {
        if (readFileSync(join(folder, 'page-000.html'), 'utf8') !== original) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 5);
      child.on('close', () => clearInterval(poll));
    },
  });
  assert.equal(result.code, 143, result.stderr);
  assert.match(result.stderr, /rendered \d+ files, .* \(stopped by SIGTERM: \d+ files left as they were\)/);
  const names = files(folder);
  assert.equal(names.length, count, `no temporary file: ${names.filter((name) => !name.startsWith('page-'))}`);
  let done = 0;
  for (const name of names) {
    const content = readFileSync(join(folder, name), 'utf8');
    assert.ok(content === original || content === rendered, `${name} is whole`);
    if (content === rendered) done++;
  }
  assert.ok(done >= 1 && done < count, `stopped midway (${done} of ${count} rendered)`);
});

test('an atomic write that fails at the rename leaves the target as it was and no temporary file', async () => {
  const folder = tempFolder();
  const target = join(folder, 'page.html');
  writeFileSync(target, 'old');
  const failingRename = async () => {
    throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
  };
  await assert.rejects(writeAtomically(target, 'new', failingRename), /simulated/);
  assert.equal(readFileSync(target, 'utf8'), 'old');
  assert.deepEqual(files(folder), ['page.html']);
  await writeAtomically(target, 'new', rename);
  assert.equal(readFileSync(target, 'utf8'), 'new');
  assert.deepEqual(files(folder), ['page.html']);
});
