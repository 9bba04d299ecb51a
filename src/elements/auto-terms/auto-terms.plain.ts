/**
 * `<mlops-auto-terms>` in plain HTML (the static renderer's plain mode, ARCHITECTURE.md): the author's
 * content, with the terms it finds marked up as `<mlops-term>` marks them.
 */
import { escapeText, fragment, Markup, type Child } from '../../render/html.js';
import { attribute, htmlTermTree, isHtmlElement, type HtmlNode, type LocatedElement } from '../../render/parse.js';
import { renderStrings } from '../../render/render.strings.js';
import { isLibraryTag, type ElementRenderer, type RenderJob } from '../../render/renderer.js';
import { termMarkup } from '../term/term.plain.js';
import { planTermWraps } from './find-term-matches.js';

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

/**
 * Besides the matcher's own skip list: the library's elements (rendered by their own renderers), a
 * nested `<mlops-auto-terms>` and the author's `exclude`, as far as it is simple selectors.
 */
function skipTest(job: RenderJob, element: LocatedElement): SimpleSelector {
  const tests: SimpleSelector[] = [(node) => node.tagName !== undefined && isLibraryTag(node.tagName)];
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
  const planned = planTermWraps(element, htmlTermTree, {
    terms,
    all: attribute(element, 'all') !== undefined,
    plurals: attribute(element, 'plurals') !== undefined,
    skip: skipTest(job, element),
  });
  const wrap = ({ node, matches }: (typeof planned)[number]) => {
    const text = node.value ?? '';
    const location = node.sourceCodeLocation;
    if (!location) return;
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
  // The library's elements inside are expanded as anywhere else (a nested <mlops-profile>'s content too).
  const renderNested = (node: HtmlNode): void => {
    for (const child of node.childNodes ?? []) {
      if (isHtmlElement(child) && isLibraryTag(child.tagName) && child.tagName !== 'mlops-profile') job.visit(child);
      else if (child.tagName !== 'template') renderNested(child);
    }
  };
  job.unwrap(element, fragment(), fragment(), () => {
    planned.forEach(wrap);
    renderNested(element);
  });
};
