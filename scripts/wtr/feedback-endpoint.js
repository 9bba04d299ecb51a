// A real HTTP endpoint for <mlops-feedback> tests, served by the test server itself on /__feedback/.
// It is a koa middleware for the config's `middleware` array (not a plugin's serverStart hook):
// middleware added there runs before the dev server's own caching (etag, transform cache), so
// every request reaches it and no answer is ever served from a cache.
//
// Each test uses its own bucket (?bucket=…) and scripts the server's answers in order:
//   POST /__feedback/plan?bucket=b     body {"plan": ["500", "ok", "timeout", "hold", "400"]}; resets the bucket
//   POST /__feedback/votes?bucket=b    the endpoint the element posts to; takes the next step (then "ok" forever)
//   POST /__feedback/release?bucket=b  answers every request a "hold" step is holding, as "ok"
//   GET  /__feedback/log?bucket=b      {"received": [...accepted bodies], "byId": {id: count},
//                                        "attempts": [{id, step, contentType, cookie}], "holding": n}
// Steps: "ok" (201), any three-digit status such as "500" or "400" (answers it, records nothing),
// "timeout" (answers after 4 s, past the element's timeout, but still records the vote as a slow
// server would: the retry with the same id is what de-duplication is for), "hold" (answers only
// when the test releases it, so a test can look at the element while it is sending, without timing).

const buckets = new Map();

function bucketOf(ctx) {
  const name = ctx.URL.searchParams.get('bucket') ?? 'default';
  if (!buckets.has(name)) buckets.set(name, { plan: [], received: [], attempts: [], held: [] });
  return buckets.get(name);
}

async function readBody(ctx) {
  let raw = '';
  for await (const chunk of ctx.req) raw += chunk;
  return raw;
}

function parseJson(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function accept(ctx, bucket, vote) {
  if (!vote || typeof vote !== 'object') {
    ctx.status = 400;
    ctx.body = 'invalid JSON';
    return;
  }
  bucket.received.push(vote);
  ctx.status = 201;
  ctx.type = 'json';
  ctx.body = '{"ok":true}';
}

async function handle(ctx, next) {
  if (!ctx.path.startsWith('/__feedback/')) return next();
  ctx.set('cache-control', 'no-store');
  const bucket = bucketOf(ctx);
  const route = `${ctx.method} ${ctx.path}`;

  if (route === 'POST /__feedback/plan') {
    const { plan = [] } = parseJson((await readBody(ctx)) || '{}') ?? {};
    for (const release of bucket.held.splice(0)) release();
    bucket.plan = [...plan];
    bucket.received = [];
    bucket.attempts = [];
    ctx.status = 204;
    return;
  }

  if (route === 'POST /__feedback/release') {
    for (const release of bucket.held.splice(0)) release();
    ctx.status = 204;
    return;
  }

  if (route === 'GET /__feedback/log') {
    const byId = {};
    for (const vote of bucket.received) byId[vote.id] = (byId[vote.id] ?? 0) + 1;
    ctx.type = 'json';
    ctx.body = JSON.stringify({ received: bucket.received, byId, attempts: bucket.attempts, holding: bucket.held.length });
    return;
  }

  if (route === 'POST /__feedback/votes') {
    const step = String(bucket.plan.shift() ?? 'ok');
    const vote = parseJson(await readBody(ctx));
    bucket.attempts.push({
      id: vote?.id ?? null,
      step,
      contentType: ctx.get('content-type'),
      // The element sends with credentials: 'omit', so a cookie set by the test page must not arrive.
      cookie: ctx.get('cookie') !== '',
    });
    if (/^\d{3}$/.test(step)) {
      ctx.status = Number(step);
      ctx.body = `injected ${step}`;
      return;
    }
    if (step === 'timeout') await sleep(4000);
    if (step === 'hold') await new Promise((resolve) => bucket.held.push(resolve));
    accept(ctx, bucket, vote);
    return;
  }

  ctx.status = 404;
}

/** The koa middleware for web-test-runner's `middleware` array. */
export function feedbackEndpointMiddleware() {
  return handle;
}
