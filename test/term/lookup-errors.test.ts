import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/mlops-term.js';
import type { Profile } from '../../src/data/types.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { provideProfile } from '../helpers/profile.js';
import { bubbleOf, featureStore, modelDrift, openBubble, parkMouse, partText, pointer, termWithErrors, triggerOf } from '../helpers/term.js';
import { captureWarnings } from '../helpers/warnings.js';

// Which term an element shows (its text, its term attribute, a provided dataset), and what it does with a key it cannot find.

afterEach(parkMouse);

describe('<mlops-term> lookup', () => {
  const cases: Array<[string, ReturnType<typeof html>]> = [
    ['the text content', html`<mlops-term>model drift</mlops-term>`],
    ['the text content in another case and spacing', html`<mlops-term> MODEL\n  Drift </mlops-term>`],
    ['an id', html`<mlops-term term="model-drift">when the data changes</mlops-term>`],
    ['the insider name, any case', html`<mlops-term term="mODEL dRIFT">it</mlops-term>`],
    ['the outsider phrase', html`<mlops-term term="Software Bugs in Machine Learning">bugs</mlops-term>`],
    ['outsider phrase as text content', html`<mlops-term>software bugs in machine learning</mlops-term>`],
  ];
  for (const [label, template] of cases) {
    it(`finds a term by ${label}`, async () => {
      const el = await fixture<MlopsTerm>(template);
      expect(triggerOf(el), 'trigger').to.exist;
      await openBubble(el);
      expect(partText(el, 'insider')).to.equal(modelDrift.insider);
    });
  }

  it('prefers the term attribute over the text, and keeps the text as written', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term term="feature-store">model drift</mlops-term>`);
    await openBubble(el);
    expect(partText(el, 'insider')).to.equal(featureStore.insider);
    expect(el.textContent).to.equal('model drift');
  });

  it('looks up again when the term attribute or the text changes', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    el.term = 'feature-store';
    await el.updateComplete;
    await openBubble(el);
    expect(partText(el, 'insider')).to.equal(featureStore.insider);
    el.hide();
    el.term = undefined;
    el.textContent = 'sandbox';
    await waitUntil(() => partText(el, 'insider') === 'Sandbox', 'did not follow the new text');
  });

  it('closes, and says which term closed, when the key becomes unknown while open', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
      await openBubble(el);
      const closed: string[] = [];
      el.addEventListener('mlops-term-close', (event) => closed.push(event.detail.term.id));
      el.textContent = 'nothing we know';
      await waitUntil(() => !el.open, 'did not close');
      await el.updateComplete;
      expect(closed).to.deep.equal(['model-drift']);
      expect(triggerOf(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part=bubble]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('uses the terminology of an enclosing profile provider', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const terminology = [{ id: 'rubber-duck', insider: 'Rubber Duck', outsider: 'Talking to a toy', explanation: 'Explaining code aloud.' }];
    provideProfile(host, { terminology });
    const el = document.createElement('mlops-term');
    el.textContent = 'talking to a toy';
    host.append(el);
    await el.updateComplete;
    await openBubble(el);
    expect(partText(el, 'insider')).to.equal('Rubber Duck');
    expect(partText(el, 'explanation')).to.equal('Explaining code aloud.');
  });

  it('looks up again when the provided profile changes, and stops listening once removed', async () => {
    const warnings = captureWarnings();
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const duck = { id: 'rubber-duck', insider: 'Rubber Duck', outsider: 'Talking to a toy', explanation: 'Explaining code aloud.' };
      const provider = provideProfile(host, { terminology: [] });
      const el = document.createElement('mlops-term');
      el.textContent = 'rubber duck';
      const errors: string[] = [];
      el.addEventListener('mlops-error', (event) => errors.push(event.detail.code));
      host.append(el);
      await el.updateComplete;
      expect(triggerOf(el), 'unknown in the first dataset').to.equal(null);
      provider.setValue({ terminology: [duck] } as unknown as Profile);
      await el.updateComplete;
      await openBubble(el);
      expect(partText(el, 'insider')).to.equal('Rubber Duck');
      el.hide();
      el.remove();
      await el.updateComplete;
      const reported = errors.length;
      // Were it still subscribed, this dataset would make the key unknown and report it again.
      provider.setValue({ terminology: [] } as unknown as Profile);
      await el.updateComplete;
      expect(errors).to.have.length(reported);
      host.append(el);
      await el.updateComplete;
      expect(triggerOf(el), 'subscribed again on reconnection').to.equal(null);
      expect(errors).to.have.length(reported + 1);
    } finally {
      warnings.restore();
    }
  });
});

describe('<mlops-term> errors', () => {
  it('leaves an unknown term as plain text, warns with a suggestion and fires mlops-error', async () => {
    const warnings = captureWarnings();
    try {
      const { el, errors } = await termWithErrors((term) => (term.textContent = 'modle drift'));
      expect(el.textContent).to.equal('modle drift');
      expect(triggerOf(el)).to.equal(null);
      expect(el.shadowRoot, 'plain text: no shadow root').to.equal(null);
      expect(el.hasAttribute('tabindex')).to.equal(false);
      expect(el.matches(':state(trigger)')).to.equal(false);
      expect(errors).to.have.length(1);
      expect(errors[0].code).to.equal('unknown-term');
      expect(errors[0].suggestion).to.equal('Model Drift');
      expect(errors[0].message).to.contain('modle drift');
      expect(warnings.messages.some((m) => m.includes('modle drift') && m.includes('Model Drift'))).to.equal(true);
      el.show();
      await el.updateComplete;
      expect(el.open, 'an unknown term does not open').to.equal(false);
      expect(bubbleOf(el)).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('is skipped by Tab when the term is unknown', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>before</button> <mlops-term>no such thing at all</mlops-term> <button id="after">after</button></div>`,
      );
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    } finally {
      warnings.restore();
    }
  });

  it('reports an unknown term attribute, and recovers when the text becomes a known term', async () => {
    const warnings = captureWarnings();
    try {
      const { el, errors } = await termWithErrors((term) => {
        term.term = 'feature stor';
        term.textContent = 'our store';
      });
      expect(errors.map((e) => [e.code, e.suggestion])).to.deep.equal([['unknown-term', 'Feature Store']]);
      expect(triggerOf(el)).to.equal(null);
      el.term = undefined;
      el.textContent = 'feature store';
      await waitUntil(() => triggerOf(el), 'did not recover');
      expect(errors).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('reports nothing for an element whose text has not arrived yet', async () => {
    const { el, errors } = await termWithErrors(() => {});
    expect(errors).to.deep.equal([]);
    el.textContent = 'model drift';
    await waitUntil(() => triggerOf(el), 'did not pick up the late text');
  });

  it('reports a malformed delay and falls back to the default', async () => {
    const warnings = captureWarnings();
    try {
      const { el, errors } = await termWithErrors((term) => {
        term.setAttribute('open-delay', 'soon');
        term.textContent = 'model drift';
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].message).to.contain('open-delay="soon"');
      pointer(triggerOf(el)!, 'pointerenter', 'mouse');
      await waitUntil(() => el.open, 'did not open with the default delay', { timeout: 3000 });
    } finally {
      warnings.restore();
    }
  });
});
