/**
 * `<mlops-auto-terms>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): the author's
 * content, with the terms it finds marked up as `<mlops-term>` marks them.
 */
import { findTerm } from '../../data/terms.js';
import { escapeText, fragment, Markup, type Child } from '../../render/html.js';
import { attribute, isHtmlElement, textContent, type HtmlNode, type LocatedElement } from '../../render/parse.js';
import { renderStrings } from '../../render/render.strings.js';
import { isLibraryTag, type ElementRenderer, type RenderJob } from '../../render/renderer.js';
import { termMarkup } from '../term/term.plain.js';
import { SKIPPED } from './auto-terms.js';
import { findTermMatches } from './find-term-matches.js';

/** One compound selector of the simple kinds: a tag, `.class`, `#id`, `[attribute]`, `[attribute=value]`. */
type SimpleSelector = (node: HtmlNode) => boolean;

function compileSelector(selector: string): SimpleSelector | undefined {
  const match = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+|#[\w-]+|\[[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\]'"]*))?\])*)$/i.exec(selector.trim());
  if (!match || !selector.trim()) return undefined;
  const tag = match[1]?.toLowerCase();
  const tests: SimpleSelector[] = [];
  for (const [part] of match[2].matchAll(/\.[\w-]+|#[\w-]+|\[[^\]]+\]/g)) {
    if (part[0] === '.') tests.push((node) => (attribute(node, 'class') ?? '').split(/\s+/).includes(part.slice(1)));
    else if (part[0] === '#') tests.push((node) => attribute(node, 'id') === part.slice(1));
    else {
      const [name, raw] = part.slice(1, -1).split('=');
      const value = raw?.replace(/^["']|["']$/g, '');
      tests.push((node) => (value === undefined ? attribute(node, name.toLowerCase()) !== undefined : attribute(node, name.toLowerCase()) === value));
    }
  }
  return (node) => (!tag || node.tagName === tag) && tests.every((test) => test(node));
}

/** The auto-terms skip list (the element's own) and the author's `exclude`, as far as it is simple selectors. */
function skipTest(job: RenderJob, element: LocatedElement): SimpleSelector {
  const tests = SKIPPED.split(',').map((selector) => compileSelector(selector)!);
  tests.push((node) => node.tagName === element.tagName);
  const exclude = attribute(element, 'exclude')?.trim();
  if (exclude) {
    const parts = exclude.split(',').map(compileSelector);
    if (parts.some((part) => !part)) job.problem(element, renderStrings.unsupportedExclude(exclude));
    tests.push(...parts.filter((part): part is SimpleSelector => !!part));
  }
  return (node) => tests.some((test) => test(node));
}

export const plainRenderer: ElementRenderer = (job, element) => {
  const terms = job.profile.terminology;
  const all = attribute(element, 'all') !== undefined;
  const skipped = skipTest(job, element);
  // A term wrapped by hand counts as explained: only the first of the others is wrapped (unless `all`).
  const explained = new Set<string>();
  const handWritten = (node: HtmlNode): void => {
    if (node.tagName === 'mlops-term') {
      const found = findTerm(attribute(node, 'term') || textContent(node), terms);
      if (found) explained.add(found.id);
    }
    node.childNodes?.forEach(handWritten);
  };
  if (!all) element.childNodes.forEach(handWritten);

  const scanText = (node: HtmlNode) => {
    const text = node.value ?? '';
    const location = node.sourceCodeLocation;
    const matches = findTermMatches(text, terms).filter((match) => all || (!explained.has(match.id) && !!explained.add(match.id)));
    if (!matches.length || !location) return;
    const pieces: Child[] = [];
    let from = 0;
    for (const match of matches) {
      const found = terms.find((candidate) => candidate.id === match.id)!;
      const { before, after } = termMarkup(job, node, found);
      pieces.push(text.slice(from, match.start), before, new Markup(escapeText(match.text)), after);
      from = match.end;
    }
    pieces.push(text.slice(from));
    job.replaceRange(location.startOffset, location.endOffset, fragment(...pieces));
  };
  const walk = (node: HtmlNode, inSkipped: boolean): void => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') {
        if (!inSkipped) scanText(child);
      } else if (isHtmlElement(child) && isLibraryTag(child.tagName) && child.tagName !== 'mlops-profile') job.visit(child);
      else if (child.tagName !== 'template') walk(child, inSkipped || (child.tagName !== undefined && skipped(child)));
    }
  };
  job.unwrap(element, fragment(), fragment(), () => walk(element, false));
};
