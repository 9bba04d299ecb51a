import { expect, fixture, html } from '@open-wc/testing';
import profileJson from '../../data/mlops.json';
import { bundledFeedbackQuestion } from '../../src/data/index.js';
import type { Profile } from '../../src/data/types.js';
import '../../src/define/mlops-feedback.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import { $, radios, rate, resetFeedbackPage, statusText, submit } from '../helpers/feedback.js';
import { provideProfile } from '../helpers/profile.js';

// The question the prompt asks: from the dataset, the attribute, a slot or an enclosing profile provider.

afterEach(resetFeedbackPage);

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
    const el = await fixture<MlopsFeedback>(html`<mlops-feedback question="Ignored"><span slot="question">Did this <em>guide</em> help?</span></mlops-feedback>`);
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
