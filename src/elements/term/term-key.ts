/** A term's key (its `term` attribute, else its text): looked up per dataset, and its text watched for edits. */
import { bundledTerminology, findTerm } from '../../data/terms.js';
import type { Term } from '../../data/types.js';

/** Lookups by key, per dataset: an article repeats the same few terms many times. */
const lookups = new WeakMap<readonly Term[], Map<string, Term | undefined>>();

export function lookUp(key: string, terms: readonly Term[] = bundledTerminology): Term | undefined {
  let byKey = lookups.get(terms);
  if (!byKey) lookups.set(terms, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, findTerm(key, terms));
  return byKey.get(key);
}

/**
 * One observer of every term's text, instead of a `slotchange` listener per slot: observing costs
 * less than listening, and the first assignment of each slot, a thousand events on a long page,
 * reaches no script. It also sees the text edited in place, which `slotchange` does not report.
 */
let textObserver: MutationObserver | undefined;
const TEXT_CHANGES: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/**
 * Watches the text inside `term` (children added, removed or edited in place). Every term shares
 * one observer, made with the first call's `onChange`: pass the same function each time.
 */
export function watchText(term: Element, onChange: MutationCallback): void {
  (textObserver ??= new MutationObserver(onChange)).observe(term, TEXT_CHANGES);
}
