/** The bundled dataset's record of what its source leaves out, for the profile page's "About this data" note. */
import { seedGaps } from './bundled/seed-gaps.js';
import type { Profile } from './types.js';

export const bundledSeedGaps: Profile['seedGaps'] = seedGaps;
