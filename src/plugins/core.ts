/**
 * What the build plugins (rehype, markdown-it, Eleventy) share: their options, build-time auto-terms
 * over an HTML string, and the static renderer run after it. Node only.
 */
import { bundledTerminology } from '../data/terms.js';
import type { Profile, Term } from '../data/types.js';
import { autoTermsFor, planTermWraps, TERM_TAG, type AutoTermsSetting, type TermMatch } from '../elements/auto-terms/find-term-matches.js';
import { el, escapeText, startTag } from '../render/html.js';
import { checkOptions, prepareRender, renderDocumentSync, type RenderOptions, type RenderResult } from '../render/index.js';
import { htmlTermTree, parseHtml } from '../render/parse.js';
import { isLibraryTag } from '../render/renderer.js';

export type { AutoTermsSetting } from '../elements/auto-terms/find-term-matches.js';
export type { RenderProblem } from '../render/index.js';

export interface MlopsPluginOptions {
  /**
   * `dsd` (default): the Lit elements as declarative shadow DOM, hydrated when the page's script loads;
   * `plain`: semantic HTML with no custom element or script (feeds, email, no-JS readers);
   * `none`: the elements are left to the browser (only `autoTerms` works at build time).
   */
  mode?: 'dsd' | 'plain' | 'none';
  /**
   * Wrap the glossary's phrases in `<mlops-term>`: the first occurrence of each term in a page, or
   * all; never inside headings, links, code, `pre`, tables of contents (`nav`), existing terms or
   * `data-mlops-skip`. Default false. A page's front matter `mlopsTerms: false` turns it off there.
   */
  autoTerms?: AutoTermsSetting;
  /** Match simple plurals too ("feature stores"). Default true. */
  plurals?: boolean;
  /** The glossary page's URL (`/glossary/`): each wrapped term links to its entry (`/glossary/#model-drift`) for readers without JavaScript. */
  glossaryHref?: string;
  /** One `<script type="application/ld+json">` per page with its terms and tools (dsd and plain). Default true. */
  jsonLd?: boolean;
  /** Another dataset (parsed JSON), for plain mode and auto-terms; checked once. */
  profile?: unknown;
  /** The language of the elements' wording. */
  lang?: string;
}

/** The options checked and resolved once per plugin instance, not per page. */
export interface PluginSettings {
  mode: 'dsd' | 'plain' | 'none';
  autoTerms: AutoTermsSetting;
  plurals: boolean;
  glossaryHref?: string;
  terms: readonly Term[];
  /** The dataset (the bundled one without `profile`). */
  dataset: Profile;
  /** What the renderer gets for each page (without the mode `none`). */
  render: RenderOptions;
}

/** Checks the options (a bad one throws a TypeError at configuration time, naming it) and resolves the glossary. */
export function pluginSettings(options: MlopsPluginOptions = {}): PluginSettings {
  const { mode = 'dsd', autoTerms = false, plurals = true, glossaryHref, jsonLd = true, profile, lang } = options;
  if (!['dsd', 'plain', 'none'].includes(mode)) throw new TypeError(`mlops-elements: mode must be "dsd", "plain" or "none", not ${JSON.stringify(mode)}`);
  if (![false, 'first', 'all'].includes(autoTerms)) throw new TypeError(`mlops-elements: autoTerms must be "first", "all" or false, not ${JSON.stringify(autoTerms)}`);
  if (glossaryHref !== undefined && typeof glossaryHref !== 'string') throw new TypeError('mlops-elements: glossaryHref must be a URL string such as "/glossary/"');
  const render: RenderOptions = { mode: mode === 'none' ? 'plain' : mode, jsonLd, lang, ...(profile !== undefined ? { profile } : {}) };
  // The dataset is checked against the schema here, once: an invalid one stops the build before any page.
  const dataset = checkOptions(mode === 'none' ? { mode: 'plain', profile } : render);
  return { mode, autoTerms, plurals, glossaryHref, terms: profile === undefined ? bundledTerminology : dataset.terminology, dataset, render };
}

/** The link a wrapped term gets with `glossaryHref`: the glossary's entry for the term. */
export function glossaryLink(glossaryHref: string, id: string): string {
  return `${glossaryHref.replace(/#.*$/, '')}#${encodeURIComponent(id)}`;
}

/** Marks the link inside a wrapped term, which `<mlops-term>` takes away once it explains the term itself. */
export const GLOSSARY_LINK_ATTRIBUTE = 'data-mlops-glossary-link';

function wrappedTerm(match: TermMatch, glossaryHref: string | undefined): string {
  const text = glossaryHref ? el('a', { href: glossaryLink(glossaryHref, match.id), [GLOSSARY_LINK_ATTRIBUTE]: true }, match.text).html : escapeText(match.text);
  return `${startTag(TERM_TAG, { term: match.id }).html}${text}</${TERM_TAG}>`;
}

/**
 * Build-time auto-terms over a page or fragment: each phrase the matcher finds (outside the skipped
 * contexts and the library's elements) is wrapped in `<mlops-term term="…">`. Only the matched
 * text changes; a text node written with character references is written again as text.
 */
export function wrapTermsInHtml(html: string, settings: PluginSettings, setting: AutoTermsSetting): string {
  if (!setting) return html;
  const { root } = parseHtml(html);
  const planned = planTermWraps(root, htmlTermTree, {
    terms: settings.terms,
    all: setting === 'all',
    plurals: settings.plurals,
    skip: (node) => node.tagName !== undefined && isLibraryTag(node.tagName),
  });
  let out = '';
  let cursor = 0;
  for (const { node, matches } of planned) {
    const { startOffset, endOffset } = node.sourceCodeLocation!;
    const text = node.value ?? '';
    // Where the source is the text itself (no character references), only the matches are replaced.
    const verbatim = html.slice(startOffset, endOffset) === text;
    let from = 0;
    out += html.slice(cursor, startOffset);
    for (const match of matches) {
      const before = text.slice(from, match.start);
      out += (verbatim ? before : escapeText(before)) + wrappedTerm(match, settings.glossaryHref);
      from = match.end;
    }
    out += verbatim ? text.slice(from) : escapeText(text.slice(from));
    cursor = endOffset;
  }
  return out + html.slice(cursor);
}

/** A page through the plugins: auto-terms (unless its front matter opts out), then the renderer. */
export function transformHtmlSync(html: string, settings: PluginSettings, frontMatter?: unknown): RenderResult {
  const wrapped = wrapTermsInHtml(html, settings, autoTermsFor(settings.autoTerms, frontMatter));
  if (settings.mode === 'none') return { html: wrapped, problems: [], elements: 0, terms: [], tools: [] };
  return renderDocumentSync(wrapped, settings.render);
}

/** `transformHtmlSync`, loading the server renderer first when dsd mode needs it. */
export async function transformHtml(html: string, settings: PluginSettings, frontMatter?: unknown): Promise<RenderResult> {
  if (settings.mode === 'dsd') await prepareRender();
  return transformHtmlSync(html, settings, frontMatter);
}

/** The front matter a host gives a page, wherever it keeps it (vfile data, markdown-it's env, Eleventy's data). */
export function frontMatterOf(data: unknown): unknown {
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown> & { astro?: { frontmatter?: unknown } };
  if ('mlopsTerms' in record) return record;
  return record.frontmatter ?? record.frontMatter ?? record.matter ?? record.astro?.frontmatter;
}
