/**
 * The bundled MLOps profile and typed lookups. Each module below imports one slice of the JSON
 * (`?slice=` modules, see vite.config.ts), and elements import the module they need rather than
 * this index, so a page with only <mlops-term> does not download the tool catalogue.
 * The JSON was validated against the schema at build time, which is why the casts are safe and
 * zod stays out of the runtime bundles.
 */
import type { Profile } from './types.js';

export type * from './types.js';
export { findByName, normalizeKey, slugify, suggestName } from './lookup.js';
export { bundledTerminology, findTerm, suggestTerm } from './terms.js';
export { bundledToolCatalogue, bundledTools, filterToolsByTags, findTool, suggestTool } from './tools.js';
export { bundledAge, bundledGender, bundledPlatforms, itemisedPercent } from './demographics.js';
export { bundledProfileId, bundledProfileName, bundledShortName } from './identity.js';
export { bundledFeedbackQuestion } from './feedback.js';

/** The whole bundled profile, loaded on demand, for tools and tests; elements import slices instead. */
export async function loadBundledProfile(): Promise<Profile> {
  const module = await import('../../data/mlops.json');
  return module.default as Profile;
}
