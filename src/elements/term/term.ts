// No Lit here: a blogger's tooltip needs no template engine. This is a plain custom element; from
// Lit it takes only the css tag (for the shared tokens) and the context protocol's request event.
import { adoptStyles, supportsAdoptingStyleSheets } from '@lit/reactive-element/css-tag.js';
import { bundledTerminology, findTerm, suggestTerm } from '../../data/terms.js';
import type { Term } from '../../data/types.js';
import { emit, reportError } from '../../internal/events.js';
import { localize } from '../../internal/i18n.js';
import { PlainMlopsElement } from '../../internal/plain-element.js';
import { bubbleStyles, hostTriggerRules, termStyles } from './term.styles.js';
import { termStrings } from './term.strings.js';

/** Details of `mlops-term-open` and `mlops-term-close`. */
export interface MlopsTermEventDetail {
  /** The term whose bubble opens or closed. */
  term: Term;
}

const DEFAULT_OPEN_DELAY_MS = 300;
const DEFAULT_CLOSE_DELAY_MS = 300;
/** Distance between the text and the bubble, and the least distance from the viewport's edges. */
const GAP_PX = 6;
const EDGE_PX = 8;

/** A delay's value, or the default when it is not a number of milliseconds (already reported). */
const validDelay = (value: number, fallback: number) => (value >= 0 ? value : fallback);

/** The one open bubble on the page: opening another closes it. */
let openTerm: MlopsTerm | undefined;

/** Lookups by key, per dataset: an article repeats the same few terms many times. */
const lookups = new WeakMap<readonly Term[], Map<string, Term | undefined>>();

function lookUp(key: string, terms: readonly Term[] = bundledTerminology): Term | undefined {
  let byKey = lookups.get(terms);
  if (!byKey) lookups.set(terms, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, findTerm(key, terms));
  return byKey.get(key);
}

function createElement(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  return element;
}

/** Every trigger is a copy of this one. */
let triggerPattern: HTMLElement | undefined;

/**
 * Terms due to render, all rendered in one microtask: a page upgrades hundreds at once, and one
 * queued task per term cost more than some of their renders.
 */
let dueTerms: MlopsTerm[] = [];

/** Stylesheet objects shared by every shadow root (a `<style>` copy each only without adoptedStyleSheets). */
const termSheets = [termStyles, bubbleStyles];

/** The element-as-trigger rules, per document (a sheet serves only the one it was made in) and tag name. */
const hostSheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();
/** The sheets added to each document or shadow root that holds terms, taken out with its last term. */
const sheetsAddedTo = new WeakMap<Document | ShadowRoot, Set<CSSStyleSheet>>();

function hostSheet(root: Document | ShadowRoot, tag: string): CSSStyleSheet | undefined {
  const doc = root.ownerDocument ?? (root as Document);
  // A document without a window (DOMParser's, a template's) shows nothing anyway.
  const view = doc.defaultView;
  if (!view) return undefined;
  let byTag = hostSheets.get(doc);
  if (!byTag) hostSheets.set(doc, (byTag = new Map()));
  let sheet = byTag.get(tag);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(hostTriggerRules(tag));
    byTag.set(tag, sheet);
  }
  return sheet;
}

/** Page-level events, listened to only while a bubble is open. */
const PAGE_EVENTS = ['keydown', 'pointerdown', 'scroll'] as const;

/**
 * Events of the trigger and the bubble. Listened to once per document or shadow root that holds
 * terms (in the capture phase, which reaches every target, even inside a closed shadow root or
 * under an element that stops propagation), not once per term and part: a page may hold a
 * thousand. A real pointer is followed by its over and out events: browsers send enter and leave
 * to a shadow root's listeners only when the document listens for them too.
 */
const PART_EVENTS = ['click', 'keydown', 'focusin', 'blur', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave'] as const;

/**
 * One observer of every term's text, instead of a `slotchange` listener per slot: observing costs
 * less than listening, and the first assignment of each slot, a thousand events on a long page,
 * reaches no script. It also sees the text edited in place, which `slotchange` does not report.
 */
let textObserver: MutationObserver | undefined;
const TEXT_CHANGES: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** How many connected terms each document or shadow root holds: its listeners go with the last. */
const termsIn = new WeakMap<Document | ShadowRoot, number>();

/**
 * A phrase in running text that explains itself: hover, focus or tap it to see the insider term,
 * what it means, and what outsiders call it.
 *
 * The text inside stays ordinary text before the script loads, if it never loads, and when the key
 * matches no term. The bubble is a toggletip (WAI-ARIA APG, WCAG 1.4.13): it opens on hover after
 * `open-delay`, on keyboard focus, on Enter/Space and on tap; the pointer can move onto it; Escape,
 * a tap elsewhere or leaving closes it; one is open at a time. It is shown in the top layer (Popover
 * API, with fixed positioning as fallback), so no ancestor's `overflow` or `z-index` can clip it,
 * and it flips above the text and shifts sideways to stay in the viewport.
 *
 * Until it is first opened, a known term has no shadow root: the element itself is the trigger (a
 * button through ElementInternals, focusable through a `tabindex` it adds unless the page set one,
 * underlined by rules that all terms of a document share, in the `mlops-elements` cascade layer).
 * Its first opening builds the shadow root, with the trigger and the bubble, and moves focus into
 * it if the element had it. A long article's terms thus cost little more than the text itself.
 *
 * A dependency-free custom element (no Lit runtime): it renders in a microtask after a change, and
 * `updateComplete` resolves once it has, as with the other mlops elements.
 *
 * @summary Inline tooltip explaining a community term: insider name, explanation, outsider phrase.
 *
 * @attr {string} term - Id (`model-drift`), insider name (`Model Drift`) or outsider phrase of the term, any case. Without it, the text content is the key.
 * @attr {boolean} open - Present while the bubble is showing; add or remove it to open or close the bubble.
 * @attr {number} open-delay - Milliseconds the mouse rests on the text before the bubble opens (default 300).
 * @attr {number} close-delay - Milliseconds a bubble opened by hovering stays after the mouse leaves text and bubble (default 300).
 *
 * @slot - The phrase as written in the text. Without a `term` attribute it is also the lookup key.
 *
 * @csspart trigger - The inline, focusable wrapper around the phrase (dotted underline), built on first opening; before that the element itself is the trigger, so style `mlops-term` for both.
 * @csspart bubble - The pop-up box.
 * @csspart insider - The insider term, first line of the bubble.
 * @csspart explanation - What the term means.
 * @csspart outsider - "Outsiders say: …" line.
 *
 * @cssprop --mlops-term-underline-color - Colour of the dotted underline (default: the text colour).
 * @cssprop --mlops-term-bubble-max-width - Widest the bubble gets (default 22rem; never wider than the viewport minus 16px).
 * @cssprop --mlops-term-bubble-padding - Padding inside the bubble (default 0.625rem 0.75rem).
 * @cssprop --mlops-term-bubble-font-size - Text size in the bubble (default 0.875rem).
 * @cssprop --mlops-color-surface - Bubble background (shared token).
 * @cssprop --mlops-color-text - Bubble text colour (shared token).
 * @cssprop --mlops-color-muted - Colour of the "Outsiders say" line (shared token).
 * @cssprop --mlops-color-border - Bubble border (shared token).
 * @cssprop --mlops-focus-ring - Focus outline of the trigger (shared token).
 *
 * @fires {CustomEvent<MlopsTermEventDetail>} mlops-term-open - Before the bubble opens; cancelable (`preventDefault()` keeps it closed).
 * @fires {CustomEvent<MlopsTermEventDetail>} mlops-term-close - After the bubble closed.
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - The key matches no term (`unknown-term`, with a suggestion when one is close) or `open-delay`/`close-delay` is not a number of milliseconds (`invalid-attribute`).
 */
export class MlopsTerm extends PlainMlopsElement {
  static override readonly defaultTag: string = 'mlops-term';

  static get observedAttributes(): string[] {
    return ['term', 'open', 'open-delay', 'close-delay'];
  }

  private termKey?: string;
  private isOpen = false;
  private openDelayMs: number = DEFAULT_OPEN_DELAY_MS;
  private closeDelayMs: number = DEFAULT_CLOSE_DELAY_MS;

  /** Set while a render is due; the render runs in a microtask, so a burst of changes renders once. */
  private updatePending = false;
  private updateDone?: Promise<boolean>;
  private finishUpdate?: (done: boolean) => void;
  /** Delay attributes or properties changed since the last render: check them then. */
  private delaysChanged = false;
  /** The open state the last render showed, to tell opening and closing from re-rendering. */
  private renderedOpen = false;

  /**
   * Custom states and shared stylesheets, which let the element itself be the trigger until the
   * bubble first opens; without them (older engines) the shadow root is built at once.
   */
  private readonly internals?: ElementInternals;
  /** The element itself is the trigger: a known term whose shadow root is not built yet. */
  private hostIsTrigger = false;
  /** The element's `tabindex` is ours, set while it is the trigger (an author's own is left alone). */
  private addedTabIndex = false;
  private everConnected = false;
  /** Built on first opening only: a page may hold a thousand terms, and most are never opened. */
  private root?: ShadowRoot;
  /** The document or shadow root this term is counted in, and where its parts' events are heard. */
  private listenRoot?: Document | ShadowRoot;
  /** The slot while the key is unknown (a known term's slot is inside its trigger). */
  private bareSlot?: HTMLSlotElement;
  private trigger?: HTMLElement;
  /** The bubble is created on first open only: a page may hold a thousand terms. */
  private bubble?: HTMLElement;
  private bubbleTerm?: Term;

  /** The term the key matched, undefined while unknown or empty. */
  private resolved?: Term;
  /** The key and dataset `resolved` was looked up with, so lookups run only when they change. */
  private lookedUp?: [key: string, terms: readonly Term[] | undefined];
  private bubbleWanted = false;
  /** Opened by resting the mouse on it, so leaving closes it (other ways of opening pin it). */
  private openedByHover = false;
  /** The term the open bubble shows, reported by `mlops-term-close` even if the key changed meanwhile. */
  private shownTerm?: Term;
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    // A property set on the element before it was upgraded hides the accessor: take it over.
    for (const name of ['term', 'open', 'openDelay', 'closeDelay'] as const) {
      if (this.hasOwnProperty(name)) {
        const value = this[name];
        delete (this as Partial<Record<typeof name, unknown>>)[name];
        (this as Record<typeof name, unknown>)[name] = value;
      }
    }
    const internals = this.attachInternals();
    if (internals.states && supportsAdoptingStyleSheets) this.internals = internals;
    this.requestUpdate();
  }

  /**
   * Id (`model-drift`), insider name (`Model Drift`) or outsider phrase of the term, any case.
   * Without it, the text content is the key.
   * @attr term
   */
  get term(): string | undefined {
    return this.termKey;
  }
  set term(value: string | undefined) {
    if (value === this.termKey) return;
    this.termKey = value;
    this.requestUpdate();
  }

  /**
   * Whether the bubble is showing. Reflects to the `open` attribute; set it to open or close the
   * bubble from script (opening is cancelled for an unknown term or by an `mlops-term-open` listener).
   * @attr open
   */
  get open(): boolean {
    return this.isOpen;
  }
  set open(value: boolean) {
    if (!!value === this.isOpen) return;
    this.isOpen = !!value;
    this.requestUpdate();
  }

  /**
   * Milliseconds the mouse rests on the text before the bubble opens.
   * @attr open-delay
   */
  get openDelay(): number {
    return this.openDelayMs;
  }
  set openDelay(value: number) {
    if (Object.is(value, this.openDelayMs)) return;
    this.openDelayMs = value;
    this.delaysChanged = true;
    this.requestUpdate();
  }

  /**
   * Milliseconds a bubble opened by hovering stays after the mouse leaves text and bubble: time to
   * cross from one to the other.
   * @attr close-delay
   */
  get closeDelay(): number {
    return this.closeDelayMs;
  }
  set closeDelay(value: number) {
    if (Object.is(value, this.closeDelayMs)) return;
    this.closeDelayMs = value;
    this.delaysChanged = true;
    this.requestUpdate();
  }

  /**
   * Resolves once the element has rendered its current state (true, or false if another change
   * came in meanwhile), like a Lit element's: `el.term = 'mlflow'; await el.updateComplete;`.
   */
  get updateComplete(): Promise<boolean> {
    if (!this.updatePending) return Promise.resolve(true);
    return (this.updateDone ??= new Promise((resolve) => (this.finishUpdate = resolve)));
  }

  /** Opens the bubble (unless the key is unknown or an `mlops-term-open` listener cancels). */
  show(): void {
    this.setOpen(true);
  }

  /** Closes the bubble. */
  hide(): void {
    this.setOpen(false);
  }

  /** @internal */
  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'term') this.term = value ?? undefined;
    else if (name === 'open') this.open = value !== null;
    else if (name === 'open-delay') this.openDelay = value === null ? DEFAULT_OPEN_DELAY_MS : Number(value);
    else this.closeDelay = value === null ? DEFAULT_CLOSE_DELAY_MS : Number(value);
  }

  /** @internal */
  connectedCallback(): void {
    if (!this.everConnected) {
      this.everConnected = true;
      if (!this.internals) this.attachParts();
      // Changes made before the first connection render now (the constructor asked for a render).
      this.scheduleRender();
    }
    // Connected: the root is the document or a shadow root.
    this.listenAt(this.getRootNode() as Document | ShadowRoot);
    // Its text is the key when there is no `term`: look it up again when it changes.
    (textObserver ??= new MutationObserver(MlopsTerm.onTextChange)).observe(this, TEXT_CHANGES);
    const previous = this.providedProfile;
    this.subscribeToProfile();
    if (this.providedProfile !== previous) this.requestUpdate();
  }

  /** @internal */
  disconnectedCallback(): void {
    this.listenAt(undefined);
    this.unsubscribeFromProfile();
    this.hide();
  }

  /**
   * @internal Page-level events while the bubble is open (Escape closes it, a press outside closes
   * it, scrolling or resizing moves it along with the text). The element is the listener object
   * itself, so no closure is allocated per term.
   */
  handleEvent(event: Event): void {
    const { type, currentTarget } = event;
    if (currentTarget === document || currentTarget === window) {
      if (type === 'keydown') {
        if ((event as KeyboardEvent).key !== 'Escape') return;
        event.preventDefault();
        if (this.root!.activeElement === this.bubble) this.trigger!.focus();
        this.hide();
      } else if (type === 'pointerdown') {
        if (!event.composedPath().includes(this)) this.hide();
      } else {
        this.place();
      }
    }
  }

  /** Counts this term in the document or shadow root it is now in (none: disconnected), listening there while it holds any. */
  private listenAt(root: Document | ShadowRoot | undefined): void {
    const previous = this.listenRoot;
    this.listenRoot = root;
    if (previous) {
      const count = termsIn.get(previous)! - 1;
      if (count) termsIn.set(previous, count);
      else {
        termsIn.delete(previous);
        for (const type of PART_EVENTS) previous.removeEventListener(type, MlopsTerm.routePartEvent, true);
        const added = sheetsAddedTo.get(previous);
        if (added) {
          sheetsAddedTo.delete(previous);
          previous.adoptedStyleSheets = previous.adoptedStyleSheets.filter((sheet) => !added.has(sheet));
        }
      }
    }
    if (root) {
      const count = termsIn.get(root) ?? 0;
      termsIn.set(root, count + 1);
      if (!count) for (const type of PART_EVENTS) root.addEventListener(type, MlopsTerm.routePartEvent, true);
      if (this.internals) this.shareHostSheet(root);
    }
  }

  /** Adds the element-as-trigger rules to the document or shadow root, once per tag name. */
  private shareHostSheet(root: Document | ShadowRoot): void {
    let added = sheetsAddedTo.get(root);
    const sheet = hostSheet(root, this.localName);
    if (!sheet || added?.has(sheet)) return;
    if (!added) sheetsAddedTo.set(root, (added = new Set()));
    added.add(sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Hands a part event heard on a document or shadow root to the terms on its path that live there. */
  private static routePartEvent(this: void, event: Event): void {
    // Seen from the root, an event at a term's part targets the term itself; one that does not
    // bubble and targets anything else (the pointer entering any element of the page) is not ours.
    if (!event.bubbles && !(event.target instanceof MlopsTerm)) return;
    const path = event.composedPath();
    for (const node of path) {
      // Only where the term is counted: an event crossing two roots that hold terms is handled once.
      if (node instanceof MlopsTerm && node.listenRoot === event.currentTarget) node.onPartEvent(event, path);
    }
  }

  /** What a listener on the trigger or the bubble would have heard: at the target, or bubbling from inside. */
  private onPartEvent(event: Event, path: EventTarget[]): void {
    const { triggerElement: trigger, bubble } = this;
    // An unknown term is plain text: only a trigger (and its bubble) reacts.
    if (!trigger) return;
    const reaches = (part?: HTMLElement) => !!part && (path[0] === part || (event.bubbles && path.includes(part)));
    // Sent to the element itself (`el.click()`), as before its shadow root existed: the trigger's too.
    const reachesTrigger = path[0] === this || reaches(trigger);
    const { type } = event;
    if (type === 'click') {
      if (reachesTrigger) this.onClick();
    } else if (type === 'keydown') {
      if (reachesTrigger) this.onKeyDown(event as KeyboardEvent);
    } else if (type === 'focusin') {
      // Focus arriving, heard as `focusin` rather than `focus`: opening may build the trigger and
      // move focus into it, which during `focus` would keep the page's `focusin` listeners from
      // hearing of it. Only the trigger's own focus counts, not that of a link inside the text.
      if (path[0] === trigger || path[0] === this) this.onFocus();
    } else if (type === 'blur') {
      if (reachesTrigger || reaches(bubble)) this.onBlur(event as FocusEvent);
    } else if (type === 'pointerover' || type === 'pointerout') {
      // The pointer came from, or went to, outside this element (which holds the trigger, the
      // bubble and the text): moving between them is neither. Inside the shadow root, seen from
      // here, reads as this element.
      const other = (event as PointerEvent).relatedTarget as Node | null;
      if (other && this.contains(other)) return;
      if (type === 'pointerover') this.onPointerEnter(event as PointerEvent);
      else this.onPointerLeave(event as PointerEvent);
    } else if (reachesTrigger || reaches(bubble)) {
      // Enter and leave: the element's own from a real pointer (the same as over and out above, and
      // as harmless twice), or sent to a part by script.
      if (type === 'pointerenter') this.onPointerEnter(event as PointerEvent);
      else this.onPointerLeave(event as PointerEvent);
    }
  }

  /** @internal */
  protected profileChanged(): void {
    this.requestUpdate();
  }

  /** The element itself before its shadow root exists, then the trigger in it; none while the key is unknown. */
  private get triggerElement(): HTMLElement | undefined {
    if (this.hostIsTrigger) return this;
    return this.trigger?.parentNode === this.root ? this.trigger : undefined;
  }

  /** Its wording in its language (read when needed: a thousand terms need none to render). */
  private get strings(): typeof termStrings {
    return localize(this, 'term', termStrings);
  }

  private requestUpdate(): void {
    if (this.updatePending) return;
    this.updatePending = true;
    // Before the first connection there is nothing to render into: connectedCallback schedules it.
    if (this.everConnected) this.scheduleRender();
  }

  private scheduleRender(): void {
    if (dueTerms.push(this) === 1) queueMicrotask(MlopsTerm.renderDue);
  }

  /** Renders the terms due, in the order they asked; a term that asks again meanwhile waits for the next microtask. */
  private static renderDue(this: void): void {
    const terms = dueTerms;
    dueTerms = [];
    for (const term of terms) {
      try {
        term.performUpdate();
      } catch (error) {
        // One term's failure must not keep the others from rendering: rethrown on its own.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  /** Looks the key up, settles whether the bubble may open, renders, then shows or hides it. */
  private performUpdate(): void {
    // Changes made from here on (by an event listener, say) get a render of their own.
    this.updatePending = false;
    try {
      this.checkInputs();
      if (this.isOpen && (!this.renderedOpen || !this.resolved)) {
        // Only a known term in the page opens, and only if no `mlops-term-open` listener objects.
        const term = this.isConnected ? this.resolved : undefined;
        if (!term || !emit(this, 'mlops-term-open', { term }, { cancelable: true })) this.isOpen = false;
        else this.bubbleWanted = true;
      }
      if (this.hasAttribute('open') !== this.isOpen) this.toggleAttribute('open', this.isOpen);
      this.render();
      this.afterRender();
    } finally {
      const finish = this.finishUpdate;
      this.updateDone = this.finishUpdate = undefined;
      finish?.(!this.updatePending);
    }
  }

  /** Looks the key up when it or the dataset changed, and reports a key or delay that is no good. */
  private checkInputs(): void {
    const terms = this.providedProfile?.terminology;
    // String(): a number or other value set on `term` from script must not throw.
    const key = String(this.termKey || this.textContent || '').trim();
    if (this.providedProfile === null) {
      // An enclosing <mlops-profile src> is loading: stay plain text and judge the key later.
      this.resolved = this.lookedUp = undefined;
    } else if (key !== this.lookedUp?.[0] || terms !== this.lookedUp[1]) {
      this.lookedUp = [key, terms];
      this.resolved = lookUp(key, terms);
      if (!this.resolved && key) {
        reportError(this, {
          code: 'unknown-term',
          message: this.strings.unknownTerm(this.localName, key.slice(0, 80)),
          suggestion: suggestTerm(key, terms),
        });
      }
    }
    if (this.delaysChanged) {
      this.delaysChanged = false;
      for (const [name, attribute] of [['openDelay', 'open-delay'], ['closeDelay', 'close-delay']] as const) {
        if (!(this[name] >= 0)) {
          reportError(this, { code: 'invalid-attribute', message: this.strings.invalidDelay(this.localName, attribute, this.getAttribute(attribute)) });
        }
      }
    }
  }

  /**
   * Known term, never opened: no shadow root, the element itself is the trigger. Once opened (or
   * at once for an element without text, whose slot shows the insider name): a shadow root with
   * `<span id=trigger><slot></span>` and the bubble beside it. Unknown: plain text, or a bare slot
   * in a shadow root built earlier.
   */
  private render(): void {
    const term = this.resolved;
    const root = this.root ?? (term && (this.bubbleWanted || !this.firstChild) ? this.attachParts() : undefined);
    if (!root) {
      this.setHostIsTrigger(!!term);
      return;
    }
    let slot: HTMLSlotElement;
    if (term) {
      const trigger = (this.trigger ??= this.createTrigger());
      slot = trigger.firstChild as HTMLSlotElement;
      if (trigger.parentNode !== root) {
        this.bareSlot?.remove();
        root.prepend(trigger);
      }
      const expanded = String(this.isOpen);
      if (trigger.getAttribute('aria-expanded') !== expanded) trigger.setAttribute('aria-expanded', expanded);
      // The trigger takes over from the element: focus first, so that dropping the element's own
      // tabindex afterwards leaves focus where it was, on the same phrase.
      if (this.hostIsTrigger && this.matches(':focus')) trigger.focus({ preventScroll: true });
    } else {
      slot = this.bareSlot ??= document.createElement('slot');
      if (slot.parentNode !== root) {
        this.trigger?.remove();
        this.bubble?.remove();
        root.append(slot);
      }
    }
    this.setHostIsTrigger(false);
    // The insider name shows only in an element without content: no text node for the others.
    const fallback = this.firstChild ? '' : (term?.insider ?? '');
    if (slot.textContent !== fallback) slot.textContent = fallback;
    if (!term || !this.bubbleWanted) return;
    const bubble = (this.bubble ??= this.createBubble());
    const [insider, explanation, outsider] = bubble.children;
    if (this.bubbleTerm !== term) {
      this.bubbleTerm = term;
      insider.textContent = term.insider;
      explanation.textContent = term.explanation;
    }
    // Checked on every render, as on opening: a translation or a `lang` may have arrived meanwhile.
    const outsiderLine = `${this.strings.outsidersSay} ${term.outsider}`;
    if (outsider.textContent !== outsiderLine) outsider.textContent = outsiderLine;
    if (bubble.parentNode !== root) {
      root.append(bubble);
      this.trigger!.setAttribute('aria-describedby', 'bubble');
    }
  }

  /** The shadow root and its stylesheets, built once. */
  private attachParts(): ShadowRoot {
    // Focus given to the element (`el.focus()`, a label) goes to the trigger, as on a native control.
    const root = (this.root = this.attachShadow({ mode: 'open', delegatesFocus: true }));
    // The sheets belong to this document: a term moved into another one (an iframe's) stays
    // unstyled there rather than throwing.
    if (this.ownerDocument === document) adoptStyles(root, termSheets);
    return root;
  }

  /** The element itself as the trigger, while it has no shadow root: button role, collapsed, focusable, underlined. */
  private setHostIsTrigger(on: boolean): void {
    if (on === this.hostIsTrigger) return;
    this.hostIsTrigger = on;
    const internals = this.internals!;
    internals.role = on ? 'button' : null;
    internals.ariaExpanded = on ? 'false' : null;
    if (on) internals.states.add('trigger');
    else internals.states.delete('trigger');
    if (on && !this.hasAttribute('tabindex')) {
      this.addedTabIndex = true;
      this.setAttribute('tabindex', '0');
    } else if (!on && this.addedTabIndex) {
      this.addedTabIndex = false;
      this.removeAttribute('tabindex');
    }
  }

  /** A copy of one pattern, slot included: one native call per term. */
  private createTrigger(): HTMLElement {
    if (!triggerPattern) {
      triggerPattern = createElement('span', { id: 'trigger', part: 'trigger', tabindex: '0', role: 'button', 'aria-expanded': 'false' });
      triggerPattern.append(document.createElement('slot'));
    }
    return triggerPattern.cloneNode(true) as HTMLElement;
  }

  private createBubble(): HTMLElement {
    const bubble = createElement('div', { id: 'bubble', part: 'bubble', role: 'tooltip', tabindex: '-1' });
    // Manual: opening, closing and light dismiss are ours (one open at a time, hover, pinning).
    bubble.popover = 'manual';
    bubble.append(
      createElement('strong', { part: 'insider' }),
      createElement('p', { part: 'explanation' }),
      createElement('p', { part: 'outsider' }),
    );
    return bubble;
  }

  /** Shows or hides the bubble when `open` changed, or moves it when something else did while open. */
  private afterRender(): void {
    // Not in the page when closing because the key became unknown (then it is already hidden).
    const bubble = this.bubble?.isConnected ? this.bubble : undefined;
    if (this.isOpen === this.renderedOpen) {
      if (this.isOpen) this.place(); // the term or its text changed while open
      return;
    }
    this.renderedOpen = this.isOpen;
    this.listen(this.isOpen);
    if (this.isOpen) {
      if (openTerm !== this) openTerm?.hide();
      openTerm = this;
      this.shownTerm = this.resolved;
      try {
        bubble?.showPopover();
      } catch {
        // No Popover API, or the element was disconnected: fixed positioning with a high z-index stands in.
      }
      this.place();
    } else {
      clearTimeout(this.timer);
      this.openedByHover = false;
      if (openTerm === this) openTerm = undefined;
      try {
        bubble?.hidePopover();
      } catch {
        // Nothing to hide without the Popover API.
      }
      emit(this, 'mlops-term-close', { term: this.shownTerm! });
    }
  }

  private setOpen(open: boolean, byHover = false): void {
    clearTimeout(this.timer);
    this.openedByHover = open && byHover;
    this.open = open;
  }

  /** Page-level listeners exist only while this bubble is open (at most one is, page-wide). */
  private listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const type of PAGE_EVENTS) document[method](type, this, true);
    window[method]('resize', this, true);
  }

  /** Below the text's last line, or above its first line when there is no room below; kept in the viewport. */
  private place(): void {
    const bubble = this.bubble;
    const lines = this.trigger?.getClientRects();
    if (!bubble?.isConnected || !lines?.length) return;
    const first = lines[0];
    const last = lines[lines.length - 1];
    const { clientWidth, clientHeight } = document.documentElement;
    const { offsetWidth, offsetHeight } = bubble;
    let anchor = last;
    let top = last.bottom + GAP_PX;
    if (top + offsetHeight > clientHeight - EDGE_PX && first.top > clientHeight - last.bottom) {
      anchor = first;
      top = Math.max(EDGE_PX, first.top - GAP_PX - offsetHeight);
    }
    const left = Math.max(EDGE_PX, Math.min(anchor.left, clientWidth - EDGE_PX - offsetWidth));
    bubble.style.setProperty('--_x', `${left}px`);
    bubble.style.setProperty('--_y', `${top}px`);
  }

  /** Text set, replaced or edited after upgrade: each term changed looks its key up again (a no-op when it did not change). */
  private static onTextChange(this: void, changes: MutationRecord[]): void {
    for (const { target } of changes) {
      // The observed term is the target or holds it (any tag name: `define()` may rename it).
      for (let node: Node | null = target; node; node = node.parentNode) {
        if (node instanceof MlopsTerm && (node.textContent || '').trim() !== node.lookedUp?.[0]) node.requestUpdate();
      }
    }
  }

  private onClick(): void {
    // A click on a bubble the mouse opened pins it rather than closing it under the pointer.
    if (this.openedByHover) this.openedByHover = false;
    else this.setOpen(!this.isOpen);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.setOpen(!this.isOpen);
  }

  private onFocus(): void {
    // Keyboard focus opens it; focus that comes with a click or tap is left to `onClick`.
    if (this.triggerElement!.matches(':focus-visible')) this.show();
  }

  private onBlur(event: FocusEvent): void {
    // Focus moving between the text and the bubble (a click inside it) keeps it open. Heard outside
    // the shadow root, the element focus went to reads as this element when it is one of ours.
    if (event.relatedTarget !== this) this.hide();
  }

  private onPointerEnter(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.timer);
    if (!this.isOpen) this.timer = setTimeout(() => this.setOpen(true, true), validDelay(this.openDelayMs, DEFAULT_OPEN_DELAY_MS));
  }

  private onPointerLeave(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.timer);
    if (this.openedByHover) this.timer = setTimeout(() => this.hide(), validDelay(this.closeDelayMs, DEFAULT_CLOSE_DELAY_MS));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-term-open': CustomEvent<MlopsTermEventDetail>;
    'mlops-term-close': CustomEvent<MlopsTermEventDetail>;
  }
}
