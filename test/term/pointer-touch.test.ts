import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/mlops-term.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { centreOf, openBubble, parkMouse, pointer, settled, tap, triggerOf } from '../helpers/term.js';

// Mouse and touch: hover with its delays, clicks that pin the bubble, taps, and the page listeners that only an open bubble keeps.

afterEach(parkMouse);

describe('<mlops-term> pointer and touch', () => {
  it('opens on hover only after the delay', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    pointer(triggerOf(el)!, 'pointerenter', 'mouse');
    await el.updateComplete;
    expect(el.open, 'not at once').to.equal(false);
    await waitUntil(() => el.open, 'did not open after the delay', { timeout: 3000 });
  });

  it('does not open if the mouse leaves before the delay', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term open-delay="0">model drift</mlops-term>`);
    pointer(triggerOf(el)!, 'pointerenter', 'mouse');
    pointer(triggerOf(el)!, 'pointerleave', 'mouse');
    // Timers of equal delay run in order: a pending 0 ms open would have run before these.
    await aTimeout(0);
    await aTimeout(0);
    expect(el.open).to.equal(false);
  });

  it('stays open while the mouse moves onto the bubble, and closes after it leaves both', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<p style="margin: 40px">Text with <mlops-term open-delay="0" close-delay="0">model drift</mlops-term> in it.</p>`);
    const el = wrapper.querySelector('mlops-term')!;
    await sendMouse({ type: 'move', position: centreOf(triggerOf(el)!.getBoundingClientRect()) });
    const bubble = await settled(el);
    await sendMouse({ type: 'move', position: centreOf(bubble.getBoundingClientRect()) });
    // A zero close delay: the close timer of leaving the text would fire with the next task unless
    // entering the bubble cancelled it.
    await aTimeout(0);
    await aTimeout(0);
    expect(el.open, 'open over the bubble').to.equal(true);
    await sendMouse({ type: 'move', position: [2, window.innerHeight - 2] });
    await waitUntil(() => !el.open, 'did not close after the mouse left');
  });

  it('keeps a bubble the mouse opened when the text is clicked (pins it)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<p style="margin: 40px">Text <mlops-term open-delay="0" close-delay="0">model drift</mlops-term>.</p>`);
    const el = wrapper.querySelector('mlops-term')!;
    const position = centreOf(triggerOf(el)!.getBoundingClientRect());
    await sendMouse({ type: 'move', position });
    await settled(el);
    await sendMouse({ type: 'click', position });
    await el.updateComplete;
    expect(el.open, 'pinned').to.equal(true);
    await sendMouse({ type: 'move', position: [2, window.innerHeight - 2] });
    // Nothing may happen: with a zero close delay, the close timer of leaving would have run within these two tasks.
    await aTimeout(0);
    await aTimeout(0);
    expect(el.open, 'stays after the mouse left').to.equal(true);
    await sendMouse({ type: 'click', position });
    await el.updateComplete;
    expect(el.open, 'a second click closes').to.equal(false);
  });

  it('a click inside the bubble keeps it open; a click outside closes it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="padding: 40px"><button>x</button> <mlops-term>model drift</mlops-term></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    await sendMouse({ type: 'click', position: centreOf(triggerOf(el)!.getBoundingClientRect()) });
    const bubble = await settled(el);
    await sendMouse({ type: 'click', position: centreOf(bubble.getBoundingClientRect()) });
    await el.updateComplete;
    expect(el.open, 'click inside').to.equal(true);
    await sendMouse({ type: 'click', position: centreOf(wrapper.querySelector('button')!.getBoundingClientRect()) });
    await el.updateComplete;
    expect(el.open, 'click outside').to.equal(false);
  });

  it('a tap toggles it and a touch does not count as hover', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term open-delay="0">model drift</mlops-term>`);
    const trigger = triggerOf(el)!;
    pointer(trigger, 'pointerenter', 'touch');
    // Nothing may happen: with a zero open delay, a hover's open timer would have run within this task.
    await aTimeout(0);
    expect(el.open, 'touch is not hover').to.equal(false);
    tap(trigger);
    await el.updateComplete;
    expect(el.open, 'first tap opens').to.equal(true);
    tap(trigger);
    await el.updateComplete;
    expect(el.open, 'second tap closes').to.equal(false);
  });

  it('a tap elsewhere closes it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><p>Elsewhere</p><mlops-term>model drift</mlops-term></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    tap(triggerOf(el)!);
    await el.updateComplete;
    expect(el.open).to.equal(true);
    tap(el.shadowRoot!.querySelector('[part=explanation]')!);
    await el.updateComplete;
    expect(el.open, 'a tap on the bubble keeps it').to.equal(true);
    tap(wrapper.querySelector('p')!);
    await el.updateComplete;
    expect(el.open, 'a tap elsewhere closes it').to.equal(false);
  });

  it('listens on the page only while open', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><p>Elsewhere</p><mlops-term>model drift</mlops-term></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    const attached = new Map<string, number>();
    const count = (type: string, step: number) => attached.set(type, (attached.get(type) ?? 0) + step);
    const targets = [document, window] as const;
    const originals = targets.map((target) => [target.addEventListener, target.removeEventListener] as const);
    targets.forEach((target) => {
      const [add, remove] = [target.addEventListener, target.removeEventListener];
      target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        if (listener === el) count(type, 1);
        return add.call(this, type, listener as EventListener, options as boolean);
      };
      target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        if (listener === el) count(type, -1);
        return remove.call(this, type, listener as EventListener, options as boolean);
      };
    });
    try {
      expect([...attached.values()].every((n) => n === 0)).to.equal(true);
      await openBubble(el);
      expect(attached.get('keydown')).to.equal(1);
      expect(attached.get('pointerdown')).to.equal(1);
      expect(attached.get('scroll')).to.equal(1);
      expect(attached.get('resize')).to.equal(1);
      el.hide();
      await el.updateComplete;
      expect([...attached.values()]).to.deep.equal([0, 0, 0, 0]);
    } finally {
      targets.forEach((target, i) => ([target.addEventListener, target.removeEventListener] = originals[i]));
    }
    // Behaviour after close: a press elsewhere and Escape change nothing.
    let events = 0;
    el.addEventListener('mlops-term-close', () => events++);
    tap(wrapper.querySelector('p')!);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events).to.equal(0);
  });

  it('closes when removed from the page and stops listening', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><mlops-term>model drift</mlops-term></div>`);
    const el = wrapper.querySelector('mlops-term')!;
    await openBubble(el);
    el.remove();
    await el.updateComplete;
    expect(el.open).to.equal(false);
    const next = await fixture<MlopsTerm>(html`<mlops-term>feature store</mlops-term>`);
    await openBubble(next);
    expect(next.open, 'another one opens normally').to.equal(true);
  });
});
