import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/mlops-term.js';
import '../../src/define/mlops-auto-terms.js';
import { setHoverOff } from '../../src/elements/term/hover-preference.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import { registerStrings } from '../../src/internal/i18n.js';
import { blockLocalStorage } from '../helpers/browser-faults.js';
import { pressShiftTab } from '../helpers/engine.js';
import { expectNoIbmViolations } from '../helpers/ibm.js';
import { centreOf, entryLinkOf, HOVER_OFF_KEY, hoverChoiceOf, isShown, openBubble, parkMouse, settled, tap, triggerOf } from '../helpers/term.js';
import { captureWarnings, withWarnings } from '../helpers/warnings.js';

// What the reader controls in a bubble: the "Full entry" link to the site's glossary (glossary-href) and
// "Don't open on hover", kept in localStorage (or for the page only where storage is blocked).

afterEach(async () => {
  await parkMouse();
  // Hovering on again, in storage and in the page, for the next test and the next file.
  setHoverOff(false);
});

/** Whether the bubble's control is shown (it is hidden without glossary-href). */
const shown = (element: Element | null) => !!element && element.getClientRects().length > 0;

describe('<mlops-term> "Full entry" link (glossary-href)', () => {
  it('has no link without glossary-href, and none of either control before the first opening', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term glossary-href="/glossary/">model drift</mlops-term>`);
    expect(el.shadowRoot, 'no shadow root before the first opening').to.equal(null);
    const plain = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    await openBubble(plain);
    expect(shown(entryLinkOf(plain)), 'no link without glossary-href').to.equal(false);
    expect(shown(hoverChoiceOf(plain)), 'the hover choice is always there').to.equal(true);
  });

  it('links to the term’s glossary entry, by attribute or property, and follows changes while open', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term glossary-href="/glossary/#ignored">model drift</mlops-term>`);
    expect(el.glossaryHref).to.equal('/glossary/#ignored');
    await openBubble(el);
    const link = entryLinkOf(el)!;
    expect(shown(link)).to.equal(true);
    expect(link.getAttribute('href'), 'the glossary’s anchor for the term, any fragment replaced').to.equal('/glossary/#model-drift');
    expect(link.textContent).to.equal('Full entry');
    el.glossaryHref = 'https://example.org/terms/';
    await el.updateComplete;
    expect(link.getAttribute('href')).to.equal('https://example.org/terms/#model-drift');
    el.removeAttribute('glossary-href');
    await el.updateComplete;
    expect(shown(link), 'gone with the attribute').to.equal(false);
  });

  for (const hostile of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'http://[bad']) {
    it(`refuses glossary-href="${hostile}" with a hint and no link, and never throws`, async () => {
      const errors: MlopsErrorDetail[] = [];
      await withWarnings(async (warnings) => {
        const wrapper = await fixture<HTMLDivElement>(html`<div @mlops-error=${(event: CustomEvent<MlopsErrorDetail>) => errors.push(event.detail)}></div>`);
        const el = document.createElement('mlops-term');
        el.setAttribute('glossary-href', hostile);
        el.textContent = 'model drift';
        wrapper.append(el);
        await openBubble(el);
        expect(shown(entryLinkOf(el)), 'no link').to.equal(false);
        expect(entryLinkOf(el)!.getAttribute('href')).to.equal('');
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-attribute']);
        expect(errors[0].message).to.contain('glossary-href');
        expect(warnings.length, 'one console hint').to.equal(1);
        // Reopening reports the same value once only.
        el.hide();
        await el.updateComplete;
        await openBubble(el);
        expect(errors.length).to.equal(1);
      });
    });
  }

  it('words the link and the checkbox in the term’s language', async () => {
    registerStrings('de', { term: { fullEntry: 'Ganzer Eintrag', noHoverOpening: 'Nicht beim Überfahren öffnen' } });
    const el = await fixture<MlopsTerm>(html`<mlops-term lang="de" glossary-href="/glossary/">model drift</mlops-term>`);
    await openBubble(el);
    expect(entryLinkOf(el)!.textContent).to.equal('Ganzer Eintrag');
    expect(hoverChoiceOf(el)!.labels![0].textContent).to.equal('Nicht beim Überfahren öffnen');
  });

  it('<mlops-auto-terms glossary-href> gives it to the terms it wraps, and a change to them all', async () => {
    const auto = await fixture<HTMLElement & { glossaryHref?: string; updateComplete: Promise<boolean> }>(
      html`<mlops-auto-terms glossary-href="/glossary/"><p>We watched for model drift in the feature store.</p></mlops-auto-terms>`,
    );
    await auto.updateComplete;
    const terms = [...auto.querySelectorAll<MlopsTerm>('mlops-term')];
    expect(terms.length).to.equal(2);
    expect(terms.map((term) => term.getAttribute('glossary-href'))).to.deep.equal(['/glossary/', '/glossary/']);
    await openBubble(terms[1]);
    expect(entryLinkOf(terms[1])!.getAttribute('href')).to.equal('/glossary/#feature-store');
    auto.glossaryHref = '/words/';
    expect(terms.map((term) => term.getAttribute('glossary-href'))).to.deep.equal(['/words/', '/words/']);
    auto.removeAttribute('glossary-href');
    expect(terms.map((term) => term.hasAttribute('glossary-href'))).to.deep.equal([false, false]);
  });
});

describe('<mlops-term> "Don’t open on hover"', () => {
  /** Rests the real mouse on the term and says whether it opened (open-delay 0: it would have by then). */
  async function hoverOpens(el: MlopsTerm): Promise<boolean> {
    await sendMouse({ type: 'move', position: centreOf(triggerOf(el)!.getBoundingClientRect()) });
    await aTimeout(50);
    await el.updateComplete;
    const opened = el.open;
    await parkMouse();
    el.hide();
    await el.updateComplete;
    return opened;
  }

  it('turns hovering off for every term of the page, keeps it in localStorage, and on again from the same control', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<p style="margin: 40px"><button>before</button> A <mlops-term open-delay="0">model drift</mlops-term> and a <mlops-term open-delay="0">feature store</mlops-term>.</p>`,
    );
    const [first, second] = wrapper.querySelectorAll('mlops-term');
    expect(await hoverOpens(second), 'hover opens at first').to.equal(true);
    await sendMouse({ type: 'click', position: centreOf(triggerOf(first)!.getBoundingClientRect()) });
    await settled(first);
    const choice = hoverChoiceOf(first)!;
    expect(choice.checked).to.equal(false);
    expect(choice.labels![0].textContent).to.equal('Don’t open on hover');
    await sendMouse({ type: 'click', position: centreOf(choice.getBoundingClientRect()) });
    expect(choice.checked).to.equal(true);
    expect(localStorage.getItem(HOVER_OFF_KEY), 'kept for the next page').to.equal('1');
    expect(first.open, 'the click kept the bubble open').to.equal(true);
    first.hide();
    await first.updateComplete;

    expect(await hoverOpens(second), 'another term no longer opens on hover').to.equal(false);
    expect(await hoverOpens(first), 'nor the same one').to.equal(false);
    // Focus and taps still open it.
    tap(triggerOf(second)!);
    await second.updateComplete;
    expect(second.open, 'a tap opens').to.equal(true);
    await settled(second);
    expect(hoverChoiceOf(second)!.checked, 'the other bubble shows the choice').to.equal(true);
    second.hide();
    await second.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => first.open, 'keyboard focus did not open it');

    // Unticked in the same control: hovering opens again.
    await settled(first);
    await sendMouse({ type: 'click', position: centreOf(hoverChoiceOf(first)!.getBoundingClientRect()) });
    expect(localStorage.getItem(HOVER_OFF_KEY)).to.equal(null);
    first.blur();
    first.hide();
    await first.updateComplete;
    expect(await hoverOpens(second), 'hover opens again').to.equal(true);
  });

  it('reads the choice another tab (or an earlier page) kept, at the next hover', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term open-delay="0">model drift</mlops-term>`);
    localStorage.setItem(HOVER_OFF_KEY, '1');
    expect(await hoverOpens(el)).to.equal(false);
    await openBubble(el);
    expect(hoverChoiceOf(el)!.checked, 'shown ticked').to.equal(true);
    el.hide();
    await el.updateComplete;
    localStorage.removeItem(HOVER_OFF_KEY);
    expect(await hoverOpens(el)).to.equal(true);
  });

  it('works for the page alone where storage is blocked, with one console hint', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term open-delay="0">model drift</mlops-term>`);
    const restore = blockLocalStorage();
    const warnings = captureWarnings();
    try {
      expect(await hoverOpens(el), 'blocked storage reads as hovering on').to.equal(true);
      await openBubble(el);
      const choice = hoverChoiceOf(el)!;
      choice.click();
      expect(choice.checked).to.equal(true);
      el.hide();
      await el.updateComplete;
      expect(await hoverOpens(el), 'off for this page').to.equal(false);
      await openBubble(el);
      expect(choice.checked, 'shown ticked').to.equal(true);
      choice.click();
      choice.click();
      expect(warnings.messages.length, 'one hint, however often it is changed').to.equal(1);
      expect(warnings.messages[0]).to.contain('for this page only');
      choice.click();
      el.hide();
      await el.updateComplete;
      expect(await hoverOpens(el), 'on again').to.equal(true);
    } finally {
      warnings.restore();
      restore();
    }
  });
});

describe('<mlops-term> reader controls by keyboard', () => {
  it('ArrowDown moves from the phrase into the bubble: Tab reaches the link and the checkbox; Escape closes and returns focus to the phrase', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button> <mlops-term glossary-href="/glossary/">model drift</mlops-term> <button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector('mlops-term')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.open && el.shadowRoot?.activeElement === triggerOf(el), 'focus did not open it');
    await settled(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement, 'ArrowDown reaches the link').to.equal(entryLinkOf(el));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement, 'then Tab the checkbox').to.equal(hoverChoiceOf(el));
    await sendKeys({ press: ' ' });
    expect(hoverChoiceOf(el)!.checked, 'Space ticks it').to.equal(true);
    await pressShiftTab();
    await pressShiftTab();
    await el.updateComplete;
    expect([el.open, el.shadowRoot!.activeElement === triggerOf(el)], 'Shift+Tab back to the phrase, still open').to.deep.equal([true, true]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement, 'Escape puts focus back on the phrase').to.equal(triggerOf(el));

    // Without a link the checkbox comes first; Tab past it leaves the term, and the bubble closes.
    el.glossaryHref = undefined;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settled(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(hoverChoiceOf(el));
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement!.id).to.equal('after');
    expect(el.open).to.equal(false);
  });

  it('keeps the controls out of the Tab order until focus enters the bubble: Tab from the phrase moves on, one stop per term', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button> <mlops-term glossary-href="/glossary/">model drift</mlops-term> <button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector('mlops-term')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await settled(el);
    expect([entryLinkOf(el)!.tabIndex, hoverChoiceOf(el)!.tabIndex]).to.deep.equal([-1, -1]);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await settled(el);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement!.id, 'pinned open, too').to.equal('after');
    expect(el.open).to.equal(false);
  });
});

describe('<mlops-term> reader controls: accessibility (axe) and print', () => {
  it('passes axe and IBM Equal Access with the link, and with hovering turned off', async () => {
    // In a landmark, as a page's prose is (IBM's checker asks for one).
    const wrapper = await fixture<HTMLElement>(html`<main><p>Watch <mlops-term glossary-href="/glossary/">model drift</mlops-term> closely.</p></main>`);
    const el = wrapper.querySelector('mlops-term')!;
    await openBubble(el);
    await expect(wrapper).to.be.accessible();
    await expectNoIbmViolations(wrapper, 'open, with its link');
    hoverChoiceOf(el)!.click();
    await expect(wrapper).to.be.accessible();
    await expectNoIbmViolations(wrapper, 'open, hovering off');
  });

  it('keeps the controls out of the tooltip: it is the text the phrase is described by, with nothing focusable in it', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term glossary-href="/glossary/">model drift</mlops-term>`);
    const bubble = await openBubble(el);
    const tooltips = el.shadowRoot!.querySelectorAll('[role=tooltip]');
    expect(tooltips).to.have.length(1);
    const [tooltip] = tooltips;
    expect(tooltip.id).to.equal(triggerOf(el)!.getAttribute('aria-describedby'));
    expect(tooltip.querySelector('a, input, [tabindex]')).to.equal(null);
    expect(bubble.hasAttribute('role'), 'the bubble holding text and controls is a plain container').to.equal(false);
    expect(bubble.contains(entryLinkOf(el)) && bubble.contains(hoverChoiceOf(el))).to.equal(true);
  });

  it('leaves the controls off paper', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term glossary-href="/glossary/">model drift</mlops-term>`);
    await openBubble(el);
    const controls = el.shadowRoot!.getElementById('controls')!;
    const printRule = [...el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].find(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print',
    );
    expect(printRule?.cssText, 'a print rule hides them').to.match(/#controls\s*\{\s*display: none/);
    expect(isShown(el) && shown(controls), 'shown on screen').to.equal(true);
  });
});
