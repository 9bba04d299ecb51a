import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MlopsErrorDetail } from '../../internal/events.js';
import type { SectionStrings } from './section.strings.js';

/**
 * A native heading of `level` (capped at 6, so "one level below h6" stays a heading). Six plain
 * templates cost fewer bytes than lit/static-html and keep the tag name out of any data path.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 part=${part} class="heading" id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class="heading" id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class="heading" id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class="heading" id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading" id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class="heading" id=${ifDefined(id)}>${content}</h6>`;
  }
}

/** Checks a `heading-level` value: absent is `fallback`; a bad one is `fallback` plus a problem to report. */
export function checkHeadingLevel(value: unknown, fallback: number, strings: SectionStrings): { level: number; problem?: MlopsErrorDetail } {
  if (value === null || value === undefined) return { level: fallback };
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return { level };
  return { level: fallback, problem: { code: 'invalid-attribute', message: strings.invalidHeadingLevel(value, fallback), suggestion: String(fallback) } };
}

/** One card of a section's list: a heading, an optional eyebrow label, and the text or template under it. */
export interface ItemView {
  title: string;
  label?: string;
  /** A sentence (wrapped in a paragraph) or a template with its own paragraphs. */
  body: string | TemplateResult;
}

/**
 * The list most sections are: one card per item, each with its own heading so a screen reader can
 * jump between items. The label (a category, "Step 1") follows the heading in reading order and is
 * shown above it, like the tool card's category.
 */
export function itemList(items: readonly ItemView[], level: number, ordered = false): TemplateResult {
  const cards = items.map(
    (item) => html`<li part="item" class="item">
      ${heading(level, 'item-title', item.title)}${item.label ? html`<p part="label" class="label">${item.label}</p>` : nothing}
      <div part="text" class="text">${typeof item.body === 'string' ? html`<p>${item.body}</p>` : item.body}</div>
    </li>`,
  );
  return ordered ? html`<ol part="list" class="items" role="list">${cards}</ol>` : html`<ul part="list" class="items" role="list">${cards}</ul>`;
}

/** Short values as chips (values, keywords, platforms), labelled for screen readers. */
export function tagList(label: string, values: readonly string[]): TemplateResult {
  return html`<ul part="tags" class="tags" role="list" aria-label=${label}>
    ${values.map((value) => html`<li part="tag" class="tag">${value}</li>`)}
  </ul>`;
}

/** The visible message shown instead of content for an invalid attribute. */
export function problemMessage(problem: MlopsErrorDetail, strings: SectionStrings, hint?: string): TemplateResult {
  const help = problem.suggestion ? strings.didYouMean(problem.suggestion) : hint;
  return html`<div part="error" class="message" role="status"><p>${problem.message}${help ? ` ${help}` : ''}</p></div>`;
}
