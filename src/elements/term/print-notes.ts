/**
 * Terms on paper, where no bubble can open: while the page prints, each known term inside an
 * `<article>` is marked with a number and its explanation becomes that numbered note in a list at the
 * end of the article (a term used twice there has one note, as in the static renderer's `footnotes`);
 * a term outside any article prints its explanation after it, in brackets.
 *
 * The marks and lists are made when printing starts and taken away when it ends, so the screen never
 * shows them and printing again makes them anew, never twice. Printing starts with `beforeprint`, or
 * with print media starting to match (engines that send no event, print emulation); it ends with
 * `afterprint`, or with print media no longer matching when no `beforeprint` came.
 *
 * Loaded by the first term that connects (a dynamic import, so that pages pay for it only in a chunk
 * of its own): when printing starts it is too late to fetch code.
 */
import type { Term } from '../../data/types.js';

/** What printing needs of a node: its term and the words before the outsiders' phrase ("Outsiders say:") when it is a known term. */
export type NoteOf = (node: Element) => readonly [term: Term, outsidersSay: string] | undefined;

/** Marks the notes lists printing adds, which the screen never shows (a page's own `.mlops-notes`, from the static renderer, it does). */
const PRINT_ATTRIBUTE = 'data-mlops-print';

/**
 * In the document or shadow root of the marked terms and of the lists, while printing only: the
 * numbers after the terms, the bracketed explanations, plain text rather than a trigger (the bubble
 * hidden, were one open, the underline gone), the lists set off from the article; never on screen.
 * Outside the terms' shadow roots, so through their parts; unlayered, so over the element-as-trigger rules.
 */
const PRINT_RULES =
  '@media print{[data-mlops-note]::after{content:attr(data-mlops-note);font-size:.75em;line-height:0;vertical-align:super}' +
  '[data-mlops-gloss]::after{content:" (" attr(data-mlops-gloss) ")"}' +
  ':is([data-mlops-note],[data-mlops-gloss]),:is([data-mlops-note],[data-mlops-gloss])::part(trigger){text-decoration:none}' +
  ':is([data-mlops-note],[data-mlops-gloss])::part(bubble){display:none}' +
  `.mlops-notes[${PRINT_ATTRIBUTE}]{margin-top:1.5em;border-top:1px solid;font-size:.875em}}` +
  `@media not print{.mlops-notes[${PRINT_ATTRIBUTE}]{display:none}}`;

const watched = new WeakSet<Window>();

/** Makes the terms' notes whenever the page prints, and takes them away after (the default export: its name costs the importer nothing). */
export default function watchPrinting(noteOf: NoteOf, view: Window = window): void {
  if (watched.has(view)) return;
  watched.add(view);
  let undo: (() => void) | undefined;
  let byEvent = false;
  const start = (event?: Event) => {
    byEvent ||= !!event;
    undo ??= addNotes(view.document, noteOf);
  };
  const end = (event?: Event) => {
    if (event) byEvent = false;
    else if (byEvent) return; // the print media ending during a print the events bracket: afterprint ends it
    undo?.();
    undo = undefined;
  };
  view.addEventListener('beforeprint', start);
  view.addEventListener('afterprint', end);
  const print = view.matchMedia('print');
  print.addEventListener('change', () => (print.matches ? start() : end()));
}

/** The nearest `<article>` around `node`, across shadow roots. */
function articleAround(node: Node): Element | undefined {
  for (let at: Node | null = node.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if ((at as Element).localName === 'article') return at as Element;
  }
  return undefined;
}

/** Every element of `root` in document order, a shadow host's open shadow tree right after the host. */
function* elementsOf(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* elementsOf(element.shadowRoot);
  }
}

interface NoteList {
  terms: Term[];
  list: HTMLOListElement;
}

/** Marks the terms and adds the notes lists; returns what takes them away again. */
function addNotes(doc: Document, noteOf: NoteOf): () => void {
  const lists = new Map<Element, NoteList>();
  const marked: Element[] = [];
  const roots = new Set<Document | ShadowRoot>();
  for (const element of elementsOf(doc)) {
    const found = noteOf(element);
    if (!found) continue;
    const [term, outsidersSay] = found;
    const article = articleAround(element);
    if (article) {
      let notes = lists.get(article);
      if (!notes) lists.set(article, (notes = { terms: [], list: doc.createElement('ol') }));
      let number = notes.terms.indexOf(term) + 1;
      if (!number) {
        number = notes.terms.push(term);
        const item = notes.list.appendChild(doc.createElement('li'));
        item.textContent = `${term.insider} — ${term.explanation} ${outsidersSay} ${term.outsider}`;
      }
      element.setAttribute('data-mlops-note', String(number));
      roots.add(article.getRootNode() as Document | ShadowRoot);
    } else {
      element.setAttribute('data-mlops-gloss', term.explanation);
    }
    marked.push(element);
    roots.add(element.getRootNode() as Document | ShadowRoot);
  }
  const sections: Element[] = [];
  for (const [article, { list }] of lists) {
    // The static renderer's markup for its notes, so that a page styles both alike.
    const section = doc.createElement('section');
    section.className = 'mlops-notes';
    section.setAttribute(PRINT_ATTRIBUTE, '');
    section.append(list);
    article.append(section);
    sections.push(section);
  }
  const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  sheet.replaceSync(PRINT_RULES);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const section of sections) section.remove();
    for (const element of marked) for (const name of ['data-mlops-note', 'data-mlops-gloss']) element.removeAttribute(name);
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((added) => added !== sheet);
  };
}
