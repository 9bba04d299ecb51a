import type { Term } from '../../data/types.js';

/** One glossary name found in a text. */
export interface TermMatch {
  /** Id of the term the name belongs to (`model-drift`). */
  id: string;
  /** Offset of the first matched character. */
  start: number;
  /** Offset just past the last matched character. */
  end: number;
  /** The text as written (original case and spacing). */
  text: string;
}

/**
 * One regular expression for a whole glossary: group 1 is what precedes the name (nothing or one
 * non-word character), each further group one name, whose term id is at `idOfGroup[group - 2]`.
 */
interface TermMatcher {
  pattern: RegExp;
  idOfGroup: string[];
}

/**
 * A letter, mark, digit or underscore continues a word; anything else (space, punctuation, `/`,
 * `-`, apostrophe) ends one. Explicit classes rather than `\b`, which is ASCII-only and fails beside
 * a name's own punctuation ("CI/CD", "C++"). Before a name the pattern captures the character (or
 * the start of the text) instead of looking behind: JavaScriptCore runs a lookbehind several times
 * slower, and the character is never part of a previous match, which ends before a non-word one.
 */
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;
const NOT_WORD_CHAR = String.raw`[^\p{L}\p{M}\p{N}_]`;

/** Escapes the characters that mean something in a `u`-mode pattern (where `\-` would be an error). */
const escapeForPattern = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Case- and spacing-insensitive identity of a name, for de-duplication. */
const foldName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Builds the one regular expression for a glossary: every insider and outsider name, longest
 * first (alternation takes the first alternative that matches, so "Machine Learning Model
 * Deployment" wins over any shorter name at the same place), each in its own capture group so a
 * match names its term without a second lookup. Inner spaces match any run of white space, since
 * source HTML wraps lines anywhere. A name shared by two terms belongs to the first, as in `findTerm`.
 */
function compileMatcher(terms: readonly Term[]): TermMatcher | undefined {
  const names = new Map<string, { name: string; id: string }>();
  for (const term of terms) {
    for (const name of [term.insider, term.outsider]) {
      const folded = typeof name === 'string' ? foldName(name) : '';
      if (folded && !names.has(folded)) names.set(folded, { name: name.trim(), id: term.id });
    }
  }
  if (!names.size) return undefined;
  const ordered = [...names.values()].sort((a, b) => b.name.length - a.name.length);
  const alternatives = ordered.map(
    ({ name }) =>
      `(${name
        .split(/\s+/)
        .map(escapeForPattern)
        .join(String.raw`\s+`)})`,
  );
  return {
    pattern: new RegExp(`(^|${NOT_WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu'),
    idOfGroup: ordered.map(({ id }) => id),
  };
}

// Compiled once per glossary array: the bundled one, or each dataset a <mlops-profile> provides.
const matchers = new WeakMap<readonly Term[], TermMatcher | undefined>();

function matcherFor(terms: readonly Term[]): TermMatcher | undefined {
  if (!matchers.has(terms)) matchers.set(terms, compileMatcher(terms));
  return matchers.get(terms);
}

/**
 * Every glossary name (insider term or outsider phrase) in `text`, left to right, without overlaps:
 * whole words only ("AutoMLX" and "sandboxes" do not match; "pre-sandbox" and "sandbox's" match
 * "sandbox", since `-` and `'` end a word), case-insensitive, and at any one place the longest name.
 * Pure: it reads nothing but its arguments.
 */
export function findTermMatches(text: string, terms: readonly Term[]): TermMatch[] {
  const matcher = matcherFor(terms);
  if (!matcher || !text) return [];
  const { pattern, idOfGroup } = matcher;
  const matches: TermMatch[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    let group = 2;
    while (found[group] === undefined) group++;
    const start = found.index + found[1].length;
    matches.push({ id: idOfGroup[group - 2], start, end: pattern.lastIndex, text: found[group] });
  }
  return matches;
}
