/**
 * The little of hast (the syntax tree of unified's HTML side) the rehype plugin needs, without
 * depending on the hast utilities: the node shapes, HTML for a subtree, a subtree from HTML (parse5,
 * already the renderer's parser) and the tree as the term matcher reads it. Properties follow hast's
 * naming (`className`, `dataMlopsSkip`, `ariaLabel`, `htmlFor`); any other attribute keeps its HTML
 * name, which hast's tools accept as the same property.
 */
import { parseFragment } from 'parse5';
import type { TermTree } from '../elements/auto-terms/find-term-matches.js';
import { escapeAttribute, escapeText } from '../render/html.js';
import { isLibraryTag } from '../render/renderer.js';
import type { HtmlNode } from '../render/parse.js';

export type HastProperties = Record<string, string | number | boolean | null | undefined | Array<string | number>>;

export interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: HastProperties;
  children?: HastNode[];
  /** A `<template>`'s content. */
  content?: HastNode;
  /** An MDX JSX element's name and attributes (`mdxJsxFlowElement`, `mdxJsxTextElement`). */
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

export interface HastElement extends HastNode {
  type: 'element';
  tagName: string;
  properties: HastProperties;
  children: HastNode[];
}

/** HTML elements whose text is not escaped. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SPECIAL: Record<string, string> = { className: 'class', htmlFor: 'for', httpEquiv: 'http-equiv', acceptCharset: 'accept-charset' };
const SPECIAL_PROPERTY: Record<string, string> = Object.fromEntries(Object.entries(SPECIAL).map(([property, name]) => [name, property]));
/** SVG attributes that keep their capitals. */
const SVG_CAMEL = new Set(['viewBox', 'preserveAspectRatio', 'gradientUnits', 'gradientTransform', 'patternUnits', 'patternTransform', 'textLength', 'pathLength']);

const VALID_NAME = /^[^\s"'>/=<\0]+$/;
const dashed = (text: string) => text.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const camel = (text: string) => text.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A hast property's HTML attribute name. */
export function attributeName(property: string, svg = false): string {
  if (SPECIAL[property]) return SPECIAL[property];
  if (/^data[A-Z0-9]/.test(property)) return `data${dashed(property.slice(4))}`;
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (svg) return SVG_CAMEL.has(property) ? property : dashed(property);
  return property.toLowerCase();
}

/** An HTML attribute's hast property name. */
export function propertyName(attribute: string): string {
  if (SPECIAL_PROPERTY[attribute]) return SPECIAL_PROPERTY[attribute];
  if (/^(data|aria)-/.test(attribute)) return camel(attribute);
  return attribute;
}

/** A hast property value as an attribute value; undefined leaves the attribute out. */
function attributeValue(value: HastProperties[string]): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The subtree as HTML; undefined when it holds a node HTML cannot express (MDX's components and expressions). */
export function toHtml(node: HastNode, svg = false, rawText = false): string | undefined {
  switch (node.type) {
    case 'text':
      return rawText ? (node.value ?? '') : escapeText(node.value ?? '');
    case 'raw':
      return node.value ?? '';
    case 'comment':
      return `<!--${node.value ?? ''}-->`;
    case 'doctype':
      return '<!doctype html>';
    case 'root':
      return childrenHtml(node.children ?? [], svg, false);
    case 'element': {
      const tag = node.tagName!;
      const inSvg = svg || tag === 'svg';
      let html = `<${tag}`;
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        const text = attributeValue(value);
        const name = attributeName(property, inSvg);
        // A name HTML cannot write (quotes, `=`, `>`, `/`, space) would change what follows it: left out.
        if (text !== undefined && VALID_NAME.test(name)) html += ` ${name}${text === '' ? '' : `="${escapeAttribute(text)}"`}`;
      }
      if (VOID.has(tag)) return `${html}>`;
      const inner = childrenHtml(tag === 'template' ? (node.content?.children ?? []) : (node.children ?? []), inSvg && tag !== 'foreignObject', RAW_TEXT.has(tag));
      return inner === undefined ? undefined : `${html}>${inner}</${tag}>`;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxHtml(node, svg);
    default:
      return undefined;
  }
}

/**
 * An MDX JSX element as HTML, when it is one of the library's elements with literal attributes
 * (`<mlops-tool-card tool="mlflow" />`): MDX parses those as JSX, not as raw HTML. Components and
 * `{expressions}` cannot be written as HTML (undefined): the caller looks inside them instead.
 */
function jsxHtml(node: HastNode, svg: boolean): string | undefined {
  const tag = node.name ?? '';
  if (!isLibraryTag(tag)) return undefined;
  let html = `<${tag}`;
  for (const { type, name = '', value } of node.attributes ?? []) {
    if (type !== 'mdxJsxAttribute' || !VALID_NAME.test(name) || (value !== null && value !== undefined && typeof value !== 'string')) return undefined;
    html += typeof value === 'string' ? ` ${name}="${escapeAttribute(value)}"` : ` ${name}`;
  }
  const inner = childrenHtml(node.children ?? [], svg, false);
  return inner === undefined ? undefined : `${html}>${inner}</${tag}>`;
}

function childrenHtml(children: HastNode[], svg: boolean, rawText: boolean): string | undefined {
  let html = '';
  for (const child of children) {
    const part = toHtml(child, svg, rawText);
    if (part === undefined) return undefined;
    html += part;
  }
  return html;
}

function fromParse5(node: HtmlNode): HastNode | undefined {
  if (node.nodeName === '#text') return { type: 'text', value: node.value ?? '' };
  if (node.nodeName === '#comment') return { type: 'comment', value: (node as { data?: string }).data ?? '' };
  if (!node.tagName) return undefined;
  const properties: HastProperties = {};
  for (const { name, value } of node.attrs ?? []) properties[propertyName(name)] = name === 'class' ? value.split(/\s+/).filter(Boolean) : value;
  const element: HastElement = { type: 'element', tagName: node.tagName, properties, children: fromParse5Children(node.childNodes ?? []) };
  if (node.content) {
    element.content = { type: 'root', children: fromParse5Children(node.content.childNodes ?? []) };
  }
  return element;
}

const fromParse5Children = (nodes: HtmlNode[]) => nodes.map(fromParse5).filter((node): node is HastNode => !!node);

/** hast nodes for an HTML fragment. */
export function fromHtml(html: string): HastNode[] {
  return fromParse5Children((parseFragment(html) as unknown as HtmlNode).childNodes ?? []);
}

/** An MDX JSX element (`<mlops-term>` or a component written in an `.mdx` file). */
export const isJsx = (node: HastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A hast tree as the term matcher reads it; MDX's JSX elements read as the elements they name. */
export const hastTermTree: TermTree<HastNode> = {
  children: (node) => (node.type === 'element' && node.tagName === 'template' ? undefined : node.children),
  text: (node) => (node.type === 'text' ? (node.value ?? '') : undefined),
  tag: (node) => (node.type === 'element' ? node.tagName : isJsx(node) ? (node.name ?? '').toLowerCase() : undefined),
  attribute(node, name) {
    if (isJsx(node)) {
      const value = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
      return value === undefined ? undefined : value === null ? '' : String(value);
    }
    const properties = node.properties ?? {};
    const value = properties[propertyName(name)] ?? properties[name] ?? properties[camel(name)] ?? properties[name === 'contenteditable' ? 'contentEditable' : name];
    // hast keeps booleanish attributes (aria-hidden="true") as booleans.
    return value === true ? 'true' : attributeValue(value);
  },
};
