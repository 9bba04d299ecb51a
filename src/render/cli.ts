/// <reference types="node" />
/**
 * The `mlops-elements` command (package `bin`). Subcommands: `render`, `validate`
 * (../data/validate-command.ts) and `feedback-server` (the receiver, loaded only when asked for);
 * each subcommand is an entry of `commands` with its own help.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validateCommand } from '../data/validate-command.js';
import type { RenderOptions, RenderProblem } from './index.js';
import { MissingPeerError, explainMissingPeer } from './peer-dependencies.js';
import { InvalidProfileError } from './profile.js';

/** Where the command writes; the tests give their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  cwd: string;
}

/** A mistake in the command line or its files, reported in one line and exit code 2, before anything is written. */
class UsageError extends Error {}

const MAIN_HELP = `Usage: mlops-elements <command> [options]

Commands:
  render            expand the mlops-* elements of HTML pages into static HTML
  validate          check community profile datasets (JSON) and print every problem with its path
  feedback-server   receive <mlops-feedback> votes and serve their tallies

Run \`mlops-elements <command> --help\` for a command's options.
`;

const RENDER_HELP = `Usage: mlops-elements render [options] [FILE|DIR ...]

Expands every mlops-* element of the given pages into static HTML; everything outside those
elements stays byte for byte as written.

  FILE|DIR             HTML files, or folders whose .html files (at any depth) are all rendered,
                       such as Hugo's public/, Jekyll's _site/ or MkDocs' site/. Each is rewritten
                       in place (or under --out) atomically: a temporary file beside it, then a
                       rename, so a page is never half-written. Unchanged pages are not rewritten.
                       No paths: reads a page from standard input and writes it to standard output.

Options:
  --mode dsd|plain     dsd (default): the elements as declarative shadow DOM, shown before any script
                       runs and hydrated when it loads. plain: semantic HTML with no custom elements,
                       shadow roots, scripts or style sheets, for feeds, email and sanitising CMSs.
  --profile FILE       render with another dataset (JSON, same schema as data/mlops.json); checked
                       before any file is written, naming each bad field. Plain mode only.
  --lang LANG          the language of the elements' wording (default: each page's own lang),
                       from translations registered by a --strings module; numbers follow it too.
  --strings FILE       an ES module that calls registerStrings(lang, tables) from mlops-elements.
  --no-json-ld         leave out the <script type="application/ld+json"> with the page's terms and tools.
  --footnotes          plain mode: a numbered note for each term at the end of its <article>.
  --auto-terms first|all  wrap the glossary's phrases in the pages' text as terms (the first use of
                       each term in a page, or all), never in headings, links, code, nav or the elements.
  --glossary-href URL  with --auto-terms: each term links to its entry there (/glossary/#model-drift).
  --strict             exit with status 1 when any problem is found (files are still written).
  --out PATH           write here instead of in place: a file for one input file, else a folder
                       that mirrors the inputs' layout.
  --quiet              print problems and errors only, no summary.
  -h, --help           show this help.

Problems (an unknown tool, term or section, an invalid attribute) are printed as
  file:line:col message (did you mean …?)
and summed up at the end: rendered 412 files, 1,930 elements, 0 problems in 3.1 s

Exit status: 0 done; 1 problems found with --strict; 2 a bad option, profile or file.
`;

interface RenderArgs {
  options: RenderOptions;
  profileFile?: string;
  stringsFile?: string;
  strict: boolean;
  quiet: boolean;
  out?: string;
  paths: string[];
  help: boolean;
}

function parseRenderArgs(argv: readonly string[]): RenderArgs {
  const args: RenderArgs = { options: {}, strict: false, quiet: false, paths: [], help: false };
  const value = (index: number, flag: string) => {
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  for (let index = 0; index < argv.length; index++) {
    const [flag, inline] = argv[index].startsWith('--') && argv[index].includes('=') ? argv[index].split(/=(.*)/s, 2) : [argv[index], undefined];
    const take = () => inline ?? value(index++, flag);
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--mode': {
        const mode = take();
        if (mode !== 'dsd' && mode !== 'plain') throw new UsageError(`--mode takes dsd or plain, not "${mode}"`);
        args.options.mode = mode;
        break;
      }
      case '--profile':
        args.profileFile = take();
        break;
      case '--lang':
        args.options.lang = take();
        break;
      case '--strings':
        args.stringsFile = take();
        break;
      case '--no-json-ld':
        args.options.jsonLd = false;
        break;
      case '--footnotes':
        args.options.footnotes = true;
        break;
      case '--auto-terms': {
        const setting = take();
        if (setting !== 'first' && setting !== 'all') throw new UsageError(`--auto-terms takes first or all, not "${setting}"`);
        args.options.autoTerms = setting;
        break;
      }
      case '--glossary-href':
        args.options.glossaryHref = take();
        break;
      case '--strict':
        args.strict = true;
        break;
      case '--quiet':
        args.quiet = true;
        break;
      case '--out':
        args.out = take();
        break;
      case '--':
        args.paths.push(...argv.slice(index + 1));
        index = argv.length;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag} (see --help)`);
        args.paths.push(flag);
    }
  }
  return args;
}

/** The dataset of `--profile`, checked: a UsageError names the file and each bad field. */
function readProfile(file: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--profile ${file}: ${(error as Error).message}`);
  }
  return data;
}

/** Every `.html` file under a folder, in a stable order; hidden folders and node_modules are skipped. */
async function htmlFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await htmlFiles(path)));
    } else if (entry.isFile() && entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** One page to render: where it is read from and where it is written. */
interface Job {
  input: string;
  output: string;
}

async function plan(paths: readonly string[], out: string | undefined, cwd: string): Promise<Job[]> {
  const jobs: Job[] = [];
  const single = paths.length === 1 && existsSync(resolve(cwd, paths[0])) && statSync(resolve(cwd, paths[0])).isFile();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute)) throw new UsageError(`${path}: no such file or folder`);
    if (statSync(absolute).isDirectory()) {
      for (const file of await htmlFiles(absolute)) jobs.push({ input: file, output: out ? join(resolve(cwd, out), relative(absolute, file)) : file });
    } else {
      const toFolder = out && (!single || out.endsWith('/') || (existsSync(resolve(cwd, out)) && statSync(resolve(cwd, out)).isDirectory()));
      jobs.push({ input: absolute, output: out ? (toFolder ? join(resolve(cwd, out), basename(absolute)) : resolve(cwd, out)) : absolute });
    }
  }
  return jobs;
}

/** Temporary files being written, removed if the process is stopped meanwhile. */
const pending = new Set<string>();

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder (so the rename
 * stays on one file system), which then replaces the target. A reader sees the old page or the new
 * one, never half of one; on failure the temporary file is removed and the target left as it was.
 */
export async function writeAtomically(target: string, content: string, renameFile: typeof rename = rename): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await renameFile(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

function removePending(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already renamed or never created.
    }
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** A path as the user gave it: relative to the working folder when it is inside it, else absolute. */
function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') ? inside : path;
}

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function problemLine(where: string, problem: RenderProblem): string {
  return `${where}:${problem.line}:${problem.col} ${problem.message}${problem.suggestion ? ` (did you mean ${problem.suggestion}?)` : ''}\n`;
}

async function renderCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseRenderArgs(argv);
  if (args.help) {
    io.stdout.write(RENDER_HELP);
    return 0;
  }
  // The renderer is loaded here, not with the command line: `validate` and `feedback-server` need none of its packages.
  const { checkOptions, renderDocument } = await import('./index.js').catch((error: unknown) => {
    throw explainMissingPeer(error, 'rendering');
  });
  // Everything that can be wrong with the options is found before the first page is written.
  if (args.profileFile) args.options.profile = readProfile(resolve(io.cwd, args.profileFile));
  try {
    checkOptions(args.options);
  } catch (error) {
    if (error instanceof InvalidProfileError) throw new UsageError(`--profile ${args.profileFile}: ${error.message}`);
    throw new UsageError((error as Error).message);
  }
  if (args.stringsFile) await import(pathToFileURL(resolve(io.cwd, args.stringsFile)).href);

  const started = performance.now();
  let problems = 0;
  if (!args.paths.length) {
    const result = await renderDocument(await readStream(io.stdin), args.options);
    if (args.out) await writeAtomically(resolve(io.cwd, args.out), result.html);
    else io.stdout.write(result.html);
    for (const problem of result.problems) io.stderr.write(problemLine('<stdin>', problem));
    problems = result.problems.length;
  } else {
    let elements = 0;
    const jobs = await plan(args.paths, args.out, io.cwd);
    const progress = io.stderr.isTTY && !args.quiet;
    let done = 0;
    inLoop = true;
    for (const [index, job] of jobs.entries()) {
      if (stopSignal) break;
      if (progress) io.stderr.write(`\r\x1b[Krendering ${index + 1}/${jobs.length} ${shownPath(io.cwd, job.input)}`);
      const source = await readFile(job.input, 'utf8');
      const result = await renderDocument(source, args.options);
      if (result.html !== source || job.output !== job.input) {
        if (job.output !== job.input) await mkdir(dirname(job.output), { recursive: true });
        await writeAtomically(job.output, result.html);
      }
      if (progress && result.problems.length) io.stderr.write('\r\x1b[K');
      for (const problem of result.problems) io.stderr.write(problemLine(shownPath(io.cwd, job.input), problem));
      problems += result.problems.length;
      elements += result.elements;
      done++;
    }
    inLoop = false;
    if (progress) io.stderr.write('\r\x1b[K');
    if (!args.quiet || stopSignal) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const stopped = stopSignal ? ` (stopped by ${stopSignal}: ${count(jobs.length - done, 'file')} left as they were)` : '';
      io.stderr.write(`rendered ${count(done, 'file')}, ${count(elements, 'element')}, ${count(problems, 'problem')} in ${seconds} s${stopped}\n`);
    }
    if (stopSignal) return stopSignal === 'SIGINT' ? 130 : 143;
  }
  return args.strict && problems ? 1 : 0;
}

const commands: Record<string, (argv: readonly string[], io: CliIo) => Promise<number>> = {
  render: renderCommand,
  validate: validateCommand,
  'feedback-server': async (argv, io) => (await import('../receiver/cli.js')).feedbackServer(argv, io),
};

/** Runs the command line; resolves to the exit status. */
export async function main(
  argv: readonly string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() },
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help') {
    io.stdout.write(MAIN_HELP);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`mlops-elements: unknown command "${name}"\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const known = error instanceof UsageError || error instanceof MissingPeerError;
    io.stderr.write(`mlops-elements ${name}: ${known ? error.message : ((error as Error).stack ?? String(error))}\n`);
    return 2;
  }
}

let inLoop = false;
let stopSignal: NodeJS.Signals | undefined;

/**
 * On SIGINT or SIGTERM during a run over files, the page being written is finished and the run
 * stops there: every page is the old one or the new one, and no temporary file is left. A second
 * signal, or one outside that loop, stops at once (removing any temporary file).
 */
export function stopCleanlyOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (inLoop && !stopSignal) {
        stopSignal = signal;
        return;
      }
      removePending();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
