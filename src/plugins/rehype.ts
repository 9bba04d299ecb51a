/**
 * `mlops-elements/rehype`: a unified plugin for any remark → rehype pipeline (Astro, Docusaurus/MDX,
 * Next.js MDX, unified itself). It wraps the glossary's phrases in `<mlops-term>` (`autoTerms`) and
 * renders the library's elements it finds, raw HTML from Markdown included, with the static renderer.
 *
 * ```js
 * import rehypeMlopsElements from 'mlops-elements/rehype';
 * unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true })
 *   .use(rehypeMlopsElements, { autoTerms: 'first', glossaryHref: '/glossary/' })
 *   .use(rehypeStringify, { allowDangerousHtml: true });
 * ```
 *
 * A page opts out of auto-terms with `mlopsTerms: false` in its front matter, which the plugin reads
 * from the file's data: `file.data.frontmatter` (or `frontMatter`, `matter`, as front-matter plugins
 * put it), Astro's `file.data.astro.frontmatter`, or `file.data.mlopsTerms` set directly.
 */
import { findTerm } from '../data/terms.js';
import type { Term, Tool } from '../data/types.js';
import { autoTermsFor, planTermWraps, TERM_TAG, type TermMatch } from '../elements/auto-terms/find-term-matches.js';
import { prepareRender, renderDocumentSync, type RenderProblem } from '../render/index.js';
import { jsonLdGraph, jsonLdScript } from '../render/json-ld.js';
import { isLibraryTag } from '../render/renderer.js';
import { glossaryLink } from '../internal/glossary-link.js';
import { GLOSSARY_LINK_ATTRIBUTE } from '../render/auto-terms.js';
import { frontMatterOf, pluginSettings, type MlopsPluginOptions, type PluginSettings } from './core.js';
import { fromHtml, hastTermTree, isJsx, propertyName, toHtml, type HastElement, type HastNode } from './hast.js';

export type { MlopsPluginOptions } from './core.js';
export type { HastNode } from './hast.js';

/** What the plugin reads of unified's file: its data, and `message` to report a problem. */
export interface MlopsVFile {
  data?: Record<string, unknown>;
  /** Its path: an `.mdx` file is compiled to JSX. */
  path?: string;
  message?: (reason: string) => unknown;
}

function termElement(match: TermMatch, glossaryHref: string | undefined): HastElement {
  const text: HastNode = { type: 'text', value: match.text };
  const child: HastNode = glossaryHref
    ? { type: 'element', tagName: 'a', properties: { href: glossaryLink(glossaryHref, match.id), [propertyName(GLOSSARY_LINK_ATTRIBUTE)]: '' }, children: [text] }
    : text;
  // glossary-href: the term's bubble links to the entry once the script has taken the text's own link away.
  return { type: 'element', tagName: TERM_TAG, properties: { term: match.id, 'glossary-href': glossaryHref }, children: [child] };
}

/** Build-time auto-terms on the tree: each match's text node is split and the match wrapped. */
function wrapTerms(tree: HastNode, settings: PluginSettings, all: boolean): void {
  const planned = new Map(
    planTermWraps(tree, hastTermTree, {
      terms: settings.terms,
      all,
      plurals: settings.plurals,
      skip: (node) => isLibraryTag(hastTermTree.tag(node) ?? ''),
    }).map(({ node, matches }) => [node, matches]),
  );
  const visit = (parent: HastNode) => {
    if (!parent.children) return;
    parent.children = parent.children.flatMap((child) => {
      const matches = planned.get(child);
      if (!matches) {
        visit(child);
        return [child];
      }
      const text = child.value ?? '';
      const pieces: HastNode[] = [];
      let from = 0;
      for (const match of matches) {
        if (match.start > from) pieces.push({ type: 'text', value: text.slice(from, match.start) });
        pieces.push(termElement(match, settings.glossaryHref));
        from = match.end;
      }
      if (from < text.length) pieces.push({ type: 'text', value: text.slice(from) });
      return pieces;
    });
  };
  if (planned.size) visit(tree);
}

/**
 * Inline HTML in Markdown arrives as `raw` nodes, one per tag (`<mlops-term>`, text, `</mlops-term>`):
 * each element with raw children is parsed again as HTML, so that the matcher sees the term, link
 * or code those tags make. Raw blocks at the top level stay as they are (the renderer takes them whole).
 */
function parseInlineRaw(node: HastNode, top = true): void {
  const children = node.children ?? [];
  if (!top && children.some((child) => child.type === 'raw')) {
    const html = toHtml({ type: 'root', children });
    if (html !== undefined) node.children = fromHtml(html);
  }
  for (const child of node.children ?? []) if (child.type === 'element' || isJsx(child)) parseInlineRaw(child, false);
}

/**
 * The subtree holds something for the renderer: one of the library's elements (in dsd mode not a
 * `<mlops-term>`, which stays as it is), or raw HTML naming one.
 */
function needsRender(node: HastNode, dsd: boolean): boolean {
  const tag = hastTermTree.tag(node);
  if (tag && isLibraryTag(tag) && !(dsd && tag === TERM_TAG)) return true;
  if (node.type === 'raw') return /<mlops-/i.test(node.value ?? '');
  return (node.children ?? []).some((child) => needsRender(child, dsd));
}

/** The terms of the `<mlops-term>`s left in the tree (dsd mode), for the JSON-LD. */
function termsLeft(node: HastNode, terms: readonly Term[], found: Map<string, Term>): void {
  if (hastTermTree.tag(node) === TERM_TAG) {
    const term = findTerm(hastTermTree.attribute(node, 'term') || textOf(node), terms);
    if (term) found.set(term.id, term);
    return;
  }
  for (const child of node.children ?? []) termsLeft(child, terms, found);
}

const textOf = (node: HastNode): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

interface Rendered {
  terms: Map<string, Term>;
  tools: Map<string, Tool>;
  problems: RenderProblem[];
}

/** MDX JSX naming one of the library's elements with a `{expression}`: its value is known only when the page runs. */
function unrenderedJsx(node: HastNode & { position?: { start?: { line?: number; column?: number } } }, tag: string): RenderProblem {
  const { line = 0, column = 0 } = node.position?.start ?? {};
  return { line, col: column, tag, message: `<${tag}> has a {…} attribute, so it is left as written: only literal attributes ("…") can be rendered at build time` };
}

/**
 * Renders each outermost piece of the tree that needs it, as HTML through the static renderer, and
 * puts the result back as hast. A piece HTML cannot express (MDX's JSX) is looked into instead.
 */
function renderPieces(parent: HastNode, settings: PluginSettings, rendered: Rendered): void {
  const children = parent.children ?? [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (!needsRender(child, settings.mode === 'dsd')) continue;
    const html = toHtml(child);
    if (html === undefined) {
      const tag = hastTermTree.tag(child);
      if (isJsx(child) && tag && isLibraryTag(tag)) rendered.problems.push(unrenderedJsx(child, tag));
      renderPieces(child, settings, rendered);
      continue;
    }
    const result = renderDocumentSync(html, { ...settings.render, jsonLd: false });
    result.terms.forEach((term) => rendered.terms.set(term.id, term));
    result.tools.forEach((tool) => rendered.tools.set(tool.id, tool));
    rendered.problems.push(...result.problems);
    // A paragraph around an element that renders as a block comes out of the parser as empty paragraphs beside it.
    const nodes = fromHtml(result.html).filter((node) => !(node.tagName === 'p' && !node.children?.length) || !child.children?.length);
    children.splice(index, 1, ...nodes);
    index += nodes.length - 1;
  }
}

/**
 * MDX turns the tree into React (or Preact, Vue) elements, and their renderers drop a declarative
 * shadow root's `<template>` content: in dsd mode an `.mdx` page keeps its elements as written, for
 * the script to render, rather than get empty shadow roots.
 */
const MDX_DSD_MESSAGE =
  "mlops-elements: mode 'dsd' cannot pass through MDX (its JSX renderers drop declarative shadow roots), so the elements are left for the script; use mode 'plain' for HTML that needs no JavaScript";

const isMdxNode = (node: HastNode): boolean => node.type.startsWith('mdx') || (node.children ?? []).some(isMdxNode);
const isMdx = (tree: HastNode, file?: MlopsVFile) => /\.mdx$/i.test(file?.path ?? '') || isMdxNode(tree);

/** The unified plugin: `.use(rehypeMlopsElements, options)`. Options are checked when the pipeline is built. */
export default function rehypeMlopsElements(options: MlopsPluginOptions = {}): (tree: HastNode, file?: MlopsVFile) => Promise<void> {
  const settings = pluginSettings(options);
  return async (tree, file) => {
    parseInlineRaw(tree);
    const autoTerms = autoTermsFor(settings.autoTerms, frontMatterOf(file?.data));
    if (autoTerms) wrapTerms(tree, settings, autoTerms === 'all');
    if (settings.mode === 'none') return;
    const rendered: Rendered = { terms: new Map(), tools: new Map(), problems: [] };
    if (settings.mode === 'dsd' && isMdx(tree, file)) {
      file?.message?.(MDX_DSD_MESSAGE);
    } else {
      if (settings.mode === 'dsd') await prepareRender();
      renderPieces(tree, settings, rendered);
    }
    if (settings.mode === 'dsd') termsLeft(tree, settings.dataset.terminology, rendered.terms);
    for (const problem of rendered.problems) file?.message?.(`mlops-elements: ${problem.message}${problem.suggestion ? ` (did you mean ${problem.suggestion}?)` : ''}`);
    const graph = settings.render.jsonLd && jsonLdGraph(settings.dataset, [...rendered.terms.values()], [...rendered.tools.values()]);
    if (graph) tree.children?.push(...fromHtml(jsonLdScript(graph).html));
  };
}
