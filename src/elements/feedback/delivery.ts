/**
 * How a feedback vote reaches an endpoint, apart from the UI so it can be tested on its own:
 * one POST per attempt, a queue for votes that could not be sent yet, and the retry rules.
 *
 * Delivery is at least once, and de-duplicable: a vote keeps its `id` through every retry and every
 * change of answer, so the server keeps the last body it received per id. A slow server that times
 * out and still records the vote will see the same id again; that is expected.
 *
 * The queue lives in `localStorage` under {@link FEEDBACK_QUEUE_KEY} as a JSON array of
 * `{ endpoint, payload, attempts, queuedAt }`. Storage may be missing, throw on access or be full:
 * then the queue stays in memory for this page view and the outcome says `persisted: false`.
 * Nothing else is stored, and requests carry no cookies (`credentials: 'omit'`) and no referrer.
 */

/** The body of `mlops-feedback-submit`, `mlops-feedback-sent` and the POST to the endpoint. */
export interface FeedbackPayload {
  /**
   * A random UUID, stable for one element in one page view. Retries and changed answers reuse it,
   * so the server can keep one vote per id (the latest `submittedAt` wins).
   */
  id: string;
  /** The id of the profile the question is about, e.g. `mlops`. */
  profile: string;
  /**
   * 1 to 5. On the thumbs scale thumbs down is 1 and thumbs up is 5, so both scales share one range
   * and can be averaged together; `scale` tells them apart.
   */
  rating: number;
  /** The scale the reader answered on. */
  scale: FeedbackScale;
  /** Ids of the ticked reasons (`clear`, `missing`, …), in the order they are offered. */
  reasons: string[];
  /** The free-text comment, trimmed and cut to the element's `maxlength`; empty when none. */
  comment: string;
  /** `location.origin + location.pathname`: no query or hash, which may carry personal data. */
  page: string;
  /** When the reader pressed Submit, as an ISO 8601 string. */
  submittedAt: string;
  /**
   * What the receiver needs to tell a person from a bot: the hidden honeypot field's value (a person
   * leaves it empty) and the milliseconds from opening the page to Submit.
   */
  client?: { honeypot: string; dwellMs: number };
}

/** `5`: a 1–5 scale. `thumbs`: thumbs up or down. */
export type FeedbackScale = '5' | 'thumbs';

/** The `localStorage` key of the queue of votes waiting to be sent. */
export const FEEDBACK_QUEUE_KEY = 'mlops-feedback:queue';

/** A vote waiting to be sent to one endpoint. */
export interface QueuedVote {
  /** Absolute URL the vote goes to. */
  endpoint: string;
  payload: FeedbackPayload;
  /** Failed attempts so far (offline waits do not count). */
  attempts: number;
  /** When it was (re)queued, in ms since the epoch. */
  queuedAt: number;
}

/** What one POST came to. 408, 425 and 429 count as server trouble (retried), other 4xx as a refusal. */
export type AttemptResult =
  { kind: 'accepted'; status: number } | { kind: 'rejected'; status: number } | { kind: 'failed'; reason: 'network' | 'timeout' | 'server'; status?: number };

/** Where a vote stands after a delivery attempt. */
export type DeliveryOutcome =
  | { state: 'sent' }
  | {
      state: 'queued';
      /** `offline`: not attempted because the browser is offline; waits for the `online` event. */
      reason: 'offline' | 'network' | 'timeout' | 'server';
      status?: number;
      attempts: number;
      /** False when storage refused it: it survives only while the page stays open. */
      persisted: boolean;
    }
  | { state: 'rejected'; status: number }
  | { state: 'gave-up'; attempts: number };

/** One vote's outcome; `sentHere` is false when another caller on this page made the attempt. */
export interface DeliveryReport {
  payload: FeedbackPayload;
  outcome: DeliveryOutcome;
  sentHere: boolean;
}

export interface DeliveryOptions {
  /** Abort an attempt after this many ms (counted as a timeout). */
  timeout: number;
  /** Give up (drop the vote, report `gave-up`) after this many failed attempts, across page views. */
  maxAttempts: number;
  /** The fetch to use; tests pass a wrapper. Default: the global fetch. */
  fetch?: typeof fetch;
}

/** Votes queued longer ago than this are given up on: nobody wants week-old feedback retried forever. */
const MAX_AGE = 7 * 24 * 60 * 60 * 1000;

/**
 * The wait before retry number `attempts`: `base`, then doubling, capped at `cap`, with "equal
 * jitter" (between half and all of it) so that many readers coming back online do not retry at once.
 */
export function retryDelay(attempts: number, base: number, cap: number, random: () => number = Math.random): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Longest wait between automatic retries. */
const RETRY_CAP = 60000;

/**
 * The wait before the next automatic retry after `reports`: the backoff of the vote with the most
 * failed attempts (offline waits do not count, the `online` event sends those), or 0 when none failed.
 */
export function nextRetryDelay(reports: readonly DeliveryReport[], base: number): number {
  let attempts = 0;
  for (const { outcome } of reports) {
    if (outcome.state === 'queued' && outcome.reason !== 'offline') attempts = Math.max(attempts, outcome.attempts);
  }
  return attempts ? retryDelay(attempts, base, RETRY_CAP) : 0;
}

/** One POST of a vote: JSON, no cookies, no referrer, survives page unload, aborted after `timeout` ms. */
export async function postFeedback(
  endpoint: string,
  payload: FeedbackPayload,
  timeout: number,
  fetcher: typeof fetch | undefined = globalThis.fetch,
): Promise<AttemptResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetcher(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      keepalive: true,
      mode: 'cors',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    const { status } = response;
    if (status >= 200 && status < 300) return { kind: 'accepted', status };
    if (status >= 400 && status < 500 && ![408, 425, 429].includes(status)) return { kind: 'rejected', status };
    return { kind: 'failed', reason: 'server', status };
  } catch {
    return { kind: 'failed', reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The queue. While storage refuses writes, `unsaved` holds the queue in memory. The stored copy is
// then removed (if storage lets us), so that a vote sent meanwhile cannot come back from it; what
// storage holds later (another tab, or storage working again) is read alongside.

let unsaved: QueuedVote[] | undefined;

function isVote(value: unknown): value is QueuedVote {
  const vote = value as QueuedVote | null;
  return typeof vote?.endpoint === 'string' && typeof vote.payload?.id === 'string' && vote.attempts >= 0 && vote.queuedAt > 0;
}

function readStored(): QueuedVote[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(FEEDBACK_QUEUE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isVote) : [];
  } catch {
    return [];
  }
}

/** Every queued vote (for all endpoints). Unreadable or malformed storage reads as empty. */
export function readQueue(): QueuedVote[] {
  const stored = readStored();
  if (!unsaved) return stored;
  const inMemory = new Set(unsaved.map((vote) => vote.payload.id));
  return [...stored.filter((vote) => !inMemory.has(vote.payload.id)), ...unsaved];
}

/** Replaces the queue; false when storage refused it and it is kept in memory instead. */
function writeQueue(votes: QueuedVote[]): boolean {
  try {
    const storage = globalThis.localStorage;
    if (votes.length) storage.setItem(FEEDBACK_QUEUE_KEY, JSON.stringify(votes));
    else storage.removeItem(FEEDBACK_QUEUE_KEY);
    unsaved = undefined;
    return true;
  } catch {
    unsaved = votes.slice();
    try {
      globalThis.localStorage.removeItem(FEEDBACK_QUEUE_KEY);
    } catch {
      // Storage is out of reach altogether; memory is all there is.
    }
    return false;
  }
}

const sameVote = (a: FeedbackPayload, b: FeedbackPayload) => JSON.stringify(a) === JSON.stringify(b);

/** Queues a vote, replacing any queued vote with the same id; false when it is kept in memory only. */
export function enqueue(endpoint: string, payload: FeedbackPayload): boolean {
  const others = readQueue().filter((vote) => vote.payload.id !== payload.id);
  return writeQueue([...others, { endpoint, payload, attempts: 0, queuedAt: Date.now() }]);
}

/** Applies `change` to the queued vote if it is still exactly `payload` (not replaced by a newer answer). */
function settle(payload: FeedbackPayload, change: (vote: QueuedVote) => QueuedVote | undefined): boolean {
  const votes = readQueue();
  const index = votes.findIndex((vote) => sameVote(vote.payload, payload));
  if (index < 0) return unsaved === undefined;
  const changed = change(votes[index]);
  if (changed) votes[index] = changed;
  else votes.splice(index, 1);
  return writeQueue(votes);
}

// ---------------------------------------------------------------------------------------------
// Sending. One attempt per id at a time on this page, whoever asks (two widgets, double clicks,
// a retry timer and an `online` event): later callers wait for the running attempt.

const inFlight = new Map<string, Promise<DeliveryReport>>();

async function attempt(vote: QueuedVote, options: DeliveryOptions): Promise<DeliveryReport> {
  const { endpoint, payload } = vote;
  const report = (outcome: DeliveryOutcome): DeliveryReport => ({ payload, outcome, sentHere: true });
  if (Date.now() - vote.queuedAt > MAX_AGE) {
    settle(payload, () => undefined);
    return report({ state: 'gave-up', attempts: vote.attempts });
  }
  if (globalThis.navigator?.onLine === false) {
    return report({ state: 'queued', reason: 'offline', attempts: vote.attempts, persisted: unsaved === undefined });
  }
  const result = await postFeedback(endpoint, payload, options.timeout, options.fetch);
  if (result.kind === 'accepted') {
    settle(payload, () => undefined);
    return report({ state: 'sent' });
  }
  if (result.kind === 'rejected') {
    settle(payload, () => undefined);
    return report({ state: 'rejected', status: result.status });
  }
  const attempts = vote.attempts + 1;
  if (attempts >= options.maxAttempts) {
    settle(payload, () => undefined);
    return report({ state: 'gave-up', attempts });
  }
  const persisted = settle(payload, (queued) => ({ ...queued, attempts }));
  return report({ state: 'queued', reason: result.reason, status: result.status, attempts, persisted });
}

/**
 * Sends the queued vote with this id to `endpoint`, unless an attempt for the id is already running:
 * then waits for it, and sends again only if a newer answer with the same id was queued meanwhile.
 * Resolves to undefined when no such vote is queued.
 */
export async function deliverQueued(endpoint: string, id: string, options: DeliveryOptions): Promise<DeliveryReport | undefined> {
  for (;;) {
    const running = inFlight.get(id);
    if (running) {
      const report = await running;
      const next = readQueue().find((vote) => vote.payload.id === id && vote.endpoint === endpoint);
      if (!next || sameVote(next.payload, report.payload)) return { ...report, sentHere: false };
      continue;
    }
    const vote = readQueue().find((queued) => queued.payload.id === id && queued.endpoint === endpoint);
    if (!vote) return undefined;
    const pending = attempt(vote, options);
    inFlight.set(id, pending);
    try {
      return await pending;
    } finally {
      inFlight.delete(id);
    }
  }
}

/** Sends every vote queued for `endpoint` that `include` accepts (all by default), in parallel. */
export async function flushQueue(endpoint: string, options: DeliveryOptions, include: (payload: FeedbackPayload) => boolean = () => true): Promise<DeliveryReport[]> {
  const ids = readQueue()
    .filter((vote) => vote.endpoint === endpoint && include(vote.payload))
    .map((vote) => vote.payload.id);
  const reports = await Promise.all(ids.map((id) => deliverQueued(endpoint, id, options)));
  return reports.filter((report): report is DeliveryReport => report !== undefined);
}
