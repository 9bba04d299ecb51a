import type { Term } from '../../data/types.js';

/** The A–Z index: each initial letter (as the language writes it upper-case) with its terms, alphabetically. */
export function indexGroups(terms: readonly Term[], lang?: string): Array<[letter: string, terms: Term[]]> {
  const groups = new Map<string, Term[]>();
  const sorted = [...terms].sort((a, b) => a.insider.localeCompare(b.insider, lang || undefined, { sensitivity: 'base' }));
  for (const term of sorted) {
    const letter = [...term.insider.trim()][0]?.toLocaleUpperCase(lang || undefined) ?? '';
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(term);
  }
  return [...groups];
}

/** True when the filter text is empty or in the term's insider name, outsider phrase or explanation (any case). */
export function matchesFilter(term: Term, filter: string): boolean {
  const wanted = filter.trim().toLowerCase();
  return !wanted || [term.insider, term.outsider, term.explanation].some((text) => text.toLowerCase().includes(wanted));
}
