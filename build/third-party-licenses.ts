import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The file, in the CDN folder, that names every package bundled into the CDN files, with its licence. */
export const licensesFile = 'third-party-licenses.json';

export interface BundledPackage {
  readonly version: string;
  readonly license: string;
  /** The CDN files that carry some of its code. */
  readonly files: readonly string[];
  /** Its licence file, whose notice the licence asks to keep with copies. */
  readonly text: string;
}

const nodeModules = '/node_modules/';

/** The package a module id belongs to (`@lit/context`, `lit-html`) and its folder, or undefined for the project's own modules. */
export function packageOf(id: string): { name: string; dir: string } | undefined {
  const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
  const at = path.lastIndexOf(nodeModules);
  if (at < 0) return undefined;
  const parts = path.slice(at + nodeModules.length).split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return { name, dir: path.slice(0, at + nodeModules.length + name.length) };
}

function describePackage(dir: string): Omit<BundledPackage, 'files'> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
  const licenseFile = readdirSync(dir).find((file) => /^licen[cs]e(\.md|\.txt)?$/i.test(file));
  return { version: manifest.version, license: manifest.license ?? 'UNKNOWN', text: licenseFile ? readFileSync(join(dir, licenseFile), 'utf8') : '' };
}

/** Who holds a licence text's copyright: `Google LLC` from "Copyright (c) 2017 Google LLC. All rights reserved." */
export function copyrightHolder(text: string): string | undefined {
  const notice = /^\s*Copyright\s+(?:\(c\)\s*|©\s*)?(?:\d{4}(?:\s*[-–,]\s*\d{4})*\s+)?(.+?)\.?(?:\s+All rights reserved\.?)?\s*$/im.exec(text);
  return notice?.[1];
}

/**
 * The licence comment a CDN file starts with: each package whose code it carries, by licence and copyright
 * holder (the full texts are in the licences file beside it, which the docs name). A `/*!` comment, which
 * minifiers and CDNs keep. Short, since every file of an entry's graph pays for its own in the size budget.
 */
export function licenceComment(packages: readonly { name: string; license: string; text: string }[]): string {
  if (!packages.length) return '';
  const groups = new Map<string, string[]>();
  for (const { name, license, text } of [...packages].sort((a, b) => a.name.localeCompare(b.name))) {
    const key = `${license} (c) ${copyrightHolder(text) ?? 'its authors'}`;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  // A package's text cannot end the comment early.
  const body = [...groups].map(([key, names]) => `${names.join(' ')} ${key}`).join('; ');
  return `/*! ${body.replaceAll('*/', '* /')} */`;
}

/**
 * Puts `line` before a minified chunk's code (the minifier has dropped the packages' own licence comments by
 * now), and one empty line before the mappings of its source map (made already, an asset of the bundle),
 * which keeps the map true.
 */
export function prependLine(chunk: { code: string }, map: { source: string | Uint8Array } | undefined, line: string): void {
  if (!line) return;
  chunk.code = `${line}\n${chunk.code}`;
  if (!map) return;
  const parsed = JSON.parse(typeof map.source === 'string' ? map.source : new TextDecoder().decode(map.source)) as { mappings: string };
  map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
}

/**
 * Writes `third-party-licenses.json` beside the CDN files: each package whose code a CDN file carries, its
 * version, licence and licence text, and which files carry it. The minifier drops the packages' licence
 * comments, and keeping them in every file would cost bytes the size budgets do not have; the notices travel
 * in this one file instead, and each file starts with a one-line comment naming its packages, their licences and
 * this file. Each CDN pass adds its files to what an earlier pass wrote.
 */
export function thirdPartyLicenses(): Plugin {
  let outDir = '';
  const described = new Map<string, Omit<BundledPackage, 'files'>>();
  const describe = (dir: string) => described.get(dir) ?? described.set(dir, describePackage(dir)).get(dir)!;
  return {
    name: 'mlops-third-party-licenses',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      const previous = join(outDir, licensesFile);
      const packages: Record<string, BundledPackage> = existsSync(previous) ? JSON.parse(readFileSync(previous, 'utf8')) : {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const carried = new Map<string, { name: string; license: string; text: string }>();
        // Only modules that left code in the file: a package's index that just re-exports (lit's) carries nothing.
        for (const [id, module] of Object.entries(output.modules)) {
          if (!module.renderedLength) continue;
          const found = packageOf(id);
          if (!found) continue;
          const known = packages[found.name] ?? { ...describe(found.dir), files: [] };
          packages[found.name] = { ...known, files: [...new Set([...known.files, output.fileName])].sort() };
          carried.set(found.name, { name: found.name, ...known });
        }
        const map = bundle[`${output.fileName}.map`];
        prependLine(output, map?.type === 'asset' ? map : undefined, licenceComment([...carried.values()]));
      }
      const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: licensesFile, source: `${JSON.stringify(sorted, null, 2)}\n` });
    },
  };
}
