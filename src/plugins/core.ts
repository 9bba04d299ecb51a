/**
 * What the build plugins (rehype, markdown-it, Eleventy) share: their options, build-time auto-terms
 * over an HTML string, and the static renderer run after it. Node only.
 */
import { bundledTerminology } from '../data/terms.js';
import type { Profile, Term } from '../data/types.js';
import { autoTermsFor, type AutoTermsSetting } from '../elements/auto-terms/find-term-matches.js';
import { autoTermEdits, termElementMarkup } from '../render/auto-terms.js';
import { checkOptions, prepareRender, renderDocumentSync, type RenderOptions, type RenderResult } from '../render/index.js';
import { parseHtml } from '../render/parse.js';

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
  const render: RenderOptions = { mode: mode === 'none' ? 'plain' : mode, jsonLd, lang, ...(profile !== undefined ? { profile } : {}) };
  // The dataset is checked against the schema here, once: an invalid one stops the build before any page. So is the glossary link.
  const dataset = checkOptions({ ...(mode === 'none' ? { mode: 'plain', profile } : render), glossaryHref });
  return { mode, autoTerms, plurals, glossaryHref, terms: profile === undefined ? bundledTerminology : dataset.terminology, dataset, render };
}

/**
 * Build-time auto-terms alone (the `none` mode): each phrase the matcher finds outside the skipped
 * contexts and the library's elements is wrapped in `<mlops-term term="…">`; only the matched text changes.
 */
export function wrapTermsInHtml(html: string, settings: PluginSettings, setting: AutoTermsSetting): string {
  if (!setting) return html;
  const { root } = parseHtml(html);
  const edits = autoTermEdits(html, root, settings.terms, { all: setting === 'all', plurals: settings.plurals }, (match) =>
    termElementMarkup(match, settings.glossaryHref),
  );
  let out = '';
  let cursor = 0;
  for (const { start, end, text } of edits) {
    out += html.slice(cursor, start) + text;
    cursor = end;
  }
  return out + html.slice(cursor);
}

/** A page through the plugins: auto-terms (unless its front matter opts out), then the renderer. */
export function transformHtmlSync(html: string, settings: PluginSettings, frontMatter?: unknown): RenderResult {
  const autoTerms = autoTermsFor(settings.autoTerms, frontMatter);
  if (settings.mode === 'none') return { html: wrapTermsInHtml(html, settings, autoTerms), problems: [], elements: 0, terms: [], tools: [] };
  // Nothing to wrap and none of the library's elements: the page as it is, without parsing it.
  if (!autoTerms && !/<mlops-/i.test(html)) return { html, problems: [], elements: 0, terms: [], tools: [] };
  return renderDocumentSync(html, { ...settings.render, autoTerms, plurals: settings.plurals, glossaryHref: settings.glossaryHref });
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
