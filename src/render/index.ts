/**
 * `mlops-elements/render`: static HTML from pages that use the elements, for static-site builds,
 * feeds, email and readers without JavaScript (Node only).
 *
 * ```js
 * import { renderHtml } from 'mlops-elements/render';
 * const page = await renderHtml(html, { mode: 'plain', footnotes: true });
 * ```
 *
 * Every `mlops-*` element of the page is expanded; every byte outside those elements stays as the
 * author wrote it (the page is parsed with positions and edited by offset, never re-serialised).
 */
import type { Profile, Term, Tool } from '../data/types.js';
import { isLinkableGlossaryHref } from '../internal/glossary-link.js';
import { withStrings, type Translation } from '../internal/i18n.js';
import { parseHtml } from './parse.js';
import { plainRenderers } from './plain-renderers.js';
import { InvalidProfileError, profileFrom } from './profile.js';
import { RenderJob, type RenderMode, type RenderProblem } from './renderer.js';
import { loadedServerRender, prepareRender } from './server-render.js';

export { InvalidProfileError } from './profile.js';
export { prepareRender } from './server-render.js';
export type { RenderMode, RenderProblem } from './renderer.js';
export type { JsonLdGraph } from './json-ld.js';
export type { Translation } from '../internal/i18n.js';

export interface RenderOptions {
  /**
   * `dsd` (default): the Lit elements as declarative shadow DOM, which the script hydrates; `<mlops-term>`
   * and `<mlops-auto-terms>` stay as they are (their text is their fallback).
   * `plain`: semantic HTML with no custom element, shadow root, script or style sheet.
   */
  mode?: RenderMode;
  /**
   * Another dataset (parsed JSON), checked against the schema first: an invalid one throws
   * `InvalidProfileError`, whose `errors` name each bad field. Plain mode only for now.
   */
  profile?: unknown;
  /**
   * The language of the elements' wording (translations from `strings` or registered with
   * `registerStrings`); without it, each element's own or nearest `lang`, as in the browser. English
   * when there is no translation for it. Numbers follow it too.
   */
  lang?: string;
  /**
   * Translations of the elements' wording for this render only, by language, as `registerStrings`
   * takes them: `{ de: { demographics: { showTable: 'Tabelle zeigen' } } }`. Give the page the same
   * ones it registers in the browser, so that a dsd page hydrates showing what it was rendered with.
   */
  strings?: Readonly<Record<string, Translation>>;
  /** One `<script type="application/ld+json">` with the page's terms and tools. Default true. */
  jsonLd?: boolean;
  /** Plain mode: each term gets a numbered note at the end of its `<article>` (or of the page). Default false. */
  footnotes?: boolean;
  /**
   * Build-time auto-terms: wrap the glossary's phrases in the page's text (`'first'` use of each term,
   * or `'all'`), never inside headings, links, code, `pre`, `nav`, existing terms, the library's
   * elements or `data-mlops-skip`: as `<mlops-term>` in dsd mode, as its plain HTML in plain mode. Default false.
   */
  autoTerms?: 'first' | 'all' | false;
  /** With `autoTerms`: match simple plurals too ("feature stores"). Default true. */
  plurals?: boolean;
  /** With `autoTerms`: each wrapped term links to its entry on this glossary page (`/glossary/` → `/glossary/#model-drift`). */
  glossaryHref?: string;
}

export interface RenderResult {
  html: string;
  /** What the elements would report in a browser (unknown tool, term, section; invalid attribute), with positions. */
  problems: RenderProblem[];
  /** How many of the library's elements the page has (outermost and nested). */
  elements: number;
  /** The terms the page uses and the tools it shows, as its JSON-LD lists them. */
  terms: Term[];
  tools: Tool[];
}

// The schema check of a dataset given as the same object to many pages runs once.
const checked = new WeakMap<object, Profile>();

function checkedProfile(data: unknown): Profile {
  if (data === null || typeof data !== 'object') return profileFrom(data);
  let profile = checked.get(data);
  if (!profile) checked.set(data, (profile = profileFrom(data)));
  return profile;
}

/** Checks the options, throwing before any rendering; resolves to the dataset to render with. */
export function checkOptions(options: RenderOptions): Profile {
  const mode = options.mode ?? 'dsd';
  if (mode !== 'dsd' && mode !== 'plain') throw new TypeError(`mode must be "dsd" or "plain", not ${JSON.stringify(mode)}`);
  if (![undefined, false, 'first', 'all'].includes(options.autoTerms))
    throw new TypeError(`autoTerms must be "first", "all" or false, not ${JSON.stringify(options.autoTerms)}`);
  // Relative URLs resolve against any base; a javascript: or data: link is refused before anything is written.
  if (options.glossaryHref !== undefined && (typeof options.glossaryHref !== 'string' || !isLinkableGlossaryHref(options.glossaryHref, 'http://localhost/')))
    throw new TypeError(`glossaryHref must be a relative or http(s) URL such as "/glossary/", not ${JSON.stringify(options.glossaryHref)}`);
  const { strings } = options;
  if (
    strings !== undefined &&
    (strings === null || typeof strings !== 'object' || Object.values(strings).some((tables) => tables === null || typeof tables !== 'object'))
  ) {
    throw new TypeError('strings must be an object of translations by language: { de: { demographics: { showTable: "Tabelle zeigen" } } }');
  }
  if (mode === 'dsd' && options.profile !== undefined) {
    // The server-rendered elements would need their dataset again in the browser to hydrate, which
    // only <mlops-profile src> gives them there.
    throw new TypeError('profile works in plain mode only: for dsd, keep <mlops-profile src="…"> in the page and the browser renders with it');
  }
  return checkedProfile(options.profile);
}

/**
 * `renderDocument` for hosts that call their plugins synchronously (markdown-it); in dsd mode only
 * after `await prepareRender()`.
 */
export function renderDocumentSync(html: string, options: RenderOptions = {}): RenderResult {
  const profile = checkOptions(options);
  const mode = options.mode ?? 'dsd';
  const serverRender = loadedServerRender();
  if (mode === 'dsd' && !serverRender) throw new Error('mlops-elements/render: call `await prepareRender()` before rendering dsd synchronously');
  const { root } = parseHtml(html);
  const job = new RenderJob(
    html,
    root,
    profile,
    {
      mode,
      lang: options.lang,
      jsonLd: options.jsonLd ?? true,
      footnotes: mode === 'plain' && (options.footnotes ?? false),
      profileGiven: options.profile !== undefined,
      autoTerms: options.autoTerms ? { all: options.autoTerms === 'all', plurals: options.plurals, glossaryHref: options.glossaryHref } : undefined,
    },
    plainRenderers,
    mode === 'dsd' ? serverRender : undefined,
  );
  const out = options.strings ? withStrings(options.strings, () => job.run()) : job.run();
  return { html: out, problems: job.problems, elements: job.elements, terms: job.usedTerms, tools: job.shownTools };
}

/** Renders a page or fragment; resolves to the HTML, the problems found and the number of elements. */
export async function renderDocument(html: string, options: RenderOptions = {}): Promise<RenderResult> {
  checkOptions(options);
  if ((options.mode ?? 'dsd') === 'dsd') await prepareRender();
  return renderDocumentSync(html, options);
}

/** Renders a page or fragment to HTML; see `renderDocument` for the problems it finds. */
export async function renderHtml(html: string, options: RenderOptions = {}): Promise<string> {
  return (await renderDocument(html, options)).html;
}

/** Checks a dataset against the schema: the dataset, or `InvalidProfileError` naming each bad field. */
export function validateProfileData(data: unknown): Profile {
  if (data === undefined) throw new InvalidProfileError(['(root): expected a profile, but it is missing']);
  return profileFrom(data);
}
