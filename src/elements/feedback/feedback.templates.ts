/**
 * The pieces of <mlops-feedback>'s view, built from its state: the rating scale, the details asked
 * after a rating and the status line. The element keeps the state and the handlers; Lit calls the
 * handlers with the element as `this`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryOutcome, FeedbackScale } from './delivery.js';
import type { FeedbackDeliveryState } from './feedback.js';
import type { feedbackStrings } from './feedback.strings.js';

type FeedbackStrings = typeof feedbackStrings;
type Handler = (event: Event) => void;

// One thumb; the thumbs-down face turns it over in CSS.
const thumb = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M2 21h4V9H2zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6c0-.5-.1-.9-.4-1.2L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1.2-.7z"/></svg>`;

/** The rating options of `scale`, `rating` chosen (none before the reader picks one). */
export function ratingScale(strings: FeedbackStrings, scale: FeedbackScale, rating: number | undefined, onChange: Handler): TemplateResult {
  const option = (value: number, face: unknown, describedBy?: string) => {
    const selected = rating === value;
    // The checked attribute, not the property: server rendering writes `.checked=${false}` out as
    // checked="false", which means checked. Only the reader changes the rating, so they never disagree.
    return html`<label class="option">
      <input
        type="radio"
        name="rating"
        value=${value}
        ?checked=${selected}
        aria-describedby=${describedBy ?? nothing}
        @change=${onChange}
      /><span part=${selected ? 'option selected' : 'option'} class="face">${face}</span>
    </label>`;
  };
  if (scale === 'thumbs') {
    return html`<div part="scale" class="scale thumbs">
      ${option(5, html`${thumb}<span>${strings.thumbsUp}</span>`)}
      ${option(1, html`${thumb}<span>${strings.thumbsDown}</span>`)}
    </div>`;
  }
  // Each point is named by its number; the end labels describe the two ends.
  return html`<div part="scale" class="scale points">
      ${[1, 2, 3, 4, 5].map((value) => option(value, value, value === 1 ? 'low' : value === 5 ? 'high' : undefined))}
    </div>
    <div part="ends" class="ends"><span id="low">${strings.notHelpful}</span><span id="high">${strings.veryHelpful}</span></div>`;
}

/** The optional reasons (`ticked`: the ids the reader ticked), the comment with its hint and counter, and Submit. */
export function answerDetails(
  strings: FeedbackStrings,
  positive: boolean,
  ticked: readonly string[],
  comment: string,
  limit: number,
  asksComment: boolean,
  sending: boolean,
  onReasonChange: Handler,
  onCommentInput: Handler,
): TemplateResult {
  return html`<fieldset class="reasons" part="reasons" ?disabled=${sending}>
      <legend>${positive ? strings.reasonsPositive : strings.reasonsNegative}</legend>
      ${(positive ? strings.positiveReasons : strings.negativeReasons).map(
        (reason) => html`<label part="reason" class="reason">
          <input type="checkbox" .value=${reason.id} .checked=${ticked.includes(reason.id)} @change=${onReasonChange} />
          <span>${reason.label}</span>
        </label>`,
      )}
    </fieldset>
    ${
      asksComment
        ? html`<div class="comment">
      <label for="comment">${strings.commentLabel}</label>
      <textarea
        id="comment"
        part="comment"
        rows="3"
        maxlength=${limit}
        aria-describedby="hint counter"
        .value=${comment}
        ?disabled=${sending}
        @input=${onCommentInput}
      ></textarea>
      <div class="below">
        <p id="hint" part="hint">${strings.privacyHint}</p>
        <p id="counter" part="counter">${strings.counter(comment.length, limit)}</p>
      </div>
    </div>`
        : nothing
    }
    ${
      // The honeypot: a field people never see or reach (inert, visually hidden; not display: none, which bots skip) and bots fill in.
      html`<input class="visually-hidden" name="website" autocomplete="off" tabindex="-1" inert />`
    }
    <button part="submit" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${strings.submit}</button>`;
}

/** The live region: the thank-you once `done`, and what became of the answer (`outcome` says why it waits). */
export function statusRegion(strings: FeedbackStrings, delivery: FeedbackDeliveryState, outcome: DeliveryOutcome | undefined, done: boolean): TemplateResult {
  const detail = {
    sending: strings.sending,
    sent: strings.sent,
    queued:
      outcome?.state === 'queued'
        ? (outcome.reason === 'server' || outcome.reason === 'timeout' ? strings.savedRetry : strings.savedOffline) + (outcome.persisted ? '' : ` ${strings.notSaved}`)
        : strings.savedOffline,
    rejected: strings.rejected(outcome?.state === 'rejected' ? outcome.status : 400),
    'gave-up': strings.gaveUp,
    'invalid-endpoint': strings.badEndpoint,
  }[delivery as string];
  const failed = /rej|gave|inv/.test(delivery);
  return html`<div part="status" class="status" role="status" tabindex="-1">
    ${done ? html`<p>${strings.thanks}</p>` : nothing}
    ${detail ? html`<p class=${failed ? 'failed' : ''}>${detail}</p>` : nothing}
  </div>`;
}
