/**
 * The events of a term's parts (the trigger, the bubble, the element itself while it is the
 * trigger), heard once per document or shadow root that holds terms rather than once per term and
 * part: a page may hold a thousand. The listeners are in the capture phase, which reaches every
 * target, even inside a closed shadow root or under an element that stops propagation.
 */

/** Where a connected term lives, and where its parts' events are heard. */
export type TermRoot = Document | ShadowRoot;

/** A term, as the listener of its root sees it. */
export interface PartEventTarget extends Element {
  /** The document or shadow root the term is counted in (none while disconnected). */
  partRoot?: TermRoot;
  /** Hears an event of one of its parts: what a listener on the part would have heard. */
  onPartEvent(event: Event, path: EventTarget[]): void;
}

/**
 * A real pointer is followed by its over and out events: browsers send enter and leave to a shadow
 * root's listeners only when the document listens for them too.
 */
const PART_EVENTS = ['click', 'keydown', 'focusin', 'blur', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave'] as const;

/** How many connected terms each document or shadow root holds: its listeners go with the last. */
const termsIn = new WeakMap<TermRoot, number>();

/**
 * Counts `term` in the document or shadow root it is now in (none: disconnected) instead of the one
 * it was counted in, listening on each root while it holds any term. Returns the root it left without
 * terms, if any, for what else goes with the last term.
 */
export function moveTerm(term: PartEventTarget, root: TermRoot | undefined): TermRoot | undefined {
  const previous = term.partRoot;
  term.partRoot = root;
  const emptied = previous && count(previous, -1) ? previous : undefined;
  if (root) count(root, 1);
  return emptied;
}

/** Adds `step` to the root's count; listens there when it becomes 1, stops at 0 (and says so). */
function count(root: TermRoot, step: 1 | -1): boolean {
  const terms = (termsIn.get(root) ?? 0) + step;
  termsIn.set(root, terms);
  if (terms !== (step > 0 ? 1 : 0)) return false;
  for (const type of PART_EVENTS) root[step > 0 ? 'addEventListener' : 'removeEventListener'](type, routePartEvent, true);
  return true;
}

/** Hands a part event heard on a document or shadow root to the terms on its path that live there. */
function routePartEvent(event: Event): void {
  // Seen from the root, an event at a term's part targets the term itself; one that does not
  // bubble and targets anything else (the pointer entering any element of the page) is not ours.
  if (!event.bubbles && !(event.target as Partial<PartEventTarget>).partRoot) return;
  const path = event.composedPath();
  for (const node of path) {
    // Only where the term is counted: an event crossing two roots that hold terms is handled once.
    if ((node as Partial<PartEventTarget>).partRoot === event.currentTarget) (node as PartEventTarget).onPartEvent(event, path);
  }
}

/** What a term's own listeners react to. */
export type PartEventType = 'click' | 'keydown' | 'focus' | 'blur' | 'pointerenter' | 'pointerleave';

/**
 * What a listener on the term's trigger or bubble would have heard of an event its root heard (at
 * the part, or bubbling from inside it), if anything.
 * @param term the element, which holds the trigger, the bubble and the text
 * @param trigger the element itself until its shadow root exists, then the trigger in it
 * @param bubble the bubble, once made
 */
export function heardByParts(term: Element, trigger: Element, bubble: Element | undefined, event: Event, path: EventTarget[]): PartEventType | undefined {
  const reaches = (part?: Element) => !!part && (path[0] === part || (event.bubbles && path.includes(part)));
  // Sent to the element itself (`el.click()`), as before its shadow root existed: the trigger's too.
  const reachesTrigger = path[0] === term || reaches(trigger);
  const { type } = event;
  if (type === 'click' || type === 'keydown') return reachesTrigger ? type : undefined;
  // Focus arriving, heard as `focusin` rather than `focus`: opening may build the trigger and move
  // focus into it, which during `focus` would keep the page's `focusin` listeners from hearing of it.
  // Only the trigger's own focus counts, not that of a link inside the text.
  if (type === 'focusin') return path[0] === trigger || path[0] === term ? 'focus' : undefined;
  if (type === 'pointerover' || type === 'pointerout') {
    // The pointer came from, or went to, outside the element (which holds the trigger, the bubble
    // and the text): moving between them is neither. Inside the shadow root, seen from here, reads
    // as the element.
    const other = (event as PointerEvent).relatedTarget as Node | null;
    if (other && term.contains(other)) return undefined;
    return type === 'pointerover' ? 'pointerenter' : 'pointerleave';
  }
  // Focus leaving the bubble's link or checkbox is the bubble's too (blur does not bubble).
  if (type === 'blur') return reachesTrigger || (bubble && path.includes(bubble)) ? type : undefined;
  // The rest of PART_EVENTS: enter and leave: the element's own from a real pointer (the same as
  // over and out above, and as harmless twice), or sent to a part by script.
  return reachesTrigger || reaches(bubble) ? (type as 'pointerenter' | 'pointerleave') : undefined;
}
