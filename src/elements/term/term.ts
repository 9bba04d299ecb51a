import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { findTerm, suggestTerm } from '../../data/terms.js';
import type { Term } from '../../data/types.js';
import { MlopsElement } from '../../internal/base.js';
import { emit, reportError } from '../../internal/events.js';
import { termStyles } from './term.styles.js';
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

/** A delay attribute's value, or the default when it is not a number of milliseconds (already reported). */
const validDelay = (value: number, fallback: number) => (value >= 0 ? value : fallback);

/** The one open bubble on the page: opening another closes it. */
let openTerm: MlopsTerm | undefined;

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
 * @summary Inline tooltip explaining a community term: insider name, explanation, outsider phrase.
 *
 * @slot - The phrase as written in the text. Without a `term` attribute it is also the lookup key.
 *
 * @csspart trigger - The inline, focusable wrapper around the phrase (dotted underline).
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
export class MlopsTerm extends MlopsElement {
  static override readonly defaultTag = 'mlops-term';
  static override styles = termStyles;
  /** @internal `term.focus()` from script reaches the trigger, as it would on a native control. */
  static override shadowRootOptions = { ...MlopsElement.shadowRootOptions, delegatesFocus: true };

  /** Id (`model-drift`), insider name (`Model Drift`) or outsider phrase of the term, any case. Without it, the text content is the key. */
  @property() term?: string;

  /** Whether the bubble is showing. Reflects; set it to open or close the bubble from script. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Milliseconds the mouse rests on the text before the bubble opens. */
  @property({ type: Number, attribute: 'open-delay' }) openDelay = DEFAULT_OPEN_DELAY_MS;

  /** Milliseconds a bubble opened by hovering stays after the mouse leaves text and bubble: time to cross from one to the other. */
  @property({ type: Number, attribute: 'close-delay' }) closeDelay = DEFAULT_CLOSE_DELAY_MS;

  /** The term the key matched, undefined while unknown or empty. */
  private resolved?: Term;
  /** The key and dataset `resolved` was looked up with, so lookups run only when they change. */
  private lookedUp?: [key: string, terms: readonly Term[] | undefined];
  /** The bubble is rendered on first open only: a page may hold a thousand terms. */
  private bubbleWanted = false;
  /** Opened by resting the mouse on it, so leaving closes it (other ways of opening pin it). */
  private openedByHover = false;
  /** The term the open bubble shows, reported by `mlops-term-close` even if the key changed meanwhile. */
  private shownTerm?: Term;
  private timer?: ReturnType<typeof setTimeout>;

  private get trigger(): HTMLElement | null {
    return this.shadowRoot!.getElementById('trigger');
  }

  private get bubble(): HTMLElement | null {
    return this.shadowRoot!.getElementById('bubble');
  }

  /** Opens the bubble (unless the key is unknown or an `mlops-term-open` listener cancels). */
  show(): void {
    this.setOpen(true);
  }

  /** Closes the bubble. */
  hide(): void {
    this.setOpen(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const terms = this.providedProfile?.terminology;
    const key = (this.term || this.textContent || '').trim();
    if (key !== this.lookedUp?.[0] || terms !== this.lookedUp[1]) {
      this.lookedUp = [key, terms];
      this.resolved = findTerm(key, terms);
      if (!this.resolved && key) {
        reportError(this, {
          code: 'unknown-term',
          message: termStrings.unknownTerm(this.localName, key.slice(0, 80)),
          suggestion: suggestTerm(key, terms),
        });
      }
    }
    for (const [name, attribute] of [['openDelay', 'open-delay'], ['closeDelay', 'close-delay']] as const) {
      if (changed.has(name) && !(this[name] >= 0)) {
        reportError(this, { code: 'invalid-attribute', message: termStrings.invalidDelay(this.localName, attribute, this.getAttribute(attribute)) });
      }
    }
    if (this.open && (changed.has('open') || !this.resolved)) {
      if (!this.resolved || !emit(this, 'mlops-term-open', { term: this.resolved }, { cancelable: true })) {
        this.open = false;
      } else {
        this.bubbleWanted = true;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Absent only when closing because the key became unknown (the bubble is no longer rendered).
    const bubble = this.bubble;
    if (!changed.has('open') || this.open === !!changed.get('open')) {
      if (this.open) this.place(); // the term or its text changed while open
      return;
    }
    this.listen(this.open);
    if (this.open) {
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

  override render() {
    const term = this.resolved;
    const slot = html`<slot @slotchange=${this.onSlotChange}>${term?.insider}</slot>`;
    if (!term) return slot;
    return html`<span
        id="trigger"
        part="trigger"
        tabindex="0"
        role="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-describedby=${this.bubbleWanted ? 'bubble' : nothing}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @pointerenter=${this.onPointerEnter}
        @pointerleave=${this.onPointerLeave}
        >${slot}</span
      >${this.bubbleWanted
        ? html`<div
            id="bubble"
            part="bubble"
            role="tooltip"
            tabindex="-1"
            .popover=${'manual'}
            @blur=${this.onBlur}
            @pointerenter=${this.onPointerEnter}
            @pointerleave=${this.onPointerLeave}
          ><strong part="insider">${term.insider}</strong><p part="explanation">${term.explanation}</p><p part="outsider">${termStrings.outsidersSay} ${term.outsider}</p></div>`
        : nothing}`;
  }

  /**
   * @internal Page-level listeners, attached only while the bubble is open: Escape closes it, a
   * press outside closes it, and scrolling or resizing moves it along with the text.
   */
  handleEvent(event: Event): void {
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      event.preventDefault();
      if (this.shadowRoot!.activeElement === this.bubble) this.trigger?.focus();
      this.hide();
    } else if (event.type === 'pointerdown') {
      if (!event.composedPath().includes(this)) this.hide();
    } else {
      this.place();
    }
  }

  private setOpen(open: boolean, byHover = false): void {
    clearTimeout(this.timer);
    this.openedByHover = open && byHover;
    this.open = open;
  }

  private listen(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    for (const type of ['keydown', 'pointerdown', 'scroll']) document[method](type, this, true);
    window[method]('resize', this, true);
  }

  /** Below the text's last line, or above its first line when there is no room below; kept in the viewport. */
  private place(): void {
    const bubble = this.bubble;
    const lines = this.trigger?.getClientRects();
    if (!bubble || !lines?.length) return;
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

  private onSlotChange(): void {
    // Text set or replaced after upgrade: look the key up again (a no-op when it did not change).
    if ((this.textContent || '').trim() !== this.lookedUp?.[0]) this.requestUpdate();
  }

  private onClick(): void {
    // A click on a bubble the mouse opened pins it rather than closing it under the pointer.
    if (this.openedByHover) this.openedByHover = false;
    else this.setOpen(!this.open);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    this.setOpen(!this.open);
  }

  private onFocus(): void {
    // Keyboard focus opens it; focus that comes with a click or tap is left to `onClick`.
    if (this.trigger!.matches(':focus-visible')) this.show();
  }

  private onBlur(event: FocusEvent): void {
    // Focus moving between the text and the bubble (a click inside it) keeps it open.
    if (!this.shadowRoot!.contains(event.relatedTarget as Node | null)) this.hide();
  }

  private onPointerEnter(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.timer);
    if (!this.open) this.timer = setTimeout(() => this.setOpen(true, true), validDelay(this.openDelay, DEFAULT_OPEN_DELAY_MS));
  }

  private onPointerLeave(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    clearTimeout(this.timer);
    if (this.openedByHover) this.timer = setTimeout(() => this.hide(), validDelay(this.closeDelay, DEFAULT_CLOSE_DELAY_MS));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-term-open': CustomEvent<MlopsTermEventDetail>;
    'mlops-term-close': CustomEvent<MlopsTermEventDetail>;
  }
}
