import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/mlops-feedback.js';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { FeedbackPayload, MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import { blockLocalStorage, stubOnline } from '../helpers/browser-faults.js';
import {
  $,
  absoluteEndpoint,
  endpointFor,
  newBucket,
  planServer,
  queued,
  rate,
  releaseServer,
  resetFeedbackPage,
  serverLog,
  statusText,
  submit,
  waitForServer,
} from '../helpers/feedback.js';

// Votes the endpoint did not take yet: queued, retried with the same id, sent when back online, given up on, kept in memory without storage.

afterEach(resetFeedbackPage);

describe('mlops-feedback: queueing and retrying', () => {
  it('queues the vote after a 500 and retries it with the same id', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['500', 'hold']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)} retry-base-delay="20"></mlops-feedback>`);
    await rate(el, 2);
    const sent = oneEvent(el, 'mlops-feedback-sent');
    const payload = await submit(el);
    // The retry is held by the server, so the queued state can be looked at without racing it.
    await waitForServer(bucket, (log) => log.holding === 1, 'the retry arrives');
    expect(el.deliveryState).to.equal('queued');
    expect(statusText(el)).to.equal("Thanks for your feedback! The server didn't answer. Saved — we'll try again shortly.");
    expect(queued().map((vote) => [vote.endpoint, vote.payload, vote.attempts])).to.deep.equal([[absoluteEndpoint(bucket), payload, 1]]);
    await expect(el).to.be.accessible();

    await releaseServer(bucket);
    expect((await sent).detail).to.deep.equal(payload);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Thanks for your feedback! Your answer was sent.');
    const log = await serverLog(bucket);
    expect(log.attempts.map((attempt) => [attempt.id, attempt.step])).to.deep.equal([
      [payload.id, '500'],
      [payload.id, 'hold'],
    ]);
    expect(log.byId).to.deep.equal({ [payload.id]: 1 });
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
  });

  it('retries after a timeout; the server can de-duplicate by id', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['timeout']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)} timeout="500" retry-base-delay="20"></mlops-feedback>`);
    await rate(el, 5);
    const sent = oneEvent(el, 'mlops-feedback-sent');
    const payload = await submit(el);
    expect((await sent).detail.id).to.equal(payload.id);
    const log = await serverLog(bucket);
    expect(log.attempts.map((attempt) => attempt.step)).to.deep.equal(['timeout', 'ok']);
    // The slow first request is recorded too once it finishes (4 s later); either way one vote, one id.
    expect(Object.keys(log.byId)).to.deep.equal([payload.id]);
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
  });

  it('waits while offline and sends on the online event', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['ok']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)} retry-base-delay="20"></mlops-feedback>`);
    await rate(el, 4);
    const restoreOnline = stubOnline(false);
    let payload: FeedbackPayload;
    try {
      payload = await submit(el);
      await waitUntil(() => el.deliveryState === 'queued', 'queued');
      expect(statusText(el)).to.equal("Thanks for your feedback! Saved — we'll send it when you're back online.");
      expect(queued().map((vote) => vote.payload)).to.deep.equal([payload]);
      expect((await serverLog(bucket)).attempts).to.deep.equal([]);
    } finally {
      restoreOnline();
    }
    const sent = oneEvent(el, 'mlops-feedback-sent');
    window.dispatchEvent(new Event('online'));
    expect((await sent).detail).to.deep.equal(payload);
    expect((await serverLog(bucket)).byId).to.deep.equal({ [payload.id]: 1 });
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
  });

  it('replaces a queued vote when the answer changes, rather than queueing a second', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['ok']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>`);
    const restoreOnline = stubOnline(false);
    let second: FeedbackPayload;
    try {
      await rate(el, 1);
      const first = await submit(el);
      await waitUntil(() => el.deliveryState === 'queued', 'queued');
      $<HTMLButtonElement>(el, '[part~="change"]')!.click();
      await el.updateComplete;
      await rate(el, 3);
      second = await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="change"]') !== null, 'thanks again');
      expect(second.id).to.equal(first.id);
      expect(queued().map((vote) => vote.payload)).to.deep.equal([second]);
    } finally {
      restoreOnline();
    }
    const sent = oneEvent(el, 'mlops-feedback-sent');
    window.dispatchEvent(new Event('online'));
    expect((await sent).detail).to.deep.equal(second);
    const log = await serverLog(bucket);
    expect(log.received).to.deep.equal([second]);
  });

  it('sends a vote queued on an earlier page view once, even with two elements, and removes it', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['ok']);
    const earlier: FeedbackPayload = {
      id: '0b1e6f3c-7d2a-4c11-9b8e-5f4a3c2d1e0f',
      profile: 'mlops',
      rating: 3,
      scale: '5',
      reasons: ['missing'],
      comment: 'From yesterday',
      page: `${location.origin}/docs/earlier`,
      submittedAt: new Date(Date.now() - 3600000).toISOString(),
    };
    const elsewhere = { ...earlier, id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' };
    localStorage.setItem(
      FEEDBACK_QUEUE_KEY,
      JSON.stringify([
        { endpoint: absoluteEndpoint(bucket), payload: earlier, attempts: 2, queuedAt: Date.now() - 3600000 },
        { endpoint: 'https://feedback.invalid/votes', payload: elsewhere, attempts: 0, queuedAt: Date.now() },
      ]),
    );
    const sentEvents: FeedbackPayload[] = [];
    await fixture(
      html`<div @mlops-feedback-sent=${(event: CustomEvent<FeedbackPayload>) => sentEvents.push(event.detail)}>
        <mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>
        <mlops-feedback endpoint=${absoluteEndpoint(bucket)} scale="thumbs"></mlops-feedback>
      </div>`,
    );
    await waitUntil(() => sentEvents.length === 1, 'the earlier vote is sent');
    const log = await serverLog(bucket);
    expect(log.received).to.deep.equal([earlier]);
    expect(sentEvents).to.deep.equal([earlier]);
    expect(
      queued().map((vote) => vote.payload.id),
      'votes for other endpoints stay',
    ).to.deep.equal([elsewhere.id]);
  });

  it('gives up after max-attempts failures, reports it and says so', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['503', '503']);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)} max-attempts="2" retry-base-delay="20"></mlops-feedback>`);
    await rate(el, 3);
    const error = oneEvent(el, 'mlops-error');
    const payload = await submit(el);
    expect(((await error).detail as MlopsErrorDetail).code).to.equal('feedback-gave-up');
    await el.updateComplete;
    expect(el.deliveryState).to.equal('gave-up');
    expect(statusText(el)).to.equal("Thanks for your feedback! The server couldn't be reached; your answer was not sent.");
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
    const log = await serverLog(bucket);
    expect(log.attempts.map((attempt) => [attempt.id, attempt.step])).to.deep.equal([
      [payload.id, '503'],
      [payload.id, '503'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('keeps working, in memory, when localStorage throws', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['500', 'hold']);
    const restoreStorage = blockLocalStorage();
    const pageErrors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => pageErrors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)} retry-base-delay="20"></mlops-feedback>`);
      await rate(el, 4);
      const sent = oneEvent(el, 'mlops-feedback-sent');
      const payload = await submit(el);
      await waitForServer(bucket, (log) => log.holding === 1, 'the retry arrives');
      expect(el.deliveryState).to.equal('queued');
      expect(statusText(el)).to.contain('This device could not store it: keep this page open until it is sent.');
      await releaseServer(bucket);
      expect((await sent).detail).to.deep.equal(payload);
      expect((await serverLog(bucket)).byId).to.deep.equal({ [payload.id]: 1 });
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      restoreStorage();
    }
    expect(pageErrors).to.deep.equal([]);
  });
});
