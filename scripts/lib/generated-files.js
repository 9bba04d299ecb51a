// What the two generators (`npm run generate`, `npm run generate:data`) share: comparing the files
// they would write with the repository, and writing them, or with `--check` only naming what differs.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

const byPath = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What differs between the repository and `files` (path relative to the repo → contents): `[path, reason]`,
 * including files in `ownedDir` that the generator no longer makes (`source` names what they come from).
 */
export function differences(files, { ownedDir, source }) {
  const found = [];
  for (const [file, text] of files) {
    const path = resolve(root, file);
    if (!existsSync(path)) found.push([file, 'missing']);
    else if (readFileSync(path, 'utf8') !== text) found.push([file, 'out of date']);
  }
  const dir = resolve(root, ownedDir);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const file = `${ownedDir}/${name}`;
    if (!files.has(file)) found.push([file, `not generated from ${source} (remove it)`]);
  }
  return found.sort(byPath);
}

/**
 * Writes the generated files, or with `check` only names those that differ; returns the exit code.
 * A stray file in `ownedDir` is removed only when it starts with `header` (the generator wrote it):
 * anything else there is someone's work.
 */
export function writeGenerated(files, { check, ownedDir, source, header, noun, command }) {
  const found = differences(files, { ownedDir, source });
  if (check) {
    for (const [file, reason] of found) console.error(`${file}: ${reason}`);
    if (found.length) {
      console.error(`\n${found.length} ${noun}${found.length === 1 ? '' : 's'} differ${found.length === 1 ? 's' : ''} from ${source}: run \`${command}\`.`);
      return 1;
    }
    console.log(`All ${files.size} ${noun}s match ${source}.`);
    return 0;
  }
  let code = 0;
  mkdirSync(resolve(root, ownedDir), { recursive: true });
  for (const [file, reason] of found) {
    const path = resolve(root, file);
    if (files.has(file)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, files.get(file));
    } else if (readFileSync(path, 'utf8').startsWith(header)) rmSync(path);
    else {
      console.error(`${file}: ${reason}`);
      code = 1;
      continue;
    }
    console.log(`${files.has(file) ? 'wrote' : 'removed'} ${file}`);
  }
  if (!found.length) console.log(`All ${files.size} ${noun}s were already up to date.`);
  return code;
}
