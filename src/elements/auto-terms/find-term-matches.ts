/**
 * The term matcher: the one place that decides which glossary phrases of a text become terms, for
 * `<mlops-auto-terms>` in the browser, its plain renderer and the build plugins (rehype, markdown-it,
 * Eleventy), each of which walks its own kind of tree through a `TermTree`.
 */
import { findTerm } from '../../data/terms.js';
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

export interface TermMatchOptions {
  /** Also match a name with `s` or `es` after its last word ("feature stores", "sandboxes"). Default false. */
  plurals?: boolean;
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
 * With `plurals`, a name that ends in a letter may take `s` or `es` (inside its group, so the match
 * is the text as written).
 */
function compileMatcher(terms: readonly Term[], plurals: boolean): TermMatcher | undefined {
  const names = new Map<string, { name: string; id: string }>();
  for (const term of terms) {
    for (const name of [term.insider, term.outsider]) {
      const folded = typeof name === 'string' ? foldName(name) : '';
      if (folded && !names.has(folded)) names.set(folded, { name: name.trim(), id: term.id });
    }
  }
  if (!names.size) return undefined;
  const ordered = [...names.values()].sort((a, b) => b.name.length - a.name.length);
  const alternatives = ordered.map(({ name }) => {
    const suffix = plurals && /\p{L}$/u.test(name) ? '(?:e?s)?' : '';
    return `(${name
      .split(/\s+/)
      .map(escapeForPattern)
      .join(String.raw`\s+`)}${suffix})`;
  });
  return {
    pattern: new RegExp(`(^|${NOT_WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu'),
    idOfGroup: ordered.map(({ id }) => id),
  };
}

// Compiled once per glossary array and setting: the bundled one, or each dataset a <mlops-profile> provides.
const matchers = [new WeakMap<readonly Term[], TermMatcher | undefined>(), new WeakMap<readonly Term[], TermMatcher | undefined>()];

function matcherFor(terms: readonly Term[], plurals: boolean): TermMatcher | undefined {
  const cache = matchers[Number(plurals)];
  if (!cache.has(terms)) cache.set(terms, compileMatcher(terms, plurals));
  return cache.get(terms);
}

/**
 * Every glossary name (insider term or outsider phrase) in `text`, left to right, without overlaps:
 * whole words only ("AutoMLX" does not match; "pre-sandbox" and "sandbox's" match "sandbox", since
 * `-` and `'` end a word), case-insensitive, and at any one place the longest name. Plural forms
 * ("sandboxes") only with `plurals`. Pure: it reads nothing but its arguments.
 */
export function findTermMatches(text: string, terms: readonly Term[], options: TermMatchOptions = {}): TermMatch[] {
  const matcher = matcherFor(terms, !!options.plurals);
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

/** The element every match is wrapped in. */
export const TERM_TAG = 'mlops-term';

/** Marks an element to leave alone, with everything inside it. */
export const SKIP_ATTRIBUTE = 'data-mlops-skip';

/**
 * What is never scanned, with everything inside it. Headings, links and controls would get a
 * second interactive thing nested inside them (or a focusable one inside hidden content); code,
 * raw-text and embedded content is not prose; a `<nav>` is a table of contents or a menu; a nested
 * <mlops-profile> speaks another glossary.
 */
// Grouped by kind, one kind a line.
// prettier-ignore
const SKIPPED_TAGS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav',
  'a', 'button', 'input', 'textarea', 'select', 'option', 'datalist', 'label', 'summary',
  'code', 'pre', 'kbd', 'samp',
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'canvas', 'video', 'audio', 'svg', 'math',
  TERM_TAG, 'mlops-profile',
]);

/** Elements with one of these roles are headings, links or controls, whatever their tag. */
// prettier-ignore
const SKIPPED_ROLES = new Set([
  'heading', 'navigation', 'button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio',
  'option', 'treeitem', 'textbox', 'searchbox', 'combobox',
]);

/**
 * True for an element the matcher leaves alone with everything inside it, from its tag (lower
 * case) and its attributes: the list above, `[contenteditable]`, `[aria-hidden=true]` and
 * `[data-mlops-skip]`.
 */
export function isSkippedElement(tag: string, attribute: (name: string) => string | null | undefined): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  const role = attribute('role')?.trim().toLowerCase().split(/\s+/)[0];
  if (role && SKIPPED_ROLES.has(role)) return true;
  return attribute(SKIP_ATTRIBUTE) != null || attribute('contenteditable') != null || attribute('aria-hidden') === 'true';
}

/** How the matcher reads a tree: the browser's DOM, parse5's tree, a hast tree. */
export interface TermTree<N> {
  /** The child nodes of an element or of the root. */
  children(node: N): Iterable<N> | undefined;
  /** A text node's text; undefined for any other node. */
  text(node: N): string | undefined;
  /** An element's tag name in lower case; undefined for any other node. */
  tag(node: N): string | undefined;
  /** An element's attribute, by its HTML name; null or undefined when it has none. */
  attribute(node: N, name: string): string | null | undefined;
}

/** The browser's DOM as the matcher reads it; by node type, since `instanceof` fails for an iframe's nodes. */
export const domTermTree: TermTree<Node> = {
  children: (node) => node.childNodes,
  text: (node) => (node.nodeType === 3 ? (node as Text).data : undefined),
  tag: (node) => (node.nodeType === 1 ? (node as Element).localName : undefined),
  attribute: (node, name) => (node as Element).getAttribute(name),
};

export interface TermPlanOptions<N> extends TermMatchOptions {
  /** The glossary. */
  terms: readonly Term[];
  /** Every occurrence of each term, not only the first. Default false. */
  all?: boolean;
  /** Further elements to leave alone, with everything inside them (besides `isSkippedElement`'s). */
  skip?: (node: N) => boolean;
}

/** A text node and the matches to wrap in it, left to right. */
export interface PlannedText<N> {
  node: N;
  matches: TermMatch[];
}

/**
 * The matches to wrap under `root`, in reading order: in each text node outside the skipped
 * elements, the first occurrence of each term (in the whole tree) that no `<mlops-term>` already
 * explains, or with `all` every occurrence. The tree is only read.
 */
export function planTermWraps<N>(root: N, tree: TermTree<N>, options: TermPlanOptions<N>): Array<PlannedText<N>> {
  const { terms, all = false, skip } = options;
  const explained = new Set<string>();
  const textOf = (node: N): string => tree.text(node) ?? [...(tree.children(node) ?? [])].map(textOf).join('');
  // A term written by hand counts as explained, wherever it is.
  const handWritten = (node: N): void => {
    for (const child of tree.children(node) ?? []) {
      if (tree.tag(child) === TERM_TAG) {
        const term = findTerm(tree.attribute(child, 'term') || textOf(child), terms);
        if (term) explained.add(term.id);
      } else handWritten(child);
    }
  };
  if (!all) handWritten(root);
  const planned: Array<PlannedText<N>> = [];
  const visit = (node: N): void => {
    for (const child of tree.children(node) ?? []) {
      const text = tree.text(child);
      if (text !== undefined) {
        const matches = findTermMatches(text, terms, options).filter((match) => all || (!explained.has(match.id) && !!explained.add(match.id)));
        if (matches.length) planned.push({ node: child, matches });
        continue;
      }
      const tag = tree.tag(child);
      if (tag !== undefined && (isSkippedElement(tag, (name) => tree.attribute(child, name)) || skip?.(child))) continue;
      visit(child);
    }
  };
  visit(root);
  return planned;
}

/** The build plugins' `autoTerms` setting. */
export type AutoTermsSetting = 'first' | 'all' | false;

/**
 * A page's auto-terms setting: its front matter's `mlopsTerms` (`false` turns them off for the page,
 * `'first'` or `'all'` chooses), else the plugin's option.
 */
export function autoTermsFor(option: AutoTermsSetting | undefined, frontMatter: unknown): AutoTermsSetting {
  const own = frontMatter && typeof frontMatter === 'object' ? (frontMatter as { mlopsTerms?: unknown }).mlopsTerms : undefined;
  if (own === false || own === 'false' || own === 'off') return false;
  if (own === 'first' || own === 'all') return own;
  return option ?? false;
}
