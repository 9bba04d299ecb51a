import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateProfile } from '../src/data/validate.ts';

/**
 * Checks the bundled dataset against the zod schema before anything is built, so a bad field stops the
 * build with its path instead of shipping, and the runtime bundles need not carry zod.
 */
export function validateDataset(file: string): Plugin {
  return {
    name: 'mlops-validate-dataset',
    buildStart() {
      const result = validateProfile(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok) this.error(`${file} does not match the schema:\n  ${result.errors.join('\n  ')}`);
    },
  };
}
