/**
 * `mlops-elements validate FILE…`: checks community profile datasets (the shape of data/mlops.json,
 * described for editors by data/mlops.schema.json) and prints every problem, one line each, with the
 * JSON path of the field: `my-profile.json: terminology[3].insider: expected string, received number`.
 * Exit status 0 when every file is valid, 1 when any has a problem, 2 for a wrong command line.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateProfile } from './validate.js';

export const VALIDATE_HELP = `Usage: mlops-elements validate FILE...

Checks community profile datasets (JSON, the shape of the package's data/mlops.json; its JSON Schema
is data/mlops.schema.json, which a dataset can name in "$schema" for its editor) and prints every
problem with the JSON path of the field, one per line:

  my-profile.json: terminology[3].insider: expected string, received number

Exit status: 0 when every file is valid, 1 when any file has a problem, 2 for a wrong command line.

Options:
  -h, --help    show this help.
`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

/** The problems of one dataset file: unreadable, not JSON, or each field the schema rejects. */
export async function datasetProblems(file: string, cwd = process.cwd()): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    return [`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const result = validateProfile(data, Infinity);
  return result.ok ? [] : result.errors;
}

export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  if (argv.some((arg) => arg === '-h' || arg === '--help')) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const unknown = argv.find((arg) => arg.startsWith('-'));
  if (unknown || argv.length === 0) {
    io.stderr.write(`mlops-elements validate: ${unknown ? `unknown option ${unknown}` : 'name at least one FILE'} (see --help)\n`);
    return 2;
  }
  let invalid = 0;
  let problems = 0;
  for (const file of argv) {
    const found = await datasetProblems(file, io.cwd);
    if (found.length === 0) io.stdout.write(`${file}: valid\n`);
    for (const problem of found) io.stdout.write(`${file}: ${problem}\n`);
    if (found.length) invalid++;
    problems += found.length;
  }
  const files = (count: number) => `${count} file${count === 1 ? '' : 's'}`;
  io.stdout.write(
    invalid ? `\n${problems} problem${problems === 1 ? '' : 's'} in ${files(invalid)} of ${files(argv.length)}.\n` : `\n${files(argv.length)} checked: all valid.\n`,
  );
  return invalid ? 1 : 0;
}
