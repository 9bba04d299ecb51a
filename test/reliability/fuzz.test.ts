/**
 * Property-based fuzzing with fast-check: arbitrary attribute values, rapid attribute churn, moves
 * between documents and shadow roots, and arbitrary or mutated datasets for <mlops-profile>.
 * Invariants: nothing uncaught reaches the page, no markup is injected, no bubble is left open
 * after hide(), and every page-level listener an element adds is removed again.
 *
 * Seeds are fixed, so every run tries the same cases; a failure prints its seed and path
 * (`fc.assert`), which `{ seed, path }` in the options replays. `endOnFailure` skips shrinking so a
 * failure is reported within the test timeout.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import profileJson from '../../data/mlops.json';
import '../../src/define/all.js';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { MlopsProfile } from '../../src/elements/profile/profile.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { openPopovers, visibleBubbles } from '../helpers/term.js';
import { settle } from '../helpers/wait.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/warnings.js';
import {
  describeListeners,
  findInjection,
  guardFetch,
  resetTrap,
  trackPageListeners,
  trapValue,
  watchPage,
  type FetchGuard,
  type ListenerLedger,
  type PageWatch,
} from './harness.js';
import { shortPayloads } from './payloads.js';

const NUM_RUNS = 100;

let page: PageWatch;
let warnings: CapturedWarnings;
let fetches: FetchGuard;
let box: HTMLDivElement;

beforeEach(() => {
  resetTrap();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
  page = watchPage();
  warnings = captureWarnings();
  fetches = guardFetch();
  box = document.createElement('div');
  box.style.width = '700px';
  document.body.append(box);
});

afterEach(() => {
  box.remove();
  fetches.restore();
  warnings.restore();
  page.stop();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
});

/** The invariants every run ends with. */
function expectCleanPage(where: ParentNode, ...documents: Document[]) {
  expect(page.errors, 'uncaught errors').to.deep.equal([]);
  expect(trapValue(), 'a payload ran').to.equal(undefined);
  expect(findInjection(where), 'injected markup').to.deep.equal([]);
  expect(fetches.blocked, 'requests to another origin').to.deep.equal([]);
  expect(openPopovers(...documents), 'popovers left open').to.deep.equal([]);
  expect(visibleBubbles(...documents), 'bubbles left on screen').to.deep.equal([]);
}

// ---------------------------------------------------------------------------------------------
// Attribute values

/** Valid values mixed with arbitrary strings (UTF-16 code units, full Unicode) and payloads. */
const attributeValue = (valid: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.constantFrom(...shortPayloads.map((payload) => payload.value)) },
  );

const HEADING_LEVELS = ['1', '2', '3', '6', '0', '7', '2.5', ''];
/** Each element's attributes (`#text` is the text content) with some values it accepts. */
const ATTRIBUTES: Record<string, Record<string, readonly string[]>> = {
  'mlops-term': {
    '#text': ['model drift', 'Data Cleaning', 'sandbox', ''],
    term: ['model-drift', 'Feature Store', 'software bugs in machine learning', 'modle drift'],
    'open-delay': ['0', '300', '-1', 'soon'],
    'close-delay': ['0', '300', '1e3'],
    open: [''],
  },
  'mlops-tool-card': {
    tool: ['mlflow', 'Kubeflow', 'MLFLOW', 'mlflw', ''],
    variant: ['full', 'compact', 'COMPACT', 'tiny'],
    'heading-level': HEADING_LEVELS,
  },
  'mlops-tool-grid': {
    tag: ['Kubernetes Native', 'K8s Native, Kubernetes', 'kubernetes native', 'Kubernetes Nativ', ''],
    variant: ['full', 'compact'],
    'heading-level': HEADING_LEVELS,
  },
  'mlops-demographics': {
    chart: ['platforms', 'gender', 'age', 'age, gender', 'platfrom', ''],
    'heading-level': HEADING_LEVELS,
    lang: ['en', 'de-DE', 'ar', 'fr-CA', 'zz-invalid-', ''],
  },
  'mlops-feedback': {
    question: ['Was this page useful?', ''],
    scale: ['5', 'thumbs', 'stars'],
    // Only ever same-origin or not http at all; nothing is queued, so nothing is sent.
    endpoint: ['/__feedback/votes?bucket=fuzz', 'javascript:void 0', ''],
    maxlength: ['1', '500', '0', '-5'],
    timeout: ['1000', '0', 'never'],
  },
};

function applyAttribute(el: HTMLElement, name: string, value: string | null) {
  if (name === '#text') el.textContent = value;
  else if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

const terms = (root: ParentNode) => [...root.querySelectorAll<MlopsTerm>('mlops-term')];

async function closeAll(root: ParentNode) {
  for (const term of terms(root)) term.hide();
  await settle(box);
}

describe('fuzz: arbitrary attribute values', () => {
  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}>: ${NUM_RUNS} random attribute sets render without errors or injection`, async () => {
      const record = fc.record(Object.fromEntries(Object.entries(attributes).map(([name, valid]) => [name, attributeValue(valid)])), { requiredKeys: [] });
      await fc.assert(
        fc.asyncProperty(record, async (values) => {
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries(values)) applyAttribute(el, name, value as string);
          box.append(el);
          await settle(el);
          if (tag === 'mlops-term') {
            // A known term is its own trigger until it opens, and builds its shadow root then (an
            // empty one at once, for the insider name); an unknown one stays plain text.
            const known = el.matches(':state(trigger)') || !!el.shadowRoot?.querySelector('[part~="trigger"]');
            (el as MlopsTerm).show();
            await settle(el);
            if (known) expect(el.shadowRoot?.querySelector('[part~="trigger"]'), 'opened into a shadow root').to.exist;
          } else expect(el.shadowRoot, 'rendered into a shadow root').to.exist;
          await closeAll(box);
          expectCleanPage(box);
          expect(fetches.urls, 'nothing fetched').to.deep.equal([]);
          el.remove();
        }),
        { seed: 0x5eed01 + tag.length, numRuns: NUM_RUNS, endOnFailure: true, includeErrorInReport: true },
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Attribute churn

type Step =
  | { kind: 'set'; target: number; name: string; value: string }
  | { kind: 'remove'; target: number; name: string }
  | { kind: 'show' | 'hide' | 'disconnect' | 'connect'; target: number }
  | { kind: 'pointer'; target: number; type: 'pointerenter' | 'pointerleave' | 'pointerdown'; pointerType: 'mouse' | 'touch' | 'pen' }
  | { kind: 'click'; target: number }
  | { kind: 'key'; target: number; key: 'Enter' | ' ' | 'Escape' | 'Tab' }
  | { kind: 'wait'; how: 'microtask' | 'update' | 'task' };

const TARGETS = 3;

function stepsFor(attributes: Record<string, readonly string[]>, withTermSteps: boolean) {
  const target = fc.nat({ max: TARGETS - 1 });
  const names = Object.keys(attributes);
  const set = fc
    .constantFrom(...names)
    .chain((name) => fc.record({ kind: fc.constant('set' as const), target, name: fc.constant(name), value: attributeValue(attributes[name]) }));
  const basics: Array<fc.Arbitrary<Step>> = [
    set,
    fc.record({ kind: fc.constant('remove' as const), target, name: fc.constantFrom(...names) }),
    fc.record({ kind: fc.constantFrom('disconnect' as const, 'connect' as const), target }),
    fc.record({ kind: fc.constant('wait' as const), how: fc.constantFrom('microtask' as const, 'update' as const, 'task' as const) }),
  ];
  const termSteps: Array<fc.Arbitrary<Step>> = [
    fc.record({ kind: fc.constantFrom('show' as const, 'hide' as const), target }),
    fc.record({
      kind: fc.constant('pointer' as const),
      target,
      type: fc.constantFrom('pointerenter' as const, 'pointerleave' as const, 'pointerdown' as const),
      pointerType: fc.constantFrom('mouse' as const, 'touch' as const, 'pen' as const),
    }),
    fc.record({ kind: fc.constant('click' as const), target }),
    fc.record({ kind: fc.constant('key' as const), target, key: fc.constantFrom('Enter' as const, ' ' as const, 'Escape' as const, 'Tab' as const) }),
  ];
  return fc.array(fc.oneof(...basics, ...(withTermSteps ? termSteps : [])), { minLength: 1, maxLength: 40 });
}

/** Where a term's events go: its trigger when it has one, else the element. */
const eventTarget = (el: HTMLElement) => el.shadowRoot?.querySelector<HTMLElement>('[part~="trigger"]') ?? el;

async function runSteps(elements: HTMLElement[], steps: Step[]) {
  for (const step of steps) {
    if (step.kind === 'wait') {
      if (step.how === 'microtask') await Promise.resolve();
      else if (step.how === 'update') await settle(box);
      // A step of the script: one task passes (timers of 0 ms, such as a term's open delay, run), whatever it brings.
      else await new Promise((resolve) => setTimeout(resolve, 0));
      continue;
    }
    const el = elements[step.target];
    switch (step.kind) {
      case 'set':
        applyAttribute(el, step.name, step.value);
        break;
      case 'remove':
        applyAttribute(el, step.name, step.name === '#text' ? '' : null);
        break;
      case 'disconnect':
        el.remove();
        break;
      case 'connect':
        if (!el.isConnected) box.append(el);
        break;
      case 'show':
        (el as MlopsTerm).show();
        break;
      case 'hide':
        (el as MlopsTerm).hide();
        break;
      case 'pointer':
        eventTarget(el).dispatchEvent(new PointerEvent(step.type, { pointerType: step.pointerType, bubbles: step.type !== 'pointerenter', composed: true }));
        break;
      case 'click':
        eventTarget(el).click();
        break;
      case 'key':
        eventTarget(el).dispatchEvent(new KeyboardEvent('keydown', { key: step.key, bubbles: true, composed: true, cancelable: true }));
        break;
    }
  }
}

describe('fuzz: attribute churn', () => {
  let ledger: ListenerLedger;
  beforeEach(() => (ledger = trackPageListeners()));
  afterEach(() => ledger.restore());

  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    const isTerm = tag === 'mlops-term';
    it(`<${tag}>: ${NUM_RUNS} random sequences of set/remove${isTerm ? '/show/hide/pointer/key' : ''}/connect/disconnect leave nothing open or attached`, async function () {
      this.timeout(20000); // up to 40 steps × 3 elements × 100 runs, with renders in between
      await fc.assert(
        fc.asyncProperty(stepsFor(attributes, isTerm), async (steps) => {
          const elements = Array.from({ length: TARGETS }, () => {
            const el = document.createElement(tag);
            if (isTerm) el.textContent = 'model drift';
            if (tag === 'mlops-tool-card') el.setAttribute('tool', 'mlflow');
            return el;
          });
          box.append(...elements);
          await runSteps(elements, steps);
          await settle(box);
          for (const el of elements) if (isTerm) (el as MlopsTerm).hide();
          await settle(box);
          expect(box.querySelectorAll('mlops-term[open]').length, 'terms still open after hide()').to.equal(0);
          expectCleanPage(box);
          for (const el of elements) el.remove();
          await settle(box);
          expect(describeListeners(ledger.live()), 'page-level listeners left behind').to.equal('');
          expect(fetches.urls, 'nothing fetched').to.deep.equal([]);
        }),
        { seed: 0xc4a7 + tag.length, numRuns: NUM_RUNS, endOnFailure: true, includeErrorInReport: true },
      );
      // The ledger did see the listeners open bubbles attach (and then their removal).
      if (isTerm) expect(ledger.added, 'listeners added while bubbles were open').to.be.above(0);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Moves between documents and shadow roots

type Place = 'page' | 'shadow' | 'nested-shadow' | 'frame' | 'inert' | 'nowhere';
type Move = { kind: 'move'; target: number; to: Place } | { kind: 'show' | 'hide'; target: number } | { kind: 'wait' };

describe('fuzz: moves between documents and shadow roots', () => {
  let frame: HTMLIFrameElement;
  let inert: Document;
  let ledger: ListenerLedger;

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '700px';
    frame.style.height = '500px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
    document.body.append(frame);
    await loaded;
    inert = document.implementation.createHTMLDocument('inert');
    ledger = trackPageListeners([
      ['frame document', frame.contentDocument!],
      ['frame window', frame.contentWindow!],
      ['inert document', inert],
    ]);
  });

  afterEach(() => {
    ledger.restore();
    frame.remove();
  });

  it(`${NUM_RUNS} random walks of a term, a card, a chart and a profile across documents leave nothing open or attached`, async function () {
    this.timeout(20000); // each run moves four elements up to 30 times, across three documents
    const move: fc.Arbitrary<Move> = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('move' as const),
          target: fc.nat({ max: 3 }),
          to: fc.constantFrom<Place>('page', 'shadow', 'nested-shadow', 'frame', 'inert', 'nowhere'),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('show' as const, 'hide' as const), target: fc.constant(0) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const) }) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 1, maxLength: 30 }), async (moves) => {
        const frameDoc = frame.contentDocument!;
        const shadowHost = box.appendChild(document.createElement('div'));
        const shadow = shadowHost.attachShadow({ mode: 'open' });
        const nestedHost = shadow.appendChild(document.createElement('div'));
        const nested = nestedHost.attachShadow({ mode: 'open' });
        const places: Record<Exclude<Place, 'nowhere'>, ParentNode & Node> = {
          page: box,
          shadow,
          'nested-shadow': nested,
          frame: frameDoc.body,
          inert: inert.body,
        };
        const term = Object.assign(document.createElement('mlops-term'), { textContent: 'model drift' });
        const card = Object.assign(document.createElement('mlops-tool-card'), { tool: 'mlflow' });
        const chart = Object.assign(document.createElement('mlops-demographics'), { chart: 'gender' });
        const profile = document.createElement('mlops-profile');
        profile.append(Object.assign(document.createElement('mlops-tool-card'), { tool: 'kubeflow' }));
        const elements: HTMLElement[] = [term, card, chart, profile];
        box.append(...elements);

        for (const step of moves) {
          if (step.kind === 'wait') await settle(box);
          else if (step.kind === 'show') (term as MlopsTerm).show();
          else if (step.kind === 'hide') (term as MlopsTerm).hide();
          else if (step.kind === 'move') {
            const el = elements[step.target];
            if (step.to === 'nowhere') el.remove();
            else {
              const place = places[step.to];
              const doc = place.ownerDocument ?? (place as Document);
              if (el.ownerDocument !== doc) doc.adoptNode(el);
              place.appendChild(el);
            }
          }
        }
        for (const el of elements) await settle(el);
        (term as MlopsTerm).hide();
        for (const el of elements) await settle(el);
        expect(term.hasAttribute('open'), 'the term is still open after hide()').to.equal(false);
        expectCleanPage(box, document, frameDoc);
        for (const el of elements) el.remove();
        shadowHost.remove();
        await Promise.resolve();
        expect(describeListeners(ledger.live()), 'listeners left behind').to.equal('');
      }),
      { seed: 0x0d0c, numRuns: NUM_RUNS, endOnFailure: true, includeErrorInReport: true },
    );
    expect(ledger.added, 'listeners added while the bubble was open').to.be.above(0);
  });
});

// ---------------------------------------------------------------------------------------------
// Datasets

/** `tools.items[3].name: expected string, received number` and the like: a path, then a reason. */
const ERROR_LINE = /^(\(root\)|[A-Za-z_$][\w$]*(\[\d+\]|\.[^.\s[:]+)*)(: | )/;

/** Every path of the real dataset (objects, arrays and leaves), to aim mutations at. */
function allPaths(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => allPaths(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) allPaths(item, [...path, key], out);
  return out;
}
const PATHS = allPaths(profileJson).slice(1);

type Mutation = { path: number; kind: 'replace'; value: unknown } | { path: number; kind: 'delete' } | { path: number; kind: 'add-key'; key: string; value: unknown };

function mutate(data: unknown, mutation: Mutation): unknown {
  const path = PATHS[mutation.path % PATHS.length];
  let parent = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    // An earlier mutation may have removed or replaced the way there.
    if (!parent || typeof parent !== 'object') return data;
    parent = parent[key] as Record<string | number, unknown>;
  }
  if (!parent || typeof parent !== 'object') return data;
  const last = path[path.length - 1];
  if (mutation.kind === 'replace') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    // Defined as an own property, so "__proto__" really becomes a key (as JSON.parse would make it).
    if (target && typeof target === 'object')
      Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
  }
  return data;
}

const anyValue = fc.anything({
  maxDepth: 3,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withObjectString: true,
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
});

describe('fuzz: datasets given to <mlops-profile>.setProfile()', () => {
  let profile: MlopsProfile;

  beforeEach(async () => {
    profile = document.createElement('mlops-profile') as MlopsProfile;
    profile.append(
      Object.assign(document.createElement('mlops-tool-card'), { tool: 'mlflow' }),
      Object.assign(document.createElement('mlops-term'), { textContent: 'model drift' }),
      Object.assign(document.createElement('mlops-demographics'), { chart: 'age' }),
      document.createElement('mlops-feedback'),
    );
    box.append(profile);
    await settle(profile);
  });

  /** The checks after one setProfile() call: a boolean, and on false an error box that lists paths. */
  async function expectHandled(accepted: boolean, label: string) {
    await settle(profile);
    const error = profile.shadowRoot!.querySelector('[part~="error"]');
    if (accepted) {
      expect(error, `${label}: accepted but shows an error`).to.equal(null);
    } else {
      expect(error, `${label}: rejected without a visible error`).to.exist;
      const lines = [...error!.querySelectorAll('li')].map((item) => item.textContent!.trim());
      expect(lines.length, `${label}: no problems listed`).to.be.above(0);
      for (const line of lines) if (!line.startsWith('…')) expect(line, `${label}: not a path`).to.match(ERROR_LINE);
    }
    // The elements inside keep working on whichever dataset is in place.
    expect(profile.querySelector('mlops-tool-card')!.shadowRoot!.querySelector('[part~="name"], [part~="error"]')).to.exist;
    expectCleanPage(box);
  }

  it(`${NUM_RUNS * 2} arbitrary values are rejected with paths, never thrown`, async function () {
    this.timeout(20000); // 200 validations and re-renders
    await fc.assert(
      fc.asyncProperty(anyValue, async (value) => {
        const accepted = await profile.setProfile(value);
        expect(accepted, 'an arbitrary value is never a valid dataset').to.equal(false);
        await expectHandled(accepted, 'arbitrary value');
      }),
      { seed: 0xda7a, numRuns: NUM_RUNS * 2, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it(`${NUM_RUNS * 2} mutated copies of the real dataset are accepted or rejected with paths, never thrown`, async function () {
    this.timeout(20000); // 200 validations and re-renders
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ path: fc.nat(), kind: fc.constant('replace' as const), value: anyValue }),
      fc.record({ path: fc.nat(), kind: fc.constant('delete' as const) }),
      fc.record({ path: fc.nat(), kind: fc.constant('add-key' as const), key: fc.constantFrom('__proto__', 'constructor', 'extra', ''), value: anyValue }),
    );
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        let data: unknown = structuredClone(profileJson);
        for (const each of mutations) data = mutate(data, each);
        const accepted = await profile.setProfile(data);
        if (!accepted) rejected += 1;
        await expectHandled(accepted, fc.stringify(mutations).slice(0, 200));
      }),
      { seed: 0x3ca1, numRuns: NUM_RUNS * 2, endOnFailure: true, includeErrorInReport: true },
    );
    expect(rejected, 'most mutations break the schema').to.be.above(NUM_RUNS);
  });

  it('the unmutated dataset is accepted (the mutations above are what breaks it)', async () => {
    expect(await profile.setProfile(structuredClone(profileJson))).to.equal(true);
    await expectHandled(true, 'the real dataset');
  });
});
