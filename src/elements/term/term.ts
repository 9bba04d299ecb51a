// No Lit here: a blogger's tooltip needs no template engine. This is a plain custom element; from
// Lit it takes only the css tag (for the shared tokens) and the context protocol's request event.
// Beside it: the key (term-key.ts), the shadow DOM built on first opening (term-parts.ts), one
// listener per root for every term's parts (root-events.ts), the rules shared by terms that are
// their own trigger (host-sheets.ts), where the bubble goes (placement.ts), how it answers clicks,
// keys, focus and the mouse (term-interaction.ts) and the reader's "Don't open on hover" (hover-preference.ts).
import { suggestTerm } from '../../data/terms.js';
import type { Term } from '../../data/types.js';
import { emit } from '../../internal/events.js';
import { glossaryLink, isLinkableGlossaryHref } from '../../internal/glossary-link.js';
import { followLanguage, localize } from '../../internal/i18n.js';
import { PlainMlopsElement } from '../../internal/plain-element.js';
import { supportsAdoptingStyleSheets } from '@lit/reactive-element/css-tag.js';
import { removeHostSheets, shareHostSheet } from './host-sheets.js';
import { moveBubble } from './placement.js';
import { heardByParts, moveTerm, type PartEventTarget, type TermRoot } from './root-events.js';
import { DEFAULT_CLOSE_DELAY_MS, DEFAULT_OPEN_DELAY_MS, interactionEnded, listenToPage, partHandlers, setOpen } from './term-interaction.js';
import { lookUp, watchText } from './term-key.js';
import { setHostTrigger, TermParts } from './term-parts.js';
import { termStrings } from './term.strings.js';

/** Details of `mlops-term-open` and `mlops-term-close`. */
export interface MlopsTermEventDetail {
  /** The term whose bubble opens or closed. */
  term: Term;
}

/** The one open bubble on the page: opening another closes it. */
let openTerm: MlopsTerm | undefined;

/** Printing's notes, loaded with the first term connected: when printing starts it is too late to fetch code. */
let printNotes: Promise<void> | undefined;

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
 * collapsed button, focusable, through `role`, `aria-expanded` and `tabindex` attributes it adds
 * unless the page set them, which every checker and screen reader reads;
 * underlined by rules that all terms of a document share, in the `mlops-elements` cascade layer).
 * Its first opening builds the shadow root, with the trigger and the bubble, and moves focus into
 * it if the element had it. A long article's terms thus cost little more than the text itself.
 *
 * Every bubble has a "Don't open on hover" checkbox: the reader's choice, for every term of the page at
 * once and remembered on this browser (localStorage, `mlops-elements:term-hover-off`; for the page only
 * where storage is blocked). Focus and taps still open the bubble; unticking it turns hovering on again.
 * With `glossary-href` the bubble also links to the term's entry in the site's glossary. Both are in
 * the bubble only, so a term that was never opened has neither, and neither prints. Tab passes them by
 * (one stop per term); ArrowDown from the open term's phrase, or a click in the bubble, reaches them.
 *
 * On paper, where no bubble opens, a term inside an `<article>` is numbered and its explanation is
 * printed as that note in a list at the end of the article; a term outside any article prints its
 * explanation after it, in brackets. Both exist only while the page prints.

 * It renders in a microtask after a change, and `updateComplete` resolves once it has, as with the other mlops elements.
 *
 * @summary Inline tooltip explaining a community term: insider name, explanation, outsider phrase.
 *
 * @attr {string} term - Id (`model-drift`), insider name (`Model Drift`) or outsider phrase of the term, any case. Without it, the text content is the key.
 * @attr {boolean} open - Present while the bubble is showing; add or remove it to open or close the bubble.
 * @attr {number} open-delay - Milliseconds the mouse rests on the text before the bubble opens (default 300).
 * @attr {number} close-delay - Milliseconds a bubble opened by hovering stays after the mouse leaves text and bubble (default 300).
 * @attr {string} glossary-href - URL of the site's glossary page (`/glossary/`): the bubble links to the term's entry there ("Full entry", `/glossary/#model-drift`). Relative or http(s) only; another is reported and shows no link.
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
export class MlopsTerm extends PlainMlopsElement implements PartEventTarget {
  static override readonly defaultTag: string = 'mlops-term';

  static override get observedAttributes(): string[] {
    return ['term', 'open', 'open-delay', 'close-delay', 'glossary-href'];
  }

  private termKey?: string;
  private isOpen = false;
  private openDelayMs: number = DEFAULT_OPEN_DELAY_MS;
  private closeDelayMs: number = DEFAULT_CLOSE_DELAY_MS;
  /** Delay attributes or properties changed since the last render: check them then. */
  private delaysChanged?: boolean;
  private glossaryHrefValue?: string;
  /** The `glossary-href` value last refused, reported once. */
  private refusedHref?: string;
  /** The open state the last render showed, to tell opening and closing from re-rendering. */
  private renderedOpen = false;

  /**
   * Custom states and shared stylesheets, which let the element itself be the trigger until the
   * bubble first opens; without them (older engines) the shadow root is built at once.
   */
  private readonly internals?: ElementInternals;
  /** The element itself is the trigger: a known term whose shadow root is not built yet. */
  private hostIsTrigger = false;
  /** The attributes (`tabindex`, `role`, `aria-expanded`) ours while it is the trigger (an author's own are left alone). */
  private addedAttributes?: string[];
  /** The shadow root and what it shows, built when first needed. */
  private parts?: TermParts;
  /** @internal */
  partRoot?: TermRoot;

  /** The term the key matched, undefined while unknown or empty. */
  private resolved?: Term;
  /** The key and dataset `resolved` was looked up with, so lookups run only when they change. */
  private lookedUp?: [key: string, terms: readonly Term[] | undefined];
  private bubbleWanted?: boolean;
  /** The term the open bubble shows, reported by `mlops-term-close` even if the key changed meanwhile. */
  private shownTerm?: Term;

  constructor() {
    super();
    const internals = this.attachInternals();
    if (internals.states && supportsAdoptingStyleSheets) this.internals = internals;
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
   * The URL of the site's glossary page (`/glossary/`, where `<mlops-glossary>` is): the bubble then
   * links to the term's entry there (`/glossary/#model-drift`). Only a relative or http(s) URL is
   * taken; checked when the bubble is worded, so a thousand closed terms do no work for it.
   * @attr glossary-href
   */
  get glossaryHref(): string | undefined {
    return this.glossaryHrefValue;
  }
  set glossaryHref(value: string | undefined) {
    if (value === this.glossaryHrefValue) return;
    this.glossaryHrefValue = value;
    this.requestUpdate();
  }

  /** Opens the bubble (unless the key is unknown or an `mlops-term-open` listener cancels). */
  show(): void {
    setOpen(this, true);
  }

  /** Closes the bubble. */
  hide(): void {
    setOpen(this, false);
  }

  /** @internal */
  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'term') this.term = value ?? undefined;
    else if (name === 'open') this.open = value !== null;
    else if (name === 'open-delay') this.openDelay = value === null ? DEFAULT_OPEN_DELAY_MS : Number(value);
    else if (name === 'close-delay') this.closeDelay = value === null ? DEFAULT_CLOSE_DELAY_MS : Number(value);
    else this.glossaryHref = value ?? undefined;
  }

  /** @internal */
  override connectedCallback(): void {
    super.connectedCallback();
    // Without the element-as-trigger machinery the shadow root is built at once.
    if (!this.internals) this.parts ??= new TermParts(this);
    // Connected: the root is the document or a shadow root.
    this.countIn(this.getRootNode() as TermRoot);
    // Its text is the key when there is no `term`: look it up again when it changes.
    watchText(this, MlopsTerm.onTextChange);
    // Should it fail to load (offline), terms print as the plain text they are.
    printNotes ??= import('./print-notes.js').then(
      (notes) => notes.default(MlopsTerm.noteOf),
      () => undefined,
    );
  }

  /** @internal */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.countIn(undefined);
    this.hide();
  }

  /**
   * @internal Page-level events while the bubble is open (Escape closes it, a press outside closes
   * it, scrolling or resizing moves it along with the text). The element is the listener object
   * itself, so no closure is allocated per term.
   */
  handleEvent(event: Event): void {
    const { type } = event;
    if (type === 'keydown') {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      const { root, bubble, trigger } = this.parts!;
      // Focus in the bubble (on it, its link or its checkbox) goes back to the phrase.
      if (bubble?.contains(root.activeElement)) trigger!.focus();
      this.hide();
    } else if (type === 'pointerdown') {
      if (!event.composedPath().includes(this)) this.hide();
    } else {
      this.place();
    }
  }

  /** @internal What a listener on the trigger or the bubble would have heard: at the target, or bubbling from inside. */
  onPartEvent(event: Event, path: EventTarget[]): void {
    const trigger = this.triggerElement;
    // An unknown term is plain text: only a trigger (and its bubble) reacts.
    const heard = trigger && heardByParts(this, trigger, this.parts?.bubble, event, path);
    if (heard) partHandlers[heard](this, event as never, { trigger, focusControls: () => this.parts!.focusControls() });
  }

  /** Looks the key up, settles whether the bubble may open, renders, then shows or hides it. */
  protected update(): void {
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
  }

  /** Counts this term in the document or shadow root it is now in (none: disconnected), with the rules it may need there. */
  private countIn(root: TermRoot | undefined): void {
    const emptied = moveTerm(this, root);
    if (emptied) removeHostSheets(emptied);
    if (root && this.internals) shareHostSheet(root, this.localName);
  }

  /** The element itself before its shadow root exists, then the trigger in it; none while the key is unknown. */
  private get triggerElement(): HTMLElement | undefined {
    return this.hostIsTrigger ? this : this.parts?.shownTrigger;
  }

  /** Its wording in its language (read when needed: a thousand terms need none to render). */
  private get strings(): typeof termStrings {
    return localize(this, 'term', termStrings);
  }

  /** Looks the key up when it or the dataset changed; a key or delay that is no good is reported after the render. */
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
        this.reportAfterRender({
          code: 'unknown-term',
          message: this.strings.unknownTerm(this.localName, key.slice(0, 80)),
          suggestion: suggestTerm(key, terms),
        });
      }
    }
    if (this.delaysChanged) {
      this.delaysChanged = false;
      for (const [value, attribute] of [[this.openDelayMs, 'open-delay'] as const, [this.closeDelayMs, 'close-delay'] as const]) {
        if (!(value >= 0))
          this.reportAfterRender({ code: 'invalid-attribute', message: this.strings.invalidDelay(this.localName, attribute, this.getAttribute(attribute)) });
      }
    }
  }

  /**
   * Known term, never opened: no shadow root, the element itself is the trigger. Once opened (or
   * at once for an element without text, whose slot shows the insider name): the shadow root's
   * trigger and, once wanted, the bubble. Unknown: plain text, or a bare slot in a shadow root built
   * earlier.
   */
  private render(): void {
    const term = this.resolved;
    // A build plugin's link to the glossary entry is for readers without the script: the term explains itself now.
    if (term && this.firstElementChild) for (const link of this.querySelectorAll(':scope > a[data-mlops-glossary-link]')) link.replaceWith(...link.childNodes);
    const parts = this.parts ?? (term && (this.bubbleWanted || !this.firstChild) ? (this.parts = new TermParts(this)) : undefined);
    if (!parts) return this.setHostIsTrigger(!!term);
    // The insider name shows only in an element without content: no text node for the others.
    const fallback = this.firstChild ? '' : (term?.insider ?? '');
    if (term) {
      const trigger = parts.showTrigger(this.isOpen, fallback);
      // The trigger takes over from the element: focus first, so that dropping the element's own
      // tabindex afterwards leaves focus where it was, on the same phrase.
      if (this.hostIsTrigger && this.matches(':focus')) trigger.focus({ preventScroll: true });
    } else {
      parts.showPlainText(fallback);
    }
    this.setHostIsTrigger(false);
    // Worded on every render, as on opening: a translation or a `lang` may have arrived meanwhile.
    if (term && this.bubbleWanted) parts.showBubble(term, this.strings, this.entryLink(term));
  }

  /** The link to the term's glossary entry, when `glossary-href` is a relative or http(s) URL; any other is reported, once. */
  private entryLink(term: Term): string | undefined {
    const href = this.glossaryHrefValue;
    if (!href) return undefined;
    // String(): a value set from script that is no string must not throw.
    const link = glossaryLink(String(href), term.id);
    if (isLinkableGlossaryHref(link, this.baseURI)) return link;
    if (this.refusedHref !== href) {
      this.refusedHref = href;
      this.reportAfterRender({ code: 'invalid-attribute', message: this.strings.invalidGlossaryHref(this.localName, String(href).slice(0, 80)) });
    }
    return undefined;
  }

  /** The element itself as the trigger, while it has no shadow root, or no longer. */
  private setHostIsTrigger(on: boolean): void {
    if (on === this.hostIsTrigger) return;
    this.hostIsTrigger = on;
    this.addedAttributes = setHostTrigger(this, this.internals!, on, this.addedAttributes);
  }

  /** Shows or hides the bubble when `open` changed, or moves it when something else did while open. */
  private afterRender(): void {
    if (this.isOpen === this.renderedOpen) {
      if (this.isOpen) this.place(); // the term or its text changed while open
      return;
    }
    this.renderedOpen = this.isOpen;
    listenToPage(this, this.isOpen);
    // Only the open bubble shows wording (it is worded again on opening): only then does the term
    // follow `lang` and new translations, so the page's thousand closed terms cost the registry nothing.
    followLanguage(this, this.isOpen);
    if (this.isOpen) {
      if (openTerm !== this) openTerm?.hide();
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the page's one open term, kept past this call
      openTerm = this;
      this.shownTerm = this.resolved;
      this.parts?.showPopover(true);
      this.place();
    } else {
      interactionEnded(this);
      if (openTerm === this) openTerm = undefined;
      this.parts?.showPopover(false);
      emit(this, 'mlops-term-close', { term: this.shownTerm! });
    }
  }

  /** Moves the bubble to where placeBubble() puts it for the text's line boxes now. */
  private place(): void {
    const bubble = this.parts?.bubble;
    const lines = this.parts?.trigger?.getClientRects();
    if (bubble?.isConnected && lines?.length) moveBubble(bubble, lines);
  }

  /** What printing notes about a node (see print-notes.ts): its term and "Outsiders say:", if it is a known term. */
  private static noteOf(this: void, node: Element): readonly [Term, string] | undefined {
    return node instanceof MlopsTerm && node.resolved ? [node.resolved, node.strings.outsidersSay] : undefined;
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
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-term-open': CustomEvent<MlopsTermEventDetail>;
    'mlops-term-close': CustomEvent<MlopsTermEventDetail>;
  }
}
