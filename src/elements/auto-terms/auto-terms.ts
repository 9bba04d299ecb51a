// No Lit renderer: the element has no template, and a blog page that loads it with <mlops-term>
// should not download one. From Lit it takes only the css tag and the context protocol's event.
import { adoptStyles, css } from '@lit/reactive-element/css-tag.js';
import { bundledTerminology } from '../../data/terms.js';
import type { Term } from '../../data/types.js';
import { emit } from '../../internal/events.js';
import { localize } from '../../internal/i18n.js';
import { PlainMlopsElement } from '../../internal/plain-element.js';
import { autoTermsStrings } from './auto-terms.strings.js';
import { domTermTree, planTermWraps, TERM_TAG, type TermMatch } from './find-term-matches.js';

export { findTermMatches, type TermMatch } from './find-term-matches.js';

/** Details of `mlops-auto-terms-scan`. */
export interface MlopsAutoTermsScanDetail {
  /** How many `<mlops-term>` elements this scan added. */
  count: number;
  /** The ids of the terms it wrapped, each once, in reading order. */
  terms: string[];
}

/** What a scan was done with; a change of any of it re-does the wrapping from scratch. */
interface ScanSettings {
  terms: readonly Term[];
  all: boolean;
  plurals: boolean;
  exclude: string;
}

// By node type rather than `instanceof`, which fails for nodes from another window (an iframe's).
const isText = (node: Node | null): node is Text => node?.nodeType === 3;

const autoTermsStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * Puts term tooltips on a whole article without wrapping each term by hand: every insider term
 * ("Model Drift") and outsider phrase ("Software Bugs in Machine Learning") of the glossary found
 * in the text inside becomes an `<mlops-term>` (the text keeps its case; the outsider phrase
 * explains the insider term it stands for). Whole words only, any case, the longest name where
 * two overlap; the first occurrence of each term by default, every one with `all`. The glossary is
 * that of an enclosing `<mlops-profile>`, else the bundled MLOps one; while the profile is still
 * loading its dataset, nothing is wrapped.
 *
 * The article stays in the page's light DOM and is only ever changed by splitting text nodes that
 * contain a match: no HTML is parsed or re-serialised, so the page's elements, their listeners and
 * selections elsewhere are untouched. Scanning runs when the element connects, again whenever
 * nodes are added to or removed from its content (a MutationObserver: streamed HTML, a client-side
 * page swap; editing a text node's data in place is not watched), when `all`, `exclude` or the
 * dataset of an enclosing `<mlops-profile>` changes (the terms it wrapped are unwrapped first), and
 * on `scan()`. Frameworks that own the DOM inside should call `scan()` after rendering, or mark it
 * `data-mlops-skip`.
 *
 * Never scanned: headings, links, `<nav>`, buttons, form controls, labels, `<summary>`, elements with an
 * interactive or heading ARIA role, `code`/`pre`/`kbd`/`samp`, scripts, styles, templates, embedded content,
 * `[contenteditable]`, `[aria-hidden="true"]`, existing `<mlops-term>`s (a term already wrapped by
 * hand counts as explained), a nested `<mlops-auto-terms>` or `<mlops-profile>`, any element with
 * a **`data-mlops-skip`** attribute, and any matching the `exclude` selector — each with everything
 * inside it.
 *
 * A dependency-free custom element (no Lit runtime, see src/internal/plain-element.ts), like
 * `<mlops-term>`: `updateComplete` resolves once the automatic scan a change asked for has run.
 *
 * @summary Finds the glossary's terms in an article and turns each into an `<mlops-term>` tooltip.
 *
 * @attr {boolean} all - Wrap every occurrence of each term, not only the first.
 * @attr {boolean} plurals - Also wrap a name followed by `s` or `es` ("feature stores").
 * @attr {string} exclude - A CSS selector list of further elements to leave alone, with everything inside them.
 * @attr {string} glossary-href - URL of the site's glossary page (`/glossary/`): each term it wraps gets it, so its bubble links to the term's entry.
 *
 * @slot - The article (any HTML). Mark parts to leave alone with `data-mlops-skip`.
 *
 * @fires {CustomEvent<MlopsAutoTermsScanDetail>} mlops-auto-terms-scan - After each scan, with how many terms it wrapped and which (`count` may be 0).
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - `exclude` is not a valid CSS selector list (`invalid-attribute`); it is then ignored.
 */
export class MlopsAutoTerms extends PlainMlopsElement {
  static override readonly defaultTag: string = 'mlops-auto-terms';

  static override get observedAttributes(): string[] {
    return ['all', 'plurals', 'exclude', 'glossary-href'];
  }

  private wrapAll = false;
  private matchPlurals = false;
  private excludeSelector?: string;
  private glossaryHrefValue?: string;

  /** The `<mlops-term>`s this element added, so that it can take exactly those away again. */
  private readonly wrappers = new Set<HTMLElement>();
  private scannedWith?: ScanSettings;
  /** An automatic scan is due: the next update runs it (an update for a new `lang` alone has nothing to do). */
  private scanDue = false;
  private observer?: MutationObserver;
  /** The `exclude` value already reported as invalid, so it is reported once. */
  private reportedExclude?: string;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, [autoTermsStyles]);
    root.append(this.ownerDocument.createElement('slot'));
  }

  /**
   * Wrap every occurrence of each term, not only the first.
   * @attr all
   */
  get all(): boolean {
    return this.wrapAll;
  }
  set all(value: boolean) {
    if (!!value === this.wrapAll) return;
    this.wrapAll = !!value;
    this.requestScan();
  }

  /**
   * Also wrap a name followed by `s` or `es` ("feature stores", "sandboxes"), as the build plugins do by default.
   * @attr plurals
   */
  get plurals(): boolean {
    return this.matchPlurals;
  }
  set plurals(value: boolean) {
    if (!!value === this.matchPlurals) return;
    this.matchPlurals = !!value;
    this.requestScan();
  }

  /**
   * A CSS selector list of further elements to leave alone, with everything inside them
   * (`.aside, figure`). An invalid list is reported (`mlops-error`) and ignored.
   * @attr exclude
   */
  get exclude(): string | undefined {
    return this.excludeSelector;
  }
  set exclude(value: string | undefined) {
    if (value === this.excludeSelector) return;
    this.excludeSelector = value;
    this.requestScan();
  }

  /**
   * The URL of the site's glossary page (`/glossary/`), given to every term it wraps: their bubbles
   * link to the term's entry there (see `<mlops-term>`'s `glossary-href`).
   * @attr glossary-href
   */
  get glossaryHref(): string | undefined {
    return this.glossaryHrefValue;
  }
  set glossaryHref(value: string | undefined) {
    if (value === this.glossaryHrefValue) return;
    this.glossaryHrefValue = value;
    // The terms already wrapped take it at once; no scan needed.
    for (const wrapper of this.wrappers) setGlossaryHref(wrapper, value);
  }

  /** @internal */
  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'all') this.all = value !== null;
    else if (name === 'plurals') this.plurals = value !== null;
    else if (name === 'exclude') this.exclude = value ?? undefined;
    else this.glossaryHref = value ?? undefined;
  }

  /** @internal */
  override connectedCallback(): void {
    super.connectedCallback();
    // Content that arrives later (streamed HTML, a client-side page swap) is scanned after each
    // batch of changes; a scan that finds nothing changes nothing, so this cannot loop.
    this.observer ??= new MutationObserver(() => this.requestScan());
    this.observer.observe(this, { childList: true, subtree: true });
    this.requestScan();
  }

  /** @internal */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  /**
   * Wraps the terms found in the content now, skipping what is already wrapped; it runs by itself,
   * so call it only when you need the result at once. Returns what the `mlops-auto-terms-scan`
   * event reports. While an enclosing `<mlops-profile>` is loading a dataset it wraps nothing
   * (returns a count of 0) and scans once the dataset is there.
   */
  scan(): MlopsAutoTermsScanDetail {
    // Judge the text against the dataset being loaded, not the bundled one: its answer scans again.
    if (this.providedProfile === null) return { count: 0, terms: [] };
    for (const wrapper of this.wrappers) if (!this.contains(wrapper)) this.wrappers.delete(wrapper); // removed by the page
    const settings: ScanSettings = {
      terms: this.providedProfile?.terminology ?? bundledTerminology,
      all: this.wrapAll,
      plurals: this.matchPlurals,
      exclude: this.validExclude(),
    };
    const last = this.scannedWith;
    if (last && (Object.keys(settings) as Array<keyof ScanSettings>).some((key) => last[key] !== settings[key])) this.clear();
    this.scannedWith = settings;

    const planned = this.findMatches(settings);
    const terms: string[] = [];
    for (const { node, matches } of planned) {
      for (const match of matches) if (!terms.includes(match.id)) terms.push(match.id);
      this.wrapMatches(node as Text, matches);
    }
    this.observer?.takeRecords(); // our own changes are no reason to scan again
    const detail = { count: planned.reduce((sum, { matches }) => sum + matches.length, 0), terms };
    emit<MlopsAutoTermsScanDetail>(this, 'mlops-auto-terms-scan', detail);
    return detail;
  }

  /**
   * Takes away the `<mlops-term>`s this element added, leaving the text as it was (ones written
   * by hand stay). A later content change scans again: keep terms off a part with `data-mlops-skip`.
   */
  clear(): void {
    for (const wrapper of this.wrappers) {
      if (wrapper.parentNode && this.contains(wrapper)) unwrap(wrapper);
    }
    this.wrappers.clear();
    this.observer?.takeRecords();
  }

  /** @internal */
  protected override profileChanged(): void {
    this.requestScan();
  }

  /** The automatic scan, when one is due and the element is in the page; an invalid `exclude` is reported after it, once. */
  protected update(): void {
    const due = this.scanDue;
    this.scanDue = false;
    if (!due || !this.isConnected) return;
    const exclude = this.excludeSelector?.trim() ?? '';
    if (exclude && !this.validExclude() && this.reportedExclude !== exclude) {
      this.reportedExclude = exclude;
      this.reportAfterRender({ code: 'invalid-attribute', message: localize(this, 'autoTerms', autoTermsStrings).invalidExclude(this.localName, exclude) });
    }
    this.scan();
  }

  private requestScan(): void {
    this.scanDue = true;
    this.requestUpdate();
  }

  /** The `exclude` selector list when the browser accepts it, otherwise nothing. */
  private validExclude(): string {
    const exclude = this.excludeSelector?.trim() ?? '';
    if (!exclude) return '';
    try {
      this.matches(exclude);
      return exclude;
    } catch {
      return '';
    }
  }

  /**
   * Reads the whole content before changing any of it: each text node outside the skipped parts,
   * with the matches to wrap in it (the first of each term not yet explained, or all of them), as
   * the build plugins find them. A nested `<mlops-auto-terms>` looks after its own content.
   */
  private findMatches({ terms, all, plurals, exclude }: ScanSettings) {
    const skipped = `${this.localName}${exclude ? `,${exclude}` : ''}`;
    return planTermWraps<Node>(this, domTermTree, { terms, all, plurals, skip: (node) => (node as Element).matches(skipped) });
  }

  /**
   * Splits a text node around each match and moves the matched part into a new `<mlops-term>`.
   * Works from the last match back, so the offsets of the earlier ones stay valid in `text`.
   */
  private wrapMatches(text: Text, matches: readonly TermMatch[]): void {
    const document = this.ownerDocument;
    for (let index = matches.length - 1; index >= 0; index--) {
      const { id, start, end } = matches[index];
      if (end < text.length) text.splitText(end);
      const matched = start > 0 ? text.splitText(start) : text;
      const wrapper = document.createElement(TERM_TAG);
      wrapper.setAttribute('term', id);
      if (this.glossaryHrefValue) wrapper.setAttribute('glossary-href', this.glossaryHrefValue);
      matched.parentNode!.insertBefore(wrapper, matched);
      wrapper.appendChild(matched);
      this.wrappers.add(wrapper);
    }
  }
}

/** A wrapped term's `glossary-href`, as an attribute (it may be upgraded later), or none. */
function setGlossaryHref(wrapper: HTMLElement, href: string | undefined): void {
  if (href) wrapper.setAttribute('glossary-href', href);
  else wrapper.removeAttribute('glossary-href');
}

/** Puts a wrapper's content back in its place and joins the text it was split from. */
function unwrap(wrapper: HTMLElement): void {
  const parent = wrapper.parentNode!;
  const only = wrapper.childNodes.length === 1 ? wrapper.firstChild : null;
  while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
  wrapper.remove();
  if (!isText(only)) return;
  let text = only;
  const before = text.previousSibling;
  if (isText(before)) {
    before.appendData(text.data);
    text.remove();
    text = before;
  }
  const after = text.nextSibling;
  if (isText(after)) {
    text.appendData(after.data);
    after.remove();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-auto-terms-scan': CustomEvent<MlopsAutoTermsScanDetail>;
  }
}
