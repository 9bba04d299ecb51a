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

/**
 * Writes `third-party-licenses.json` beside the CDN files: each package whose code a CDN file carries, its
 * version, licence and licence text, and which files carry it. The minifier drops the packages' licence
 * comments, and keeping them in every file would cost bytes the size budgets do not have; the notices travel
 * in this one file instead. Each CDN pass adds its files to what an earlier pass wrote.
 */
export function thirdPartyLicenses(): Plugin {
  let outDir = '';
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
        // Only modules that left code in the file: a package's index that just re-exports (lit's) carries nothing.
        for (const [id, module] of Object.entries(output.modules)) {
          if (!module.renderedLength) continue;
          const found = packageOf(id);
          if (!found) continue;
          const known = packages[found.name] ?? { ...describePackage(found.dir), files: [] };
          packages[found.name] = { ...known, files: [...new Set([...known.files, output.fileName])].sort() };
        }
      }
      const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)));
      this.emitFile({ type: 'asset', fileName: licensesFile, source: `${JSON.stringify(sorted, null, 2)}\n` });
    },
  };
}
