/**
 * Hostile strings through every attribute of every element, and through every string field of a
 * dataset given to <mlops-profile>. Whatever the value: nothing runs (the payloads' trap stays
 * unset and no active element appears anywhere, shadow trees included), nothing throws into the
 * page, nothing is fetched from another origin, the text shows as text where the element shows it,
 * and a 100 KB value does not widen the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { normalizeKey } from '../../src/data/lookup.js';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import type { MlopsProfile } from '../../src/elements/profile/profile.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { shadow } from '../helpers/dom.js';
import { endpointFor, newBucket, serverLog } from '../helpers/feedback.js';
import { visibleBubbles } from '../helpers/term.js';
import { settle, until } from '../helpers/wait.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/warnings.js';
import { hostileDataset } from './datasets.js';
import { cleanup, container, findInjection, expectContained, guardFetch, resetTrap, trapValue, watchPage, type FetchGuard, type PageWatch } from './harness.js';
import { describePayload, HUNDRED_KB, payloads, type Payload } from './payloads.js';

/** The text exactly as rendered, white space and all: a hostile value must show as given, not tidied. */
const text = (el: Element | null | undefined) => el?.textContent ?? '';
const CHARTS = ['platforms', 'gender', 'age'];

let page: PageWatch;
let fetches: FetchGuard;
let warnings: CapturedWarnings;

beforeEach(() => {
  resetTrap();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
  page = watchPage();
  fetches = guardFetch();
  warnings = captureWarnings();
});

afterEach(() => {
  warnings.restore();
  fetches.restore();
  page.stop();
  cleanup();
  localStorage.removeItem(FEEDBACK_QUEUE_KEY);
});

/** Nothing ran, threw, was injected or left the origin; `where` names the payload for the message. */
function expectHarmless(root: ParentNode, where: string) {
  expect(trapValue(), `${where}: a payload ran`).to.equal(undefined);
  expect(page.errors, `${where}: errors reached the page`).to.deep.equal([]);
  expect(page.added, `${where}: active elements were added to the document`).to.deep.equal([]);
  expect(findInjection(root), `${where}: markup was injected`).to.deep.equal([]);
  expect(fetches.blocked, `${where}: requests to another origin`).to.deep.equal([]);
}

/** The closing part of a quoted value in the elements' messages (they cut long values). */
const cut = (value: string, length: number) => value.slice(0, length);

interface AttributeCase {
  tag: string;
  /** The attribute under test, or `#text` for the text content. */
  attribute: string;
  /** What the element needs besides the attribute under test. */
  prepare?: (el: HTMLElement) => void;
  /** Resolves once the element has finished reacting (for asynchronous work such as a fetch). */
  outcome?: (el: HTMLElement, value: string) => Promise<unknown>;
  /** Checks what the element shows for the value. */
  check: (el: HTMLElement, value: string) => void | Promise<void>;
  /** Whether the element is re-created per payload (first render) as well as updated in place. */
  fresh?: boolean;
  /** Set-up for the whole test; returns its undo. */
  around?: () => () => void;
}

/**
 * Resolves relative URLs under a path the test server answers with a plain 404 (the feedback test
 * endpoint's catch-all), so hostile `src` values never reach the static file server, which logs a
 * stack trace for a null byte or a malformed escape in a path.
 */
function baseUnderTestEndpoint(): () => void {
  const base = document.createElement('base');
  base.href = '/__feedback/nowhere/';
  base.setAttribute('data-test-harness', '');
  document.head.prepend(base);
  return () => base.remove();
}

function apply(el: HTMLElement, attribute: string, value: string) {
  if (attribute === '#text') el.textContent = value;
  else el.setAttribute(attribute, value);
}

async function expectTermOpens(el: HTMLElement) {
  const term = el as MlopsTerm;
  term.show();
  await until(() => visibleBubbles().length === 1, 'the bubble did not show');
  term.hide();
  await until(() => visibleBubbles().length === 0, 'the bubble did not close');
}

function expectToolCard(el: HTMLElement, name: string) {
  const heading = shadow(el).querySelector('[part~="name"]');
  expect(text(heading)).to.equal(name);
  expect(heading?.localName).to.match(/^h[1-6]$/);
}

function expectAllCards(el: HTMLElement) {
  const cards = [...shadow(el).querySelectorAll('mlops-tool-card')];
  expect(cards.length).to.equal(10);
  for (const card of cards) expect(text(shadow(card).querySelector('[part~="name"]'))).to.not.equal('');
}

function expectCharts(el: HTMLElement) {
  expect(shadow(el).querySelectorAll('figure').length).to.equal(3);
  for (const cell of shadow(el).querySelectorAll('td')) expect(text(cell)).to.match(/%$/);
  for (const heading of shadow(el).querySelectorAll('[role="heading"]')) expect(heading.getAttribute('aria-level')).to.match(/^[1-6]$/);
}

/** The first tag of a `tag` value as <mlops-tool-grid> reads it (comma-separated, blank ones dropped). */
const firstTag = (value: string) =>
  value
    .split(',')
    .map((tag) => tag.trim())
    .find((tag) => normalizeKey(tag));

/** Resolves at the profile's own next `mlops-error` or `mlops-profile-load`. */
function profileOutcome(el: HTMLElement, value: string): Promise<unknown> {
  if (value === '') return Promise.resolve();
  return new Promise((resolve) => {
    const done = (event: Event) => {
      if (event.target !== el) return;
      el.removeEventListener('mlops-error', done);
      el.removeEventListener('mlops-profile-load', done);
      resolve(event);
    };
    el.addEventListener('mlops-error', done);
    el.addEventListener('mlops-profile-load', done);
  });
}

const cases: AttributeCase[] = [
  {
    tag: 'mlops-term',
    attribute: 'term',
    prepare: (el) => (el.textContent = 'model drift'),
    check: (el) => {
      // The reader's text stays as written, visible, whatever the key.
      expect(el.textContent).to.equal('model drift');
      expect(el.getClientRects().length).to.be.above(0);
    },
  },
  {
    tag: 'mlops-term',
    attribute: '#text',
    check: (el, value) => {
      expect(el.textContent).to.equal(value);
      // Shown as written: the element's own text (no shadow root while it is no known term, or
      // not yet opened), or through the slot of the shadow root an empty element or an opening built.
      const slot = el.shadowRoot?.querySelector('slot');
      if (el.shadowRoot)
        expect(
          slot
            ?.assignedNodes()
            .map((node) => node.textContent)
            .join(''),
        ).to.equal(value);
      else expect(el.querySelector('*'), 'text, not markup').to.equal(null);
    },
  },
  {
    tag: 'mlops-term',
    attribute: 'open-delay',
    prepare: (el) => (el.textContent = 'model drift'),
    check: expectTermOpens,
  },
  {
    tag: 'mlops-term',
    attribute: 'close-delay',
    prepare: (el) => (el.textContent = 'model drift'),
    check: expectTermOpens,
  },
  {
    tag: 'mlops-tool-card',
    attribute: 'tool',
    check: (el, value) => {
      if (shadow(el).querySelector('article')) return; // a value that names a real tool after folding
      const message = text(shadow(el).querySelector('[part~="error"]'));
      if (value.trim()) expect(message).to.include(cut(value, 80));
      else expect(message).to.include('No tool chosen');
    },
  },
  {
    tag: 'mlops-tool-card',
    attribute: 'variant',
    prepare: (el) => el.setAttribute('tool', 'mlflow'),
    check: (el) => expectToolCard(el, 'MLflow'),
  },
  {
    tag: 'mlops-tool-card',
    attribute: 'heading-level',
    prepare: (el) => el.setAttribute('tool', 'mlflow'),
    check: (el) => expectToolCard(el, 'MLflow'),
  },
  {
    tag: 'mlops-tool-grid',
    attribute: 'tag',
    check: (el, value) => {
      if (shadow(el).querySelector('[part~="list"]')) return; // some tag matched
      const first = firstTag(value);
      expect(first, 'a value with no tag shows every tool').to.not.equal(undefined);
      expect(text(shadow(el).querySelector('[part~="empty"]'))).to.include(cut(first!, 80));
    },
  },
  { tag: 'mlops-tool-grid', attribute: 'variant', check: expectAllCards },
  { tag: 'mlops-tool-grid', attribute: 'heading-level', check: expectAllCards },
  {
    tag: 'mlops-demographics',
    attribute: 'chart',
    check: (el, value) => {
      const invalid = value.split(/[\s,]+/).filter((name) => name && !CHARTS.includes(name.toLowerCase()));
      if (invalid.length) expect(text(shadow(el).querySelector('[part~="message"]'))).to.include(cut(invalid[0], 40));
      else expect(shadow(el).querySelectorAll('figure').length).to.be.above(0);
    },
  },
  { tag: 'mlops-demographics', attribute: 'heading-level', check: expectCharts },
  // `lang` is read when the element connects, so this case re-creates the element for every value.
  { tag: 'mlops-demographics', attribute: 'lang', check: expectCharts, fresh: true },
  {
    tag: 'mlops-feedback',
    attribute: 'question',
    check: (el, value) => expect(text(shadow(el).querySelector('[part~="question"]'))).to.include(value),
  },
  {
    tag: 'mlops-feedback',
    attribute: 'scale',
    check: (el) => expect(shadow(el).querySelectorAll('input[type="radio"]').length).to.equal(5),
  },
  {
    tag: 'mlops-feedback',
    attribute: 'endpoint',
    check: (el) => {
      expect(shadow(el).querySelector('[part~="form"]')).to.exist;
      // Setting an endpoint only sends what is queued for it, and the queue is empty.
      expect(fetches.urls, 'fetched').to.deep.equal([]);
    },
  },
  {
    tag: 'mlops-feedback',
    attribute: 'maxlength',
    check: (el) => expect(shadow(el).querySelectorAll('input[type="radio"]').length).to.equal(5),
  },
  {
    tag: 'mlops-feedback',
    attribute: 'timeout',
    check: (el) => expect(shadow(el).querySelectorAll('input[type="radio"]').length).to.equal(5),
  },
  {
    tag: 'mlops-profile',
    attribute: 'src',
    prepare: (el) => el.append(Object.assign(document.createElement('mlops-tool-card'), { tool: 'mlflow' })),
    outcome: profileOutcome,
    around: baseUnderTestEndpoint,
    check: async (el, value) => {
      const card = el.querySelector('mlops-tool-card')!;
      await settle(card);
      // A failed load leaves the bundled dataset in place for the elements inside.
      expectToolCard(card, 'MLflow');
      if (value !== '') expect(text(shadow(el).querySelector('[part~="error"]'))).to.include(value);
    },
  },
];

describe('hostile strings through every attribute', () => {
  it(`the corpus holds at least 50 payloads (${payloads.length})`, () => {
    expect(payloads.length).to.be.at.least(50);
    expect(new Set(payloads.map((payload) => payload.value)).size, 'no duplicates').to.equal(payloads.length);
  });

  for (const testCase of cases) {
    const label = `<${testCase.tag}> ${testCase.attribute === '#text' ? 'text content' : testCase.attribute}`;

    /** Renders one payload; `live` is reused (update path), otherwise a fresh element (first render). */
    async function render(where: HTMLElement, payload: Payload, live?: HTMLElement) {
      const el = live ?? document.createElement(testCase.tag);
      if (!live) testCase.prepare?.(el);
      const outcome = testCase.outcome?.(el, payload.value);
      apply(el, testCase.attribute, payload.value);
      if (!live) where.append(el);
      await outcome;
      await settle(el);
      return el;
    }

    async function run(payload: Payload, where: HTMLElement, live?: HTMLElement) {
      const where_ = `${label} = ${describePayload(payload)}`;
      const el = await render(where, payload, live);
      try {
        await testCase.check(el, payload.value);
      } catch (error) {
        (error as Error).message = `${where_}: ${(error as Error).message}`;
        throw error;
      }
      expectHarmless(where, where_);
      return el;
    }

    if (testCase.fresh !== false && testCase.tag !== 'mlops-profile') {
      it(`${label}: every payload on first render`, async () => {
        const undo = testCase.around?.();
        try {
          const where = container(600);
          for (const payload of payloads) {
            const el = await run(payload, where);
            el.remove();
          }
        } finally {
          undo?.();
        }
      });
    }

    if (!testCase.fresh) {
      it(`${label}: every payload in turn on one live element`, async () => {
        const undo = testCase.around?.();
        try {
          const where = container(600);
          const el = document.createElement(testCase.tag);
          testCase.prepare?.(el);
          where.append(el);
          await settle(el);
          for (const payload of payloads) await run(payload, where, el);
        } finally {
          undo?.();
        }
      });
    }
  }
});

/**
 * Known bugs in elements owned elsewhere, skipped so CI stays green; each is described in
 * docs/security.md (Security and privacy).
 */
const KNOWN_LAYOUT_BUGS: Record<string, string> = {};

describe('hostile strings do not widen the page', () => {
  for (const testCase of cases.filter((each) => each.attribute !== '#text')) {
    const known = KNOWN_LAYOUT_BUGS[`${testCase.tag} ${testCase.attribute}`];
    (known ? it.skip : it)(`<${testCase.tag}> ${testCase.attribute}: a 100 KB value stays inside a 600 px container`, async () => {
      const undo = testCase.around?.();
      try {
        const where = container(600);
        const el = document.createElement(testCase.tag);
        testCase.prepare?.(el);
        const outcome = testCase.outcome?.(el, HUNDRED_KB);
        el.setAttribute(testCase.attribute, HUNDRED_KB);
        where.append(el);
        await outcome;
        await settle(el);
        expect(el.getBoundingClientRect().width, 'host width').to.be.at.most(where.clientWidth + 1);
        expectContained(where, `${testCase.tag} ${testCase.attribute} = 100 KB`);
        expectHarmless(where, `${testCase.tag} ${testCase.attribute} = 100 KB`);
      } finally {
        undo?.();
      }
    });
  }
});

describe('hostile endpoints for <mlops-feedback>', () => {
  async function rateAndSubmit(el: HTMLElement) {
    await settle(el);
    shadow(el).querySelector<HTMLInputElement>('input[type="radio"][value="4"]')!.click();
    await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  }

  const scriptUrls = payloads.filter((payload) => /^\s*(java\s*script|vbscript|data):/i.test(payload.value));

  it(`submitting to a script or data URL (${scriptUrls.length} of them) fetches nothing and says the address is not valid`, async () => {
    const where = container(600);
    for (const payload of scriptUrls) {
      const el = document.createElement('mlops-feedback');
      el.setAttribute('endpoint', payload.value);
      where.append(el);
      await rateAndSubmit(el);
      await until(() => (el as MlopsFeedback).deliveryState === 'invalid-endpoint', `${describePayload(payload)}: not reported as invalid`);
      await (el as MlopsFeedback).updateComplete;
      expect(shadow(el).querySelector('[part~="status"] .failed'), 'a visible failure message').to.exist;
      expectHarmless(where, describePayload(payload));
      el.remove();
    }
    expect(fetches.urls).to.deep.equal([]);
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY), 'nothing queued').to.equal(null);
  });

  it('a hostile query string on a same-origin endpoint is sent there, intact, and only there', async () => {
    const where = container(600);
    const bucket = newBucket('hostile');
    const sample = payloads.filter((payload) => payload.value.length > 0 && payload.value.length <= 120).slice(0, 12);
    for (const payload of sample) {
      const el = document.createElement('mlops-feedback');
      // The payload goes into the query of a real endpoint of the test server.
      el.setAttribute('endpoint', `${endpointFor(bucket)}&note=${payload.value}`);
      where.append(el);
      const sent = new Promise((resolve) => el.addEventListener('mlops-feedback-sent', resolve, { once: true }));
      await rateAndSubmit(el);
      await sent;
      expectHarmless(where, describePayload(payload));
      el.remove();
    }
    expect(fetches.urls.length).to.equal(sample.length);
    for (const url of fetches.urls) expect(new URL(url).origin).to.equal(location.origin);
    const log = await serverLog(bucket);
    expect(log.received.length, 'every vote arrived').to.equal(sample.length);
  });
});

/** A field of the dataset that some element shows: the payload there must appear as text. */
const RENDERED = [
  /^name$/,
  /^feedback\.question$/,
  /^tools\.items\[\d+\]\.(name|description|category|tags\[\d+\])$/,
  /^terminology\[\d+\]\.(insider|explanation|outsider)$/,
  /^(gender|age)\[\d+\]\.label$/,
  /^platforms\.items\[\d+\]\.name$/,
];
const values = payloads.map((payload) => payload.value);

/** Offsets of the rotation such that, together, they put every payload into a rendered field. */
function coveringOffsets(): number[] {
  const missing = new Set(values.map((_, index) => index).filter((index) => values[index] !== '')); // a field cannot be empty
  const offsets: number[] = [];
  for (let offset = 0; offset < values.length && missing.size; offset++) {
    const shown = [...hostileDataset(values, offset).placed].filter(([path]) => RENDERED.some((pattern) => pattern.test(path)));
    if (shown.some(([, index]) => missing.has(index))) {
      offsets.push(offset);
      for (const [, index] of shown) missing.delete(index);
    }
  }
  if (missing.size) throw new Error(`payloads never rendered: ${[...missing].join(', ')}`);
  return offsets;
}

describe('hostile strings in every string field of a dataset', () => {
  const offsets = coveringOffsets();

  it(`the ${offsets.length} rotations put every payload but the empty string into a field an element shows`, () => {
    expect(offsets.length).to.be.above(0);
  });

  for (const offset of offsets) {
    it(`dataset rotated by ${offset}: grid, demographics, feedback and every term show the strings as text`, async function () {
      // Ten bubbles opened one after another and a dataset validated at run time: a few seconds in WebKit.
      this.timeout(20000);
      const { data } = hostileDataset(values, offset);
      const where = container(600);
      const profile = document.createElement('mlops-profile') as MlopsProfile;
      const grid = document.createElement('mlops-tool-grid');
      const charts = document.createElement('mlops-demographics');
      const feedback = document.createElement('mlops-feedback');
      const terms = data.terminology.map((term) => Object.assign(document.createElement('mlops-term'), { term: term.id, textContent: 'x' }));
      profile.append(grid, charts, feedback, ...terms);
      where.append(profile);
      expect(await profile.setProfile(data), 'the dataset is valid').to.equal(true);
      await settle(profile);

      const cards = [...shadow(grid).querySelectorAll('mlops-tool-card')];
      expect(cards.length).to.equal(data.tools.items.length);
      data.tools.items.forEach((tool, index) => {
        const card = shadow(cards[index]);
        expect(text(card.querySelector('[part~="name"]')), `tool ${index} name`).to.equal(tool.name);
        expect(text(card.querySelector('[part~="description"]')), `tool ${index} description`).to.equal(tool.description);
        expect(text(card.querySelector('[part~="category"]')), `tool ${index} category`).to.include(tool.category);
        expect([...card.querySelectorAll('[part~="tag"]')].map(text), `tool ${index} tags`).to.deep.equal(tool.tags);
      });

      for (const toggle of shadow(charts).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')) toggle.click();
      await settle(charts);
      const rows = [...shadow(charts).querySelectorAll('th[scope="row"]')].map(text);
      const labels = [...data.platforms.items.map((platform) => platform.name), ...data.gender.map((share) => share.label), ...data.age.map((share) => share.label)];
      expect(
        rows.filter((row) => row !== 'Not itemised'),
        'table rows',
      ).to.deep.equal(labels);
      for (const caption of shadow(charts).querySelectorAll('caption')) expect(text(caption)).to.include(data.name);

      expect(text(shadow(feedback).querySelector('[part~="question"]'))).to.equal(data.feedback.question);

      for (const [index, el] of terms.entries()) {
        const term = data.terminology[index];
        (el as MlopsTerm).show();
        await until(() => visibleBubbles().length === 1, `term ${term.id} did not open`);
        expect(text(shadow(el).querySelector('[part~="insider"]')), `term ${index} insider`).to.equal(term.insider);
        expect(text(shadow(el).querySelector('[part~="explanation"]')), `term ${index} explanation`).to.equal(term.explanation);
        expect(text(shadow(el).querySelector('[part~="outsider"]')), `term ${index} outsider`).to.include(term.outsider);
        (el as MlopsTerm).hide();
      }
      await until(() => visibleBubbles().length === 0, 'a bubble stayed open');

      expectHarmless(where, `dataset rotated by ${offset}`);
      expectContained(where, `dataset rotated by ${offset}`);
    });
  }
});

describe('a label too long to draw', () => {
  it('is cut in the chart drawing (SVG text layout is quadratic in WebKit) but whole in the bar name, readout and table', async () => {
    const { data } = hostileDataset(values, 0);
    const label = `${'🧪'.repeat(60)}${HUNDRED_KB}`;
    data.gender = [{ ...data.gender[0], label }, ...data.gender.slice(1)];
    const where = container(600);
    const profile = document.createElement('mlops-profile') as MlopsProfile;
    const charts = document.createElement('mlops-demographics');
    charts.setAttribute('chart', 'gender');
    profile.append(charts);
    where.append(profile);
    expect(await profile.setProfile(data)).to.equal(true);
    await settle(charts);
    const bar = shadow(charts).querySelector('[data-index="0"]')!;
    const drawn = text(bar.querySelector('text.label'));
    expect([...drawn]).to.have.length(100);
    expect(drawn.endsWith('…')).to.equal(true);
    expect(drawn.startsWith('🧪'.repeat(60)), 'cut between characters, not inside a surrogate pair').to.equal(true);
    expect(bar.getAttribute('aria-label')).to.include(label);
    shadow(charts).querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(charts);
    expect(text(shadow(charts).querySelector('th[scope="row"]'))).to.equal(label);
    expect(text(shadow(charts).querySelector('[part~="readout"]'))).to.include(label);
    expectContained(where, 'a 100 KB chart label');
  });
});
