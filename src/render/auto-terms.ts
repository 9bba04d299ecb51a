/**
 * Build-time auto-terms over a parsed page: the term matcher's plan (src/elements/auto-terms/find-term-matches.ts),
 * outside the library's elements, turned into edits of the page's source that wrap each match. The
 * renderer applies them with its other edits (one parse for both); the build plugins' `none` mode alone.
 */
import type { Term } from '../data/types.js';
import { planTermWraps, type TermMatch } from '../elements/auto-terms/find-term-matches.js';
import { glossaryLink } from '../internal/glossary-link.js';
import { el, escapeText, startTag } from './html.js';
import { htmlTermTree, type HtmlNode } from './parse.js';
import { elements } from '../registry.js';

/** The library's elements render themselves: no phrase inside one is wrapped. */
const libraryTags = new Set<string>(elements.map((entry) => entry.tag));

export interface AutoTermsOptions {
  /** Every occurrence of each term, not only the first in the page. */
  all?: boolean;
  /** "feature stores" counts as "feature store". Default true. */
  plurals?: boolean;
  /** The glossary page's URL (`/glossary/`): each wrapped term links to its entry for readers without JavaScript. */
  glossaryHref?: string;
}

/** Marks the link inside a wrapped term, which `<mlops-term>` takes away once it explains the term itself. */
export const GLOSSARY_LINK_ATTRIBUTE = 'data-mlops-glossary-link';

/** The matched text, linked to the glossary entry when there is a glossary page. */
export function linkedText(match: TermMatch, glossaryHref: string | undefined): string {
  return glossaryHref ? el('a', { href: glossaryLink(glossaryHref, match.id), [GLOSSARY_LINK_ATTRIBUTE]: true }, match.text).html : escapeText(match.text);
}

/**
 * `<mlops-term term="…">` around the matched text; with a glossary page, `glossary-href` too, so that
 * the term's bubble links to the entry once the script has taken the text's own link away.
 */
export function termElementMarkup(match: TermMatch, glossaryHref: string | undefined): string {
  return `${startTag('mlops-term', { term: match.id, 'glossary-href': glossaryHref }).html}${linkedText(match, glossaryHref)}</mlops-term>`;
}

export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that wrap the glossary's phrases in the page's text, in source order: `wrap` writes a
 * match's markup. Where a text node's source is its text (no character references), only the
 * matches are replaced; otherwise the whole node is written again, as text.
 */
export function autoTermEdits(
  html: string,
  root: HtmlNode,
  terms: readonly Term[],
  options: AutoTermsOptions,
  wrap: (match: TermMatch, node: HtmlNode) => string,
): SourceEdit[] {
  const planned = planTermWraps(root, htmlTermTree, {
    terms,
    all: options.all,
    plurals: options.plurals ?? true,
    skip: (node) => node.tagName !== undefined && libraryTags.has(node.tagName),
  });
  const edits: SourceEdit[] = [];
  for (const { node, matches } of planned) {
    const { startOffset, endOffset } = node.sourceCodeLocation!;
    const text = node.value ?? '';
    if (html.slice(startOffset, endOffset) === text) {
      for (const match of matches) edits.push({ start: startOffset + match.start, end: startOffset + match.end, text: wrap(match, node) });
      continue;
    }
    let out = '';
    let from = 0;
    for (const match of matches) {
      out += escapeText(text.slice(from, match.start)) + wrap(match, node);
      from = match.end;
    }
    edits.push({ start: startOffset, end: endOffset, text: out + escapeText(text.slice(from)) });
  }
  return edits;
}
