import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { bundledFeedbackQuestion } from '../../data/feedback.js';
import { bundledProfileId } from '../../data/identity.js';
import { MlopsElement } from '../../internal/base.js';
import { emit, reportError } from '../../internal/events.js';
import { tokens, visuallyHidden } from '../../internal/tokens.js';
import type { DeliveryOutcome, DeliveryReport, FeedbackPayload, FeedbackScale } from './delivery.js';
import { feedbackStyles } from './feedback.styles.js';
import { feedbackStrings } from './feedback.strings.js';
import { DEFAULTS, type NumericSetting, positiveInteger, SCALES } from './settings.js';
import { cleanComment, createFeedbackId, pageAddress } from './vote.js';
import { loadDelivery, loadTrust, noop, ownedIds } from './delivery-link.js';
import { answerDetails, ratingScale, statusRegion } from './feedback.templates.js';

export type { DeliveryOutcome, FeedbackPayload, FeedbackScale } from './delivery.js';
export { cleanComment, createFeedbackId, pageAddress } from './vote.js';

/**
 * Where the reader's answer stands: `idle` (not submitted), `sending`, `sent`, `local` (no endpoint,
 * or a listener cancelled `mlops-feedback-submit` to send it itself), `queued` (saved, will retry),
 * `rejected` (the endpoint answered 4xx), `gave-up`, or `invalid-endpoint`.
 */
export type FeedbackDeliveryState = 'idle' | 'sending' | 'sent' | 'local' | 'queued' | 'rejected' | 'gave-up' | 'invalid-endpoint';

/**
 * A "how helpful was this?" prompt for docs pages. Asks the profile's question on a 1–5 scale or with
 * thumbs, then offers optional reasons and a comment, and reports the answer as an event and,
 * with `endpoint`, as a JSON POST that survives failures (queued in `localStorage`, retried with the
 * same id). A reader can change their answer; it is never counted twice.
 *
 * Delivery: the POST carries the `FeedbackPayload` JSON with `credentials: 'omit'` and no referrer.
 * A network error, a timeout or a 5xx keeps the vote in `localStorage` under `mlops-feedback:queue`
 * (in memory when storage is unavailable or full) and retries it with exponential backoff, on the
 * `online` event and on the next page view that has a `<mlops-feedback>` for the same endpoint;
 * a 4xx drops it. Retries and changed answers reuse the vote's `id`, so the server keeps the last
 * body per id. Nothing else is stored and no cookies are sent. The delivery code is a separate
 * module, loaded when an element with an `endpoint` connects.
 *
 * @summary Feedback prompt: rating, optional reasons and comment, reliable delivery.
 *
 * @slot question - Replaces the question (default: the `question` attribute, else the profile's question).
 * @slot results - Where `show-results` puts the page's tally (`<mlops-feedback-results>`) once the endpoint accepted the vote.
 *
 * @attr {boolean} show-results - After a vote the endpoint accepted, show the page's tally from the receiver (the endpoint's `/summary`, as `mlops-elements feedback-server` serves it).
 *
 * @csspart form - The form, shown until the answer is submitted.
 * @csspart question - The legend holding the question.
 * @csspart scale - The row of rating options.
 * @csspart option - One rating option's face; it also has the part `selected` when chosen.
 * @csspart selected - The chosen rating option.
 * @csspart ends - The "Not helpful … Very helpful" labels under the 5-point scale.
 * @csspart reasons - The fieldset of optional reasons.
 * @csspart reason - One reason (checkbox and label).
 * @csspart comment - The comment textarea.
 * @csspart hint - The "Please don't include personal information." hint.
 * @csspart counter - The character counter.
 * @csspart submit - The Submit button.
 * @csspart status - The live region: "Sending…", the thank-you and delivery messages.
 * @csspart change - The "Change your answer" button.
 *
 * @cssprop [--mlops-feedback-background=var(--mlops-color-surface-alt)] - Background of the widget.
 * @cssprop [--mlops-feedback-padding=1rem] - Space inside the widget.
 * @cssprop [--mlops-feedback-max-width=36rem] - Widest the widget grows.
 * @cssprop [--mlops-feedback-target-size=44px] - Minimum size of options and buttons (touch targets).
 * @cssprop [--mlops-feedback-selected-background=var(--mlops-color-accent)] - Background of the chosen option.
 * @cssprop [--mlops-feedback-selected-color=var(--mlops-color-on-accent)] - Text colour of the chosen option.
 *
 * @fires {CustomEvent<FeedbackPayload>} mlops-feedback-submit - Before sending; cancelable: `preventDefault()` stops the POST and the analytics events (the page sends it itself).
 * @fires {CustomEvent<FeedbackPayload>} mlops-feedback-sent - After the endpoint accepted a vote (also for votes queued on an earlier page view).
 * @fires {CustomEvent<MlopsErrorDetail>} mlops-error - Invalid attribute, a vote the endpoint refused (4xx), or one given up on.
 */
export class MlopsFeedback extends MlopsElement {
  static override readonly defaultTag = 'mlops-feedback';

  static override styles = [tokens, visuallyHidden, feedbackStyles];
  static override get properties(): PropertyDeclarations {
    return {
      question: {},
      scale: {},
      endpoint: {},
      maxlength: { type: Number },
      timeout: { type: Number },
      retryBaseDelay: { type: Number, attribute: 'retry-base-delay' },
      maxAttempts: { type: Number, attribute: 'max-attempts' },
      minDwell: { type: Number, attribute: 'min-dwell' },
      commentWhen: { attribute: 'comment' },
      analytics: {},
      rating: { state: true, attribute: false },
      reasons: { state: true, attribute: false },
      comment: { state: true, attribute: false },
      done: { state: true, attribute: false },
      delivery: { state: true, attribute: false },
      lastOutcome: { state: true, attribute: false },
    };
  }

  /** Overrides the profile's question (the `question` slot overrides both). */
  question?: string;

  // `@type`: the manifest, and the editor data and JSX types made from it, list the values it takes.
  /**
   * `5` for a 1–5 scale, `thumbs` for thumbs up/down. Anything else falls back to `5` with a warning.
   * @type {'5' | 'thumbs'}
   */
  scale: string = '5';

  /**
   * Where to POST the answer as JSON (absolute or relative http(s) URL; cross-origin endpoints must
   * allow CORS for `content-type: application/json`). Without it nothing goes over the network.
   */
  endpoint?: string;

  /** Longest comment, in characters (UTF-16 units, like the HTML attribute). Default 500. */
  maxlength: number = DEFAULTS.maxlength;

  /** Milliseconds before one POST is abandoned and the vote queued for a retry. Default 8000. */
  timeout: number = DEFAULTS.timeout;

  /**
   * First retry delay in ms after a failed send; it doubles per failed attempt up to 60 s, with
   * jitter (each wait is between half and all of that). Default 2000.
   */
  retryBaseDelay: number = DEFAULTS.retryBaseDelay;

  /**
   * Failed attempts (across page views) after which a vote is dropped and reported with `mlops-error`.
   * Default 10. Offline waits do not count; votes older than 7 days are dropped too.
   */
  maxAttempts: number = DEFAULTS.maxAttempts;

  /**
   * Milliseconds on the page before Submit below which a vote looks automated: it is still
   * posted (with `client.dwellMs`, for the receiver to judge) but sent to no analytics tool. Default 3000;
   * `1` turns the rule off.
   */
  minDwell: number = DEFAULTS.minDwell;

  /**
   * When to ask for a comment: `always` (default), or `low`: only after a rating of 1–3 (thumbs down).
   * @type {'always' | 'low'}
   */
  commentWhen: string = 'always';

  /**
   * The page's analytics tools to send each vote to, space-separated: `ga4` (`gtag`), `plausible`,
   * `matomo` (`_paq`), `umami`, `datalayer` (tag managers). The tool must already be on the page: its
   * script is never loaded from here, and a missing one gets one console hint. Only a vote's first
   * answer is sent, and none that looks automated (see `min-dwell`). Checked at the first rating: an
   * unknown name or a missing tool is reported then.
   */
  analytics?: string;

  private get strings(): typeof feedbackStrings {
    return this.localize('feedback', feedbackStrings);
  }

  /** Where the reader's answer stands (read-only). */
  get deliveryState(): FeedbackDeliveryState {
    return this.delivery;
  }

  private rating?: number;
  private reasons: string[] = [];
  private comment = '';
  private done = false;
  private delivery: FeedbackDeliveryState = 'idle';
  private lastOutcome?: DeliveryOutcome;

  /** The vote's id, created at the first submit and kept for this element's lifetime. */
  private voteId?: string;
  /** The answer last submitted, so stale reports about an older answer do not overwrite the UI. */
  private submitted?: FeedbackPayload;
  /** A submitted answer not yet handed to the queue (the delivery code loads on first use). */
  private unqueued?: FeedbackPayload;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private trust?: typeof import('./trust.js');

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.voteId) ownedIds.add(this.voteId);
    window.addEventListener('online', this.onOnline);
    // Re-attached after a move in the DOM: pick up what was queued meanwhile (the first connection
    // is handled in updated(), once the attributes are known).
    if (this.hasUpdated) void this.flush();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    clearTimeout(this.retryTimer);
    // A vote still queued becomes an orphan that any other element (or the next page view) sends.
    if (this.voteId) ownedIds.delete(this.voteId);
  }

  private get effectiveScale(): FeedbackScale {
    return SCALES.includes(this.scale as FeedbackScale) ? (this.scale as FeedbackScale) : '5';
  }

  /** A numeric attribute's value, or its default when it is not a positive number. */
  private setting(key: NumericSetting): number {
    return positiveInteger(this[key]) ?? DEFAULTS[key];
  }

  /** The endpoint as an absolute http(s) URL, or undefined when it is missing or unusable. */
  private get endpointUrl(): string | undefined {
    if (!this.endpoint) return undefined;
    try {
      const url = new URL(this.endpoint, document.baseURI);
      return /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private get profileQuestion(): string {
    return this.providedProfile?.feedback.question ?? bundledFeedbackQuestion;
  }

  private get positive(): boolean {
    return (this.rating ?? 0) >= 4;
  }

  // Validation and the first flush happen here rather than in willUpdate: updated() never runs
  // during server rendering, so warnings and network access stay in the browser.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Focus follows the view that replaced the focused control: the thank-you after a submit, the
    // chosen rating after "Change your answer". (`done` only ever changes through those two.)
    if (changed.has('done') && changed.get('done') !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(this.done ? '.status' : 'input:checked')?.focus();
    }
    if (changed.has('scale') && this.scale !== this.effectiveScale) {
      // Two valid values: a likely intended one is easy to spot without the edit-distance lookup.
      reportError(this, {
        code: 'invalid-attribute',
        message: `<mlops-feedback> scale="${this.scale}" is not "5" or "thumbs"; using 5.`,
        suggestion: /th|mb/i.test(this.scale) ? 'thumbs' : '5',
      });
    }
    for (const key of Object.keys(DEFAULTS) as NumericSetting[]) {
      if (changed.has(key) && positiveInteger(this[key]) === undefined) {
        const attribute = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
        reportError(this, {
          code: 'invalid-attribute',
          message: `<mlops-feedback> ${attribute}="${this.getAttribute(attribute) ?? this[key]}" is not a positive number; using ${DEFAULTS[key]}.`,
        });
      }
    }
    if (changed.has('endpoint') && this.endpoint) {
      if (this.endpointUrl) {
        // Votes left from an earlier page view (or a failed send) go out as soon as an element for
        // their endpoint appears.
        void this.flush();
      } else {
        reportError(this, {
          code: 'invalid-attribute',
          message: `<mlops-feedback> endpoint="${this.endpoint}" is not an http(s) URL; nothing will be sent.`,
        });
      }
    }
  }

  private readonly onOnline = () => void this.flush();

  private buildPayload(): FeedbackPayload {
    const profile = this.providedProfile?.id ?? bundledProfileId;
    // A vote from an earlier view of this page keeps its id, so the receiver replaces it.
    this.voteId ??= this.trust?.earlierVoteId(this, profile) ?? createFeedbackId();
    ownedIds.add(this.voteId);
    const offered = (this.positive ? this.strings.positiveReasons : this.strings.negativeReasons).map((reason) => reason.id);
    return {
      id: this.voteId,
      profile,
      rating: this.rating ?? 0,
      scale: this.effectiveScale,
      reasons: offered.filter((id) => this.reasons.includes(id)),
      comment: cleanComment(this.comment, this.setting('maxlength')),
      page: pageAddress(),
      submittedAt: new Date().toISOString(),
      // `client`, once the trust rules have loaded (at the first rating).
      ...this.trust?.clientData(this.renderRoot),
    };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.delivery === 'sending' || this.rating === undefined) return;
    const payload = this.buildPayload();
    this.submitted = payload;
    const sendIt = emit(this, 'mlops-feedback-submit', payload, { cancelable: true });
    if (sendIt) loadTrust().then((trust) => trust.countVote(this, payload), noop);
    if (!sendIt || !this.endpoint) return this.showThanks('local');
    const endpoint = this.endpointUrl;
    if (!endpoint) return this.showThanks('invalid-endpoint');
    // The fields are disabled while sending; keep keyboard focus on the (aria-disabled) button.
    if (this.shadowRoot?.activeElement?.closest('fieldset, textarea')) {
      this.renderRoot.querySelector<HTMLElement>('[part~="submit"]')?.focus();
    }
    this.delivery = 'sending';
    this.lastOutcome = undefined;
    this.unqueued = payload;
    await this.flush();
    if (this.delivery === 'sending') this.delivery = 'queued';
    this.showThanks(this.delivery);
  }

  /**
   * Queues this element's new answer, sends what is queued for the endpoint (this element's vote and
   * orphans from earlier page views), then plans a retry for what failed.
   */
  private async flush(): Promise<void> {
    const endpoint = this.endpointUrl;
    if (!endpoint) return;
    clearTimeout(this.retryTimer);
    let retryIn: number;
    try {
      const { enqueue, flushQueue, nextRetryDelay } = await loadDelivery();
      if (this.unqueued) enqueue(endpoint, this.unqueued);
      this.unqueued = undefined;
      const mine = (payload: FeedbackPayload) => payload.id === this.voteId;
      const options = { timeout: this.setting('timeout'), maxAttempts: this.setting('maxAttempts') };
      const reports = await flushQueue(endpoint, options, (payload) => mine(payload) || !ownedIds.has(payload.id));
      for (const report of reports) if (mine(report.payload) || report.sentHere) this.announce(report);
      retryIn = nextRetryDelay(reports, this.setting('retryBaseDelay'));
    } catch {
      // The delivery code did not load (the network went before it came): the answer waits in
      // memory for the next try, on a timer or the `online` event.
      if (!this.unqueued) return;
      this.lastOutcome = { state: 'queued', reason: 'network', attempts: 0, persisted: false };
      this.delivery = 'queued';
      retryIn = this.setting('retryBaseDelay');
    }
    if (retryIn && this.isConnected) {
      clearTimeout(this.retryTimer); // another flush may have planned one meanwhile
      this.retryTimer = setTimeout(() => void this.flush(), retryIn);
    }
  }

  /** Updates the UI for this element's own vote and tells the page about delivered or lost votes. */
  private announce({ payload, outcome }: DeliveryReport): void {
    const current = this.submitted !== undefined && JSON.stringify(payload) === JSON.stringify(this.submitted);
    if (current) {
      // The first answer to a submit shows the thank-you; later ones (retries) only update it.
      if (this.delivery === 'sending') this.done = true;
      this.lastOutcome = outcome;
      this.delivery = outcome.state;
    }
    if (outcome.state === 'sent') emit(this, 'mlops-feedback-sent', payload);
    else if (outcome.state === 'rejected' || outcome.state === 'gave-up') {
      reportError(this, {
        code: `feedback-${outcome.state}`,
        message: `Vote ${payload.id} was dropped: ${
          outcome.state === 'rejected' ? `the endpoint refused it (HTTP ${outcome.status})` : `${outcome.attempts} attempts failed`
        }.`,
      });
    }
  }

  private showThanks(delivery: FeedbackDeliveryState): void {
    this.delivery = delivery;
    this.done = true;
  }

  private changeAnswer(): void {
    this.done = false;
  }

  private onRatingChange(event: Event): void {
    const rating = Number((event.target as HTMLInputElement).value);
    // The trust rules are needed at Submit, and check `comment` and `analytics` when they load; a failed
    // load leaves them out (the vote still goes).
    if (!this.trust) {
      loadTrust().then((trust) => {
        this.trust = trust;
        void trust.checkSettings(this);
      }, noop);
    }
    const wasPositive = this.positive;
    this.rating = rating;
    // The two lists differ, so ticks from the other list would be meaningless.
    if (wasPositive !== this.positive) this.reasons = [];
  }

  private onReasonChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    this.reasons = box.checked ? [...this.reasons, box.value] : this.reasons.filter((id) => id !== box.value);
  }

  override render() {
    // While an enclosing <mlops-profile src> loads, neither its question nor its id is known, and an
    // answer to the bundled question would be filed under the wrong profile: wait.
    const strings = this.strings;
    if (this.profilePending) return html`<p part="status" class="status" role="status">${strings.loading}</p>`;
    const sending = this.delivery === 'sending';
    return html`${
      this.done
        ? nothing
        : // aria-labelledby repeats what the legend does, for checkers that do not follow a slot into the legend (IBM's).
          html`<form part="form" aria-busy=${sending ? 'true' : 'false'} @submit=${this.onSubmit}>
            <fieldset class="rating" ?disabled=${sending} aria-labelledby="question">
              <legend part="question" id="question"><slot name="question">${this.question ?? this.profileQuestion}</slot></legend>
              ${ratingScale(strings, this.effectiveScale, this.rating, this.onRatingChange)}
            </fieldset>
            ${
              this.rating === undefined
                ? nothing
                : answerDetails(
                    strings,
                    this.positive,
                    this.reasons,
                    this.comment,
                    this.setting('maxlength'),
                    this.commentWhen !== 'low' || !this.positive,
                    sending,
                    this.onReasonChange,
                    (event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value),
                  )
            }
          </form>`
    }
      ${statusRegion(strings, this.delivery, this.lastOutcome, this.done)}
      ${this.done ? html`<button part="change" class="change" type="button" @click=${this.changeAnswer}>${strings.change}</button>` : nothing}
      <slot name="results"></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mlops-feedback-submit': CustomEvent<FeedbackPayload>;
    'mlops-feedback-sent': CustomEvent<FeedbackPayload>;
  }
}
