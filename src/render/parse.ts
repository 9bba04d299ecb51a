/**
 * The author's HTML parsed with parse5, with source positions: the renderer finds the elements in
 * the tree and edits the original string by offsets, so it never re-serialises the page.
 * The node shapes below are the parts of parse5's default tree that the renderer reads.
 */
import { parse, parseFragment } from 'parse5';
import type { TermTree } from '../elements/auto-terms/find-term-matches.js';

/** Where a node or tag sits in the source: 1-based line and column, 0-based offsets. */
export interface Span {
  startLine: number;
  startCol: number;
  startOffset: number;
  endOffset: number;
}

export interface ElementSpan extends Span {
  startTag?: Span;
  endTag?: Span;
}

export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  /** A `<template>`'s content. */
  content?: HtmlNode;
  /** Text of a text node. */
  value?: string;
  parentNode?: HtmlNode | null;
  sourceCodeLocation?: ElementSpan | null;
}

/** An element with its position: what the renderer can edit. */
export interface LocatedElement extends HtmlNode {
  tagName: string;
  attrs: Array<{ name: string; value: string }>;
  childNodes: HtmlNode[];
  sourceCodeLocation: ElementSpan;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * A whole page (doctype or `<html>` first, after any comments) is parsed as a document, anything
 * else as a fragment (what a static-site generator has after Markdown), so that a fragment's first
 * elements are not moved into an implied `<head>`.
 */
export function parseHtml(html: string): { root: HtmlNode; isDocument: boolean } {
  const isDocument = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
  const options = { sourceCodeLocationInfo: true };
  const root = (isDocument ? parse(html, options) : parseFragment(html, options)) as unknown as HtmlNode;
  return { root, isDocument };
}

export function isHtmlElement(node: HtmlNode): node is LocatedElement {
  return node.tagName !== undefined && node.namespaceURI === HTML_NAMESPACE && !!node.sourceCodeLocation;
}

export function attribute(node: HtmlNode, name: string): string | undefined {
  return node.attrs?.find((attr) => attr.name === name)?.value;
}

/** The text a browser would show for the node, with `<template>` content left out. */
export function textContent(node: HtmlNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === '#comment' || node.tagName === 'template') return '';
  return (node.childNodes ?? []).map(textContent).join('');
}

/** The nearest ancestor for which `test` is true. */
export function closest(node: HtmlNode, test: (ancestor: HtmlNode) => boolean): HtmlNode | undefined {
  for (let ancestor = node.parentNode; ancestor; ancestor = ancestor.parentNode) if (test(ancestor)) return ancestor;
  return undefined;
}

/** The element's start tag's range, and its end tag's range when the author wrote one. */
export function tagSpans(element: LocatedElement): { start: Span; end?: Span } {
  const location = element.sourceCodeLocation;
  return { start: location.startTag ?? location, end: location.endTag };
}

/** parse5's tree as the term matcher reads it (a `<template>`'s content is not the page's text). */
export const htmlTermTree: TermTree<HtmlNode> = {
  children: (node) => (node.tagName === 'template' ? undefined : node.childNodes),
  text: (node) => (node.nodeName === '#text' ? (node.value ?? '') : undefined),
  tag: (node) => node.tagName,
  attribute,
};
