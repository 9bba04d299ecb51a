import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** The file, in the CDN folder, that lists each file's Subresource Integrity hash. */
export const integrityFile = 'integrity.json';

/** `sha384-…` of a file's bytes, as a script tag's `integrity` attribute and an import map's `integrity` take it. */
export const sri = (bytes: Uint8Array): string => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every JavaScript file under `dir` (entries and chunks; source maps are not loaded by a page), by path relative to `dir`, with its hash. */
export function integrityOf(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.js'))
    .sort();
  return Object.fromEntries(files.map((file) => [file, sri(readFileSync(join(dir, file)))]));
}

/**
 * Writes `integrity.json` into the CDN folder after each CDN pass, from the files on disk, so that the last
 * pass leaves the hashes of every pass's files: `{ "mlops-term.js": "sha384-…", "chunks/core-….js": "sha384-…" }`.
 */
export function cdnIntegrity(): Plugin {
  let outDir = '';
  return {
    name: 'mlops-cdn-integrity',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle() {
      writeFileSync(join(outDir, integrityFile), `${JSON.stringify(integrityOf(outDir), null, 2)}\n`);
      this.info(`${integrityFile}: sha384 of every file in ${relative(process.cwd(), outDir) || '.'}`);
    },
  };
}
