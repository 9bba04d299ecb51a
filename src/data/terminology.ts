/**
 * The bundled glossary, in a module of its own: <mlops-glossary> and the profile page need the terms but
 * not the lookups of terms.ts (and the fuzzy matcher they import), which would cost them 0.1–0.8 KB gzip.
 */
import { terminology } from './bundled/terminology.js';
import type { Term } from './types.js';

export const bundledTerminology: readonly Term[] = terminology;
