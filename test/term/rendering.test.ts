import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/mlops-term.js';
import { MlopsTerm } from '../../src/elements/term/term.js';
import { darken } from '../helpers/colours.js';
import { openBubble, parkMouse, termWithErrors, triggerOf } from '../helpers/term.js';
import { captureWarnings } from '../helpers/warnings.js';

// How the term looks and upgrades: dotted underline and theming, no layout shift, hostile text as text, and axe on light and dark pages.

afterEach(parkMouse);

describe('<mlops-term> styling', () => {
  it('underlines the text with dots and adds no box of its own', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    const trigger = getComputedStyle(triggerOf(el)!);
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(trigger.display).to.equal('inline');
    expect(trigger.textDecorationLine).to.equal('underline');
    expect(trigger.textDecorationStyle).to.equal('dotted');
    expect([trigger.paddingLeft, trigger.marginLeft, trigger.borderLeftWidth]).to.deep.equal(['0px', '0px', '0px']);
  });

  it('takes its theme from custom properties and ::part', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <style>
          .themed { --mlops-term-underline-color: rgb(200, 0, 0); --mlops-color-surface: rgb(255, 250, 200); }
          .themed::part(insider) { text-transform: uppercase; }
        </style>
        <mlops-term class="themed">model drift</mlops-term>
      </div>
    `);
    const el = wrapper.querySelector('mlops-term')!;
    expect(getComputedStyle(triggerOf(el)!).textDecorationColor).to.equal('rgb(200, 0, 0)');
    const bubble = await openBubble(el);
    expect(getComputedStyle(bubble).backgroundColor).to.equal('rgb(255, 250, 200)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=insider]')!).textTransform).to.equal('uppercase');
  });

  it('does not inherit the look of the prose around it into the bubble', async () => {
    const el = await fixture<HTMLElement>(
      html`<h2 style="font-style: italic; text-transform: uppercase; white-space: pre"><mlops-term>model drift</mlops-term></h2>`,
    ).then((h) => h.querySelector('mlops-term')!);
    const style = getComputedStyle(await openBubble(el));
    expect([style.fontStyle, style.textTransform, style.whiteSpace, style.fontWeight]).to.deep.equal(['normal', 'none', 'normal', '400']);
  });
});

describe('<mlops-term> progressive enhancement', () => {
  it('does not shift the layout when it upgrades', async () => {
    const wrapper = await fixture<HTMLParagraphElement>(html`
      <p style="width: 16em; font: 16px/1.5 serif">
        Our fraud model looked fine until <x-term-late>model drift</x-term-late> arrived<span id="mark">.</span>
        And <x-term-late>automated machine learning</x-term-late> wraps across lines<span id="mark2">.</span>
      </p>
    `);
    const rects = () =>
      [
        ...[...wrapper.querySelectorAll('x-term-late')].flatMap((el) => [...el.getClientRects()]),
        wrapper.querySelector('#mark')!.getBoundingClientRect(),
        wrapper.querySelector('#mark2')!.getBoundingClientRect(),
        wrapper.getBoundingClientRect(),
      ].map((r) => [r.x, r.y, r.width, r.height]);
    const before = rects();
    class LateTerm extends MlopsTerm {}
    LateTerm.define('x-term-late');
    const terms = [...wrapper.querySelectorAll('x-term-late')] as MlopsTerm[];
    await Promise.all(terms.map((el) => el.updateComplete));
    expect(
      terms.every((el) => triggerOf(el)),
      'upgraded into triggers',
    ).to.equal(true);
    const after = rects();
    expect(after.length).to.equal(before.length);
    after.forEach((rect, i) => rect.forEach((value, j) => expect(value, `rect ${i}[${j}]`).to.be.closeTo(before[i][j], 0.01)));
  });

  it('renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__termPwned = 1">';
    const warnings = captureWarnings();
    try {
      const { el, errors } = await termWithErrors((term) => (term.textContent = hostile));
      expect(el.querySelector('img')).to.equal(null);
      expect(el.shadowRoot?.querySelector('img') ?? null).to.equal(null);
      expect(el.textContent).to.equal(hostile);
      expect(el.getBoundingClientRect().width, 'shown as text').to.be.greaterThan(0);
      expect((window as { __termPwned?: number }).__termPwned).to.equal(undefined);
      expect(errors[0].message).to.contain(hostile);
    } finally {
      warnings.restore();
    }
  });

  it('takes away a build plugin’s glossary link once it explains the term itself, keeping the text', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p>
        Watch <mlops-term term="model-drift"><a href="/glossary/#model-drift" data-mlops-glossary-link>model drift</a></mlops-term> and
        <mlops-term term="sandbox"><a href="/elsewhere">sandbox</a></mlops-term>.
      </p>`,
    );
    const [linked, authored] = [...p.querySelectorAll('mlops-term')];
    await Promise.all([linked.updateComplete, authored.updateComplete]);
    expect(linked.querySelector('a')).to.equal(null);
    expect(linked.textContent).to.equal('model drift');
    expect(triggerOf(linked)).to.equal(linked);
    // A link the author wrote inside a term is the author's: it stays.
    expect(authored.querySelector('a')!.getAttribute('href')).to.equal('/elsewhere');
  });

  it('shows the insider name when the element has no text of its own', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term term="model-drift"></mlops-term>`);
    expect(triggerOf(el)!.textContent!.trim()).to.equal('Model Drift');
  });
});

describe('<mlops-term> accessibility (axe)', () => {
  it('passes closed and open on a light page', async () => {
    const wrapper = await fixture<HTMLParagraphElement>(html`<p>Watch for <mlops-term>model drift</mlops-term> in production.</p>`);
    const el = wrapper.querySelector('mlops-term')!;
    await expect(wrapper).to.be.accessible();
    await openBubble(el);
    await expect(wrapper).to.be.accessible();
  });

  it('passes with an unknown term', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture<HTMLParagraphElement>(html`<p>Watch for <mlops-term>quantum vibes</mlops-term>.</p>`);
      await expect(wrapper).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('passes open on a dark page, with a dark bubble', async () => {
    const wrapper = darken(await fixture<HTMLDivElement>(html`<div><p>Watch for <mlops-term>model drift</mlops-term>.</p></div>`));
    const el = wrapper.querySelector('mlops-term')!;
    await expect(wrapper).to.be.accessible();
    const bubble = await openBubble(el);
    const [r, g, b] = getComputedStyle(bubble).backgroundColor.match(/\d+/g)!.map(Number);
    expect(r + g + b, 'dark surface').to.be.below(150);
    await expect(wrapper).to.be.accessible();
  });
});
