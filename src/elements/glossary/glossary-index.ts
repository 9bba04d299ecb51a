import type { Term } from '../../data/types.js';

/**
 * Orders names the way a reader looks them up: case and accents aside ("éclair" beside "Eclair"), then
 * by code point. Not with Intl: a page's first collation loads ICU's collation data, about 15 ms here
 * (and four times that on a phone), which sorting one community's terms does not need.
 */
export function compareNames(a: string, b: string): number {
  const [x, y] = [a, b].map((name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The A–Z index: each initial letter (as the language writes it upper-case) with its terms, alphabetically. */
export function indexGroups(terms: readonly Term[], lang?: string): Array<[letter: string, terms: Term[]]> {
  const groups = new Map<string, Term[]>();
  const sorted = [...terms].sort((a, b) => compareNames(a.insider, b.insider));
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
