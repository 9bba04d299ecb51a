// css-tag only (not 'lit'): no template engine, the parts are built by hand.
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import type { Term } from '../../data/types.js';
import { localize } from '../../internal/i18n.js';
import { hoverIsOff, setHoverOff } from './hover-preference.js';
import { termStrings } from './term.strings.js';
import { bubbleStyles, termStyles } from './term.styles.js';

/** Stylesheet objects shared by every shadow root (a `<style>` copy each only without adoptedStyleSheets). */
const termSheets = [termStyles, bubbleStyles];

function createElement(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  return element;
}

/** Every trigger is a copy of this one, slot included: one native call per term. */
let triggerPattern: HTMLElement | undefined;

/**
 * A term's shadow root and what it shows, built when first needed: on the first opening (a page may
 * hold a thousand terms, and most are never opened), at once for an element without text (its slot
 * shows the insider name) or where the element cannot be its own trigger. A known term shows
 * `<span id=trigger><slot></span>` and, once opened, the bubble beside it; an unknown one a bare slot.
 */
export class TermParts {
  readonly root: ShadowRoot;
  /** The wrapper around the phrase, made for the first known term shown. */
  trigger?: HTMLElement;
  /** Made on first open only. */
  bubble?: HTMLElement;
  /** The slot while the key is unknown (a known term's slot is inside its trigger). */
  private bareSlot?: HTMLSlotElement;
  private bubbleTerm?: Term;

  constructor(host: HTMLElement) {
    // Focus given to the element (`el.focus()`, a label) goes to the trigger, as on a native control.
    this.root = host.attachShadow({ mode: 'open', delegatesFocus: true });
    // The sheets belong to this document: a term moved into another one (an iframe's) stays
    // unstyled there rather than throwing.
    if (host.ownerDocument === document) adoptStyles(this.root, termSheets);
  }

  /** The trigger while it is shown (the key is known). */
  get shownTrigger(): HTMLElement | undefined {
    return this.trigger?.parentNode === this.root ? this.trigger : undefined;
  }

  /** A known term: the trigger, expanded or not, around a slot whose own text is `fallback`. */
  showTrigger(expanded: boolean, fallback: string): HTMLElement {
    const trigger = (this.trigger ??= newTrigger());
    if (trigger.parentNode !== this.root) {
      this.bareSlot?.remove();
      this.root.prepend(trigger);
    }
    const state = String(expanded);
    if (trigger.getAttribute('aria-expanded') !== state) trigger.setAttribute('aria-expanded', state);
    setText(trigger.firstChild as HTMLSlotElement, fallback);
    return trigger;
  }

  /** An unknown key: plain text in a bare slot, whose own text is `fallback`. */
  showPlainText(fallback: string): void {
    const slot = (this.bareSlot ??= document.createElement('slot'));
    if (slot.parentNode !== this.root) {
      this.trigger?.remove();
      this.bubble?.remove();
      this.root.append(slot);
    }
    setText(slot, fallback);
  }

  /** Moves focus to the open bubble's first control ("Full entry", or the hover checkbox without it). */
  focusControls(): void {
    const [link, label] = this.bubble!.lastElementChild!.children as unknown as HTMLElement[];
    (link.hidden ? (label.firstChild as HTMLElement) : link).focus();
  }

  /** Shows or hides the bubble in the top layer (Popover API), so that no ancestor's `overflow` or `z-index` can clip it. */
  showPopover(shown: boolean): void {
    if (!shown && this.bubble) setControlsTabbable(this.bubble, false);
    // Not in the page when closing because the key became unknown (then it is already hidden).
    const bubble = this.bubble?.isConnected ? this.bubble : undefined;
    try {
      if (shown) bubble?.showPopover();
      else bubble?.hidePopover();
    } catch {
      // No Popover API, or the element was disconnected: fixed positioning with a high z-index stands in.
    }
  }

  /**
   * The bubble beside the trigger, showing `term` in the wording of `strings`, then the reader's
   * controls: the "Full entry" link (only with `entryHref`) and "Don't open on hover", as now set.
   */
  showBubble(term: Term, strings: typeof termStrings, entryHref: string | undefined): void {
    const bubble = (this.bubble ??= newBubble());
    const [text, controls] = bubble.children;
    const [insider, explanation, outsider] = text.children;
    const [link, label] = controls.children;
    if (this.bubbleTerm !== term) {
      this.bubbleTerm = term;
      insider.textContent = term.insider;
      explanation.textContent = term.explanation;
    }
    setText(outsider, `${strings.outsidersSay} ${term.outsider}`);
    (link as HTMLElement).hidden = !entryHref;
    link.setAttribute('href', entryHref ?? '');
    setText(link, strings.fullEntry);
    (label.firstChild as HTMLInputElement).checked = hoverIsOff();
    setText(label.lastChild!, strings.noHoverOpening);
    if (bubble.parentNode !== this.root) {
      this.root.append(bubble);
      // The term's text only: the controls are no part of what it means.
      this.trigger!.setAttribute('aria-describedby', 'text');
    }
  }
}

/**
 * What makes the element itself the trigger, as attributes: every checker and screen reader reads
 * them, where a role given through ElementInternals alone is missed by some (IBM's checker, older
 * readers), which then meet a focusable element without a role.
 */
const HOST_TRIGGER_ATTRIBUTES = [
  ['tabindex', '0'],
  ['role', 'button'],
  ['aria-expanded', 'false'],
] as const;

/**
 * Makes the element itself the trigger, while it has no shadow root (`on`), or no longer: button
 * role, collapsed, focusable, underlined (by host-sheets.ts). Attributes the page set are left
 * alone; `added` are those this function added before, which it removes when `on` is false. Returns
 * the attributes it added.
 */
export function setHostTrigger(host: HTMLElement, internals: ElementInternals, on: boolean, added: readonly string[] = []): string[] {
  internals.states[on ? 'add' : 'delete']('trigger');
  if (!on) {
    for (const name of added) host.removeAttribute(name);
    return [];
  }
  const adding = HOST_TRIGGER_ATTRIBUTES.filter(([name]) => !host.hasAttribute(name));
  for (const [name, value] of adding) host.setAttribute(name, value);
  return [...added, ...adding.map(([name]) => name)];
}

/** Sets the text only when it differs: no new text node, and no mutation, for the same words. */
function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

function newTrigger(): HTMLElement {
  if (!triggerPattern) {
    triggerPattern = createElement('span', { id: 'trigger', part: 'trigger', tabindex: '0', role: 'button', 'aria-expanded': 'false' });
    triggerPattern.append(document.createElement('slot'));
  }
  return triggerPattern.cloneNode(true) as HTMLElement;
}

function newBubble(): HTMLElement {
  const bubble = createElement('div', { id: 'bubble', part: 'bubble', tabindex: '-1' });
  // Manual: opening, closing and light dismiss are the term's own (one open at a time, hover, pinning).
  bubble.popover = 'manual';
  // The tooltip is the text the phrase is described by; a tooltip holds nothing focusable, so the controls are beside it.
  const text = createElement('div', { id: 'text', role: 'tooltip' });
  text.append(createElement('strong', { part: 'insider' }), createElement('p', { part: 'explanation' }), createElement('p', { part: 'outsider' }));
  const choice = createElement('input', { type: 'checkbox' });
  choice.addEventListener('change', onHoverChoice);
  const label = createElement('label', {});
  label.append(choice, '');
  const controls = createElement('p', { id: 'controls' });
  controls.append(createElement('a', {}), label);
  bubble.append(text, controls);
  setControlsTabbable(bubble, false);
  bubble.addEventListener('focusin', onBubbleFocus);
  return bubble;
}

/**
 * The bubble's link and checkbox join the Tab order once focus is in the bubble (a click in it, or
 * ArrowDown from the phrase), and leave it when the bubble closes: Tab from the phrase moves on to
 * the page, one stop per term.
 */
function setControlsTabbable(bubble: HTMLElement, on: boolean): void {
  const [link, label] = bubble.lastElementChild!.children;
  (link as HTMLElement).tabIndex = (label.firstChild as HTMLElement).tabIndex = on ? 0 : -1;
}

function onBubbleFocus(this: HTMLElement): void {
  setControlsTabbable(this, true);
}

/** Whether the console already said that the browser keeps no preferences for this page. */
let unsavedHinted = false;

/** The reader ticked or unticked "Don't open on hover" in a bubble: every term of the page (and of the site's other tabs) follows at once. */
function onHoverChoice(this: HTMLInputElement): void {
  if (setHoverOff(this.checked) || unsavedHinted) return;
  unsavedHinted = true;
  const { host } = this.getRootNode() as ShadowRoot;
  console.warn(localize(host, 'term', termStrings).hoverChoiceUnsaved(host.localName));
}
