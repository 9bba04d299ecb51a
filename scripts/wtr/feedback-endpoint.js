// A real HTTP endpoint for <mlops-feedback> tests, served by the test server itself on /__feedback/.
// Each test uses its own bucket (?bucket=…) and scripts the server's answers in order:
//   POST /__feedback/plan?bucket=b   body: {"plan": ["500", "ok", "timeout", "400"]}  (then "ok" forever)
//   POST /__feedback/votes?bucket=b  the endpoint the element posts to
//   GET  /__feedback/log?bucket=b    {"received": [...every body], "byId": {id: count}}
// "timeout" answers after 4 s (past the element's timeout) but still records the vote, as a slow
// server would: the retry with the same id is what de-duplication is for.

const buckets = new Map();

function bucketOf(ctx) {
  const name = ctx.URL.searchParams.get('bucket') ?? 'default';
  if (!buckets.has(name)) buckets.set(name, { plan: [], received: [] });
  return buckets.get(name);
}

async function readBody(ctx) {
  let raw = '';
  for await (const chunk of ctx.req) raw += chunk;
  return raw;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function feedbackEndpointPlugin() {
  return {
    name: 'feedback-endpoint',
    serverStart({ app }) {
      app.use(async (ctx, next) => {
        if (!ctx.path.startsWith('/__feedback/')) return next();
        const bucket = bucketOf(ctx);
        const route = `${ctx.method} ${ctx.path}`;
        if (route === 'POST /__feedback/plan') {
          const { plan = [] } = JSON.parse((await readBody(ctx)) || '{}');
          bucket.plan = [...plan];
          bucket.received = [];
          ctx.status = 204;
          return;
        }
        if (route === 'GET /__feedback/log') {
          const byId = {};
          for (const vote of bucket.received) byId[vote.id] = (byId[vote.id] ?? 0) + 1;
          ctx.type = 'json';
          ctx.body = JSON.stringify({ received: bucket.received, byId });
          return;
        }
        if (route === 'POST /__feedback/votes') {
          const step = bucket.plan.shift() ?? 'ok';
          const raw = await readBody(ctx);
          if (step === '500') {
            ctx.status = 500;
            ctx.body = 'injected failure';
            return;
          }
          if (step === '400') {
            ctx.status = 400;
            ctx.body = 'rejected';
            return;
          }
          if (step === 'timeout') await sleep(4000);
          try {
            bucket.received.push(JSON.parse(raw));
          } catch {
            ctx.status = 400;
            ctx.body = 'invalid JSON';
            return;
          }
          ctx.status = 201;
          ctx.type = 'json';
          ctx.body = '{"ok":true}';
          return;
        }
        ctx.status = 404;
      });
    },
  };
}
