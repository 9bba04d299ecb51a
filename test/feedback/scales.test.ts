import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/mlops-feedback.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import { pressShiftTab } from '../helpers/engine.js';
import { $, $$, checkedRating, focused, ownLabel, radios, resetFeedbackPage, submit } from '../helpers/feedback.js';

// The rating scales, 1–5 and thumbs, chosen with the keyboard and with a pointer.

afterEach(resetFeedbackPage);

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
