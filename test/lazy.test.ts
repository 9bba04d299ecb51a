import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/all.js';

describe('mlops-elements.js (src/define/all.ts)', () => {
  it('registers the core elements at once and the profile-page family and auto-terms only when used', async () => {
    for (const tag of ['mlops-term', 'mlops-tool-card', 'mlops-tool-grid', 'mlops-demographics', 'mlops-feedback', 'mlops-profile']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
    expect(customElements.get('mlops-auto-terms')).to.equal(undefined);
    const auto = await fixture(html`<mlops-auto-terms><p>Watch for model drift.</p></mlops-auto-terms>`);
    await waitUntil(() => auto.querySelector('mlops-term'), 'auto-terms loaded on demand and wrapped its term', { timeout: 5000 });
    expect(customElements.get('mlops-glossary')).to.equal(undefined);
    const el = await fixture(html`<div><mlops-glossary></mlops-glossary></div>`);
    await waitUntil(() => customElements.get('mlops-glossary'), 'glossary loaded on demand', { timeout: 5000 });
    const glossary = el.querySelector('mlops-glossary')! as HTMLElement & { updateComplete: Promise<unknown> };
    await glossary.updateComplete;
    expect(glossary.shadowRoot!.querySelectorAll('dt').length).to.equal(10);
    expect(customElements.get('mlops-profile-page')).to.equal(undefined);
  });
});
