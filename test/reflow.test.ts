/**
 * Reflow (WCAG 1.4.10) and larger text: every element of the registry, in its main states, in a
 * viewport 320 CSS px wide — which is what a 1280 px wide window shows at 400 % zoom (1280 / 4 = 320;
 * a 1024 px high one leaves 256 px of height) — must need no horizontal scrolling of the page, cut
 * no text (no box that clips or scrolls its content sideways or downwards with more content than it
 * shows) and draw every chart label inside its chart. Then the same at 1280 px with the page's text
 * at 200 % (WCAG 1.4.4, text resized without zoom).
 *
 * Chromium and Firefox resize the viewport (setViewport). WebKitGTK is driven over classic
 * WebDriver, which cannot resize it: there the content sits in a container of that width instead, so
 * the elements' own layout is checked, though media queries still see the wider window.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define/all.js';
import { FEEDBACK_QUEUE_KEY } from '../src/elements/feedback/delivery.js';
import type { MlopsTerm } from '../src/elements/term/term.js';
import { elements } from '../src/registry.js';
import { element as make, shadow, shadowRootsIn } from './helpers/dom.js';
import { overWebDriver } from './helpers/engine.js';
import { feedbackRated, feedbackRefused, feedbackThanked } from './helpers/feedback-states.js';
import { visibleBubbles } from './helpers/term.js';
import { settle, until } from './helpers/wait.js';
import { captureWarnings, type CapturedWarnings } from './helpers/warnings.js';
import { expectContained } from './reliability/harness.js';

const SUMMARY = new URL('./fixtures/feedback-summary.json', import.meta.url).href;

interface State {
  tag: string;
  name: string;
  render(wrapper: HTMLElement): Promise<void>;
}

async function add(wrapper: HTMLElement, el: HTMLElement): Promise<HTMLElement> {
  wrapper.append(el);
  // define/all registers the whole-profile elements when first seen.
  if (el.localName.includes('-')) await customElements.whenDefined(el.localName);
  await settle(el);
  return el;
}

/** A paragraph of prose around a term, as a blog post has it. */
async function termInProse(wrapper: HTMLElement, key: string): Promise<MlopsTerm> {
  const p = make('p', {}, 'Our dashboards missed the ');
  const term = make('mlops-term', {}, key) as MlopsTerm;
  p.append(term, ' for weeks, and nobody noticed until the quarterly numbers came in.');
  await add(wrapper, p);
  return term;
}

/** Opens every disclosure ("Show table") in the element's shadow trees. */
async function tablesOpen(el: HTMLElement): Promise<void> {
  for (const tree of shadowRootsIn(el)) for (const details of tree.querySelectorAll('details')) details.open = true;
  await settle(el);
}

const states: State[] = [
  { tag: 'mlops-term', name: 'closed, in prose', render: async (wrapper) => void (await termInProse(wrapper, 'model drift')) },
  {
    // The bubble is fixed and follows its text when the page scrolls: in a viewport 256 px high, the
    // reader scrolls the text up to read all of it (vertical scrolling is what reflow allows).
    tag: 'mlops-term',
    name: 'opened, its text scrolled to the top',
    render: async (wrapper) => {
      wrapper.style.paddingBottom = '100vh';
      const term = await termInProse(wrapper, 'model drift');
      term.show();
      await until(() => visibleBubbles().length === 1, 'the bubble did not open');
      await Promise.all(
        visibleBubbles()[0]
          .getAnimations()
          .map((animation) => animation.finished),
      );
      const bubble = visibleBubbles()[0];
      const before = bubble.getBoundingClientRect().top;
      term.scrollIntoView({ block: 'start' });
      if (scrollY > 0) await until(() => bubble.getBoundingClientRect().top !== before, 'the bubble did not follow its text');
    },
  },
  { tag: 'mlops-tool-card', name: 'full', render: async (wrapper) => void (await add(wrapper, make('mlops-tool-card', { tool: 'mlflow' }))) },
  { tag: 'mlops-tool-card', name: 'compact', render: async (wrapper) => void (await add(wrapper, make('mlops-tool-card', { tool: 'kubeflow', variant: 'compact' }))) },
  { tag: 'mlops-tool-card', name: 'unknown tool', render: async (wrapper) => void (await add(wrapper, make('mlops-tool-card', { tool: 'mlflw' }))) },
  { tag: 'mlops-tool-grid', name: 'all tools', render: async (wrapper) => void (await add(wrapper, make('mlops-tool-grid'))) },
  { tag: 'mlops-tool-grid', name: 'no match', render: async (wrapper) => void (await add(wrapper, make('mlops-tool-grid', { tag: 'Kubernetes Nativ' }))) },
  {
    tag: 'mlops-demographics',
    name: 'every chart, tables open, a bar selected',
    render: async (wrapper) => {
      const el = await add(wrapper, make('mlops-demographics'));
      await tablesOpen(el);
      shadow(el)
        .querySelector('[data-index="1"]')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await settle(el);
    },
  },
  { tag: 'mlops-demographics', name: 'invalid chart', render: async (wrapper) => void (await add(wrapper, make('mlops-demographics', { chart: 'platfrom' }))) },
  { tag: 'mlops-feedback', name: 'initial', render: async (wrapper) => void (await add(wrapper, make('mlops-feedback'))) },
  { tag: 'mlops-feedback', name: 'rated, reasons and comment shown', render: async (wrapper) => void (await feedbackRated(wrapper)) },
  { tag: 'mlops-feedback', name: 'thanks', render: feedbackThanked },
  { tag: 'mlops-feedback', name: 'error (the endpoint refused the vote)', render: (wrapper) => feedbackRefused(wrapper, 'reflow') },
  {
    tag: 'mlops-auto-terms',
    name: 'an article with its terms found',
    render: async (wrapper) => {
      const el = make('mlops-auto-terms');
      el.append(make('p', {}, 'Model drift and a feature store: what a data scientist meets once a model is in production.'));
      const scanned = new Promise((resolve) => el.addEventListener('mlops-auto-terms-scan', resolve, { once: true }));
      wrapper.append(el);
      await scanned;
      await settle(el);
    },
  },
  {
    tag: 'mlops-feedback-results',
    name: 'loaded, table open',
    render: async (wrapper) => {
      const el = await add(wrapper, make('mlops-feedback-results', { src: SUMMARY }));
      await until(() => !!shadow(el).querySelector('[part~="headline"]'), 'the summary did not load', 5000);
      await tablesOpen(el);
    },
  },
  { tag: 'mlops-platforms', name: 'cards', render: async (wrapper) => void (await add(wrapper, make('mlops-platforms'))) },
  { tag: 'mlops-section', name: 'summary', render: async (wrapper) => void (await add(wrapper, make('mlops-section', { section: 'summary' }))) },
  { tag: 'mlops-section', name: 'divides', render: async (wrapper) => void (await add(wrapper, make('mlops-section', { section: 'divides' }))) },
  { tag: 'mlops-section', name: 'greeting', render: async (wrapper) => void (await add(wrapper, make('mlops-section', { section: 'greeting' }))) },
  { tag: 'mlops-section', name: 'unknown section', render: async (wrapper) => void (await add(wrapper, make('mlops-section', { section: 'nope' }))) },
  { tag: 'mlops-persona', name: 'every persona', render: async (wrapper) => void (await add(wrapper, make('mlops-persona'))) },
  { tag: 'mlops-glossary', name: 'whole', render: async (wrapper) => void (await add(wrapper, make('mlops-glossary'))) },
  {
    tag: 'mlops-glossary',
    name: 'filtered',
    render: async (wrapper) => {
      const el = await add(wrapper, make('mlops-glossary'));
      const box = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = 'model';
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
    },
  },
  { tag: 'mlops-profile-page', name: 'the whole profile, tables open', render: async (wrapper) => tablesOpen(await add(wrapper, make('mlops-profile-page'))) },
  {
    tag: 'mlops-profile',
    name: 'another dataset, with a card inside',
    render: async (wrapper) => {
      const el = make('mlops-profile', { src: '/data/examples/sample-bubble.json?via=fetch' });
      el.append(make('mlops-section', { section: 'summary' }));
      const loaded = new Promise((resolve) => el.addEventListener('mlops-profile-load', resolve, { once: true }));
      wrapper.append(el);
      await loaded;
      await settle(el);
    },
  },
];

/** Boxes whose content is cut: they clip or scroll it and have more than they show (by over a pixel). */
function cutBoxes(root: Element): string[] {
  const found: string[] = [];
  for (const tree of [root, ...shadowRootsIn(root)]) {
    for (const el of tree.querySelectorAll<HTMLElement>('*')) {
      // Form fields scroll their own text by design; visually hidden text is clipped on purpose.
      if (el.matches('input, textarea, select, .visually-hidden') || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const style = getComputedStyle(el);
      const wide = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const tall = style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      if (wide || tall) {
        const host = tree instanceof ShadowRoot ? ` in <${tree.host.localName}>` : '';
        found.push(
          `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>${host} (${style.overflowX}/${style.overflowY}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        );
      }
    }
  }
  return found;
}

/** Chart labels (SVG text) that end outside the box that clips their chart, or outside `root`. */
function labelsOutside(root: Element): string[] {
  const found: string[] = [];
  for (const tree of shadowRootsIn(root)) {
    for (const label of tree.querySelectorAll<SVGTextElement>('svg text')) {
      const box = label.getBoundingClientRect();
      if (!box.width) continue;
      let clip: Element = root;
      for (let node = label.parentElement; node; node = node.parentElement) {
        if (node instanceof HTMLElement && getComputedStyle(node).overflowX !== 'visible') {
          clip = node;
          break;
        }
      }
      const edges = clip.getBoundingClientRect();
      if (box.left < edges.left - 1 || box.right > edges.right + 1)
        found.push(
          `"${label.textContent}" in <${tree.host.localName}> (${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(edges.left)}–${Math.round(edges.right)})`,
        );
    }
  }
  return found;
}

/** The box a text's lines are laid out in: its nearest ancestor that is not inline. */
function lineBox(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (!getComputedStyle(el).display.startsWith('inline')) return el;
  return null;
}

/**
 * The width a text's words should find room in: its line box's, or for a table cell (which the
 * table may squeeze below its words) an equal share of the width around the table.
 */
function roomFor(box: Element): number {
  const row = box.closest('tr');
  const table = box.closest('table');
  if (getComputedStyle(box).display !== 'table-cell' || !row || !table?.parentElement) return box.clientWidth;
  return table.parentElement.clientWidth / row.cells.length;
}

/**
 * Words split over two lines though they fit on one: what a table column squeezed below its content
 * does ("Gende / r"). Only runs between spaces and the dashes and slashes a line may break after
 * count as words; SVG text is left out (it does not wrap).
 */
function brokenWords(root: Element): string[] {
  const found: string[] = [];
  const range = document.createRange();
  for (const tree of [root, ...shadowRootsIn(root)]) {
    const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const box = node.parentElement?.closest('svg, .visually-hidden, script, style') ? null : lineBox(node);
      if (!box || !box.getClientRects().length) continue;
      for (const word of node.data.matchAll(/[^\s\-‐–—/]+/g)) {
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const lines = new Set(rects.map((rect) => Math.round(rect.top)));
        const width = rects.reduce((sum, rect) => sum + rect.width, 0);
        const room = roomFor(box);
        if (lines.size > 1 && width < room - 1)
          found.push(
            `"${word[0]}" in <${box.localName}>${tree instanceof ShadowRoot ? ` of <${tree.host.localName}>` : ''} (${Math.round(width)}px, room for ${Math.round(room)}px)`,
          );
      }
    }
  }
  return found.slice(0, 12);
}

/** Fixed boxes (a term's bubble) that do not fit the viewport and do not scroll: the page's scrolling cannot reach what they cut. */
function fixedBoxesCut(root: Element): string[] {
  const found: string[] = [];
  for (const tree of shadowRootsIn(root)) {
    for (const el of tree.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (style.position !== 'fixed' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      const scrolls = /auto|scroll/.test(style.overflowY);
      if (box.left < -1 || box.right > innerWidth + 1 || (!scrolls && (box.top < -1 || box.bottom > innerHeight + 1))) {
        found.push(
          `<${el.localName} part="${el.getAttribute('part')}"> in <${tree.host.localName}> at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} in ${innerWidth}×${innerHeight}`,
        );
      }
    }
  }
  return found;
}

function expectReflows(wrapper: HTMLElement, where: string): void {
  if (!overWebDriver) {
    const page = document.documentElement;
    expect(page.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(page.clientWidth);
  }
  expectContained(wrapper, where);
  expect(cutBoxes(wrapper).join('; '), `${where}: content cut`).to.equal('');
  expect(labelsOutside(wrapper).join('; '), `${where}: chart labels outside their chart`).to.equal('');
  expect(brokenWords(wrapper).join('; '), `${where}: words broken though they fit a line`).to.equal('');
  if (!overWebDriver) expect(fixedBoxesCut(wrapper).join('; '), `${where}: fixed boxes outside the viewport`).to.equal('');
}

const sizes = [
  { name: '320 CSS px (400 % zoom of a 1280 px window)', width: 320, height: 256, text: '' },
  { name: '1280 px, text at 200 %', width: 1280, height: 800, text: '200%' },
];

let warnings: CapturedWarnings;
let wrapper: HTMLElement | undefined;

beforeEach(() => {
  warnings = captureWarnings();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
});
afterEach(() => {
  wrapper?.remove();
  scrollTo(0, 0);
  wrapper = undefined;
  document.documentElement.style.fontSize = '';
  warnings.restore();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
});

it('covers every element of the registry', () => {
  expect([...new Set(states.map((state) => state.tag))].sort()).to.deep.equal(elements.map((entry) => entry.tag).sort());
});

for (const size of sizes) {
  describe(`reflow at ${size.name}`, () => {
    before(async () => {
      if (overWebDriver) return;
      await setViewport({ width: size.width, height: size.height });
      await until(() => window.innerWidth === size.width, 'the viewport did not change');
    });
    after(async () => {
      if (!overWebDriver) await setViewport({ width: 800, height: 600 });
    });

    for (const state of states) {
      it(`<${state.tag}> ${state.name}`, async () => {
        document.documentElement.style.fontSize = size.text;
        // A page's margins and type: 16 px each side (the body's 8 px and 8 px more) and a sans-serif
        // font, as the demo pages have them.
        wrapper = document.createElement('main');
        wrapper.style.padding = '0 8px';
        wrapper.style.font = '1rem/1.6 system-ui, sans-serif';
        if (overWebDriver) wrapper.style.width = `${size.width - 32}px`;
        document.body.append(wrapper);
        await state.render(wrapper);
        expectReflows(wrapper, `<${state.tag}> ${state.name} at ${size.name}`);
      });
    }
  });
}
