/**
 * Feedback delivery under faults, against the real endpoint of the test server
 * (scripts/wtr/feedback-endpoint.js). A scripted, seeded run casts 200 votes from widgets on one
 * page (several at once, one of them on the thumbs scale), with double clicks on Submit, changed
 * answers, and injected faults: 5xx/429/408 answers and slow answers past the widgets' `timeout`
 * (from the server's plan), the server down (requests go to a closed port on 127.0.0.1), offline
 * spells, storage that throws or is full, and "reloads" (every widget removed and fresh ones made,
 * so queued votes go out from localStorage through the new widgets).
 *
 * Afterwards the server's log, de-duplicated by id (the latest `submittedAt` wins, as delivery.ts
 * documents), must equal the votes cast: every id once, each with its final answer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/mlops-feedback.js';
import { FEEDBACK_QUEUE_KEY, readQueue, type FeedbackPayload } from '../../src/elements/feedback/delivery.js';
import type { MlopsFeedback } from '../../src/elements/feedback/feedback.js';
import type { MlopsErrorDetail } from '../../src/internal/events.js';
import { blockLocalStorage, fillLocalStorage, goOffline } from '../helpers/browser-faults.js';
import { $, endpointFor, planServer, serverLog, type ServerLog } from '../helpers/feedback.js';
import { until } from '../helpers/wait.js';

/** mulberry32: a small seeded PRNG, so every engine plays the same script. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Faults the page can suffer. Each returns its undo.

/** A port nothing listens on (checked on the CI image; not on the fetch spec's list of bad ports). */
const CLOSED_PORT_ORIGIN = 'http://127.0.0.1:47';

/**
 * While `down()` is true, POSTs to the feedback endpoint go to a closed port instead: the browser
 * gets a real "connection refused". (Votes stay queued for their own endpoint URL, so pointing the
 * widgets' `endpoint` at the closed port would strand them there; rerouting the request does not.)
 */
function rerouteWhenDown(down: () => boolean) {
  const original = window.fetch;
  const counts = { refused: 0, posts: 0 };
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname === '/__feedback/votes') {
      counts.posts += 1;
      if (down()) {
        counts.refused += 1;
        return original.call(window, CLOSED_PORT_ORIGIN + url.pathname + url.search, init);
      }
    }
    return original.call(window, input, init);
  }) as typeof fetch;
  return { counts, restore: () => void (window.fetch = original) };
}

// ---------------------------------------------------------------------------------------------
// Driving widgets the way a reader does (clicks on the rendered controls).

const changeButton = (el: MlopsFeedback) => $<HTMLButtonElement>(el, '[part~="change"]');

async function answer(el: MlopsFeedback, rating: number, reason: boolean, comment: string): Promise<void> {
  $<HTMLInputElement>(el, `input[name="rating"][value="${rating}"]`)!.click();
  await el.updateComplete;
  const boxes = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="reason"] input');
  if (reason && boxes.length && !boxes[0].checked) boxes[0].click();
  const textarea = $<HTMLTextAreaElement>(el, 'textarea')!;
  textarea.value = comment;
  textarea.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Presses Submit once, or twice in a row (a double click: the second lands while sending). */
function pressSubmit(el: MlopsFeedback, twice: boolean): void {
  const button = $<HTMLButtonElement>(el, '[part~="submit"]')!;
  button.click();
  if (twice) button.click();
}

const storedIds = (): string[] => (JSON.parse(localStorage.getItem(FEEDBACK_QUEUE_KEY) ?? '[]') as { payload: FeedbackPayload }[]).map((vote) => vote.payload.id);

// ---------------------------------------------------------------------------------------------

interface RunOptions {
  seed: number;
  votes: number;
}

interface Script {
  /** Vote indexes [from, to) during which each fault is on. */
  down: Array<[number, number]>;
  offline: Array<[number, number]>;
  noStorage: Array<[number, number]>;
  fullStorage: Array<[number, number]>;
  /** Before these vote indexes, every widget is removed and fresh ones are made. */
  reloads: number[];
}

// Reloads fall only where storage works (or has worked since the last write): a vote that storage
// refused lives in memory only, and a real reload would lose it, as the element tells the reader.
const SCRIPT: Script = {
  down: [
    [20, 32],
    [140, 150],
  ],
  offline: [[55, 70]],
  noStorage: [[80, 92]],
  fullStorage: [[132, 146]],
  reloads: [26, 50, 62, 100, 160, 190],
};

/** Answers the server gives, in order of arrival; afterwards it answers ok. All are retried by the widgets. */
function serverPlan(random: () => number, length: number): string[] {
  return Array.from({ length }, () => {
    const roll = random();
    if (roll < 0.1) return '500';
    if (roll < 0.14) return '503';
    if (roll < 0.17) return '502';
    if (roll < 0.2) return '429';
    if (roll < 0.22) return '408';
    if (roll < 0.26) return 'timeout';
    return 'ok';
  });
}

async function scriptedRun({ seed, votes }: RunOptions) {
  const random = seeded(seed);
  /** `items[k]` for a draw in [0, 1). */
  const choose = <T>(items: readonly T[], draw: number) => items[Math.floor(draw * items.length)];
  const bucket = `faults-${seed}-${Date.now().toString(36)}-${Math.round(performance.now() * 1000).toString(36)}`;
  const plan = serverPlan(random, 150);
  await planServer(bucket, plan);

  const within = (windows: Array<[number, number]>, index: number) => windows.some(([from, to]) => index >= from && index < to);
  let index = 0;
  const network = rerouteWhenDown(() => within(SCRIPT.down, index));
  const undo = new Map<string, () => void>();
  const setFault = (name: string, on: boolean, apply: () => () => void) => {
    if (on && !undo.has(name)) undo.set(name, apply());
    if (!on && undo.has(name)) {
      undo.get(name)!();
      undo.delete(name);
    }
  };

  // The page: a few widgets at once, one of them on the thumbs scale.
  const page = document.createElement('div');
  document.body.append(page);
  const cast = new Map<string, FeedbackPayload>();
  const history = new Map<string, FeedbackPayload[]>();
  const errors: MlopsErrorDetail[] = [];
  let submitEvents = 0;
  page.addEventListener('mlops-feedback-submit', (event) => {
    submitEvents += 1;
    cast.set(event.detail.id, event.detail);
    history.set(event.detail.id, [...(history.get(event.detail.id) ?? []), event.detail]);
  });
  page.addEventListener('mlops-error', (event) => errors.push((event as CustomEvent<MlopsErrorDetail>).detail));
  const SLOTS = ['5', 'thumbs', '5', '5'] as const;
  const ratingsOf = (slot: number) => (SLOTS[slot] === 'thumbs' ? [1, 5] : [1, 2, 3, 4, 5]);
  const slots: MlopsFeedback[] = [];
  const everyWidget: MlopsFeedback[] = [];
  const makeWidget = async (slot: number) => {
    const el = document.createElement('mlops-feedback') as MlopsFeedback;
    el.setAttribute('scale', SLOTS[slot]);
    el.setAttribute('endpoint', endpointFor(bucket));
    // A short timeout so the server's slow answers (4 s) time out; small retry delays so the run is
    // quick; max-attempts high, since giving up would (by design) lose a vote.
    el.setAttribute('timeout', '400');
    el.setAttribute('retry-base-delay', '20');
    el.setAttribute('max-attempts', '1000');
    everyWidget.push(el);
    if (slots[slot]?.isConnected) slots[slot].replaceWith(el);
    else page.append(el);
    slots[slot] = el;
    await el.updateComplete;
  };
  /** A widget keeps one vote id for its lifetime, so each new vote takes a fresh widget. */
  const freshWidget = async (slot: number) => {
    if (slots[slot].deliveryState !== 'idle') await makeWidget(slot);
    return slots[slot];
  };

  /**
   * Waits (polling on timers, so the page's tasks run: responses, the delivery module, retries)
   * until the widgets have made their first attempt, so each vote meets the faults of its step;
   * a reader's next click is a later task too. Retries carry on in the background.
   */
  const firstAttempt = (...widgets: MlopsFeedback[]) => until(() => widgets.every((el) => el.deliveryState !== 'sending'), `first attempt of vote ${index}`, 5000);

  const tally = { doubleClicks: 0, changes: 0, pairs: 0, reloads: 0, reloadedQueued: 0 };
  for (let slot = 0; slot < SLOTS.length; slot++) await makeWidget(slot);

  let nextReload = 0;
  try {
    while (index < votes) {
      // Every step draws the same numbers whatever happens, so the script is the same in every engine.
      const draw = Array.from({ length: 10 }, random);
      setFault('offline', within(SCRIPT.offline, index), goOffline);
      setFault('noStorage', within(SCRIPT.noStorage, index), blockLocalStorage);
      setFault('fullStorage', within(SCRIPT.fullStorage, index), fillLocalStorage);
      if (nextReload < SCRIPT.reloads.length && index >= SCRIPT.reloads[nextReload] && !undo.has('noStorage') && !undo.has('fullStorage')) {
        nextReload += 1;
        // A real reload keeps only what is in localStorage: check that every queued vote is there.
        const queuedNow = readQueue().map((vote) => vote.payload.id);
        expect(storedIds(), `queued votes are all in localStorage at the reload before vote ${index}`).to.include.members(queuedNow);
        tally.reloadedQueued += queuedNow.length;
        tally.reloads += 1;
        page.replaceChildren();
        for (let slot = 0; slot < SLOTS.length; slot++) await makeWidget(slot);
      }

      // Now and then a reader changes an answer already given (same id, new rating), on a widget that
      // shows its thank-you (which one depends on how fast the server answered).
      const changeable = slots.filter((el) => el.deliveryState !== 'sending' && changeButton(el));
      if (changeable.length && draw[0] < 0.25) {
        const el = choose(changeable, draw[1]);
        changeButton(el)!.click();
        await el.updateComplete;
        const current = Number(el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rating"]:checked')!.value);
        const choices = ratingsOf(slots.indexOf(el)).filter((rating) => rating !== current);
        // The new answer must be later than the old one, to the millisecond, for "latest wins".
        const startedAt = new Date().toISOString();
        await until(() => new Date().toISOString() > startedAt, 'the clock moves on');
        await answer(el, choose(choices, draw[2]), false, `changed at ${index}`);
        pressSubmit(el, draw[3] < 0.2);
        tally.changes += 1;
        await firstAttempt(el);
      }

      if (draw[4] < 0.15 && index + 2 <= votes) {
        // Two widgets vote at once: both Submits in the same task, one of them double-clicked.
        const first = Math.floor(draw[5] * SLOTS.length);
        const second = (first + 1 + Math.floor(draw[6] * (SLOTS.length - 1))) % SLOTS.length;
        const a = await freshWidget(first);
        const b = await freshWidget(second);
        await answer(a, choose(ratingsOf(first), draw[7]), false, '');
        await answer(b, choose(ratingsOf(second), draw[8]), draw[9] < 0.3, `pair ${index}`);
        pressSubmit(a, false);
        pressSubmit(b, true);
        tally.doubleClicks += 1;
        tally.pairs += 1;
        index += 2;
        await firstAttempt(a, b);
      } else {
        const slot = Math.floor(draw[5] * SLOTS.length);
        const el = await freshWidget(slot);
        await answer(el, choose(ratingsOf(slot), draw[7]), draw[9] < 0.3, draw[8] < 0.5 ? `vote ${index}` : '');
        const twice = draw[6] < 0.15;
        pressSubmit(el, twice);
        if (twice) tally.doubleClicks += 1;
        index += 1;
        await firstAttempt(el);
      }
    }
  } catch (error) {
    network.restore();
    page.remove();
    throw error;
  } finally {
    // Every fault ends (also when a check above failed, so no stub outlives the test).
    for (const name of [...undo.keys()]) setFault(name, false, () => () => undefined);
  }
  // Then the page flushes until the queue is empty and the server has answered everything,
  // including the slow requests the widgets stopped waiting for.
  const faultsByKind: Record<string, number> = {};
  let log: ServerLog | undefined;
  try {
    await waitUntil(
      async () => {
        window.dispatchEvent(new Event('online'));
        if (readQueue().length || localStorage.getItem(FEEDBACK_QUEUE_KEY) !== null) return false;
        // A widget still sending may not have queued its vote yet.
        if (everyWidget.some((el) => el.deliveryState === 'sending')) return false;
        log = await serverLog(bucket);
        const answered = log.attempts.filter((attempt) => attempt.step === 'ok' || attempt.step === 'timeout').length;
        return log.received.length === answered;
      },
      'the queue empties and the server has answered every request',
      { timeout: 20000, interval: 100 },
    );
  } finally {
    network.restore();
    page.remove();
  }
  for (const { step } of log!.attempts) if (step !== 'ok') faultsByKind[step] = (faultsByKind[step] ?? 0) + 1;
  return { bucket, plan, cast, history, errors, submitEvents, log: log!, refused: network.counts.refused, tally, faultsByKind };
}

describe('feedback delivery under faults (real endpoint, scripted run)', () => {
  afterEach(() => localStorage.clear());

  it('200 votes with 5xx, timeouts, server down, offline, reloads, storage faults, two widgets and double clicks: the de-duplicated log equals the votes cast', async function () {
    // One continuous run: the faults overlap and carry queued votes from one phase into the next,
    // so it cannot be split into separate tests. It takes a few seconds; the mocha default is 10 s.
    this.timeout(60000);
    localStorage.clear();
    const run = await scriptedRun({ seed: 20240611, votes: 200 });
    const { log, cast, history } = run;

    // Nothing lost: the server has exactly the ids the page cast.
    const serverIds = new Set(log.received.map((vote) => vote.id));
    expect(cast.size, 'votes cast').to.equal(200);
    expect([...serverIds].sort(), 'ids the server recorded').to.deep.equal([...cast.keys()].sort());

    // Changes honoured: per id, the latest `submittedAt` the server holds is the final answer.
    let lateStale = 0;
    for (const [id, finalVote] of cast) {
      const records = log.received.filter((vote) => vote.id === id);
      const latest = records.reduce((best, vote) => (vote.submittedAt > best.submittedAt ? vote : best));
      expect(latest, `final answer of ${id}`).to.deep.equal(finalVote);
      // A slow (timed out) or stale copy can arrive after the final one; "latest wins" handles it.
      if (records.at(-1)!.submittedAt !== finalVote.submittedAt) lateStale += 1;
      const answers = history.get(id)!;
      for (let i = 1; i < answers.length; i++) expect(answers[i].submittedAt > answers[i - 1].submittedAt).to.equal(true);
    }

    // Nothing counted twice: de-duplicated by id, one vote per vote cast.
    const deduplicated = new Map(log.received.map((vote) => [vote.id, vote]));
    expect(deduplicated.size).to.equal(cast.size);
    // No vote was refused or given up on, and every injected fault was met.
    expect(run.errors, 'mlops-error events').to.deep.equal([]);
    expect(log.attempts.length, 'the server plan was used up').to.be.greaterThan(run.plan.length);
    const planned = run.plan.filter((step) => step !== 'ok').length;
    expect(Object.values(run.faultsByKind).reduce((a, b) => a + b, 0)).to.equal(planned);
    expect(run.refused, 'requests refused while the server was down').to.be.greaterThan(0);
    // A double click sends one submit; every submit event is a vote or a change.
    expect(run.submitEvents).to.equal(200 + run.tally.changes);

    console.log(
      `[feedback-faults] ${navigator.userAgent.match(/(Firefox|Chrome|Version)\/[\d.]+/)?.[0] ?? ''}: ` +
        `${cast.size} votes (${run.tally.changes} changes, ${run.tally.doubleClicks} double clicks, ${run.tally.pairs} pairs at once), ` +
        `${log.attempts.length} requests reached the server (+${run.refused} refused while down), ` +
        `${log.received.length} recorded, ${serverIds.size} unique ids; ` +
        `server faults ${JSON.stringify(run.faultsByKind)}; ${run.tally.reloads} reloads carrying ${run.tally.reloadedQueued} queued votes; ` +
        `${lateStale} ids whose last-arriving copy was not the final answer`,
    );
  });
});
