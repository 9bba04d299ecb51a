/**
 * Leaks and churn: 10,000 elements of every kind created and removed in batches, terms among them
 * removed while their bubble is open. Afterwards no page-level listener of ours is left, nothing
 * stays in the top layer, and (Chromium, the one engine that exposes its heap) the JS heap is back
 * near where it started.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { FEEDBACK_QUEUE_KEY } from '../../src/elements/feedback/delivery.js';
import type { MlopsTerm } from '../../src/elements/term/term.js';
import { element } from '../helpers/dom.js';
import { openPopovers, visibleBubbles } from '../helpers/term.js';
import { settle } from '../helpers/wait.js';
import { captureWarnings, type CapturedWarnings } from '../helpers/warnings.js';
import { describeListeners, trackPageListeners, watchPage, type ListenerLedger, type PageWatch } from './harness.js';

/** One way of making an element; `open` terms get show() once connected. */
interface Recipe {
  name: string;
  make(): HTMLElement;
  open?: boolean;
}

const recipes: Recipe[] = [
  { name: 'term', make: () => element('mlops-term', {}, 'model drift') },
  { name: 'open term', make: () => element('mlops-term', {}, 'feature store'), open: true },
  { name: 'unknown term', make: () => element('mlops-term', {}, 'quantum vibes') },
  { name: 'tool card', make: () => element('mlops-tool-card', { tool: 'mlflow' }) },
  { name: 'compact unknown tool card', make: () => element('mlops-tool-card', { tool: 'nope', variant: 'compact' }) },
  { name: 'feedback', make: () => element('mlops-feedback', { endpoint: '/__feedback/votes?bucket=churn' }) },
  { name: 'age chart', make: () => element('mlops-demographics', { chart: 'age' }) },
  { name: 'filtered grid', make: () => element('mlops-tool-grid', { tag: 'Kubernetes Native', variant: 'compact' }) },
  {
    name: 'profile with an open term',
    make: () => {
      const profile = element('mlops-profile');
      profile.append(element('mlops-term', { term: 'model-drift' }, 'drift'));
      return profile;
    },
    open: true,
  },
  { name: 'open term by id', make: () => element('mlops-term', { term: 'sandbox' }, 'sandbox'), open: true },
];

const TOTAL = 10_000;
const PER_TEST = 1_000;
const BATCH = 500;

/** Makes `count` elements in batches, opens the bubbles of some terms and removes every one (open ones while open). */
async function churn(count: number, box: HTMLElement): Promise<number> {
  let made = 0;
  while (made < count) {
    const batch: Array<{ el: HTMLElement; recipe: Recipe }> = [];
    for (let i = 0; i < BATCH && made < count; i++, made++) {
      const recipe = recipes[made % recipes.length];
      batch.push({ el: recipe.make(), recipe });
    }
    box.append(...batch.map(({ el }) => el));
    await settle(box);
    for (const { el, recipe } of batch) {
      if (!recipe.open) continue;
      const term = (el.localName === 'mlops-term' ? el : el.querySelector('mlops-term')!) as MlopsTerm;
      term.show();
      await term.updateComplete;
      expect(term.open, `${recipe.name} opened`).to.equal(true);
      el.remove(); // removed while its bubble is open
    }
    box.replaceChildren();
  }
  return made;
}

type GcWindow = Window & { gc?: () => void };
const memory = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
const heapCheckPossible = () => !!memory() && typeof (window as GcWindow).gc === 'function';

/** Used heap after full collections, letting pending tasks (and their closures) finish in between. */
async function collectedHeap(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    // A pause, not a condition: no event says that every pending task and its closures are done.
    await new Promise((resolve) => setTimeout(resolve, 20));
    (window as GcWindow).gc!();
  }
  return memory()!.usedJSHeapSize;
}

describe('10,000 elements created and removed', () => {
  let ledger: ListenerLedger;
  let page: PageWatch;
  let warnings: CapturedWarnings;
  let box: HTMLDivElement;
  let baseline = 0;
  let created = 0;

  before(async function () {
    // One warm-up batch of every recipe, so modules loaded on first use, caches and compiled code
    // count in the baseline rather than as growth.
    this.timeout(30000);
    warnings = captureWarnings();
    page = watchPage();
    box = document.createElement('div');
    box.style.width = '800px';
    document.body.append(box);
    await churn(recipes.length * 5, box);
    // The first term imports the print notes (a chunk of its own), which then listen on the window once
    // for good: settled here, so that this one pair of listeners is part of the page, not of a round.
    await import('../../src/elements/term/print-notes.js');
    await new Promise((settled) => setTimeout(settled, 50));
    if (heapCheckPossible()) baseline = await collectedHeap();
    ledger = trackPageListeners();
  });

  after(() => {
    ledger.restore();
    page.stop();
    warnings.restore();
    box.remove();
    localStorage.removeItem(FEEDBACK_QUEUE_KEY);
  });

  for (let round = 1; round <= TOTAL / PER_TEST; round++) {
    it(`round ${round}: ${PER_TEST} more elements (${round * PER_TEST} in all) leave no listener, popover or error behind`, async () => {
      created += await churn(PER_TEST, box);
      expect(describeListeners(ledger.live()), 'page-level listeners still attached').to.equal('');
      expect(openPopovers(), 'popovers in the top layer').to.deep.equal([]);
      expect(visibleBubbles(), 'bubbles on screen').to.deep.equal([]);
      expect(document.querySelectorAll('mlops-term[open]').length).to.equal(0);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('listened on the page while bubbles were open (the ledger sees what the elements do)', () => {
    expect(created).to.equal(TOTAL);
    expect(ledger.added, 'listeners added by open bubbles and feedback elements').to.be.above(0);
  });

  it('returns the JS heap to within 2 MB of where it started (Chromium only: performance.memory and window.gc)', async function () {
    if (!heapCheckPossible()) {
      // Firefox and WebKit expose neither a heap size nor a way to force a collection.
      this.skip();
    }
    this.timeout(20000); // several full collections of a heap that held 10,000 elements
    const after = await collectedHeap();
    const growth = after - baseline;
    // Printed so the numbers can be reported; the limit allows for compiled code and caches that
    // grow with use but not with the number of elements (a leak of even 1 KB per element is 10 MB).
    console.log(
      `heap: baseline ${(baseline / 1048576).toFixed(2)} MB, after ${TOTAL} elements ${(after / 1048576).toFixed(2)} MB, growth ${(growth / 1024).toFixed(0)} KB`,
    );
    expect(growth).to.be.below(2 * 1024 * 1024);
  });
});
