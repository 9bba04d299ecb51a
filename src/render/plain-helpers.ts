/**
 * What the elements' plain renderers (`src/elements/<name>/<name>.plain.ts`) share: the checks of
 * attributes every element reads the same way, and the few pieces of markup several of them draw.
 */
import { el, fragment, type Child } from './html.js';
import { attribute, textContent, type LocatedElement } from './parse.js';
import type { RenderJob } from './renderer.js';

/**
 * The checked `heading-level`: absent is `fallback`; anything but a whole number from 1 to 6 is
 * `fallback` and a problem worded as the element words it.
 */
export function headingLevel(job: RenderJob, element: LocatedElement, fallback: number, invalid: (value: string) => string): number {
  const value = attribute(element, 'heading-level');
  if (value === undefined) return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6 && value.trim() !== '') return level;
  job.problem(element, invalid(value), String(fallback));
  return fallback;
}

/** True when the author wrote fallback content inside the element (text a reader would see). */
function hasFallback(element: LocatedElement): boolean {
  return textContent(element).trim() !== '';
}

/**
 * What replaces an element that cannot show what it was asked for: the author's own fallback
 * content when there is some, else the element's message.
 */
export function fallbackOrMessage(job: RenderJob, element: LocatedElement, message: string): void {
  if (hasFallback(element)) job.unwrap(element, fragment(), fragment());
  else job.replace(element, el('p', {}, message));
}

/** The author's `id`, `lang` and `dir` carried over to the element that replaces theirs. */
export function ownAttributes(element: LocatedElement): Record<string, string | undefined> {
  return { id: attribute(element, 'id'), lang: attribute(element, 'lang'), dir: attribute(element, 'dir') };
}

/** A list of `items`, one `<li>` each. */
export const list = (items: readonly Child[], ordered = false) =>
  el(
    ordered ? 'ol' : 'ul',
    {},
    items.map((item) => el('li', {}, item)),
  );

/** Label and value pairs as a description list. */
export const facts = (pairs: ReadonlyArray<[string, string]>) =>
  el(
    'dl',
    {},
    pairs.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]),
  );
