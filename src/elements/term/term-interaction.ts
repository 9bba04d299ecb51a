/**
 * How a term answers the reader: clicks, keys, focus and the mouse resting on it or leaving it, as its
 * parts hear them (root-events.ts). What a term holds for this while it is open (the hover timer, whether
 * the mouse opened it) is kept here, beside the code that uses it.
 */
import { hoverIsOff } from './hover-preference.js';
import type { PartEventType } from './root-events.js';

export const DEFAULT_OPEN_DELAY_MS = 300;
export const DEFAULT_CLOSE_DELAY_MS = 300;

/** What of a term the reader's actions read and change: its public face. */
export interface InteractiveTerm extends EventTarget {
  open: boolean;
  readonly openDelay: number;
  readonly closeDelay: number;
  show(): void;
  hide(): void;
}

/** The part that heard the event, and the way into the open bubble's controls. */
export interface HeardBy {
  readonly trigger: HTMLElement;
  focusControls(): void;
}

/** Page-level events, listened to only while a bubble is open. */
const PAGE_EVENTS = ['keydown', 'pointerdown', 'scroll'] as const;

/**
 * Page-level listeners exist only while a bubble is open (at most one is, page-wide): Escape and a press
 * outside close it, scrolling and resizing move it. The term is the listener object (its `handleEvent`).
 */
export function listenToPage(term: EventListenerObject, on: boolean): void {
  const method = on ? 'addEventListener' : 'removeEventListener';
  for (const type of PAGE_EVENTS) document[method](type, term, true);
  window[method]('resize', term, true);
}

/** A pending open or close after the mouse rested or left. */
const timers = new WeakMap<InteractiveTerm, ReturnType<typeof setTimeout>>();
/** Terms opened by resting the mouse on them, so leaving closes them (other ways of opening pin them). */
const openedByHover = new WeakSet<InteractiveTerm>();

/** Opens or closes `term` now, cancelling a pending hover; `byHover` marks an opening the mouse made. */
export function setOpen(term: InteractiveTerm, open: boolean, byHover = false): void {
  clearTimeout(timers.get(term));
  if (open && byHover) openedByHover.add(term);
  else openedByHover.delete(term);
  term.open = open;
}

/** The bubble closed (however): nothing of this opening is pending any more. */
export function interactionEnded(term: InteractiveTerm): void {
  clearTimeout(timers.get(term));
  openedByHover.delete(term);
}

/** The mouse (not a touch) entered or left: the bubble opens after resting on it, and one it opened closes after leaving it. */
function hover(term: InteractiveTerm, event: PointerEvent, entering: boolean): void {
  if (event.pointerType === 'touch') return;
  clearTimeout(timers.get(term));
  // The reader may have turned opening on hover off (in any bubble, in any tab): focus and taps still open.
  if (entering ? term.open || hoverIsOff() : !openedByHover.has(term)) return;
  const delay = entering ? term.openDelay : term.closeDelay;
  timers.set(
    term,
    setTimeout(() => setOpen(term, entering, true), delay >= 0 ? delay : entering ? DEFAULT_OPEN_DELAY_MS : DEFAULT_CLOSE_DELAY_MS),
  );
}

/** What the term does about an event its parts heard (see heardByParts()); each handler types the event it is sent. */
export const partHandlers: { readonly [type in PartEventType]: (term: InteractiveTerm, event: never, heardBy: HeardBy) => void } = {
  click(term) {
    // A click on a bubble the mouse opened pins it rather than closing it under the pointer.
    if (openedByHover.has(term)) openedByHover.delete(term);
    else setOpen(term, !term.open);
  },
  keydown(term, event: KeyboardEvent, heardBy) {
    // Down from the phrase into an open bubble's controls (Tab moves on to the page, one stop per term).
    if (event.key === 'ArrowDown' && term.open) {
      event.preventDefault();
      heardBy.focusControls();
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    setOpen(term, !term.open);
  },
  focus(term, _event, heardBy) {
    // Keyboard focus opens it; focus that comes with a click or tap is left to `click`.
    if (heardBy.trigger.matches(':focus-visible')) term.show();
  },
  blur(term, event: FocusEvent) {
    // Focus moving between the text and the bubble (a click inside it) keeps it open. Heard outside
    // the shadow root, the element focus went to reads as this element when it is one of ours.
    if (event.relatedTarget !== term) term.hide();
  },
  pointerenter: (term, event: PointerEvent) => hover(term, event, true),
  pointerleave: (term, event: PointerEvent) => hover(term, event, false),
};
