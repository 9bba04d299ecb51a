/**
 * Accessibility sweep: axe-core and IBM's Equal Access engine on every element in every state, inside
 * a page's main landmark, on a light page, a dark page and
 * (Chromium) under forced colours, at 320 px and 1280 px; then a keyboard-only walk through a page
 * made of the docs, blog and meetup demos: every control is reached in reading order, shows a
 * visible focus indicator and can be operated from the keyboard.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { applyForcedColourRules, darken } from '../helpers/colours.js';
import { element as make, shadow } from '../helpers/dom.js';
import { isChromium, overWebDriver } from '../helpers/engine.js';
import { feedbackRated, feedbackRefused, feedbackThanked } from '../helpers/feedback-states.js';
import { visibleBubbles } from '../helpers/term.js';
import { settle, until } from '../helpers/wait.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/warnings.js';
import { expectNoIbmViolations } from '../helpers/ibm.js';
import { expectContained } from './harness.js';

interface State {
  element: string;
  name: string;
  /** Puts the element in its state inside `wrapper`. */
  render(wrapper: HTMLElement): Promise<void>;
}

async function appendAndSettle(wrapper: HTMLElement, ...elements: HTMLElement[]) {
  wrapper.append(...elements);
  for (const el of elements) await settle(el);
}

async function renderOpenTerm(wrapper: HTMLElement): Promise<MlopsTerm> {
  const p = make('p', {}, 'Watch for ');
  const term = make('mlops-term', {}, 'model drift') as MlopsTerm;
  p.append(term, ' in production.');
  await appendAndSettle(wrapper, p);
  term.show();
  await until(() => visibleBubbles().length === 1, 'the bubble did not open');
  // axe blends colours with opacity: wait for the fade-in to end.
  await Promise.all(
    visibleBubbles()[0]
      .getAnimations()
      .map((animation) => animation.finished),
  );
  return term;
}

const states: State[] = [
  {
    element: 'mlops-term',
    name: 'closed',
    render: async (wrapper) => {
      const p = make('p', {}, 'Watch for ');
      p.append(make('mlops-term', {}, 'model drift'), ' in production.');
      await appendAndSettle(wrapper, p);
    },
  },
  { element: 'mlops-term', name: 'open', render: async (wrapper) => void (await renderOpenTerm(wrapper)) },
  {
    // Its first opening built the shadow root and handed it the trigger: the second closed form.
    element: 'mlops-term',
    name: 'closed after opening',
    render: async (wrapper) => {
      const term = await renderOpenTerm(wrapper);
      term.hide();
      await until(() => visibleBubbles().length === 0, 'the bubble did not close');
    },
  },
  {
    element: 'mlops-term',
    name: 'unknown term',
    render: async (wrapper) => {
      const p = make('p', {}, 'Watch for ');
      p.append(make('mlops-term', {}, 'quantum vibes'), '.');
      await appendAndSettle(wrapper, p);
    },
  },
  { element: 'mlops-tool-card', name: 'full', render: (wrapper) => appendAndSettle(wrapper, make('mlops-tool-card', { tool: 'mlflow' })) },
  { element: 'mlops-tool-card', name: 'compact', render: (wrapper) => appendAndSettle(wrapper, make('mlops-tool-card', { tool: 'kubeflow', variant: 'compact' })) },
  { element: 'mlops-tool-card', name: 'unknown tool', render: (wrapper) => appendAndSettle(wrapper, make('mlops-tool-card', { tool: 'mlflw' })) },
  { element: 'mlops-tool-grid', name: 'all tools', render: (wrapper) => appendAndSettle(wrapper, make('mlops-tool-grid')) },
  {
    element: 'mlops-tool-grid',
    name: 'filtered',
    render: (wrapper) => appendAndSettle(wrapper, make('mlops-tool-grid', { tag: 'Kubernetes Native, K8s Native', variant: 'compact' })),
  },
  { element: 'mlops-tool-grid', name: 'empty', render: (wrapper) => appendAndSettle(wrapper, make('mlops-tool-grid', { tag: 'Kubernetes Nativ' })) },
  ...(['platforms', 'gender', 'age'] as const).map((chart): State => ({
    element: 'mlops-demographics',
    name: `${chart} chart`,
    render: (wrapper) => appendAndSettle(wrapper, make('mlops-demographics', { chart })),
  })),
  {
    element: 'mlops-demographics',
    name: 'all charts, tables shown, a bar selected',
    render: async (wrapper) => {
      const el = make('mlops-demographics');
      await appendAndSettle(wrapper, el);
      for (const toggle of shadow(el).querySelectorAll<HTMLElement>('[part~="toggle"]')) toggle.click();
      shadow(el)
        .querySelector<SVGElement>('[data-index="1"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
    },
  },
  { element: 'mlops-demographics', name: 'invalid chart', render: (wrapper) => appendAndSettle(wrapper, make('mlops-demographics', { chart: 'platfrom' })) },
  { element: 'mlops-feedback', name: 'initial', render: (wrapper) => appendAndSettle(wrapper, make('mlops-feedback')) },
  { element: 'mlops-feedback', name: 'rated', render: async (wrapper) => void (await feedbackRated(wrapper)) },
  { element: 'mlops-feedback', name: 'thanks', render: feedbackThanked },
  { element: 'mlops-feedback', name: 'error (the endpoint refused the vote)', render: (wrapper) => feedbackRefused(wrapper, 'a11y') },
  {
    element: 'mlops-profile',
    name: 'error',
    render: async (wrapper) => {
      const el = make('mlops-profile', { src: '/test/fixtures/not-json.json?via=fetch' });
      el.append(make('mlops-tool-card', { tool: 'mlflow', variant: 'compact' }));
      const failed = new Promise((resolve) => el.addEventListener('mlops-error', resolve, { once: true }));
      wrapper.append(el);
      await failed;
      await settle(el);
    },
  },
];

const themes = ['light', 'dark', 'forced colours'] as const;
type Theme = (typeof themes)[number];

/**
 * Forced colours, as far as a test can switch them on. emulateMedia({ forcedColors }) from
 * @web/test-runner-commands 0.9 passes only colorScheme and reducedMotion to puppeteer (Chromium
 * and Firefox here) and is not available over WebDriver (WebKit), so the media query never matches.
 * Where it does not, the elements' own `@media (forced-colors: active)` rules are applied
 * unconditionally instead (applyForcedColourRules), with the page in system colours.
 */
async function forceColours(): Promise<boolean> {
  if (isChromium) {
    await emulateMedia({ forcedColors: 'active' } as Parameters<typeof emulateMedia>[0]);
    if (matchMedia('(forced-colors: active)').matches) return true;
  }
  return false;
}

let realForcedColours = false;

function themed(theme: Theme): HTMLDivElement {
  const wrapper = document.createElement('div');
  wrapper.style.padding = '8px';
  if (theme === 'dark') {
    darken(wrapper);
  } else if (theme === 'forced colours') {
    wrapper.style.background = 'Canvas';
    wrapper.style.color = 'CanvasText';
  } else {
    wrapper.style.background = '#ffffff';
    wrapper.style.color = '#1f2328';
  }
  return wrapper;
}

let warnings: CapturedWarnings;
let wrappers: HTMLElement[] = [];

beforeEach(() => {
  warnings = captureWarnings();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
});
afterEach(() => {
  for (const wrapper of wrappers) wrapper.remove();
  wrappers = [];
  warnings.restore();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
});

for (const theme of themes) {
  describe(`axe: every element in every state, ${theme}`, () => {
    before(async () => {
      if (theme === 'forced colours') realForcedColours = await forceColours();
    });
    after(async () => {
      if (realForcedColours) await emulateMedia({ forcedColors: 'none' } as Parameters<typeof emulateMedia>[0]);
      realForcedColours = false;
    });

    for (const width of [320, 1280]) {
      describe(`at ${width} px`, () => {
        before(async () => {
          if (!overWebDriver) {
            await setViewport({ width, height: 900 });
            await until(() => window.innerWidth === width, 'the viewport did not change');
          }
        });
        after(async () => {
          if (!overWebDriver) await setViewport({ width: 800, height: 600 });
        });

        for (const state of states) {
          it(`<${state.element}> ${state.name}`, async () => {
            const wrapper = themed(theme);
            if (overWebDriver) wrapper.style.width = `${width}px`;
            wrapper.style.boxSizing = 'border-box';
            // Where a page puts its content: IBM's engine wants all of it in a landmark.
            const main = document.createElement('main');
            main.append(wrapper);
            document.body.append(main);
            wrappers.push(main);
            await state.render(wrapper);
            if (theme === 'forced colours' && !realForcedColours) {
              applyForcedColourRules(wrapper);
              const element = wrapper.querySelector(state.element);
              // A term never opened has no shadow root, so no colours of its own to emulate.
              if (element?.shadowRoot || !element) {
                expect(
                  getComputedStyle(element ?? wrapper)
                    .getPropertyValue('--_text')
                    .trim(),
                  'forced-colours rules applied',
                ).to.equal('CanvasText');
              }
            }
            // In forced colours the user's theme sets the colours. Emulated, they are the engine's
            // default system colours, which are no contrast theme (Firefox's Highlight is #3399ff,
            // 2.9:1 against white), so contrast is left out there; every other rule still runs.
            const emulatedForcedColours = theme === 'forced colours' && !realForcedColours;
            await expect(wrapper).to.be.accessible(emulatedForcedColours ? { ignoredRules: ['color-contrast'] } : {});
            await expectNoIbmViolations(wrapper, `<${state.element}> ${state.name}, ${theme}, ${width} px`, {
              ignoredRules: emulatedForcedColours ? ['text_contrast_sufficient'] : [],
            });
            // Reflow (WCAG 1.4.10): nothing needs sideways scrolling, at phone width either.
            expectContained(wrapper, `<${state.element}> ${state.name} at ${width} px`);
          });
        }
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Keyboard-only walkthrough

/** The focused element, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A label for failure messages: the element and the mlops hosts around it. */
/** The control a focused element belongs to: a term's trigger counts as the term. */
function stopOf(element: Element): Element {
  const host = (element.getRootNode() as ShadowRoot).host;
  return host?.localName === 'mlops-term' ? host : element;
}

function label(element: Element | null): string {
  if (!element) return '(nothing)';
  const hosts: string[] = [];
  for (let node: Node | null = element; node; node = (node.getRootNode() as ShadowRoot).host ?? null) {
    if (node !== element) hosts.unshift((node as Element).localName);
  }
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30);
  return `${hosts.join(' > ')}${hosts.length ? ' > ' : ''}<${element.localName}> "${text}"`;
}

const FOCUS_PROPERTIES = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'stroke', 'stroke-width', 'border-top-color'];

/**
 * The look of a control and what draws its focus indicator: the element, its descendants (a bar's
 * row), and its parent's subtree (a radio's face is its sibling inside the label).
 */
function focusLook(element: Element): string {
  const scope = element.parentElement ?? element;
  return [scope, ...scope.querySelectorAll('*')]
    .map((node) => {
      const style = getComputedStyle(node);
      return FOCUS_PROPERTIES.map((property) => style.getPropertyValue(property)).join('|');
    })
    .join('\n');
}

async function press(key: string) {
  await sendKeys({ press: key });
}

describe('keyboard-only walkthrough of a docs, blog and meetup page', () => {
  let page: HTMLElement;
  let submitted: Array<{ rating: number; reasons: string[]; comment: string }>;

  before(async () => {
    page = document.createElement('div');
    page.innerHTML = `
      <header><nav><a href="#blog">Blog</a> <a href="#meetup">Meetup</a></nav></header>
      <main>
        <article id="blog">
          <h1>Why our model quietly got worse</h1>
          <p>What we had was <mlops-term>model drift</mlops-term>, so we added a
          <mlops-term term="feature-store">feature store</mlops-term> and some
          <mlops-term>quantum vibes</mlops-term> that no glossary knows.</p>
        </article>
        <section id="meetup">
          <h2>Tonight's talks</h2>
          <mlops-tool-card tool="mlflow" variant="compact"></mlops-tool-card>
          <mlops-tool-grid tag="Kubernetes Native" variant="compact"></mlops-tool-grid>
        </section>
        <section id="docs">
          <h2>Who is in the community?</h2>
          <mlops-demographics chart="gender age"></mlops-demographics>
          <h2>Was this page useful?</h2>
          <mlops-feedback></mlops-feedback>
        </section>
      </main>
      <footer><a href="#top">Back to top</a></footer>
      <button id="end">End of the page</button>`;
    document.body.append(page);
    submitted = [];
    page.addEventListener('mlops-feedback-submit', (event) => submitted.push((event as CustomEvent).detail));
    await settle(page);
    for (const el of page.querySelectorAll('*')) await settle(el);
  });

  after(() => page.remove());

  const terms = () => [...page.querySelectorAll<MlopsTerm>('mlops-term')];
  const charts = () => shadow(page.querySelector('mlops-demographics')!);
  const feedback = () => shadow(page.querySelector('mlops-feedback')!);

  /** Every control in reading order, as Tab should reach them on this page. */
  function expectedStops(): Element[] {
    const [drift, store] = terms();
    const chartStops = [...charts().querySelectorAll('figure')].flatMap((figure) => [
      figure.querySelector('[part~="chart"] [tabindex="0"]')!,
      figure.querySelector('[part~="toggle"]')!,
      // The chart's take-away buttons (Download CSV, Copy table, Download SVG, Download PNG).
      ...figure.querySelectorAll('[part~="tools"] button'),
    ]);
    return [
      ...page.querySelectorAll('nav a'),
      // A term is its own trigger until first opened; focus opens it and moves into the trigger it builds.
      drift,
      store,
      // The unknown term, the cards and the grid have nothing to operate: no tab stop.
      ...chartStops,
      feedback().querySelector('input[type="radio"]')!, // one stop for the whole rating group
      page.querySelector('footer a')!,
    ];
    // (#end follows; Tab onto it takes focus off the last control without leaving the document.)
  }

  it('Tab reaches every control once, in reading order, each with a visible focus indicator', async function () {
    this.timeout(40000); // twenty key presses through the browser driver, with style checks between
    const expected = expectedStops();
    const start = document.createElement('button');
    start.textContent = 'start';
    page.prepend(start);
    start.focus();
    const reached: Element[] = [];
    const looks: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await press('Tab');
      const active = deepActiveElement()!;
      reached.push(active);
      looks.push(focusLook(active));
    }
    start.remove();
    const stops = reached.map(stopOf);
    expect(stops.map(label)).to.deep.equal(expected.map(label));
    stops.forEach((element, index) => expect(element, `stop ${index}: ${label(element)}`).to.equal(expected[index]));
    // Focus moves on to #end (not out of the document, which would take the keyboard away from the
    // page in Firefox): each control's look without focus differs from its look with it.
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('end');
    for (const [index, element] of reached.entries()) {
      if (element === deepActiveElement()) continue;
      expect(focusLook(element), `no visible focus indicator on ${label(element)}`).to.not.equal(looks[index]);
    }
    for (const term of terms()) term.hide();
  });

  it('a term: focus opens it, Escape closes it, Enter and Space toggle it', async () => {
    const [, store] = terms();
    const before = document.createElement('button');
    before.textContent = 'before';
    store.before(before);
    before.focus();
    await press('Tab');
    await until(() => store.open && visibleBubbles().length === 1, 'keyboard focus did not open it');
    const trigger = shadow(store).querySelector<HTMLElement>('[part~="trigger"]')!;
    expect(deepActiveElement(), 'focus is on the trigger its opening built').to.equal(trigger);
    await press('Escape');
    await until(() => !store.open && visibleBubbles().length === 0, 'Escape did not close it');
    expect(deepActiveElement(), 'focus stays on the text').to.equal(trigger);
    await press('Enter');
    await until(() => store.open, 'Enter did not open it');
    await press(' ');
    await until(() => !store.open, 'Space did not close it');
    await press(' ');
    await until(() => store.open, 'Space did not open it');
    await press('Tab');
    await until(() => !store.open, 'moving on did not close it');
    before.remove();
  });

  it('a chart: arrows, Home and End move between bars and read them out; Enter and Space toggle the table', async () => {
    const figure = charts().querySelector('figure')!;
    const bars = [...figure.querySelectorAll('[data-index]')];
    const readout = figure.querySelector('[part~="readout"]')!;
    const toggle = figure.querySelector<HTMLElement>('[part~="toggle"]')!;
    const table = figure.querySelector('table')!;
    // The toggle is the <summary> of the <details> around the table.
    const disclosure = toggle.parentElement as HTMLDetailsElement;
    const tableShown = () => table.checkVisibility() && table.getBoundingClientRect().height > 0;
    const before = document.createElement('button');
    before.textContent = 'before';
    page.querySelector('mlops-demographics')!.before(before);
    before.focus();
    await press('Tab');
    expect(bars).to.include(deepActiveElement());
    await press('Home');
    expect(deepActiveElement()).to.equal(bars[0]);
    await press('ArrowDown');
    expect(deepActiveElement()).to.equal(bars[1]);
    await until(() => readout.textContent!.trim() === bars[1].getAttribute('aria-label'), 'the readout did not follow');
    await press('End');
    expect(deepActiveElement()).to.equal(bars[bars.length - 1]);
    await press('ArrowUp');
    expect(deepActiveElement()).to.equal(bars[bars.length - 2]);
    await press('Tab');
    expect(deepActiveElement()).to.equal(toggle);
    await press('Enter');
    await until(() => disclosure.open && tableShown() && toggle.textContent!.includes('Hide table'), 'Enter did not show the table');
    await press(' ');
    await until(() => !disclosure.open && !tableShown() && toggle.textContent!.includes('Show table'), 'Space did not hide the table');
    before.remove();
  });

  it('feedback: arrows choose a rating, Space ticks a reason, typing fills the comment, Enter submits', async function () {
    this.timeout(20000); // a comment typed key by key through the browser driver
    const before = document.createElement('button');
    before.textContent = 'before';
    page.querySelector('mlops-feedback')!.before(before);
    before.focus();
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('type')).to.equal('radio');
    await press('ArrowRight'); // selects the next point of the scale
    await until(() => !!feedback().querySelector('input[type="radio"]:checked'), 'no rating chosen');
    const rating = Number(feedback().querySelector<HTMLInputElement>('input[type="radio"]:checked')!.value);
    await settle(page.querySelector('mlops-feedback')!);
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('type'), 'the first reason').to.equal('checkbox');
    await press(' ');
    const reason = (deepActiveElement() as HTMLInputElement).value;
    await until(() => (deepActiveElement() as HTMLInputElement).checked, 'Space did not tick the reason');
    // On to the comment, past the other reasons.
    for (let i = 0; i < 6 && deepActiveElement()?.localName !== 'textarea'; i++) await press('Tab');
    expect(deepActiveElement()?.localName).to.equal('textarea');
    await sendKeys({ type: 'Clear, thanks!' });
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('part')).to.include('submit');
    await press('Enter');
    await until(() => submitted.length === 1, 'Enter did not submit');
    expect(submitted[0].rating).to.equal(rating);
    expect(submitted[0].reasons).to.deep.equal([reason]);
    expect(submitted[0].comment).to.equal('Clear, thanks!');
    // The thank-you takes focus, and "Change your answer" is one Tab away.
    await until(() => !!feedback().querySelector('[part~="change"]'), 'no thank-you');
    expect(deepActiveElement()?.getAttribute('part')).to.include('status');
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('part')).to.include('change');
    before.remove();
  });
});
