/** The bundled glossary and term lookups. Imports only the terminology of the dataset. */
import { findByName, suggestName } from './lookup.js';
import { bundledTerminology } from './terminology.js';
import type { Term } from './types.js';

export { bundledTerminology };

const termNames = (term: Term) => [term.insider, term.outsider];

/** A term by id (`model-drift`), insider name (`Model Drift`) or outsider phrase, case-insensitive. */
export function findTerm(key: string | null | undefined, terms: readonly Term[] = bundledTerminology): Term | undefined {
  return findByName(terms, key, termNames);
}

/** The insider name closest to a key that matched no term ("did you mean Model Drift?"). */
export function suggestTerm(key: string | null | undefined, terms: readonly Term[] = bundledTerminology): string | undefined {
  return suggestName(terms, key, termNames, (term) => term.insider);
}
