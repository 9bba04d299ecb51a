// The feedback receiver's fetch handler against PGlite (in memory): validation, size cap, origins,
// spam rules, the upsert by vote id, the form post, rate limiting, the summary and the CSV export.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createFeedbackHandler, openStore, RateLimiter } from '../../src/receiver/index.ts';

const base = 'http://receiver.test';
let store;
before(async () => {
  store = await openStore({});
});
after(() => store?.close());

const handler = (options = {}) => createFeedbackHandler({ store, allowOrigins: ['https://docs.example'], log: () => {}, ...options });

let counter = 0;
/** A valid vote for `page` (a new id each time unless given). */
function vote(page, changes = {}) {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    profile: 'mlops',
    rating: 5,
    scale: '5',
    reasons: [],
    comment: '',
    page,
    submittedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, counter)).toISOString(),
    client: { honeypot: '', dwellMs: 5000 },
    ...changes,
  };
}

const post = (receive, body, headers = {}) =>
  receive(
    new Request(`${base}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

async function summary(receive, page) {
  const response = await receive(new Request(`${base}/feedback/summary?page=${encodeURIComponent(page)}`));
  assert.equal(response.status, 200);
  return response.json();
}

test('a vote is stored and counted; a retry or a changed answer with the same id replaces it', async () => {
  const receive = handler();
  const page = 'https://docs.example/upsert';
  const first = vote(page, { rating: 2, reasons: ['unclear'] });
  assert.equal((await post(receive, first)).status, 200);
  assert.equal((await post(receive, first)).status, 200); // the retry
  const changed = { ...first, rating: 5, reasons: ['clear'], submittedAt: new Date(Date.parse(first.submittedAt) + 1000).toISOString() };
  assert.equal((await post(receive, changed)).status, 200);
  // A late retry of the first answer arrives after the change: the later answer stays.
  assert.equal((await post(receive, first)).status, 200);
  assert.equal((await post(receive, vote(page, { rating: 3, reasons: ['missing', 'unclear'] }))).status, 200);
  assert.deepEqual(await summary(receive, `${page}?utm=x#top`), {
    page,
    votes: 2,
    average: 4,
    helpfulShare: 0.5,
    byRating: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 1 },
    reasons: [
      { id: 'clear', votes: 1 },
      { id: 'missing', votes: 1 },
      { id: 'unclear', votes: 1 },
    ],
  });
});

test('an invalid vote is a 400 that names the field; nothing is stored', async () => {
  const receive = handler();
  const page = 'https://docs.example/invalid';
  for (const [changes, path] of [
    [{ rating: 7 }, 'rating'],
    [{ rating: '5' }, 'rating'],
    [{ scale: 'thumbs', rating: 3 }, 'rating'],
    [{ id: "1'; DROP TABLE mlops_feedback; --" }, 'id'],
    [{ comment: 'a\u0000b' }, 'comment'],
    [{ comment: 'x'.repeat(5000) }, 'comment'],
    [{ reasons: ['clear', 'clear'] }, 'reasons'],
    [{ page: 'javascript:alert(1)' }, 'page'],
    [{ client: { honeypot: 1 } }, 'client.honeypot'],
  ]) {
    const response = await post(receive, vote(page, changes));
    assert.equal(response.status, 400, JSON.stringify(changes));
    const body = await response.json();
    assert.ok(
      body.issues.some((issue) => issue.path === path),
      `${JSON.stringify(changes)} → ${body.message}`,
    );
  }
  assert.equal((await post(receive, '{"id":')).status, 400);
  assert.equal((await summary(receive, page)).votes, 0);
});

test('a body over the cap is a 413, another content type a 415, an unknown route a 404', async () => {
  const receive = handler({ maxBodyBytes: 1000 });
  assert.equal((await post(receive, vote('https://docs.example/big', { comment: 'x'.repeat(1200) }))).status, 413);
  // Streamed without a length: counted as it arrives.
  const stream = new ReadableStream({
    start(controller) {
      for (let index = 0; index < 5; index++) controller.enqueue(new TextEncoder().encode('x'.repeat(400)));
      controller.close();
    },
  });
  const streamed = await receive(new Request(`${base}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' }));
  assert.equal(streamed.status, 413);
  assert.equal((await post(receive, '{}', { 'content-type': 'text/plain' })).status, 415);
  assert.equal((await receive(new Request(`${base}/elsewhere`))).status, 404);
  const wrongMethod = await receive(new Request(`${base}/feedback`));
  assert.equal(wrongMethod.status, 405);
  assert.equal(wrongMethod.headers.get('allow'), 'POST');
});

test('only configured origins may post or read (CORS); refusals to them carry the CORS headers', async () => {
  const receive = handler();
  const page = 'https://docs.example/origins';
  const refused = await post(receive, vote(page), { origin: 'https://evil.example' });
  assert.equal(refused.status, 403);
  assert.equal(refused.headers.get('access-control-allow-origin'), null);
  const preflight = await receive(
    new Request(`${base}/feedback`, { method: 'OPTIONS', headers: { origin: 'https://docs.example', 'access-control-request-method': 'POST' } }),
  );
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://docs.example');
  assert.match(preflight.headers.get('access-control-allow-headers'), /content-type/);
  const evilPreflight = await receive(new Request(`${base}/feedback`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }));
  assert.equal(evilPreflight.status, 403);
  const accepted = await post(receive, vote(page), { origin: 'https://docs.example' });
  assert.equal(accepted.status, 200);
  assert.equal(accepted.headers.get('access-control-allow-origin'), 'https://docs.example');
  const invalid = await post(receive, vote(page, { rating: 0 }), { origin: 'https://docs.example' });
  assert.equal(invalid.status, 400);
  assert.equal(invalid.headers.get('access-control-allow-origin'), 'https://docs.example');
  assert.equal((await post(receive, vote(page), { origin: base })).status, 200, 'the receiver’s own origin');
  assert.equal((await summary(receive, page)).votes, 2);
});

test('a filled honeypot or a vote faster than the minimum dwell is a 202 and not stored', async () => {
  const receive = handler({ minDwellMs: 3000 });
  const page = 'https://docs.example/spam';
  assert.equal((await post(receive, vote(page, { client: { honeypot: 'https://spam.example', dwellMs: 9000 } }))).status, 202);
  assert.equal((await post(receive, vote(page, { client: { honeypot: '', dwellMs: 2999 } }))).status, 202);
  assert.equal((await post(receive, vote(page, { client: { honeypot: '', dwellMs: 3000 } }))).status, 200);
  assert.equal((await post(receive, vote(page, { client: undefined }))).status, 200, 'a payload without client data is judged on its own');
  assert.equal((await summary(receive, page)).votes, 2);
});

test('the no-JavaScript form post is stored and answered with a redirect to a thank-you page', async () => {
  const receive = handler();
  const page = 'https://docs.example/form';
  const form = (fields, headers = {}) =>
    receive(
      new Request(`${base}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', referer: `${page}?from=nav`, origin: 'https://docs.example', ...headers },
        body: new URLSearchParams(fields),
      }),
    );
  const response = await form([
    ['profile', 'mlops'],
    ['scale', '5'],
    ['rating', '2'],
    ['reasons', 'unclear'],
    ['reasons', 'missing'],
    ['comment', ' Needs an example. '],
  ]);
  assert.equal(response.status, 303);
  const thanks = await receive(new Request(response.headers.get('location')));
  assert.equal(thanks.status, 200);
  const text = await thanks.text();
  assert.match(text, /Thanks for your feedback!/);
  assert.match(text, /href="https:\/\/docs.example\/form"/);
  assert.equal(
    (
      await form([
        ['profile', 'mlops'],
        ['rating', '4'],
        ['website', 'http://spam.example'],
      ])
    ).status,
    303,
  );
  const invalid = await form([['profile', 'mlops']]);
  assert.equal(invalid.status, 400);
  assert.match(await invalid.text(), /rating: /);
  assert.deepEqual(await summary(receive, page), {
    page,
    votes: 1,
    average: 2,
    helpfulShare: 0,
    byRating: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 },
    reasons: [
      { id: 'missing', votes: 1 },
      { id: 'unclear', votes: 1 },
    ],
  });
  // A thank-you page never links to an origin that is not allowed.
  const elsewhere = await receive(new Request(`${base}/feedback/thanks?page=${encodeURIComponent('https://evil.example/')}`));
  assert.doesNotMatch(await elsewhere.text(), /href=/);
});

test('rate limiting: each client has its own budget, known only by a keyed hash that changes daily', async () => {
  const receive = handler({ rateLimit: 3 });
  const page = 'https://docs.example/limit';
  const statuses = [];
  for (let index = 0; index < 4; index++) statuses.push((await receive(jsonRequest(vote(page)), { clientAddress: '198.51.100.7' })).status);
  assert.deepEqual(statuses, [200, 200, 200, 429]);
  assert.equal((await receive(jsonRequest(vote(page)), { clientAddress: '198.51.100.8' })).status, 200);
  let now = Date.UTC(2026, 5, 1, 12);
  const limiter = new RateLimiter(1, 60_000, () => now);
  const today = await limiter.clientKey('198.51.100.7');
  assert.match(today, /^[0-9a-f]{32}$/);
  assert.equal(await limiter.clientKey('198.51.100.7'), today);
  assert.notEqual(await limiter.clientKey('198.51.100.8'), today);
  now += 24 * 60 * 60 * 1000;
  assert.notEqual(await limiter.clientKey('198.51.100.7'), today);
  assert.equal(await limiter.take('198.51.100.7'), 0);
  assert.ok((await limiter.take('198.51.100.7')) > 0);
});

function jsonRequest(body) {
  return new Request(`${base}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

test('the summary is cacheable and revalidates with its ETag', async () => {
  const receive = handler();
  const url = `${base}/feedback/summary?page=${encodeURIComponent('https://docs.example/etag')}`;
  const first = await receive(new Request(url));
  assert.match(first.headers.get('cache-control'), /max-age=\d+/);
  const etag = first.headers.get('etag');
  assert.equal((await receive(new Request(url, { headers: { 'if-none-match': etag } }))).status, 304);
  await post(receive, vote('https://docs.example/etag'));
  assert.equal((await receive(new Request(url, { headers: { 'if-none-match': etag } }))).status, 200);
  assert.equal((await receive(new Request(`${base}/feedback/summary`))).status, 400);
});

test('the CSV export needs the token and is RFC 4180 with a header row', async () => {
  assert.equal((await handler()(new Request(`${base}/feedback/export.csv`))).status, 404, 'off without a token');
  const receive = handler({ exportToken: 'correct horse' });
  assert.equal((await receive(new Request(`${base}/feedback/export.csv`, { headers: { authorization: 'Bearer wrong' } }))).status, 401);
  const page = 'https://docs.example/csv';
  const tricky = vote(page, { comment: 'He said "no", then\r\nleft', rating: 1 });
  const formula = vote(page, { comment: '=HYPERLINK("x")', rating: 5, reasons: ['clear', 'examples'] });
  await post(receive, tricky);
  await post(receive, formula);
  const response = await receive(new Request(`${base}/feedback/export.csv`, { headers: { authorization: 'Bearer correct horse' } }));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/csv/);
  const csv = await response.text();
  assert.ok(csv.startsWith('id,submitted_at,received_at,profile,page,scale,rating,reasons,comment,revisions\r\n'));
  assert.ok(csv.endsWith('\r\n'));
  assert.ok(csv.includes(`${tricky.id},${tricky.submittedAt},`));
  assert.ok(csv.includes(`,${page},5,1,,"He said ""no"", then\r\nleft",1\r\n`));
  assert.ok(csv.includes(`,${page},5,5,clear examples,"'=HYPERLINK(""x"")",1\r\n`));
});
