/**
 * dist/cdn/mlops-elements.css: a page that links it and adds an element's script does not shift when the
 * element is defined. Each element (each tool's card too) is placed as the demo pages place it, in a fresh
 * frame of a width the demo is seen at, with the stylesheets loaded and a frame painted; then its CDN
 * script is added. From then until the element has rendered, the content below it must not move and
 * Chromium's PerformanceObserver must record no layout shift (firefox and webkit have no Layout
 * Instability API, and their text metrics are not the ones the boxes were measured with: skipped there).
 * `npm test` builds dist/ first; run `npm run build` when iterating on this file alone.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import measured from '../build/reserved-boxes.json';
import { bundledTools } from '../src/data/tools.js';
import { elements } from '../src/registry.js';
import { settle } from './helpers/wait.js';

type FrameWindow = Window & typeof globalThis;
interface LayoutShift extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
const lightDom = new Set(['mlops-term', 'mlops-auto-terms', 'mlops-profile']);
const wideColumn = new Set(['mlops-tool-card', 'mlops-tool-grid', 'mlops-profile-page']);
/** Phone (the narrowest), Lighthouse's mobile viewport, a desktop. */
const widths = [320, 412, 1280];

interface Case {
  readonly tag: string;
  /** An attribute measured value by value: the card's tool, one chart. */
  readonly attribute?: readonly [name: string, value: string];
}
const perValue: Record<string, readonly [string, readonly string[]]> = {
  'mlops-tool-card': ['tool', bundledTools.map((tool) => tool.id)],
  'mlops-demographics': ['chart', ['platforms', 'gender', 'age']],
};
const cases: Case[] = elements
  .map((element) => element.tag)
  .filter((tag) => !lightDom.has(tag))
  .flatMap<Case>((tag) => {
    const [name, values] = perValue[tag] ?? ['', []];
    const each = values.map((value): Case => ({ tag, attribute: [name, value] }));
    return tag === 'mlops-tool-card' ? each : [{ tag }, ...each];
  });
const keyOf = ({ tag, attribute }: Case) => (attribute ? `${tag} ${attribute[1]}` : tag);
const nameOf = ({ tag, attribute }: Case) => (attribute ? `${tag} ${attribute[0]}="${attribute[1]}"` : tag);

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

const nextFrame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

function loaded(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`${element instanceof HTMLLinkElement ? element.href : element.src} failed to load`)), { once: true });
  });
}

/**
 * The element in a frame `width` px wide, as the demo lays it out (demo.css, its column, a card in a row
 * of three), between a heading and a paragraph; resolves once the stylesheets apply and a frame is painted.
 */
async function framedPage(width: number, { tag, attribute }: Case) {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.style.border = '0';
  // A standards-mode document, as a host page is (about:blank is in quirks mode, which changes line boxes).
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body></body></html>';
  const framed = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await framed;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const sheets = ['/demo/demo.css', '/dist/cdn/mlops-elements.css'].map((href) => {
    const link = Object.assign(doc.createElement('link'), { rel: 'stylesheet', href });
    doc.head.append(link);
    return loaded(link);
  });
  const main = doc.createElement('main');
  main.className = wideColumn.has(tag) ? 'wide' : 'docs';
  const element = doc.createElement(tag);
  if (attribute) element.setAttribute(...attribute);
  let holder: HTMLElement = main;
  if (tag === 'mlops-tool-card') {
    holder = doc.createElement('div');
    holder.className = 'cards-row';
    // Three to a row, as on the meetup page: a card's width is its column's.
    holder.append(doc.createElement('div'), doc.createElement('div'));
    main.append(holder);
  }
  holder.prepend(element);
  const below = Object.assign(doc.createElement('p'), { textContent: 'The text after the element.' });
  main.prepend(Object.assign(doc.createElement('h1'), { textContent: 'A host page' }));
  main.append(below);
  doc.body.append(main);
  await Promise.all(sheets);
  await nextFrame(win);
  return { win, doc, element, below };
}

async function defineAndMeasure(width: number, testCase: Case) {
  const { win, doc, element, below } = await framedPage(width, testCase);
  const shifts: LayoutShift[] = [];
  new win.PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[]))).observe({ type: 'layout-shift' });
  const reserved = element.getBoundingClientRect().height;
  const belowBefore = below.getBoundingClientRect().top;
  const script = Object.assign(doc.createElement('script'), { type: 'module', src: `/dist/cdn/${testCase.tag}.js` });
  const ready = loaded(script);
  doc.head.append(script);
  await ready;
  await win.customElements.whenDefined(testCase.tag);
  await settle(element);
  // Its parts too: those it renders on demand (the profile page's platform cards) arrive after it,
  // and any shift they cause in view is in `shift`.
  for (const part of element.shadowRoot?.querySelectorAll('*') ?? []) {
    if (!part.localName.includes('-')) continue;
    await win.customElements.whenDefined(part.localName);
    await (part as { updateComplete?: Promise<unknown> }).updateComplete;
  }
  await nextFrame(win);
  return {
    reserved,
    rendered: element.getBoundingClientRect().height,
    moved: below.getBoundingClientRect().top - belowBefore,
    shift: shifts.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0),
  };
}

describe('dist/cdn/mlops-elements.css: no layout shift when the elements are defined', () => {
  before(function () {
    if (!supported) this.skip();
  });

  it('covers every measured element and tool', () => {
    for (const testCase of cases) expect(measured.boxes).to.have.property(keyOf(testCase));
  });

  for (const width of widths) {
    for (const testCase of cases) {
      it(`${nameOf(testCase)} at ${width}px`, async () => {
        const { reserved, rendered, moved, shift } = await defineAndMeasure(width, testCase);
        expect(Math.abs(rendered - reserved), `reserved ${reserved}px, rendered ${rendered}px`).to.be.at.most(1);
        expect(Math.abs(moved), 'the text below moved (px)').to.be.at.most(1);
        expect(shift, 'layout shift recorded').to.be.at.most(0.01);
      });
    }
  }

  describe('on a dark page', () => {
    before(() => emulateMedia({ colorScheme: 'dark' }));
    after(() => emulateMedia({ colorScheme: 'light' }));
    for (const testCase of cases.filter((each) => !each.attribute || each.attribute[1] === perValue[each.tag][1][0])) {
      it(`${nameOf(testCase)} at 412px`, async () => {
        const { reserved, rendered, shift } = await defineAndMeasure(412, testCase);
        expect(Math.abs(rendered - reserved), `reserved ${reserved}px, rendered ${rendered}px`).to.be.at.most(1);
        expect(shift, 'layout shift recorded').to.be.at.most(0.01);
      });
    }
  });
});
