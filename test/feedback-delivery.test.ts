import { expect } from '@open-wc/testing';
import { deliverQueued, enqueue, FEEDBACK_QUEUE_KEY, flushQueue, postFeedback, readQueue, retryDelay, type FeedbackPayload } from '../src/elements/feedback/delivery.js';
// The payload helpers live with the element: they are needed without an endpoint too.
import { cleanComment, createFeedbackId, pageAddress } from '../src/elements/feedback/feedback.js';
import { blockLocalStorage, fillLocalStorage, stubOnline } from './helpers/browser-faults.js';
import { endpointFor, newBucket, planServer, serverLog } from './helpers/feedback.js';
import { until } from './helpers/wait.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function payload(overrides: Partial<FeedbackPayload> = {}): FeedbackPayload {
  return {
    id: createFeedbackId(),
    profile: 'mlops',
    rating: 4,
    scale: '5',
    reasons: ['clear'],
    comment: 'Good page',
    page: pageAddress(),
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** A fetch that records each call and answers only when the test says so. */
function controlledFetch() {
  const calls: { url: string; init: RequestInit; answer: (status: number) => void; fail: () => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const fetcher = ((url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      const done = () => (running -= 1);
      calls.push({
        url,
        init,
        answer: (status) => {
          done();
          resolve(new Response(null, { status }));
        },
        fail: () => {
          done();
          reject(new TypeError('Failed to fetch'));
        },
      });
      init.signal?.addEventListener('abort', () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      });
    })) as unknown as typeof fetch;
  return { fetcher, calls, mostAtOnce: () => mostAtOnce };
}

/** A fetch that answers every call at once with `status`, counting calls. */
function answeringFetch(status: number) {
  const calls: RequestInit[] = [];
  const fetcher = (async (_url: string, init: RequestInit) => {
    calls.push(init);
    return new Response(null, { status });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

afterEach(() => localStorage.clear());

describe('feedback delivery: ids, page, comment, backoff', () => {
  it('creates version 4 UUIDs with randomUUID', () => {
    const ids = new Set(Array.from({ length: 50 }, () => createFeedbackId()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });

  it('falls back to getRandomValues where randomUUID is missing (insecure contexts)', () => {
    let filled = 0;
    const source = {
      getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
        filled += 1;
        return crypto.getRandomValues(array as Uint8Array) as unknown as T;
      },
    };
    const first = createFeedbackId(source);
    const second = createFeedbackId(source);
    expect(filled).to.equal(2);
    expect(first).to.match(UUID_V4);
    expect(second).to.match(UUID_V4);
    expect(first).to.not.equal(second);
  });

  it('reports the page without query or hash', () => {
    // The test page itself carries a query (?wtr-session-id=…).
    expect(location.search).to.not.equal('');
    expect(pageAddress()).to.equal(location.origin + location.pathname);
    expect(pageAddress()).to.not.contain('?');
    expect(pageAddress({ origin: 'https://docs.example', pathname: '/guide/mlops' })).to.equal('https://docs.example/guide/mlops');
  });

  it('trims comments and cuts them to the limit without splitting a character', () => {
    expect(cleanComment('  hello  ', 500)).to.equal('hello');
    expect(cleanComment('abcdef', 3)).to.equal('abc');
    expect(cleanComment('ab😀', 3)).to.equal('ab');
    expect(cleanComment('ab😀', 4)).to.equal('ab😀');
  });

  it('backs off exponentially with jitter, capped', () => {
    const least = () => 0;
    const most = () => 1;
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, 2000, 60000, most))).to.deep.equal([2000, 4000, 8000, 16000]);
    expect([1, 2, 3, 4].map((attempt) => retryDelay(attempt, 2000, 60000, least))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(retryDelay(20, 2000, 60000, most)).to.equal(60000);
    expect(retryDelay(20, 2000, 60000, least)).to.equal(30000);
  });
});

describe('feedback delivery: one POST', () => {
  it('posts JSON without cookies, referrer or caching, keepalive, with an abort signal', async () => {
    const { fetcher, calls } = answeringFetch(201);
    const vote = payload();
    const result = await postFeedback('https://feedback.example/votes', vote, 8000, fetcher);
    expect(result).to.deep.equal({ kind: 'accepted', status: 201 });
    expect(calls).to.have.length(1);
    const init = calls[0];
    expect(init.method).to.equal('POST');
    expect(init.credentials).to.equal('omit');
    expect(init.keepalive).to.equal(true);
    expect(init.mode).to.equal('cors');
    expect(init.referrerPolicy).to.equal('no-referrer');
    expect(init.headers).to.deep.equal({ 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).to.deep.equal(vote);
    expect(init.signal).to.be.instanceOf(AbortSignal);
  });

  it('sorts answers into accepted, refused and retryable', async () => {
    const outcome = async (status: number) => postFeedback('/x', payload(), 8000, answeringFetch(status).fetcher);
    expect(await outcome(204)).to.deep.equal({ kind: 'accepted', status: 204 });
    expect(await outcome(400)).to.deep.equal({ kind: 'rejected', status: 400 });
    expect(await outcome(404)).to.deep.equal({ kind: 'rejected', status: 404 });
    expect(await outcome(429)).to.deep.equal({ kind: 'failed', reason: 'server', status: 429 });
    expect(await outcome(500)).to.deep.equal({ kind: 'failed', reason: 'server', status: 500 });
    expect(await outcome(503)).to.deep.equal({ kind: 'failed', reason: 'server', status: 503 });
  });

  it('calls a network error and an abandoned request by their names', async () => {
    const network = controlledFetch();
    const failing = postFeedback('/x', payload(), 8000, network.fetcher);
    await until(() => network.calls.length === 1, 'the request went out');
    network.calls[0].fail();
    expect(await failing).to.deep.equal({ kind: 'failed', reason: 'network' });

    // This fetch never answers; only the element's timeout ends it.
    const silent = controlledFetch();
    expect(await postFeedback('/x', payload(), 50, silent.fetcher)).to.deep.equal({ kind: 'failed', reason: 'timeout' });
    expect(silent.calls[0].init.signal!.aborted).to.equal(true);
  });

  it('reaches the real endpoint, which sees JSON and no cookie', async () => {
    const bucket = newBucket('delivery');
    await planServer(bucket, ['ok']);
    document.cookie = 'feedback-test=tracked; path=/';
    try {
      const vote = payload();
      expect(await postFeedback(endpointFor(bucket), vote, 8000)).to.deep.equal({ kind: 'accepted', status: 201 });
      const log = await serverLog(bucket);
      expect(log.received).to.deep.equal([vote]);
      expect(log.attempts).to.have.length(1);
      expect(log.attempts[0].contentType).to.equal('application/json');
      expect(log.attempts[0].cookie, 'credentials: omit sends no cookie').to.equal(false);
    } finally {
      document.cookie = 'feedback-test=; path=/; max-age=0';
    }
  });

  it('fails as a network error against an unreachable endpoint', async () => {
    expect(await postFeedback('http://127.0.0.1:9/votes', payload(), 8000)).to.deep.equal({ kind: 'failed', reason: 'network' });
  });
});

describe('feedback delivery: queue', () => {
  it('stores queued votes under the documented key and replaces a vote with the same id', () => {
    const first = payload({ rating: 2 });
    const other = payload();
    expect(enqueue('https://a.example/votes', first)).to.equal(true);
    expect(enqueue('https://a.example/votes', other)).to.equal(true);
    const changed = { ...first, rating: 5, submittedAt: new Date(Date.now() + 1000).toISOString() };
    enqueue('https://a.example/votes', changed);
    const stored = JSON.parse(localStorage.getItem(FEEDBACK_QUEUE_KEY)!);
    expect(stored.map((vote: { payload: FeedbackPayload }) => vote.payload)).to.deep.equal([other, changed]);
    expect(readQueue().map((vote) => vote.payload.id)).to.deep.equal([other.id, first.id]);
  });

  it('reads malformed storage as an empty queue', () => {
    for (const junk of ['not json', '{"a":1}', '[1, null, {"endpoint": 3}]', '[{"endpoint":"x","payload":{"id":1}}]']) {
      localStorage.setItem(FEEDBACK_QUEUE_KEY, junk);
      expect(readQueue(), junk).to.deep.equal([]);
    }
  });

  it('keeps the queue in memory when storage throws, and uses storage again once it works', () => {
    const vote = payload();
    const restore = blockLocalStorage();
    try {
      expect(() => readQueue()).to.not.throw();
      expect(enqueue('https://a.example/votes', vote)).to.equal(false);
      expect(readQueue().map((queued) => queued.payload)).to.deep.equal([vote]);
    } finally {
      restore();
    }
    const later = payload();
    expect(enqueue('https://a.example/votes', later)).to.equal(true);
    expect(JSON.parse(localStorage.getItem(FEEDBACK_QUEUE_KEY)!)).to.have.length(2);
  });

  it('keeps the queue in memory when storage is full', () => {
    const restore = fillLocalStorage();
    try {
      const vote = payload();
      expect(enqueue('https://a.example/votes', vote)).to.equal(false);
      expect(readQueue().map((queued) => queued.payload)).to.deep.equal([vote]);
    } finally {
      restore();
    }
    // Leave nothing in memory for later tests: a successful write moves the queue back to storage.
    for (const queued of readQueue()) enqueue(queued.endpoint, queued.payload);
    localStorage.clear();
  });
});

describe('feedback delivery: delivering queued votes', () => {
  const endpoint = 'https://feedback.example/votes';
  const options = (fetcher: typeof fetch, extra = {}) => ({ timeout: 8000, maxAttempts: 5, fetch: fetcher, ...extra });

  it('removes a vote once the endpoint accepts it', async () => {
    const { fetcher, calls } = answeringFetch(201);
    const vote = payload();
    enqueue(endpoint, vote);
    const report = await deliverQueued(endpoint, vote.id, options(fetcher));
    expect(report).to.deep.equal({ payload: vote, outcome: { state: 'sent' }, sentHere: true });
    expect(calls).to.have.length(1);
    expect(readQueue()).to.deep.equal([]);
    expect(localStorage.getItem(FEEDBACK_QUEUE_KEY)).to.equal(null);
  });

  it('keeps a vote after a server error, counting the attempt', async () => {
    const vote = payload();
    enqueue(endpoint, vote);
    const report = await deliverQueued(endpoint, vote.id, options(answeringFetch(503).fetcher));
    expect(report!.outcome).to.deep.equal({ state: 'queued', reason: 'server', status: 503, attempts: 1, persisted: true });
    expect(readQueue()[0].attempts).to.equal(1);
  });

  it('drops a refused vote without retrying', async () => {
    const { fetcher, calls } = answeringFetch(422);
    const vote = payload();
    enqueue(endpoint, vote);
    expect((await deliverQueued(endpoint, vote.id, options(fetcher)))!.outcome).to.deep.equal({ state: 'rejected', status: 422 });
    expect(readQueue()).to.deep.equal([]);
    expect(await deliverQueued(endpoint, vote.id, options(fetcher))).to.equal(undefined);
    expect(calls).to.have.length(1);
  });

  it('gives up after maxAttempts and on votes older than a week', async () => {
    const vote = payload();
    enqueue(endpoint, vote);
    const failing = answeringFetch(500).fetcher;
    expect((await deliverQueued(endpoint, vote.id, options(failing, { maxAttempts: 2 })))!.outcome.state).to.equal('queued');
    expect((await deliverQueued(endpoint, vote.id, options(failing, { maxAttempts: 2 })))!.outcome).to.deep.equal({ state: 'gave-up', attempts: 2 });
    expect(readQueue()).to.deep.equal([]);

    const old = payload();
    localStorage.setItem(FEEDBACK_QUEUE_KEY, JSON.stringify([{ endpoint, payload: old, attempts: 0, queuedAt: Date.now() - 8 * 86400000 }]));
    const { fetcher, calls } = answeringFetch(201);
    expect((await deliverQueued(endpoint, old.id, options(fetcher)))!.outcome).to.deep.equal({ state: 'gave-up', attempts: 0 });
    expect(calls).to.have.length(0);
    expect(readQueue()).to.deep.equal([]);
  });

  it('does not try while the browser is offline, and does not count that as an attempt', async () => {
    const { fetcher, calls } = answeringFetch(201);
    const vote = payload();
    enqueue(endpoint, vote);
    const restore = stubOnline(false);
    try {
      const report = await deliverQueued(endpoint, vote.id, options(fetcher));
      expect(report!.outcome).to.deep.equal({ state: 'queued', reason: 'offline', attempts: 0, persisted: true });
    } finally {
      restore();
    }
    expect(calls).to.have.length(0);
    expect((await deliverQueued(endpoint, vote.id, options(fetcher)))!.outcome.state).to.equal('sent');
  });

  it('never has two requests for one id in flight; the second caller waits for the first', async () => {
    const server = controlledFetch();
    const vote = payload();
    enqueue(endpoint, vote);
    const first = deliverQueued(endpoint, vote.id, options(server.fetcher));
    const second = deliverQueued(endpoint, vote.id, options(server.fetcher));
    await until(() => server.calls.length === 1, 'the first request went out');
    server.calls[0].answer(201);
    const reports = await Promise.all([first, second]);
    expect(server.calls).to.have.length(1);
    expect(reports.map((report) => [report!.outcome.state, report!.sentHere])).to.deep.equal([
      ['sent', true],
      ['sent', false],
    ]);
  });

  it('sends a changed answer after the running request for its id, not beside it', async () => {
    const server = controlledFetch();
    const vote = payload({ rating: 2 });
    enqueue(endpoint, vote);
    const first = deliverQueued(endpoint, vote.id, options(server.fetcher));
    await until(() => server.calls.length === 1, 'the first request went out');
    const changed = { ...vote, rating: 5, submittedAt: new Date(Date.now() + 1000).toISOString() };
    enqueue(endpoint, changed);
    const second = deliverQueued(endpoint, vote.id, options(server.fetcher));
    server.calls[0].answer(201);
    await until(() => server.calls.length === 2, 'the changed answer went out once the first request was answered');
    expect(JSON.parse(server.calls[1].init.body as string)).to.deep.equal(changed);
    server.calls[1].answer(201);
    const [firstReport, secondReport] = await Promise.all([first, second]);
    expect(firstReport!.payload).to.deep.equal(vote);
    expect(secondReport!.payload).to.deep.equal(changed);
    expect(server.mostAtOnce()).to.equal(1);
    expect(readQueue()).to.deep.equal([]);
  });

  it('flushes every vote for one endpoint that the filter accepts, and only those', async () => {
    const { fetcher, calls } = answeringFetch(201);
    const mine = payload();
    const orphan = payload();
    const skipped = payload();
    const elsewhere = payload();
    enqueue(endpoint, mine);
    enqueue(endpoint, orphan);
    enqueue(endpoint, skipped);
    enqueue('https://other.example/votes', elsewhere);
    const reports = await flushQueue(endpoint, options(fetcher), (vote) => vote.id !== skipped.id);
    expect(reports.map((report) => report.payload.id).sort()).to.deep.equal([mine.id, orphan.id].sort());
    expect(calls).to.have.length(2);
    expect(
      readQueue()
        .map((vote) => vote.payload.id)
        .sort(),
    ).to.deep.equal([skipped.id, elsewhere.id].sort());
  });
});
