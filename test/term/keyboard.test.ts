import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/mlops-term.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { centreOf, isShown, parkMouse, settled, triggerOf } from '../helpers/term.js';

// Keyboard: focus opens the bubble, Enter and Space toggle it, Escape and moving on close it, and focus stays on the phrase.

afterEach(parkMouse);

describe('<mlops-term> keyboard', () => {
  it('opens on keyboard focus; Escape closes it and leaves focus on the trigger', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button> <mlops-term>model drift</mlops-term></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    // Its first opening builds the trigger, which takes focus over in a task of its own.
    await waitUntil(() => el.shadowRoot?.activeElement === triggerOf(el), 'the trigger did not take focus over');
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await settled(el);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(isShown(el)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(triggerOf(el));
  });

  it('toggles with Enter and Space', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button> <mlops-term>model drift</mlops-term><div style="height: 3000px"></div></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.open, 'focus opened it').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open, 'Enter closed it').to.equal(false);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.open, 'Enter opened it').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open, 'Space closed it').to.equal(false);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.open, 'Space opened it').to.equal(true);
    expect(window.scrollY, 'Space did not scroll the page').to.equal(0);
  });

  it('closes when focus moves on', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button> <mlops-term>model drift</mlops-term> <button id="after">after</button></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement!.id).to.equal('after');
    expect(el.open).to.equal(false);
  });

  it('focus() from script reaches the trigger, before and after the first opening', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    const focused = () => el.shadowRoot?.activeElement ?? document.activeElement;
    el.focus();
    expect(focused() === triggerOf(el), 'the element is the trigger').to.equal(true);
    // Focus from script is keyboard-like: it opens the bubble, and the trigger built then takes focus over.
    await waitUntil(() => el.open && focused() === triggerOf(el) && triggerOf(el) !== el, 'the new trigger did not take focus over');
    el.blur();
    el.hide();
    await el.updateComplete;
    el.focus();
    expect(focused() === triggerOf(el), 'focus reaches the trigger in the shadow root').to.equal(true);
  });

  it('keeps keyboard focus on the phrase when its first opening builds the trigger', async () => {
    const el = await fixture<MlopsTerm>(html`<div><button id="before">before</button> <mlops-term>model drift</mlops-term></div>`).then((div) =>
      div.querySelector('mlops-term')!,
    );
    document.getElementById('before')!.focus();
    const focusins: EventTarget[] = [];
    const recordFocusin = (event: FocusEvent) => focusins.push(event.target!);
    document.addEventListener('focusin', recordFocusin);
    await sendKeys({ press: 'Tab' });
    await settled(el);
    document.removeEventListener('focusin', recordFocusin);
    const trigger = el.shadowRoot!.querySelector('[part=trigger]')!;
    await waitUntil(() => el.shadowRoot!.activeElement === trigger, 'focus did not move into the new trigger');
    expect(focusins.length > 0 && focusins.every((target) => target === el), 'the page heard focus arrive, at the term').to.equal(true);
    expect(trigger.matches(':focus-visible'), 'with its focus ring').to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('Escape also closes a bubble the mouse opened while focus is elsewhere', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term open-delay="0">model drift</mlops-term>`);
    await sendMouse({ type: 'move', position: centreOf(triggerOf(el)!.getBoundingClientRect()) });
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(document.activeElement).to.not.equal(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(false);
  });
});
