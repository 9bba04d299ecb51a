import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define/mlops-term.js';
import { bundledTerminology } from '../src/data/terms.js';
import type { Profile } from '../src/data/types.js';
import { MlopsTerm, type MlopsTermEventDetail } from '../src/elements/term/term.js';
import { darken } from './helpers/colours.js';
import { isChromium } from './helpers/engine.js';
import { provideProfile } from './helpers/profile.js';
import { bubbleOf, centreOf, isShown, openBubble, partText, pointer, settled, tap, termWithErrors, triggerOf } from './helpers/term.js';
import { captureWarnings } from './helpers/warnings.js';

const modelDrift = bundledTerminology.find((term) => term.id === 'model-drift')!;
const featureStore = bundledTerminology.find((term) => term.id === 'feature-store')!;

afterEach(async () => {
  // Firefox's reset releases the buttons but leaves the pointer where the last test put it, over
  // where the next fixture appears; a real pointerenter there would open a term no test hovered.
  await sendMouse({ type: 'move', position: [0, 0] });
  await resetMouse();
});

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
    expect(getComputedStyle(el).textDecorationLine).to.equal('underline');
    if (isChromium) {
      // Role and state come from ElementInternals, which only the accessibility tree shows.
      const snapshot = (await a11ySnapshot({ selector: 'mlops-term' })) as unknown as { role: string; name: string; expanded?: boolean };
      expect(snapshot.role).to.equal('button');
      expect(snapshot.name).to.equal('model drift');
      expect(snapshot.expanded ?? false).to.equal(false);
    }
    const own = await fixture<MlopsTerm>(html`<mlops-term tabindex="-1">model drift</mlops-term>`);
    expect(own.getAttribute('tabindex'), 'an author-set tabindex is left alone').to.equal('-1');
    await openBubble(own);
    expect(own.getAttribute('tabindex'), 'also once opened').to.equal('-1');
  });

  it('describes the trigger with the bubble, inside one shadow root', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term>model drift</mlops-term>`);
    await openBubble(el);
    el.hide();
    await el.updateComplete;
    const trigger = triggerOf(el)!;
    expect(trigger).to.not.equal(el);
    expect(el.hasAttribute('tabindex'), 'the element hands its tabindex to the trigger').to.equal(false);
    expect(trigger.getAttribute('role')).to.equal('button');
    expect(trigger.tabIndex).to.equal(0);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    await openBubble(el);
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    const described = el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!);
    expect(described).to.equal(bubbleOf(el));
    expect(described!.textContent).to.contain(modelDrift.explanation);
    el.hide();
    await el.updateComplete;
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    // The description stays available while closed: a reader can still query it.
    expect(el.shadowRoot!.getElementById(trigger.getAttribute('aria-describedby')!)).to.equal(bubbleOf(el));
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
    const wrapper = await fixture<HTMLDivElement>(
      html`<p><mlops-term>model drift</mlops-term> and <mlops-term>feature store</mlops-term></p>`,
    );
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
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button> <mlops-term>model drift</mlops-term><div style="height: 3000px"></div></div>`,
    );
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
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button>before</button> <mlops-term>model drift</mlops-term> <button id="after">after</button></div>`,
    );
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
    const el = await fixture<MlopsTerm>(html`<div><button id="before">before</button> <mlops-term>model drift</mlops-term></div>`).then(
      (div) => div.querySelector('mlops-term')!,
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
    const wrapper = await fixture<HTMLDivElement>(
      html`<p style="margin: 40px">Text with <mlops-term open-delay="0" close-delay="0">model drift</mlops-term> in it.</p>`,
    );
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
    const wrapper = await fixture<HTMLDivElement>(
      html`<p style="margin: 40px">Text <mlops-term open-delay="0" close-delay="0">model drift</mlops-term>.</p>`,
    );
    const el = wrapper.querySelector('mlops-term')!;
    const position = centreOf(triggerOf(el)!.getBoundingClientRect());
    await sendMouse({ type: 'move', position });
    await settled(el);
    await sendMouse({ type: 'click', position });
    await el.updateComplete;
    expect(el.open, 'pinned').to.equal(true);
    await sendMouse({ type: 'move', position: [2, window.innerHeight - 2] });
    await aTimeout(0);
    await aTimeout(0);
    expect(el.open, 'stays after the mouse left').to.equal(true);
    await sendMouse({ type: 'click', position });
    await el.updateComplete;
    expect(el.open, 'a second click closes').to.equal(false);
  });

  it('a click inside the bubble keeps it open; a click outside closes it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="padding: 40px"><button>x</button> <mlops-term>model drift</mlops-term></div>`,
    );
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

describe('<mlops-term> placement', () => {
  it('sits below the text by default', async () => {
    const el = await fixture<MlopsTerm>(html`<p style="margin: 40px">Some <mlops-term>model drift</mlops-term> here.</p>`).then(
      (p) => p.querySelector('mlops-term')!,
    );
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
    const el = await fixture<HTMLDivElement>(
      html`<div style="position: fixed; bottom: 4px; left: 20px"><mlops-term>model drift</mlops-term></div>`,
    ).then((div) => div.querySelector('mlops-term')!);
    const bubble = await openBubble(el);
    const text = triggerOf(el)!.getBoundingClientRect();
    const box = bubble.getBoundingClientRect();
    expect(box.bottom).to.be.within(text.top - 12, text.top);
    expect(box.top).to.be.at.least(0);
  });

  it('shifts left to stay inside the viewport near the right edge', async () => {
    const el = await fixture<HTMLDivElement>(
      html`<div style="position: fixed; top: 20px; right: 4px"><mlops-term>model drift</mlops-term></div>`,
    ).then((div) => div.querySelector('mlops-term')!);
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
});

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
    const rects = () => [
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
    expect(terms.every((el) => triggerOf(el)), 'upgraded into triggers').to.equal(true);
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

  it('shows the insider name when the element has no text of its own', async () => {
    const el = await fixture<MlopsTerm>(html`<mlops-term term="model-drift"></mlops-term>`);
    expect(triggerOf(el)!.textContent!.trim()).to.equal('Model Drift');
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
