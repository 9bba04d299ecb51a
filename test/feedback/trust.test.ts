import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/mlops-feedback.js';
import { loadTrust } from '../../src/elements/feedback/delivery-link.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import { VOTED_KEY } from '../../src/elements/feedback/trust.js';
import { $, endpointFor, focused, newBucket, rate, resetFeedbackPage, submit } from '../helpers/feedback.js';

// The trust rules: the honeypot, the minimum dwell, one vote per page in this browser, comment="low".

afterEach(async () => {
  delete (window as { dataLayer?: unknown }).dataLayer;
  await resetFeedbackPage();
});

/** Rates, and waits for the trust rules the rating starts loading. */
async function rateReady(el: MlopsFeedback, value: number): Promise<void> {
  await rate(el, value);
  await loadTrust();
  await el.updateComplete;
}

describe('mlops-feedback: trust', () => {
  it('has a honeypot that people and assistive technology never reach, and the payload reports it', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
    await rate(el, 4);
    const trap = $<HTMLInputElement>(el, 'input[name="website"]')!;
    expect(trap.inert, 'inert: no focus, not in the accessibility tree').to.equal(true);
    const box = trap.getBoundingClientRect();
    expect(box.width <= 1 && box.height <= 1, 'visually hidden').to.equal(true);
    await expect(el).to.be.accessible();
    // Tab from the last reason goes to the comment, never to the trap.
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el, $(el, '[part~="submit"]')), 'Tab skips the honeypot').to.equal(true);
    expect((await submit(el)).client!.honeypot).to.equal('');
  });

  it('posts a vote with a filled honeypot for the receiver to judge, but sends it to no analytics tool', async () => {
    const pushes: unknown[] = [];
    (window as { dataLayer?: unknown }).dataLayer = { push: (entry: unknown) => pushes.push(entry) };
    const bucket = newBucket('honeypot');
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback analytics="datalayer" min-dwell="1" endpoint=${endpointFor(bucket)}></mlops-feedback>`);
    await rateReady(el, 5);
    $<HTMLInputElement>(el, 'input[name="website"]')!.value = 'https://bot.example';
    const payload = await submit(el);
    expect(payload.client!.honeypot).to.equal('https://bot.example');
    await waitUntil(() => el.deliveryState === 'sent', 'the vote is posted');
    await new Promise((settle) => setTimeout(settle, 50));
    expect(pushes).to.deep.equal([]);
  });

  it('reports the dwell time; a vote sooner than min-dwell reaches no analytics tool', async () => {
    const pushes: unknown[] = [];
    (window as { dataLayer?: unknown }).dataLayer = { push: (entry: unknown) => pushes.push(entry) };
    const fast = await fixture<MlopsFeedback>(html`<mlops-feedback analytics="datalayer" min-dwell="60000"></mlops-feedback>`);
    await rateReady(fast, 5);
    const payload = await submit(fast);
    expect(payload.client!.dwellMs).to.be.within(0, 60000);
    await new Promise((settle) => setTimeout(settle, 50));
    expect(pushes, 'too fast').to.deep.equal([]);

    const patient = await fixture<MlopsFeedback>(html`<mlops-feedback id="second" analytics="datalayer" min-dwell="200"></mlops-feedback>`);
    await new Promise((settle) => setTimeout(settle, 250));
    await rateReady(patient, 5);
    expect((await submit(patient)).client!.dwellMs).to.be.at.least(200);
    await waitUntil(() => pushes.length === 1, 'the patient vote is counted');
  });

  it('answers under the id this browser voted with on an earlier view of the page, so the receiver replaces that vote', async () => {
    const bucket = newBucket('voted');
    const key = `mlops ${location.origin + location.pathname} `;
    const earlier = '11111111-2222-4333-8444-555555555555';
    // What an earlier page view left (another `performance.timeOrigin`).
    localStorage.setItem(VOTED_KEY, JSON.stringify({ [key]: { id: earlier, view: 1, counted: true } }));
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>`);
    await rateReady(el, 2);
    expect((await submit(el)).id).to.equal(earlier);

    // A second widget of this same page view keeps its own vote.
    const other = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor(bucket)}></mlops-feedback>`);
    await rateReady(other, 4);
    const second = await submit(other);
    expect(second.id).to.not.equal(earlier);
    await waitUntil(() => JSON.parse(localStorage.getItem(VOTED_KEY) ?? '{}')[key]?.id === second.id, 'remembered for the next page view');
    expect(JSON.parse(localStorage.getItem(VOTED_KEY)!)[key].view).to.equal(performance.timeOrigin);
  });

  it('comment="low" asks for a comment only after a low rating', async () => {
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback comment="low"></mlops-feedback>`);
    await rate(el, 5);
    expect($(el, 'textarea'), 'no comment after a high rating').to.equal(null);
    await rate(el, 2);
    const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
    textarea.value = 'Missing the CLI flags.';
    textarea.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect((await submit(el)).comment).to.equal('Missing the CLI flags.');
  });

  it("show-results: once the endpoint accepted the vote, the tally from the endpoint's /summary appears below the thank-you", async () => {
    const summaries: string[] = [];
    const original = window.fetch;
    const summary = { page: location.href, votes: 3, average: 4, helpfulShare: 0.6667, byRating: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 2 }, reasons: [] };
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).includes('/summary')) return original.call(window, input, init);
      summaries.push(String(input));
      return Promise.resolve(new Response(JSON.stringify(summary), { headers: { 'content-type': 'application/json' } }));
    };
    try {
      const bucket = newBucket('results');
      const el = await fixture<MlopsFeedback>(html`<mlops-feedback show-results min-dwell="1" endpoint=${endpointFor(bucket)}></mlops-feedback>`);
      await rateReady(el, 5);
      await submit(el);
      await waitUntil(() => el.querySelector('mlops-feedback-results[slot="results"]')?.shadowRoot?.querySelector('[part~="headline"]'), 'the results appear', {
        timeout: 5000,
      });
      const results = el.querySelector('mlops-feedback-results')!;
      expect(results.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim()).to.equal('67 % of 3 readers found this helpful');
      const asked = new URL(summaries[0]);
      expect(asked.pathname).to.equal('/__feedback/votes/summary');
      expect(asked.searchParams.get('page')).to.equal(location.origin + location.pathname);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('warns about a bad min-dwell or comment value and keeps the defaults', async () => {
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('mlops-error', listener);
    try {
      const el = await fixture<MlopsFeedback>(html`<mlops-feedback min-dwell="-5" comment="rarely"></mlops-feedback>`);
      await rate(el, 5);
      expect($(el, 'textarea'), 'comment falls back to always').to.not.equal(null);
      expect(errors.some((message) => message.includes('min-dwell="-5"'))).to.equal(true);
      // `comment` is checked by the trust rules, which the first rating loads.
      await waitUntil(() => errors.some((message) => message.includes('comment="rarely"')), 'comment reported');
    } finally {
      document.removeEventListener('mlops-error', listener);
    }
  });
});
