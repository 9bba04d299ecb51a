/**
 * `<mlops-term>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): the author's text in
 * `<dfn><abbr title>`, with `footnotes` a numbered reference to a note.
 */
import { findTerm, suggestTerm } from '../../data/terms.js';
import type { Term } from '../../data/types.js';
import { el, fragment, Markup, startTag } from '../../render/html.js';
import { attribute, textContent, type HtmlNode } from '../../render/parse.js';
import { renderStrings } from '../../render/render.strings.js';
import type { ElementRenderer, RenderJob } from '../../render/renderer.js';
import { termStrings } from './term.strings.js';

/** A known term around the author's text: `<dfn><abbr title>`, and with `footnotes` a numbered reference. */
export function termMarkup(job: RenderJob, node: HtmlNode, term: Term): { before: Markup; after: Markup } {
  job.useTerm(term);
  const note = job.noteFor(node, term);
  return {
    before: fragment(startTag('dfn'), startTag('abbr', { title: renderStrings.termTitle(term.insider, term.explanation) })),
    after: fragment(new Markup('</abbr></dfn>'), note && el('sup', {}, el('a', { href: `#${note.id}`, 'aria-describedby': note.id }, note.number))),
  };
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const terms = job.profile.terminology;
  const key = (attribute(element, 'term') || textContent(element)).trim();
  const found = findTerm(key, terms);
  if (!found) {
    if (key) job.problem(element, job.strings(element, 'term', termStrings).unknownTerm(element.tagName, key.slice(0, 80)), suggestTerm(key, terms));
    // The author's text stays, as the element leaves it.
    return job.unwrap(element, fragment(), fragment());
  }
  const { before, after } = termMarkup(job, element, found);
  job.unwrap(element, before, after);
};
