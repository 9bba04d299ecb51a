/**
 * One rendering of one page: finds the library's elements in the parsed page (those the element
 * registry lists, outermost first), has each expanded, and applies the expansions to the original
 * string as edits by source offset. Every byte outside the edited ranges is the author's, untouched.
 */
import type { Profile, Term, Tool } from '../data/types.js';
import type { TermMatch } from '../elements/auto-terms/find-term-matches.js';
import { glossaryStrings } from '../elements/glossary/glossary.strings.js';
import { stringsFor, type StringTables } from '../internal/i18n.js';
import { elements, type ElementEntry } from '../registry.js';
import { termMarkup } from '../elements/term/term.plain.js';
import { autoTermEdits, linkedText, termElementMarkup, type AutoTermsOptions } from './auto-terms.js';
import { el, type Markup } from './html.js';
import { JSON_LD_MARKER, jsonLdGraph, jsonLdScript } from './json-ld.js';
import { attribute, closest, isHtmlElement, tagSpans, type HtmlNode, type LocatedElement } from './parse.js';
import { renderStrings } from './render.strings.js';

/** A problem found in the page, where the element starts (1-based line and column). */
export interface RenderProblem {
  line: number;
  col: number;
  /** The element it concerns. */
  tag: string;
  message: string;
  /** What the element would suggest ("MLflow"), when something is close. */
  suggestion?: string;
}

export type RenderMode = 'dsd' | 'plain';

export interface JobOptions {
  mode: RenderMode;
  /** Overrides the page's own `lang` for the elements' wording. */
  lang?: string;
  jsonLd: boolean;
  footnotes: boolean;
  /** A dataset was given (`profile`): a `<mlops-profile src>` is then taken to be that dataset. */
  profileGiven: boolean;
  /** Build-time auto-terms: the glossary's phrases in the page's text are wrapped as `<mlops-term>` writes them. */
  autoTerms?: AutoTermsOptions;
}

/** Expands one element; it calls the job's edit methods and reports problems through it. */
export type ElementRenderer = (job: RenderJob, element: LocatedElement) => void;

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface NoteGroup {
  offset: number;
  notes: Array<{ id: string; term: Term }>;
}

const registry = new Map<string, ElementEntry>(elements.map((entry) => [entry.tag, entry]));

/** True for the tags of the library's elements. */
export function isLibraryTag(tag: string): boolean {
  return registry.has(tag);
}

export class RenderJob {
  readonly problems: RenderProblem[] = [];
  /** How many of the library's elements were found (outermost and nested). */
  elements = 0;
  private readonly edits: Edit[] = [];
  private readonly terms = new Map<string, Term>();
  private readonly tools = new Map<string, Tool>();
  /** Every `id` in the page, and those the renderer added, so that no id is used twice. */
  private readonly ids = new Set<string>();
  private readonly noteGroups = new Map<number, NoteGroup>();
  private noteCount = 0;
  /** Above zero while elements are only being read (dsd mode), not edited. */
  private silent = 0;

  constructor(
    readonly html: string,
    private readonly root: HtmlNode,
    readonly profile: Profile,
    readonly options: JobOptions,
    private readonly plain: Record<string, ElementRenderer>,
    /** Server-renders one element's source (dsd mode), in the language that applies where it stands. */
    private readonly serverRender?: (source: string, lang: string) => string,
  ) {
    collectIds(root, this.ids);
  }

  /** Expands every element of the page; returns the new page. */
  run(): string {
    if (this.options.autoTerms) this.wrapTerms(this.options.autoTerms);
    this.visitChildren(this.root);
    for (const group of this.noteGroups.values()) this.insert(group.offset, this.notesMarkup(group));
    if (this.options.jsonLd) this.addJsonLd();
    return this.applyEdits();
  }

  // ——— Walking the page ———

  visit(node: HtmlNode): void {
    if (isHtmlElement(node) && registry.has(node.tagName)) this.expand(node);
    // A template's content is inert: a page script clones it, and nothing renders it without one.
    else if (node.tagName !== 'template') this.visitChildren(node);
  }

  visitChildren(node: HtmlNode): void {
    for (const child of node.childNodes ?? []) this.visit(child);
  }

  private expand(element: LocatedElement): void {
    this.elements++;
    const tag = element.tagName;
    const render = this.plain[tag];
    if (this.options.mode === 'plain') return render(this, element);
    // dsd: a provider that loads its dataset in the browser is left to the browser, with all inside it.
    if (tag === 'mlops-profile' && attribute(element, 'src')) return;
    // Read as the plain renderer does (problems, the terms and tools for JSON-LD), without editing.
    this.silently(() => render(this, element));
    if (this.silent || registry.get(tag)?.base !== 'lit' || isServerRendered(element) || !this.serverRender) return;
    const { start, end } = this.range(element);
    const source = this.html.slice(start, end);
    if (source.includes('$lit$')) return this.problem(element, renderStrings.litMarker(tag));
    this.edit(start, end, this.serverRender(source, this.langOf(element)));
  }

  private silently(read: () => void): void {
    this.silent++;
    try {
      read();
    } finally {
      this.silent--;
    }
  }

  /** The element's source range; only its start tag when the author left out the end tag (and a problem says so). */
  private range(element: LocatedElement): { start: number; end: number; open: boolean } {
    const { start, end } = tagSpans(element);
    if (end) return { start: start.startOffset, end: element.sourceCodeLocation.endOffset, open: false };
    if (!this.silent) this.problem(element, renderStrings.noEndTag(element.tagName));
    return { start: start.startOffset, end: start.endOffset, open: true };
  }

  /** Each phrase the term matcher finds: an `<mlops-term>` in dsd mode, as the plain `<mlops-term>` is in plain mode. */
  private wrapTerms(options: AutoTermsOptions): void {
    const terms = this.profile.terminology;
    const wrap = (match: TermMatch, node: HtmlNode) => {
      const term = terms.find((candidate) => candidate.id === match.id)!;
      this.useTerm(term);
      if (this.options.mode !== 'plain') return termElementMarkup(match, options.glossaryHref);
      const { before, after } = termMarkup(this, node, term);
      return `${before.html}${linkedText(match, options.glossaryHref)}${after.html}`;
    };
    for (const { start, end, text } of autoTermEdits(this.html, this.root, terms, options, wrap)) this.edit(start, end, text);
  }

  // ——— Edits, for the element renderers ———

  /** Replaces the whole element with `markup`. */
  replace(element: LocatedElement, markup: Markup): void {
    const { start, end, open } = this.range(element);
    this.edit(start, end, markup.html);
    // Without an end tag, what the parser put inside is the author's page that follows: keep expanding it.
    if (open) this.visitChildren(element);
  }

  /**
   * Replaces the element's start and end tags with `before` and `after` and keeps its content,
   * expanded by `visitContent` (by default as any other part of the page).
   */
  unwrap(element: LocatedElement, before: Markup, after: Markup, visitContent: () => void = () => this.visitChildren(element)): void {
    const { start, end } = tagSpans(element);
    this.edit(start.startOffset, start.endOffset, before.html);
    visitContent();
    if (end) this.edit(end.startOffset, end.endOffset, after.html);
    else this.edit(element.sourceCodeLocation.endOffset, element.sourceCodeLocation.endOffset, after.html);
  }

  /** Replaces a source range (a text node) with `markup`. */
  replaceRange(start: number, end: number, markup: Markup): void {
    this.edit(start, end, markup.html);
  }

  private insert(offset: number, markup: Markup): void {
    this.edit(offset, offset, markup.html);
  }

  private edit(start: number, end: number, text: string): void {
    if (!this.silent) this.edits.push({ start, end, text });
  }

  /** The page with every edit applied, the author's bytes between them untouched. */
  private applyEdits(): string {
    // By position; at one position, insertions before the replacement that starts there, and in the order made.
    const edits = this.edits.map((edit, order) => ({ ...edit, order }));
    edits.sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || a.order - b.order);
    let out = '';
    let cursor = 0;
    for (const edit of edits) {
      if (edit.start < cursor) throw new Error(`mlops-elements/render: overlapping edits at offset ${edit.start}`);
      out += this.html.slice(cursor, edit.start) + edit.text;
      cursor = edit.end;
    }
    return out + this.html.slice(cursor);
  }

  // ——— What the element renderers report and use ———

  problem(node: HtmlNode, message: string, suggestion?: string): void {
    const location = node.sourceCodeLocation;
    const tag = node.tagName ?? '';
    const line = location?.startLine ?? 0;
    const col = location?.startCol ?? 0;
    // The same element read twice (dsd reads it, nested analysis may read it again) reports once.
    if (this.problems.some((problem) => problem.line === line && problem.col === col && problem.message === message)) return;
    this.problems.push({ line, col, tag, message, ...(suggestion ? { suggestion } : {}) });
  }

  /** A term the page uses, for JSON-LD. */
  useTerm(term: Term): void {
    this.terms.set(term.id, term);
  }

  /** The terms the page uses, in order of first use. */
  get usedTerms(): Term[] {
    return [...this.terms.values()];
  }

  /** The tools the page shows, in order of first appearance. */
  get shownTools(): Tool[] {
    return [...this.tools.values()];
  }

  /** A tool the page shows, for JSON-LD. */
  showTool(tool: Tool): void {
    this.tools.set(tool.id, tool);
  }

  /** The language of the element's wording: the `lang` option, else the element's own or its nearest ancestor's. */
  langOf(node: HtmlNode): string {
    if (this.options.lang !== undefined) return this.options.lang;
    const owner = node.attrs?.some((attr) => attr.name === 'lang') ? node : closest(node, (ancestor) => attribute(ancestor, 'lang') !== undefined);
    return (owner && attribute(owner, 'lang')) || '';
  }

  /** A string table in the element's language (English with any registered translation laid over it). */
  strings<K extends keyof StringTables>(node: HtmlNode, table: K, english: StringTables[K]): StringTables[K] {
    const lang = this.langOf(node);
    return lang ? stringsFor(lang, table, english) : english;
  }

  /** `wanted` if no element of the page or of the output has that id yet, else undefined (the output then has none). */
  claimId(wanted: string): string | undefined {
    if (this.silent || this.ids.has(wanted)) return undefined;
    this.ids.add(wanted);
    return wanted;
  }

  /**
   * With `footnotes`: the note for `term` at the end of the element's enclosing `<article>` (or of
   * the page), numbered in order there; a term used twice in one article has one note.
   */
  noteFor(node: HtmlNode, term: Term): { id: string; number: number } | undefined {
    if (!this.options.footnotes || this.silent) return undefined;
    const offset = this.notesOffset(node);
    let group = this.noteGroups.get(offset);
    if (!group) this.noteGroups.set(offset, (group = { offset, notes: [] }));
    let index = group.notes.findIndex((note) => note.term.id === term.id);
    if (index < 0) {
      let id: string | undefined;
      while (!id) id = this.claimId(`mlops-note-${++this.noteCount}`);
      index = group.notes.push({ id, term }) - 1;
    }
    return { id: group.notes[index].id, number: index + 1 };
  }

  /** The end of the enclosing `<article>`, else of `<main>`, else of the page. */
  private notesOffset(node: HtmlNode): number {
    for (const tag of ['article', 'main']) {
      const container = closest(node, (ancestor) => ancestor.tagName === tag && isHtmlElement(ancestor)) as LocatedElement | undefined;
      if (container) return tagSpans(container).end?.startOffset ?? container.sourceCodeLocation.endOffset;
    }
    return this.pageEnd();
  }

  /** Before `</body>` (or `</html>`) when the author wrote one, else the end of the input. */
  private pageEnd(): number {
    const find = (node: HtmlNode, tag: string): LocatedElement | undefined =>
      isHtmlElement(node) && node.tagName === tag ? node : (node.childNodes ?? []).map((child) => find(child, tag)).find(Boolean);
    for (const tag of ['body', 'html']) {
      const found = find(this.root, tag);
      const end = found && tagSpans(found).end;
      if (end) return end.startOffset;
    }
    return this.html.length;
  }

  private notesMarkup(group: NoteGroup): Markup {
    return el(
      'section',
      { class: 'mlops-notes', 'aria-label': renderStrings.notes },
      el(
        'ol',
        {},
        group.notes.map(({ id, term }) => {
          const outsidersSay = this.strings(this.root, 'glossary', glossaryStrings).outsidersSay;
          return el('li', { id }, renderStrings.note(term.insider, term.explanation, outsidersSay, term.outsider));
        }),
      ),
    );
  }

  private addJsonLd(): void {
    const graph = jsonLdGraph(this.profile, [...this.terms.values()], [...this.tools.values()]);
    if (!graph) return;
    const script = jsonLdScript(graph);
    const previous = findNode(this.root, (node) => node.tagName === 'script' && attribute(node, JSON_LD_MARKER) !== undefined);
    if (previous?.sourceCodeLocation) this.edit(previous.sourceCodeLocation.startOffset, previous.sourceCodeLocation.endOffset, script.html);
    else this.insert(this.pageEnd(), script);
  }
}

/** Already server-rendered (a declarative shadow root inside): rendering it again would nest a second one. */
function isServerRendered(element: LocatedElement): boolean {
  return element.childNodes.some((child) => child.tagName === 'template' && (attribute(child, 'shadowrootmode') ?? attribute(child, 'shadowroot')) !== undefined);
}

function collectIds(node: HtmlNode, ids: Set<string>): void {
  const id = attribute(node, 'id');
  if (id) ids.add(id);
  for (const child of node.childNodes ?? []) collectIds(child, ids);
  if (node.content) collectIds(node.content, ids);
}

function findNode(node: HtmlNode, test: (node: HtmlNode) => boolean): HtmlNode | undefined {
  if (test(node)) return node;
  for (const child of node.childNodes ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}
