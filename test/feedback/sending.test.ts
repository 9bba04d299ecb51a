import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/mlops-feedback.js';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { FeedbackPayload, MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import { darkPage } from '../helpers/colours.js';
import {
  $,
  $$,
  endpointFor,
  focused,
  newBucket,
  planServer,
  rate,
  releaseServer,
  resetFeedbackPage,
  serverLog,
  spyOnFetch,
  statusText,
  submit,
  submitButton,
  waitForServer,
} from '../helpers/feedback.js';

// Sending to the real test endpoint: one POST per vote, refusals and bad addresses, and every step on a dark page.

afterEach(resetFeedbackPage);

describe('mlops-feedback: sending to an endpoint', () => {
  it('posts the vote once, fires mlops-feedback-sent and leaves nothing stored', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['ok']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>`);
    await rate(el, 5);
    const sent = oneEvent(el, 'mlops-feedback-sent');
    const payload = await submit(el);
    expect((await sent).detail).to.deep.equal(payload);
    await el.updateComplete;
    expect(el.deliveryState).to.equal('sent');
    expect(statusText(el)).to.equal('Thanks for your feedback! Your answer was sent.');
    expect(focused(el, $(el, '[part~="status"]'))).to.equal(true);
    const log = await serverLog(bucket);
    expect(log.received).to.deep.equal([payload]);
    expect(log.attempts.map((attempt) => [attempt.contentType, attempt.cookie])).to.deep.equal([['application/json', false]]);
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is disabled while sending, and a double click sends once', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['hold']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>`);
    const submits: FeedbackPayload[] = [];
    el.addEventListener('mlops-feedback-submit', (event) => submits.push(event.detail));
    await rate(el, 4);
    submitButton(el).click();
    submitButton(el).click();
    await waitForServer(bucket, (log) => log.holding === 1, 'the server holds the first request');
    await el.updateComplete;
    expect(el.deliveryState).to.equal('sending');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part~="form"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($$<HTMLFieldSetElement>(el, 'fieldset').every((fieldset) => fieldset.disabled)).to.equal(true);
    expect($<HTMLTextAreaElement>(el, 'textarea')!.disabled).to.equal(true);
    expect(statusText(el)).to.equal('Sending…');
    await expect(el).to.be.accessible();

    submitButton(el).click();
    await releaseServer(bucket);
    await waitUntil(() => el.deliveryState === 'sent', 'sent');
    const log = await serverLog(bucket);
    expect(submits).to.have.length(1);
    expect(log.attempts).to.have.length(1);
    expect(log.byId).to.deep.equal({ [submits[0].id]: 1 });
  });

  it('two widgets on one page send their own votes, each once', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['ok', 'ok']);
    const wrapper = await fixture(
      html`<div>
        <mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>
        <mlops-feedback endpoint=${endpointFor(bucket)} scale="thumbs"></mlops-feedback>
      </div>`,
    );
    const [first, second] = [...wrapper.querySelectorAll('mlops-feedback')];
    await rate(first, 4);
    await rate(second, 1);
    const [a, b] = await Promise.all([submit(first), submit(second)]);
    expect(a.id).to.not.equal(b.id);
    await waitUntil(() => first.deliveryState === 'sent' && second.deliveryState === 'sent', 'both sent');
    const log = await serverLog(bucket);
    expect(log.byId).to.deep.equal({ [a.id]: 1, [b.id]: 1 });
    expect(log.attempts).to.have.length(2);
  });

  it('does not retry a refused vote, reports it and says so', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['400']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)} retry-base-delay="20"></mlops-feedback>`);
    await rate(el, 5);
    const error = oneEvent(el, 'mlops-error');
    await submit(el);
    const detail = (await error).detail as MlopsErrorDetail;
    expect(detail.code).to.equal('feedback-rejected');
    await el.updateComplete;
    expect(el.deliveryState).to.equal('rejected');
    expect(statusText(el)).to.equal('Thanks for your feedback! The server refused your answer (error 400); it was not sent.');
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
    await expect(el).to.be.accessible();
    // Nothing is left to retry, even when the browser comes back online.
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    const log = await serverLog(bucket);
    expect(log.attempts).to.have.length(1);
    expect(log.received).to.deep.equal([]);
  });

  it('reports an endpoint that is not an http(s) URL and sends nothing', async () => {
    const errors: MlopsErrorDetail[] = [];
    const fetchSpy = spyOnFetch();
    try {
      const wrapper = await fixture(
        html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}>
          <mlops-feedback endpoint="javascript:alert(1)"></mlops-feedback>
        </div>`,
      );
      const el = wrapper.querySelector('mlops-feedback')!;
      expect(errors.map((error) => error.code)).to.deep.equal(['invalid-attribute']);
      await rate(el, 4);
      await submit(el);
      await el.updateComplete;
      expect(el.deliveryState).to.equal('invalid-endpoint');
      expect(statusText(el)).to.contain('the feedback address is invalid');
      expect(fetchSpy.calls).to.deep.equal([]);
    } finally {
      fetchSpy.restore();
    }
  });
});

describe('mlops-feedback: dark pages', () => {
  it('follows a dark page and passes axe in every step', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['400']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>`, {
      parentNode: darkPage(),
    });
    const text = getComputedStyle(el).color;
    const [r, g, b] = text.match(/[\d.]+/g)!.map(Number);
    expect(r + g + b, `light text on a dark page (${text})`).to.be.above(3 * 180);
    await expect(el).to.be.accessible();
    await rate(el, 5);
    $<HTMLInputElement>(el, 'input[value="clear"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await submit(el);
    await waitUntil(() => el.deliveryState === 'rejected', 'rejected');
    await expect(el).to.be.accessible();
  });
});
