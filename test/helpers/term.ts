/** Reading and driving <mlops-term>: its trigger, its bubble, pointers and taps. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { bundledTerminology } from '../../src/data/terms.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { shadowRootsIn } from './dom.js';

export const modelDrift = bundledTerminology.find((term) => term.id === 'model-drift')!;
export const featureStore = bundledTerminology.find((term) => term.id === 'feature-store')!;

/**
 * For afterEach: Firefox's reset releases the buttons but leaves the pointer where the last test put
 * it, over where the next fixture appears; a real pointerenter there would open a term no test hovered.
 */
export async function parkMouse(): Promise<void> {
  await sendMouse({ type: 'move', position: [0, 0] });
  await resetMouse();
}

/** The trigger: the element itself until its bubble first opens, then the wrapper in its shadow root; null for an unknown key. */
export const triggerOf = (el: MlopsTerm) => el.shadowRoot?.querySelector<HTMLElement>('[part=trigger]') ?? (el.matches(':state(trigger)') ? el : null);
export const bubbleOf = (el: MlopsTerm) => el.shadowRoot?.querySelector<HTMLElement>('[part=bubble]') ?? null;
export const partText = (el: MlopsTerm, part: string) => el.shadowRoot?.querySelector(`[part=${part}]`)?.textContent?.trim();
export const centreOf = (rect: DOMRect): [number, number] => [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
export const isShown = (el: MlopsTerm) => {
  const bubble = bubbleOf(el);
  return !!bubble && bubble.getBoundingClientRect().height > 0;
};

/** Waits until the bubble is laid out and its fade (if any) has finished. */
export async function settled(el: MlopsTerm): Promise<HTMLElement> {
  await waitUntil(() => isShown(el), 'bubble did not show');
  const bubble = bubbleOf(el)!;
  await Promise.all(bubble.getAnimations().map((animation) => animation.finished));
  return bubble;
}

/** Opens the bubble and waits until it is laid out and its fade (if any) has finished. */
export async function openBubble(el: MlopsTerm): Promise<HTMLElement> {
  el.show();
  await el.updateComplete;
  return settled(el);
}

export function pointer(target: Element, type: string, pointerType: string): void {
  target.dispatchEvent(new PointerEvent(type, { pointerType, bubbles: type !== 'pointerenter', composed: true, isPrimary: true }));
}

/** A tap as a touch screen delivers it: pointer events of type touch, then a click. */
export function tap(target: Element): void {
  pointer(target, 'pointerdown', 'touch');
  pointer(target, 'pointerup', 'touch');
  (target as HTMLElement).click();
}

/** Renders a term created by script, with an `mlops-error` listener in place before it upgrades. */
export async function termWithErrors(setup: (el: MlopsTerm) => void) {
  const errors: MlopsErrorDetail[] = [];
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.addEventListener('mlops-error', (event) => errors.push(event.detail));
  const el = document.createElement('mlops-term');
  setup(el);
  container.append(el);
  await el.updateComplete;
  return { el, errors };
}

/** Popovers open in the top layer anywhere in the documents (default: this page), shadow trees included. */
export function openPopovers(...documents: Document[]): Element[] {
  const open: Element[] = [];
  for (const tree of (documents.length ? documents : [document]).flatMap((doc) => [doc, ...shadowRootsIn(doc)])) {
    try {
      open.push(...tree.querySelectorAll(':popover-open'));
    } catch {
      // An engine without the Popover API: nothing can be in the top layer.
    }
  }
  return open;
}

/** Term bubbles that take up space on screen (whether in the top layer or fixed-positioned), in any of the documents. */
export function visibleBubbles(...documents: Document[]): Element[] {
  const bubbles: Element[] = [];
  for (const tree of (documents.length ? documents : [document]).flatMap((doc) => shadowRootsIn(doc))) {
    for (const bubble of tree.querySelectorAll('[part~="bubble"]')) {
      const rect = bubble.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && getComputedStyle(bubble).visibility !== 'hidden') bubbles.push(bubble);
    }
  }
  return bubbles;
}

/** The bubble's "Full entry" link (hidden without `glossary-href`) and its "Don't open on hover" checkbox, once opened. */
export const entryLinkOf = (el: MlopsTerm) => el.shadowRoot?.querySelector<HTMLAnchorElement>('#controls a') ?? null;
export const hoverChoiceOf = (el: MlopsTerm) => el.shadowRoot?.querySelector<HTMLInputElement>('#controls input[type=checkbox]') ?? null;

/** Where the reader's "Don't open on hover" is kept (documented in docs/security.md). */
export const HOVER_OFF_KEY = 'mlops-elements:term-hover-off';
