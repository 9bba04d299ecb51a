import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the define modules import Lit's hydration support, and what the npm build gives them instead. */
export const hydrationSupport = {
  importer: 'src/internal/define-lit-element.ts',
  specifier: './hydrate-support.js',
  replacement: 'src/internal/hydrate-support-hint.ts',
} as const;

/**
 * The npm build's swap of Lit's hydration support for a hint. The CDN files carry the support (a chunk loaded
 * only by pages with prerendered elements); in the npm build its package, @lit-labs/ssr-client, is an optional
 * peer dependency, and an app's bundler fails on an import it cannot resolve, even one never run. So there the
 * define modules import ./hydrate-support-hint.ts, and an app that prerenders imports
 * `mlops-elements/hydrate-support` (the support itself, an entry of the build) before the elements.
 */
export function hydrationOptIn(root: string): Plugin {
  const importer = resolve(root, hydrationSupport.importer);
  const replacement = resolve(root, hydrationSupport.replacement);
  return {
    name: 'mlops-hydration-opt-in',
    enforce: 'pre',
    resolveId(source, from) {
      return source === hydrationSupport.specifier && from !== undefined && resolve(from.replace(/\?.*$/, '')) === importer ? replacement : null;
    },
  };
}
