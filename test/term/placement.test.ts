import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define/mlops-term.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { fixtureWithProfile } from '../helpers/profile.js';
import { centreOf, hoverChoiceOf, modelDrift, openBubble, parkMouse, triggerOf } from '../helpers/term.js';

// Where the bubble sits on the page: below the text, flipped or shifted at the viewport edges, in the top layer, following scrolls.

afterEach(parkMouse);

describe('<mlops-term> placement', () => {
  it('sits below the text by default', async () => {
    const el = await fixture<MlopsTerm>(html`<p style="margin: 40px">Some <mlops-term>model drift</mlops-term> here.</p>`).then((p) => p.querySelector('mlops-term')!);
    const bubble = await openBubble(el);
    const text = triggerOf(el)!.getBoundingClientRect();
    const box = bubble.getBoundingClientRect();
    expect(box.top).to.be.within(text.bottom, text.bottom + 12);
    expect(Math.abs(box.left - text.left)).to.be.below(1);
  });

  it('is in the top layer, not clipped by overflow: hidden or covered by a higher z-index', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <div id="clip" style="position: relative; z-index: 1; overflow: hidden; height: 20px; margin: 20px">
          <mlops-term>model drift</mlops-term>
        </div>
        <div id="cover" style="position: relative; z-index: 10; height: 300px; background: white">cover</div>
      </div>
    `);
    const el = wrapper.querySelector('mlops-term')!;
    const bubble = await openBubble(el);
    expect(bubble.matches(':popover-open')).to.equal(true);
    const box = bubble.getBoundingClientRect();
    const clip = wrapper.querySelector('#clip')!.getBoundingClientRect();
    expect(box.top, 'below the clipping box').to.be.at.least(clip.bottom);
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    const [x, y] = centreOf(box);
    expect(document.elementFromPoint(x, y), 'the page hit-tests the term, not the cover').to.equal(el);
    expect(el.shadowRoot!.elementFromPoint(x, y)!.closest('[part=bubble]')).to.equal(bubble);
  });

  it('flips above the text near the bottom of the viewport', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="position: fixed; bottom: 4px; left: 20px"><mlops-term>model drift</mlops-term></div>`).then((div) =>
      div.querySelector('mlops-term')!,
    );
    const bubble = await openBubble(el);
    const text = triggerOf(el)!.getBoundingClientRect();
    const box = bubble.getBoundingClientRect();
    expect(box.bottom).to.be.within(text.top - 12, text.top);
    expect(box.top).to.be.at.least(0);
  });

  it('shifts left to stay inside the viewport near the right edge', async () => {
    const el = await fixture<HTMLDivElement>(html`<div style="position: fixed; top: 20px; right: 4px"><mlops-term>model drift</mlops-term></div>`).then((div) =>
      div.querySelector('mlops-term')!,
    );
    const bubble = await openBubble(el);
    const text = triggerOf(el)!.getBoundingClientRect();
    const box = bubble.getBoundingClientRect();
    expect(box.right).to.be.at.most(document.documentElement.clientWidth - 7);
    expect(box.left).to.be.below(text.left);
    expect(box.top).to.be.at.least(text.bottom);
  });

  it('is never wider than the viewport allows', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    const bubble = await openBubble(el);
    const width = bubble.getBoundingClientRect().width;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(width).to.be.at.most(Math.min(22 * rem, document.documentElement.clientWidth - 16) + 1);
    el.style.setProperty('--mlops-term-bubble-max-width', '10rem');
    await nextFrame();
    expect(bubble.getBoundingClientRect().width).to.be.at.most(10 * rem + 1);
  });

  it('anchors below the last line of a phrase that wraps', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<p style="width: 12em; margin: 40px">A long phrase: <mlops-term term="automl">automated machine learning tools for model selection</mlops-term>.</p>`,
    ).then((p) => p.querySelector('mlops-term')!);
    const lines = triggerOf(el)!.getClientRects();
    expect(lines.length, 'the phrase wraps inside the inline trigger').to.be.greaterThan(1);
    const bubble = await openBubble(el);
    const last = lines[lines.length - 1];
    const box = bubble.getBoundingClientRect();
    expect(box.top).to.be.within(last.bottom, last.bottom + 12);
  });

  it('follows the text when the page scrolls', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="height: 200px"></div><mlops-term>model drift</mlops-term><div style="height: 3000px"></div></div>`,
    );
    const el = wrapper.querySelector('mlops-term')!;
    const bubble = await openBubble(el);
    const gap = () => bubble.getBoundingClientRect().top - triggerOf(el)!.getBoundingClientRect().bottom;
    const before = gap();
    const topBefore = bubble.getBoundingClientRect().top;
    try {
      window.scrollTo(0, 100);
      await waitUntil(() => Math.abs(bubble.getBoundingClientRect().top - (topBefore - 100)) < 1, 'did not follow the scroll');
      expect(gap()).to.be.closeTo(before, 1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  describe('a bubble taller than the room on its side', () => {
    // A page's own dataset may explain a term at length; on a short viewport (a phone on its side, 400 % zoom) the bubble scrolls.
    const long = `${'A long explanation of model drift, as a page’s own dataset may give it. '.repeat(60)}The end.`;
    const termWith = (explanation: string) =>
      fixtureWithProfile<HTMLParagraphElement>(
        { terminology: [{ ...modelDrift, explanation }] },
        html`<p style="position: fixed; top: 30%; left: 20px; margin: 0">Some <mlops-term>model drift</mlops-term> here.</p>`,
      ).then((p) => p.querySelector('mlops-term')!);

    it('takes the room there is and scrolls the rest, within the viewport, its controls reachable', async () => {
      const el = await termWith(long);
      const bubble = await openBubble(el);
      const box = bubble.getBoundingClientRect();
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      expect(getComputedStyle(bubble).overflowY).to.equal('auto');
      expect(bubble.scrollHeight, 'more to read than it shows').to.be.greaterThan(bubble.clientHeight);
      // Its end, with the reader's controls, scrolls into view.
      bubble.scrollTop = bubble.scrollHeight;
      await nextFrame();
      const choice = hoverChoiceOf(el)!.getBoundingClientRect();
      expect(choice.bottom).to.be.at.most(bubble.getBoundingClientRect().bottom + 1);
      expect(choice.top).to.be.at.least(bubble.getBoundingClientRect().top - 1);
    });

    it('keeps where the reader scrolled it when the page scrolls and it moves along', async () => {
      const el = await termWith(long);
      const bubble = await openBubble(el);
      bubble.scrollTop = 120;
      const scrolled = bubble.scrollTop;
      document.dispatchEvent(new Event('scroll'));
      expect(bubble.scrollTop).to.be.closeTo(scrolled, 1);
      expect(getComputedStyle(bubble).overflowY).to.equal('auto');
    });

    it('caps only a bubble that is too tall: a short explanation keeps its full height and does not scroll', async () => {
      const el = await termWith(long);
      const bubble = await openBubble(el);
      expect(bubble.style.maxHeight).to.not.equal('');
      el.hide();
      await el.updateComplete;
      const short = await termWith(modelDrift.explanation);
      const shortBubble = await openBubble(short);
      expect(shortBubble.style.maxHeight).to.equal('');
      expect(getComputedStyle(shortBubble).overflowY).to.equal('visible');
      expect(shortBubble.scrollHeight).to.be.at.most(shortBubble.clientHeight + 1);
    });
  });
});
