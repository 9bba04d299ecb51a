// `npm run check:package` (after `npm run build`): the package as npm would publish it, judged by the
// ecosystem's checkers. It packs once (`npm pack`, lifecycle scripts off) and then:
//   a) lists the tarball's files and fails on any file that is not one we mean to ship (source maps,
//      sources, tests, stray build output) or on a public file that is missing (exports, bin, and each
//      registry element's registration module, class module and CDN file);
//   b) runs publint on the tarball (strict: its warnings count as errors);
//   c) runs @arethetypeswrong/cli (attw) on the tarball with the `esm-only` profile. The package is ESM
//      only ("type": "module", no `require` condition, Node >= 20.19 loads it from CommonJS through
//      require(esm)), so the `node10` and `node16 (from CJS)` rows describe a consumer it does not
//      support; `node16 (from ESM)` and `bundler` are checked. The wildcard subpaths (`define/*`,
//      `elements/*`), which attw cannot enumerate, are checked for every registry element.
// Prints what each step found; exits 1 when any fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

register('./lib/ts-hooks.js', import.meta.url);
const { elements } = await import('../src/registry.ts');

const root = resolve(import.meta.dirname, '..');

/**
 * Every file the package means to ship, as patterns over its packed paths. npm adds package.json,
 * README.md and LICENSE itself; the rest comes from `files` in package.json. Anything else in the
 * tarball is a mistake this list is here to catch.
 */
export const intendedFiles = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^bin\/mlops-elements\.js$/,
  /^data\/mlops(\.schema)?\.json$/,
  /^custom-elements\.json$/,
  /^web-types\.json$/,
  /^vscode\.(html|css)-custom-data\.json$/,
  /^dist\/(?!.*\.test\.)[\w@.\-/]+\.(js|d\.ts)$/,
  // The CDN files' sha384 hashes (Subresource Integrity) and the licences of the packages bundled into them.
  /^dist\/cdn\/(integrity|third-party-licenses)\.json$/,
  // Each element's box before it is defined (build/reserved-boxes.ts), for the page's <head>.
  /^dist\/cdn\/mlops-elements\.css$/,
];

/** Subpath of the package → the file it must reach, for the subpaths the package promises per element. */
export function elementFiles(entries = elements) {
  const files = [];
  for (const entry of entries) {
    const [, folder, name] = /^elements\/([^/]+)\/([^/]+)$/.exec(entry.module) ?? [];
    files.push(`dist/define/${entry.tag}.js`, `dist/define/${entry.tag}.d.ts`, `dist/cdn/${entry.tag}.js`);
    if (folder) files.push(`dist/elements/${folder}/${name}.js`, `dist/elements/${folder}/${name}.d.ts`);
  }
  return files;
}

/** The concrete files `exports` and `bin` point at (wildcard targets are covered by elementFiles). */
export function promisedFiles(pkg) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') for (const each of Object.values(value)) collect(each);
  };
  collect(pkg.exports);
  collect(pkg.bin);
  return targets.filter((target) => !target.includes('*')).map((target) => posix.normalize(target));
}

/** What is wrong with a packed file list: files nobody meant to ship, and promised files that are missing. */
export function packageFileProblems(files, pkg, entries = elements) {
  const problems = [];
  const packed = new Set(files);
  for (const file of files) if (!intendedFiles.some((pattern) => pattern.test(file))) problems.push(`${file}: packed, but not a file the package means to ship`);
  for (const file of new Set([...promisedFiles(pkg), ...elementFiles(entries)]))
    if (!packed.has(file)) problems.push(`${file}: promised by package.json or the registry, but not packed`);
  return problems;
}

/** The subpaths attw checks besides the ones it finds itself: the wildcard subpaths, for each element. */
export function wildcardEntrypoints(entries = elements) {
  return entries.flatMap((entry) => [`./define/${entry.tag}`, `./elements/${entry.module.split('/')[1]}`]);
}

/**
 * The rows of attw's ascii report that fail: `"subpath" resolution: problem`, leaving out the rows the
 * profile ignores; attw's own explanation of each problem kind comes first.
 */
export function attwFailures(output) {
  const [preamble, ...blocks] = output.split(/^\*{10,}$/m);
  const explanations = preamble
    .split('\n')
    .filter((line) => /https:\/\//.test(line) && !line.startsWith('(ignored'))
    .map((line) => line.trim());
  const rows = blocks.flatMap((block) => {
    const subpath = /^"([^"]+)"$/m.exec(block)?.[1];
    return block
      .split('\n')
      .filter((line) => /^[\w ()]+: /.test(line) && !line.includes('(ignored)') && !/: (OK\b|\(wildcard\))/.test(line))
      .map((line) => `"${subpath}" ${line.trim()}`);
  });
  return [...explanations, ...rows];
}

function run(command, args, cwd) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', FORCE_COLOR: '0' } });
}

/** Packs the repo into `destination`; returns the tarball's path and its file list. */
export function pack(destination) {
  const result = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], root);
  if (result.status !== 0) throw new Error(`npm pack failed (exit ${result.status}):\n${result.stderr}`);
  const [{ filename, files }] = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
  return { tarball: join(destination, filename), files: files.map((file) => file.path) };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'mlops-package-'));
  let failed = 0;
  const report = (name, problems, detail = '') => {
    console.log(`${problems.length === 0 ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
    for (const problem of problems) console.log(`    ${problem}`);
    if (problems.length) failed++;
  };
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const { tarball, files } = pack(work);
    report('packed files: only intended ones, none missing', packageFileProblems(files, pkg), `${files.length} files`);

    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const bytes = readFileSync(tarball);
    const { messages } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, strict: true });
    report(
      'publint (strict)',
      messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false })}`),
      messages.length === 0 ? 'no messages' : '',
    );

    const attw = run(
      join(root, 'node_modules/.bin/attw'),
      [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color', '--include-entrypoints', ...wildcardEntrypoints()],
      root,
    );
    const failures = attwFailures(`${attw.stdout}${attw.stderr}`);
    const attwProblems = attw.status === 0 ? [] : failures.length ? failures : [`exit ${attw.status}: ${attw.stderr.trim()}`];
    report('@arethetypeswrong/cli --profile esm-only (node16 from ESM, bundler)', attwProblems, attw.status === 0 ? 'no problems' : '');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(failed ? `\n${failed} package check${failed === 1 ? '' : 's'} failed.` : '\nThe package passes every check.');
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
