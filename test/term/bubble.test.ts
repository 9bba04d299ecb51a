import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/define/mlops-term.js';
import type { MlopsTerm, MlopsTermEventDetail } from '../../src/elements/term/term.js';
import { isChromium } from '../helpers/engine.js';
import { bubbleOf, isShown, modelDrift, openBubble, parkMouse, partText, settled, triggerOf } from '../helpers/term.js';

// The bubble: built on first opening, described by the trigger, opened and closed by property, attribute and method, with its events.

afterEach(parkMouse);

describe('<mlops-term> bubble', () => {
  it('renders nothing of the bubble until first opened', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    expect(bubbleOf(el)).to.equal(null);
    expect(triggerOf(el)!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('shows the insider term, its explanation and what outsiders say', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    await openBubble(el);
    expect(partText(el, 'insider')).to.equal('Model Drift');
    expect(partText(el, 'explanation')).to.equal(modelDrift.explanation);
    expect(partText(el, 'outsider')).to.equal('Outsiders say: Software Bugs in Machine Learning');
  });

  it('is a collapsed button in the text until first opened, with no shadow root yet', async () => {
    const el = await fixture<MlopsTerm>(html`<p>Watch for <mlops-term>model drift</mlops-term>.</p>`).then((p) => p.querySelector('mlops-term')!);
    await el.updateComplete;
    expect(el.shadowRoot, 'no shadow root before first use').to.equal(null);
    expect(triggerOf(el)).to.equal(el);
    expect(el.tabIndex).to.equal(0);
    // As attributes, which every checker and screen reader reads (not ElementInternals alone).
    expect([el.getAttribute('role'), el.getAttribute('aria-expanded')]).to.deep.equal(['button', 'false']);
    expect(getComputedStyle(el).textDecorationLine).to.equal('underline');
    if (isChromium) {
      // Role and state come from ElementInternals, which only the accessibility tree shows.
      const snapshot = (await a11ySnapshot({ selector: 'mlops-term' })) as unknown as { role: string; name: string; expanded?: boolean };
      expect(snapshot.role).to.equal('button');
      expect(snapshot.name).to.equal('model drift');
      expect(snapshot.expanded ?? false).to.equal(false);
    }
    const own = await fixture<MlopsTerm>(html`<mlops-term tabindex="-1" role="link">model drift</mlops-term>`);
    expect(own.getAttribute('tabindex'), 'an author-set tabindex is left alone').to.equal('-1');
    expect(own.getAttribute('role'), 'and an author-set role').to.equal('link');
    await openBubble(own);
    expect(own.getAttribute('tabindex'), 'also once opened').to.equal('-1');
    expect(own.getAttribute('role')).to.equal('link');
  });

  it('describes the trigger with the bubble, inside one shadow root', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    await openBubble(el);
    el.hide();
    await el.updateComplete;
    const trigger = triggerOf(el)!;
    expect(trigger).to.not.equal(el);
    expect(el.hasAttribute('tabindex'), 'the element hands its tabindex to the trigger').to.equal(false);
    expect(
      ['role', 'aria-expanded'].filter((name) => el.hasAttribute(name)),
      'and its role and state',
    ).to.deep.equal([]);
    expect(trigger.getAttribute('role')).to.equal('button');
    expect(trigger.tabIndex).to.equal(0);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    await openBubble(el);
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    const described = el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!);
    expect(described !== null && bubbleOf(el)!.contains(described), 'the description is in the bubble').to.equal(true);
    expect(described!.textContent).to.contain(modelDrift.explanation);
    expect(described!.textContent, 'the term’s text, not the reader’s controls').to.not.contain('hover');
    el.hide();
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    // The description stays available while closed: a reader can still query it.
    expect(el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)).to.equal(described);
  });

  it('reflects and obeys the open property and attribute', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    el.open = true;
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(true);
    await settled(el);
    el.open = false;
    await el.updateComplete;
    expect(isShown(el)).to.equal(false);
    el.setAttribute('open', '');
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(isShown(el)).to.equal(true);
  });

  it('can start open', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term open>model drift</mlops-term>`);
    await settled(el);
    expect(el.open).to.equal(true);
  });

  it('fires a cancelable mlops-term-open before opening and mlops-term-close after closing', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    const seen: Array<[string, MlopsTermEventDetail, boolean]> = [];
    let veto = true;
    el.addEventListener('mlops-term-open', (event) => {
      seen.push([event.type, event.detail, isShown(el)]);
      if (veto) event.preventDefault();
    });
    el.addEventListener('mlops-term-close', (event) => seen.push([event.type, event.detail, isShown(el)]));

    el.show();
    await el.updateComplete;
    expect(el.open, 'cancelled').to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(bubbleOf(el), 'not rendered when cancelled').to.equal(null);

    veto = false;
    el.show();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    el.hide();
    await el.updateComplete;
    expect(seen.map(([type]) => type)).to.deep.equal(['mlops-term-open', 'mlops-term-open', 'mlops-term-close']);
    expect(seen[1][1].term).to.equal(modelDrift);
    expect(seen[1][2], 'open fires before the bubble shows').to.equal(false);
    expect(seen[2][1].term).to.equal(modelDrift);
    expect(seen[2][2], 'close fires after the bubble hid').to.equal(false);
  });

  it('events bubble out of the shadow root and are composed', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><mlops-term>model drift</mlops-term></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    const types: string[] = [];
    wrapper.addEventListener('mlops-term-open', (event) => types.push(`${event.type}:${event.bubbles}:${event.composed}`));
    await openBubble(el);
    expect(types).to.deep.equal(['mlops-term-open:true:true']);
  });

  it('keeps only one bubble open on the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<p><mlops-term>model drift</mlops-term> and <mlops-term>feature store</mlops-term></p>`);
    const [first, second] = wrapper.querySelectorAll('mlops-term');
    const closed: string[] = [];
    wrapper.addEventListener('mlops-term-close', (event) => closed.push(event.detail.term.id));
    await openBubble(first);
    await openBubble(second);
    await first.updateComplete;
    expect(first.open).to.equal(false);
    expect(isShown(first)).to.equal(false);
    expect(second.open).to.equal(true);
    expect(closed).to.deep.equal(['model-drift']);
  });
});
