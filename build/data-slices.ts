import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * `import { terminology } from '…/mlops.json?slice=terminology'` becomes a module of that one key,
 * so the bundler can place each slice in the chunk of the entries that use it: a page with only
 * <mlops-term> does not download the tool catalogue. `&omit=a,b` leaves those fields out at any
 * depth, for an element that needs less of a slice than the data API exports (the chart draws
 * platform shares, not their descriptions).
 */
export function dataSlices(): Plugin {
  const prefix = '\0mlops-slice:';
  return {
    name: 'mlops-data-slices',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*\.json)\?slice=([A-Za-z]\w*)(?:&omit=(\w+(?:,\w+)*))?$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1], importer, { skipSelf: true });
      // The id must not end in .json, or Vite's JSON plugin would transform it again.
      return file && `${prefix}${match[2]}:${match[3] ?? ''}:${file.id}.js`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const [key, omit, ...rest] = id.slice(prefix.length).split(':');
      const file = rest.join(':').replace(/\.js$/, '');
      this.addWatchFile(file);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      if (!(key in data)) this.error(`${file} has no top-level "${key}"`);
      const omitted = new Set(omit ? omit.split(',') : []);
      return `export const ${key} = ${JSON.stringify(data[key], (field, value) => (omitted.has(field) ? undefined : value))};`;
    },
  };
}
