import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/mlops-feedback.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import { $, $$, rate, resetFeedbackPage, submit } from '../helpers/feedback.js';

// After a rating: reasons that fit it, and the comment with its limit.

afterEach(resetFeedbackPage);

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
    expect(
      textarea
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.part[0]),
    ).to.deep.equal(['hint', 'counter']);

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
