import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import profileJson from '../data/mlops.json';
import { bundledFeedbackQuestion } from '../src/data/index.js';
import type { Profile } from '../src/data/types.js';
import '../src/define/mlops-feedback.js';
import { FEEDBACK_QUEUE_KEY } from '../src/elements/feedback/delivery.js';
import type { FeedbackPayload, MlopsFeedback } from '../src/elements/feedback/feedback.js';
import type { MlopsErrorDetail } from '../src/internal/events.js';
import { blockLocalStorage, stubOnline } from './helpers/browser-faults.js';
import { darkPage } from './helpers/colours.js';
import { pressShiftTab } from './helpers/engine.js';
import {
  $,
  $$,
  absoluteEndpoint,
  checkedRating,
  endpointFor,
  focused,
  newBucket,
  ownLabel,
  planServer,
  queued,
  radios,
  rate,
  releaseServer,
  releaseUsedBuckets,
  serverLog,
  spyOnFetch,
  statusText,
  submit,
  submitButton,
  waitForServer,
} from './helpers/feedback.js';
import { provideProfile } from './helpers/profile.js';


afterEach(async () => {
  localStorage.clear();
  await resetMouse();
  await releaseUsedBuckets();
});

describe('mlops-feedback: the question', () => {
  it("asks the dataset's question as the legend of the rating group", async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
    const fieldset = $(el, 'fieldset')!;
    const legend = fieldset.querySelector(':scope > legend')!;
    expect(bundledFeedbackQuestion).to.equal('How helpful was the information in Machine Learning Operations (MLOps)?');
    expect(legend.textContent!.trim()).to.equal(bundledFeedbackQuestion);
    expect(fieldset.querySelectorAll('input[type="radio"]')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('takes the question attribute instead, as text', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback question="Was this page useful? <img src=x onerror=alert(1)>"></mlops-feedback>`);
    const legend = $(el, 'legend')!;
    expect(legend.textContent!.trim()).to.equal('Was this page useful? <img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('wraps a long unbroken question instead of widening the page', async () => {
    const narrow = document.createElement('div');
    narrow.style.width = '320px';
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback question=${'W'.repeat(5000)}></mlops-feedback>`, { parentNode: narrow });
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect($(el, 'legend')!.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });

  it('takes a slotted question over both', async () => {
    const el = await fixture<MlopsFeedback>(
      html`<mlops-feedback question="Ignored"><span slot="question">Did this <em>guide</em> help?</span></mlops-feedback>`,
    );
    const slot = $<HTMLSlotElement>(el, 'legend slot[name="question"]')!;
    const assigned = slot.assignedNodes();
    expect(assigned).to.have.length(1);
    expect((assigned[0] as HTMLElement).textContent).to.equal('Did this guide help?');
    await expect(el).to.be.accessible();
  });

  it('uses the question and profile id of an enclosing profile provider', async () => {
    const provider = document.createElement('div');
    const profile = { ...(profileJson as Profile), id: 'other-profile', feedback: { question: 'Was the other profile helpful?' } };
    provideProfile(provider, profile);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`, { parentNode: provider });
    expect($(el, 'legend')!.textContent!.trim()).to.equal('Was the other profile helpful?');
    await rate(el, 4);
    expect((await submit(el)).profile).to.equal('other-profile');
  });

  it('waits while an enclosing profile is still loading, then asks its question', async () => {
    const provider = document.createElement('div');
    const context = provideProfile(provider, null);
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`, { parentNode: provider });
    expect(radios(el)).to.have.length(0);
    expect(statusText(el)).to.equal('Loading…');
    await expect(el).to.be.accessible();
    context.setValue({ ...(profileJson as Profile), id: 'loaded', feedback: { question: 'Did the loaded profile help?' } });
    await el.updateComplete;
    expect($(el, 'legend')!.textContent!.trim()).to.equal('Did the loaded profile help?');
    expect(radios(el)).to.have.length(5);
  });
});

describe('mlops-feedback: scales', () => {
  it('shows a labelled 1–5 scale with end labels, and arrow keys choose a point', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
    // Named by their numbers; the two ends are described by the visible end labels.
    expect(radios(el).map(ownLabel)).to.deep.equal(['1', '2', '3', '4', '5']);
    const descriptions = radios(el).map((radio) => {
      const id = radio.getAttribute('aria-describedby');
      return id && el.shadowRoot!.getElementById(id)!.textContent;
    });
    expect(descriptions).to.deep.equal(['Not helpful', null, null, null, 'Very helpful']);
    expect([...$(el, '[part~="ends"]')!.children].map((end) => end.textContent)).to.deep.equal(['Not helpful', 'Very helpful']);
    expect($(el, '[part~="reasons"]')).to.equal(null);

    radios(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedRating(el)).to.equal('4');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(checkedRating(el)).to.equal('3');
    expect(focused(el, radios(el)[2])).to.equal(true);
    // Rating reveals the details, next in the Tab order.
    expect($(el, '[part~="reasons"]')).to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(focused(el, $(el, '[part~="reason"] input'))).to.equal(true);
    await pressShiftTab();
    expect(focused(el, radios(el)[2])).to.equal(true);
    expect((await submit(el)).rating).to.equal(3);
  });

  it('shows thumbs up and down, chosen with the keyboard, as 5 and 1', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback scale="thumbs"></mlops-feedback>`);
    expect(radios(el).map(ownLabel)).to.deep.equal(['Helpful', 'Not helpful']);
    expect($(el, '[part~="ends"]')).to.equal(null);
    radios(el)[0].focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(checkedRating(el)).to.equal('5');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedRating(el)).to.equal('1');
    const payload = await submit(el);
    expect(payload.rating).to.equal(1);
    expect(payload.scale).to.equal('thumbs');
    await expect(el).to.be.accessible();
  });

  it('falls back to the 5-point scale on an unknown scale, with a suggestion', async () => {
    const errors: MlopsErrorDetail[] = [];
    const el = await fixture<MlopsFeedback>(
      html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}><mlops-feedback scale="thumb"></mlops-feedback></div>`,
    ).then((wrapper) => wrapper.querySelector('mlops-feedback')!);
    expect(radios(el)).to.have.length(5);
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('invalid-attribute');
    expect(errors[0].suggestion).to.equal('thumbs');
  });

  it('chooses with a pointer, on targets of at least 44 px, marked by more than colour', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
    for (const option of $$(el, '.option')) {
      const box = option.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    }
    const face = $$(el, '[part~="option"]')[3];
    const box = face.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    expect(checkedRating(el)).to.equal('4');
    const chosen = $$(el, '[part~="option"]')[3];
    const other = $$(el, '[part~="option"]')[2];
    expect(chosen.part.contains('selected')).to.equal(true);
    expect(getComputedStyle(chosen, '::before').content).to.equal('"✓"');
    expect(['none', 'normal', '']).to.include(getComputedStyle(other, '::before').content);
    expect(parseFloat(getComputedStyle(chosen).borderTopWidth)).to.be.above(parseFloat(getComputedStyle(other).borderTopWidth));
  });
});

describe('mlops-feedback: reasons and comment', () => {
  it('offers reasons that fit the rating, and clears ticks that no longer fit', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
    await rate(el, 5);
    const labels = () => $$(el, '[part~="reason"]').map((reason) => reason.textContent!.trim());
    expect($(el, '[part~="reasons"] legend')!.textContent).to.equal('What did you like? (optional)');
    expect(labels()).to.include('Easy to understand');
    await expect(el).to.be.accessible();

    $<HTMLInputElement>(el, '[part~="reason"] input[value="accurate"]')!.click();
    await rate(el, 4);
    expect($<HTMLInputElement>(el, 'input[value="accurate"]')!.checked, 'kept within the positive list').to.equal(true);
    await rate(el, 2);
    expect($(el, '[part~="reasons"] legend')!.textContent).to.equal('What could be better? (optional)');
    expect(labels()).to.include('Missing information');
    expect($$<HTMLInputElement>(el, '[part~="reason"] input').every((box) => !box.checked)).to.equal(true);

    $<HTMLInputElement>(el, 'input[value="missing"]')!.click();
    $<HTMLInputElement>(el, 'input[value="unclear"]')!.click();
    await el.updateComplete;
    expect((await submit(el)).reasons).to.deep.equal(['unclear', 'missing']);
  });

  it('limits the comment, counts it, and asks for no personal information', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback maxlength="20"></mlops-feedback>`);
    await rate(el, 3);
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    expect(textarea.maxLength).to.equal(20);
    expect($(el, '[part~="hint"]')!.textContent).to.equal("Please don't include personal information.");
    expect($(el, '[part~="counter"]')!.textContent).to.equal('0 / 20 characters');
    expect(textarea.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.part[0])).to.deep.equal([
      'hint',
      'counter',
    ]);

    textarea.focus();
    // Distinct characters: WebDriver's "type" holds all keys down together, so repeats would merge.
    await sendKeys({ type: 'abcdefghijklmnopqrstuvwxyz' });
    await el.updateComplete;
    expect(textarea.value, 'the browser stops typing at the limit').to.equal('abcdefghijklmnopqrst');
    expect($(el, '[part~="counter"]')!.textContent).to.equal('20 / 20 characters');
    expect((await submit(el)).comment).to.equal('abcdefghijklmnopqrst');
  });

  it('trims the comment and cuts one set from script to the limit too', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback maxlength="10"></mlops-feedback>`);
    await rate(el, 4);
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.value = '   ' + 'x'.repeat(40);
    textarea.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '[part~="counter"]')!.textContent).to.equal('43 / 10 characters');
    expect((await submit(el)).comment).to.equal('x'.repeat(10));
  });

  it('uses 500 characters by default and on a malformed maxlength, with a warning', async () => {
    const errors: string[] = [];
    const wrapper = await fixture(
      html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail.message)}>
        <mlops-feedback></mlops-feedback><mlops-feedback maxlength="lots"></mlops-feedback>
      </div>`,
    );
    const [plain, malformed] = [...wrapper.querySelectorAll('mlops-feedback')];
    for (const el of [plain, malformed]) {
      await rate(el, 4);
      expect($<HTMLTextAreaElement>(el, 'textarea')!.maxLength).to.equal(500);
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('maxlength');
  });
});

describe('mlops-feedback: submitting without an endpoint', () => {
  it('fires mlops-feedback-submit with the documented payload and sends nothing', async () => {
    const fetchSpy = spyOnFetch();
    try {
      const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
      await rate(el, 4);
      $<HTMLInputElement>(el, 'input[value="clear"]')!.click();
      const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
      textarea.value = '  Very clear.  ';
      textarea.dispatchEvent(new Event('input'));
      await el.updateComplete;

      const eventPromise = oneEvent(document.body, 'mlops-feedback-submit');
      submitButton(el).click();
      const event = (await eventPromise) as CustomEvent<FeedbackPayload>;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      const payload = event.detail;
      expect(Object.keys(payload).sort()).to.deep.equal(['comment', 'id', 'page', 'profile', 'rating', 'reasons', 'scale', 'submittedAt']);
      expect(payload.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(payload.profile).to.equal('mlops');
      expect(payload.rating).to.equal(4);
      expect(payload.scale).to.equal('5');
      expect(payload.reasons).to.deep.equal(['clear']);
      expect(payload.comment).to.equal('Very clear.');
      expect(location.search, 'the test page has a query').to.not.equal('');
      expect(payload.page).to.equal(location.origin + location.pathname);
      expect(new Date(payload.submittedAt).toISOString()).to.equal(payload.submittedAt);

      await el.updateComplete;
      expect(el.deliveryState).to.equal('local');
      expect(statusText(el)).to.equal('Thanks for your feedback!');
      expect(focused(el, $(el, '[part~="status"]')), 'focus moves to the thank-you').to.equal(true);
      expect($(el, '[part~="status"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      expect(fetchSpy.calls).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);
    } finally {
      fetchSpy.restore();
    }
  });

  it('lets the reader change the answer; the second submit keeps the id', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
    await rate(el, 2);
    const first = await submit(el);
    await el.updateComplete;
    expect($(el, '[part~="form"]')).to.equal(null);
    const change = $<HTMLButtonElement>(el, '[part~="change"]')!;
    expect(change.textContent!.trim()).to.equal('Change your answer');
    change.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(checkedRating(el), 'the previous answer is kept').to.equal('2');
    expect(focused(el, radios(el)[1])).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const second = await submit(el);
    expect(second.id).to.equal(first.id);
    expect(second.rating).to.equal(4);
  });

  it('shows the thank-you when a listener cancels the submit to send it itself', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint="/__feedback/votes?bucket=cancelled"></mlops-feedback>`);
    const fetchSpy = spyOnFetch();
    try {
      el.addEventListener('mlops-feedback-submit', (event) => event.preventDefault(), { once: true });
      await rate(el, 5);
      await submit(el);
      await el.updateComplete;
      expect(el.deliveryState).to.equal('local');
      expect(fetchSpy.calls).to.deep.equal([]);
      expect(localStorage.length).to.equal(0);
    } finally {
      fetchSpy.restore();
    }
  });
});

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
    expect(queued().map((vote) => vote.payload.id), 'votes for other endpoints stay').to.deep.equal([elsewhere.id]);
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

  it('gives up after max-attempts failures, reports it and says so', async () => {
    const bucket = newBucket('element');
    await planServer(bucket, ['503', '503']);
    const el = await fixture<MlopsFeedback>(
      html`<mlops-feedback endpoint=${endpointFor(bucket)} max-attempts="2" retry-base-delay="20"></mlops-feedback>`,
    );
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
