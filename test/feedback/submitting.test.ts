import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/mlops-feedback.js';
import { loadTrust } from '../../src/elements/feedback/delivery-link.js';
import type { FeedbackPayload, MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import { $, checkedRating, endpointFor, focused, radios, rate, resetFeedbackPage, spyOnFetch, statusText, submit, submitButton } from '../helpers/feedback.js';

// Submitting without an endpoint: the payload in an event, nothing sent, and changing the answer.

afterEach(resetFeedbackPage);

describe('mlops-feedback: submitting without an endpoint', () => {
  it('fires mlops-feedback-submit with the documented payload and sends nothing', async () => {
    const fetchSpy = spyOnFetch();
    try {
      const el = await fixture<MlopsFeedback>(html`<mlops-feedback></mlops-feedback>`);
      await rate(el, 4);
      await loadTrust(); // the rating starts loading the trust rules, which add `client`
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
      expect(Object.keys(payload).sort()).to.deep.equal(['client', 'comment', 'id', 'page', 'profile', 'rating', 'reasons', 'scale', 'submittedAt']);
      expect(payload.client!.honeypot).to.equal('');
      expect(payload.client!.dwellMs).to.be.a('number').and.at.least(0);
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
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback endpoint=${endpointFor('cancelled')}></mlops-feedback>`);
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
