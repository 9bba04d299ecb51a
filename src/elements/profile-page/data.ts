/** The bundled dataset's record of what its source leaves out, for the page's "About this data" note. */
import { seedGaps } from '../../../data/mlops.json?slice=seedGaps';
import type { Profile } from '../../data/types.js';

export const bundledSeedGaps = seedGaps as Profile['seedGaps'];
