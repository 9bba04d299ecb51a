/** The bundled dataset's version and source, for the profile page's "About this data" note. */
import { source } from './bundled/source.js';
import { version } from './bundled/version.js';
import type { Profile } from './types.js';

export const bundledProvenance: Pick<Profile, 'version' | 'source'> = { version, source };
