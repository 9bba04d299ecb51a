// `npm run soak` (after `npm run build`): a blog tab left open for days, in minutes. One page in headless
// Chromium loads the CDN build (dist/cdn/mlops-elements.js) and goes through, in turn:
//   terms    100,000 bubble open/close cycles across 1,000 <mlops-term>s
//   lang     1,000 changes of <html lang> between English and German (registered strings), a bubble open
//   datasets 500 dataset swaps through <mlops-profile src> (the sample dataset and the bundled one), each
//            validated and shown by a chart and a tool grid inside the provider
//   votes    10,000 feedback votes (rate, tick a reason, submit, change the answer) through an endpoint that
//            fails one request in four (503, or the connection dropped) and is slow in one in ten
//   churn    1,000 rounds of a tool card, a tool grid, a chart and a feedback widget added and removed
// Before and after, garbage is collected (CDP HeapProfiler.collectGarbage) and the JS heap, DOM node count
// and the listeners on window and document are read (Performance.getMetrics, DOMDebugger.getEventListeners),
// and a heap snapshot splits the heap into the page's objects and V8's code (see heapByType()).
// A warm-up (every term opened five times, each other phase a little) comes before the start figures: the soak
// measures what repetition adds. Fails when the page's objects in the heap (the whole heap with --no-jit) or
// the node count end more than 5 % above the start, a listener is left on window or document, a vote is left
// undelivered, or anything is logged as an error. Prints a table.
//   --ci        a 1/100 run (about 30 s with the warm-up; CI runs it, with and without --no-jit)
//   --scale=N   any other fraction of the full run, e.g. --scale=0.25
//   --no-jit    with V8's optimising compilers off: V8's code then stops growing, and the limit holds the whole heap
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';

const root = resolve(import.meta.dirname, '..');
const FULL = { terms: 100000, lang: 1000, datasets: 500, votes: 10000, churn: 1000 };
const TERM_COUNT = 1000;
const WARM_UP = { terms: 5 * TERM_COUNT, lang: 6, datasets: 10, votes: 50, churn: 20 };
const TOLERANCE = 0.05;
const DATASETS = ['/data/examples/sample-bubble.json', '/data/mlops.json'];

function scaleFromArguments(args) {
  if (args.includes('--ci')) return 1 / 100;
  const given = args.find((arg) => arg.startsWith('--scale='));
  const scale = given ? Number(given.slice('--scale='.length)) : 1;
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale takes a number in (0, 1], not ${given}`);
  return scale;
}

/** The page: 1,000 terms in running text, a provider with a chart and a grid, a feedback widget with the flaky endpoint. */
function soakPage() {
  const ids = JSON.parse(readFileSync(join(root, 'data/mlops.json'), 'utf8')).terminology.map((term) => term.id);
  const paragraphs = Array.from({ length: TERM_COUNT / 10 }, (_, row) => {
    const terms = Array.from({ length: 10 }, (__, column) => `<mlops-term term="${ids[(row * 10 + column) % ids.length]}">term ${row * 10 + column}</mlops-term>`);
    return `<p>Paragraph ${row}: ${terms.join(' and ')}.</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Soak</title>
<script type="module" src="/dist/cdn/mlops-elements.js"></script></head>
<body><main>
<mlops-profile id="provider" src="${DATASETS[0]}"><mlops-demographics chart="age"></mlops-demographics><mlops-tool-grid variant="compact"></mlops-tool-grid></mlops-profile>
<mlops-feedback id="feedback" endpoint="/api/feedback" retry-base-delay="5" timeout="2000"></mlops-feedback>
<div id="stage"></div>
${paragraphs.join('\n')}
</main></body></html>`;
}

const types = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8' };

/** The page, dist/ and data/, and the feedback endpoint: one request in four fails, one in ten is slow. */
function startServer(received, requests) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path === '/api/feedback' && request.method === 'POST') {
      const number = (requests.total += 1);
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (number % 8 === 0) return void request.socket.destroy();
        if (number % 8 === 4) return void response.writeHead(503).end();
        requests.accepted += 1;
        received.add(JSON.parse(body).id);
        setTimeout(() => response.writeHead(204).end(), number % 10 === 0 ? 150 : 0);
      });
      return;
    }
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(soakPage());
    const file = join(root, path);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    if (!/^\/(dist|data|demo)\//.test(path) || !file.startsWith(root) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ——— The phases, run in the page ———

const phases = {
  async terms(count) {
    const terms = [...document.querySelectorAll('mlops-term')];
    for (let cycle = 0; cycle < count; cycle += 1) {
      const term = terms[cycle % terms.length];
      term.open = true;
      await term.updateComplete;
      term.open = false;
      await term.updateComplete;
      if (cycle % 250 === 0) await new Promise(requestAnimationFrame);
    }
  },
  async lang(count) {
    const term = document.querySelector('mlops-term');
    term.open = true;
    for (let change = 0; change < count; change += 1) {
      document.documentElement.lang = change % 2 ? 'en' : 'de';
      await new Promise((done) => setTimeout(done));
      await term.updateComplete;
    }
    document.documentElement.lang = 'en';
    await new Promise((done) => setTimeout(done));
    term.open = false;
    await term.updateComplete;
  },
  async datasets(count, files) {
    const provider = document.getElementById('provider');
    for (let swap = 0; swap < count; swap += 1) {
      let refused;
      const loaded = new Promise((done, fail) => {
        refused = (event) => fail(new Error(`dataset swap ${swap}: ${event.detail.code}`));
        provider.addEventListener('mlops-profile-load', done, { once: true });
        provider.addEventListener('mlops-error', refused, { once: true });
      });
      provider.src = files[(swap + 1) % files.length];
      await loaded;
      provider.removeEventListener('mlops-error', refused);
      await Promise.all([...provider.querySelectorAll('*')].map((element) => element.updateComplete));
    }
    // Back to the first dataset, as at the start.
    if (count % files.length) {
      const loaded = new Promise((done) => provider.addEventListener('mlops-profile-load', done, { once: true }));
      provider.src = files[0];
      await loaded;
    }
  },
  async votes(count) {
    const feedback = document.getElementById('feedback');
    const part = (name) => feedback.shadowRoot.querySelector(`[part~="${name}"]`);
    for (let vote = 0; vote < count; vote += 1) {
      const options = feedback.shadowRoot.querySelectorAll('input[type="radio"]');
      options[vote % options.length].click();
      await feedback.updateComplete;
      if (vote % 3 === 0) feedback.shadowRoot.querySelector('[part~="reason"] input')?.click();
      part('submit').click();
      for (let wait = 0; !part('change'); wait += 1) {
        if (wait > 400) throw new Error(`vote ${vote}: no thank-you`);
        await new Promise((done) => setTimeout(done, 5));
      }
      part('change').click();
      await feedback.updateComplete;
    }
  },
  async churn(count) {
    const stage = document.getElementById('stage');
    for (let round = 0; round < count; round += 1) {
      const made = ['mlops-tool-card', 'mlops-tool-grid', 'mlops-demographics', 'mlops-feedback'].map((tag) => document.createElement(tag));
      made[0].setAttribute('tool', 'mlflow');
      made[1].setAttribute('tag', 'Kubernetes');
      made[2].setAttribute('chart', round % 2 ? 'gender' : 'platforms');
      stage.append(...made);
      await Promise.all(made.map((element) => element.updateComplete));
      if (round % 10 === 0) await new Promise(requestAnimationFrame);
      stage.replaceChildren();
    }
  },
};

/** Waits until every queued vote has been delivered (the queue in localStorage is empty). */
async function drainVotes(page, timeoutMs = 60000) {
  const started = Date.now();
  for (;;) {
    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('mlops-feedback:queue') ?? '[]').length);
    if (queued === 0 || Date.now() - started > timeoutMs) return queued;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Heap, DOM nodes and the listeners on window and document, after garbage collection. */
async function measure(cdp) {
  for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  const listeners = {};
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const found = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    listeners[target] = found.listeners.map((listener) => listener.type).sort();
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  const types = await heapByType(cdp);
  const code = types.code ?? 0;
  const objects = Object.values(types).reduce((sum, size) => sum + size, 0) - code;
  return { heap: metric.JSHeapUsedSize, objects, code, nodes: metric.Nodes, jsListeners: metric.JSEventListeners, listeners };
}

/**
 * The JS heap's self sizes by V8's node type (object, closure, array, string, code, …), from a heap snapshot
 * (which collects garbage first). DOM objects (`native`) and the snapshot's own roots are left out. `code` is
 * V8's: bytecode, compiled functions and their feedback, which its compilers add to as functions run hot, at
 * times of their own choosing, for as long as new paths run (a full run with them grew it ~380 KB, nearly all
 * machine code and its deoptimisation data, while the page's objects stayed flat). The soak's limit is on the
 * rest, the objects the page and the library made.
 */
async function heapByType(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [typeField, sizeField] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const totals = {};
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = typeNames[nodes[at + typeField]];
    if (type !== 'native' && type !== 'synthetic') totals[type] = (totals[type] ?? 0) + nodes[at + sizeField];
  }
  return totals;
}

async function main() {
  if (!existsSync(join(root, 'dist/cdn/mlops-elements.js'))) {
    console.error('dist/cdn/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const scale = scaleFromArguments(process.argv.slice(2));
  const counts = Object.fromEntries(Object.entries(FULL).map(([phase, full]) => [phase, Math.max(2, Math.round(full * scale))]));
  const received = new Set();
  const requests = { total: 0, accepted: 0 };
  const server = await startServer(received, requests);
  // The browser as readers have it, optimising compilers on; --no-jit turns them off (V8's code then grows less).
  const compilersOff = process.argv.includes('--no-jit');
  const jsFlags = compilersOff ? ['--js-flags=--no-opt --no-maglev --no-sparkplug'] : [];
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: [...chromiumArgs, ...jsFlags], protocolTimeout: 0 });
  const logged = { errors: [], warnings: 0 };
  const rows = [];
  let start;
  let end;
  let undelivered;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    page.on('console', (message) => {
      // The browser reports each failed request to the flaky endpoint itself: that is the fault injected, not a log of the library.
      const injected = message.text().startsWith('Failed to load resource') && (message.location()?.url ?? '').endsWith('/api/feedback');
      if (message.type() === 'error' && !injected) logged.errors.push(message.text());
      if (message.type() === 'warn') logged.warnings += 1;
    });
    page.on('pageerror', (error) => logged.errors.push(`uncaught: ${error.message}`));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await page.evaluate(async () => {
      const { registerStrings } = await import('/dist/cdn/mlops-elements.js');
      const { germanStrings } = await import('/demo/strings-de.js');
      registerStrings('de', germanStrings);
      await Promise.all(['mlops-term', 'mlops-profile', 'mlops-feedback', 'mlops-tool-grid'].map((tag) => customElements.whenDefined(tag)));
      const provider = document.getElementById('provider');
      if (!provider.profile) await new Promise((done) => provider.addEventListener('mlops-profile-load', done, { once: true }));
    });
    await page.evaluate(
      `window.soak = {${Object.entries(phases)
        .map(([name, phase]) => `${name}: ${phase.toString().replace(/^async \w+/, 'async function')}`)
        .join(',')}}`,
    );

    // Warm-up: every phase at a fixed size first, every term opened five times. What is made once per page or
    // per element (compiled templates, translations, the validator chunk, a term's parts, built on its first
    // opening and kept) and V8's feedback for the hot paths are then in the baseline. The soak measures what
    // repetition adds.
    for (const [phase, count] of Object.entries(WARM_UP)) await page.evaluate((name, n, files) => window.soak[name](n, files), phase, count, DATASETS);
    await drainVotes(page);
    start = await measure(cdp);
    for (const [phase, count] of Object.entries(counts)) {
      const started = Date.now();
      await page.evaluate((name, n, files) => window.soak[name](n, files), phase, count, DATASETS);
      const ms = Date.now() - started;
      rows.push({ phase, count, ms, ...(await measure(cdp)) });
    }
    undelivered = await drainVotes(page);
    end = await measure(cdp);
  } finally {
    await browser.close();
    server.close();
  }

  const format = (n) => n.toLocaleString('en-US');
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    `soak at ${scale === 1 ? 'full size' : `${format(scale)} of full size`} (${TERM_COUNT} terms on the page${compilersOff ? ', optimising compilers off' : ', optimising compilers on'})`,
  );
  console.log(
    `${'phase'.padEnd(10)}${'count'.padStart(10)}${'time'.padStart(10)}${'heap after'.padStart(13)}${'objects'.padStart(11)}${'V8 code'.padStart(11)}${'nodes after'.padStart(13)}${'listeners'.padStart(11)}`,
  );
  for (const row of rows) {
    const cells = [
      format(row.count).padStart(10),
      `${(row.ms / 1000).toFixed(1)} s`.padStart(10),
      mb(row.heap).padStart(13),
      mb(row.objects).padStart(11),
      mb(row.code).padStart(11),
      format(row.nodes).padStart(13),
      format(row.jsListeners).padStart(11),
    ];
    console.log(`${row.phase.padEnd(10)}${cells.join('')}`);
  }
  const growth = (key) => (end[key] - start[key]) / start[key];
  const sameListeners = JSON.stringify(start.listeners) === JSON.stringify(end.listeners);
  console.log(`\n${'after GC'.padEnd(22)}${'start'.padStart(12)}${'end'.padStart(12)}${'change'.padStart(10)}`);
  const percent = (key) => `${(growth(key) * 100).toFixed(1)} %`.padStart(10);
  console.log(`${'JS heap'.padEnd(22)}${mb(start.heap).padStart(12)}${mb(end.heap).padStart(12)}${percent('heap')}`);
  console.log(`${'  page objects'.padEnd(22)}${mb(start.objects).padStart(12)}${mb(end.objects).padStart(12)}${percent('objects')}`);
  console.log(`${'  V8 code'.padEnd(22)}${mb(start.code).padStart(12)}${mb(end.code).padStart(12)}${percent('code')}`);
  console.log(`${'DOM nodes'.padEnd(22)}${format(start.nodes).padStart(12)}${format(end.nodes).padStart(12)}${`${(growth('nodes') * 100).toFixed(1)} %`.padStart(10)}`);
  console.log(`${'JS event listeners'.padEnd(22)}${format(start.jsListeners).padStart(12)}${format(end.jsListeners).padStart(12)}`);
  console.log(
    `${'window + document'.padEnd(22)}${String(start.listeners.window.length + start.listeners.document.length).padStart(12)}${String(end.listeners.window.length + end.listeners.document.length).padStart(12)}`,
  );
  const votes = counts.votes + WARM_UP.votes;
  console.log(
    `votes: ${format(votes)} cast (with the warm-up; a changed answer is sent again under its id), ${format(requests.total)} requests to the endpoint, ` +
      `${format(requests.accepted)} accepted (${format(received.size)} distinct ids), ${undelivered} left in the queue; ${logged.warnings} console warnings`,
  );

  const failures = [];
  if (growth('objects') > TOLERANCE) failures.push(`the page's objects in the JS heap grew ${(growth('objects') * 100).toFixed(1)} % (limit 5 %)`);
  // With the compilers off V8's code has nowhere to grow, so the whole heap is held to the limit too.
  if (compilersOff && growth('heap') > TOLERANCE) failures.push(`the JS heap grew ${(growth('heap') * 100).toFixed(1)} % (limit 5 % with the compilers off)`);
  if (growth('nodes') > TOLERANCE) failures.push(`the DOM node count grew ${(growth('nodes') * 100).toFixed(1)} % (limit 5 %)`);
  if (!sameListeners) failures.push(`listeners on window/document changed: ${JSON.stringify(start.listeners)} → ${JSON.stringify(end.listeners)}`);
  if (undelivered) failures.push(`${undelivered} votes never delivered`);
  for (const error of logged.errors.slice(0, 10)) failures.push(`logged: ${error.slice(0, 300)}`);
  if (logged.errors.length > 10) failures.push(`…and ${logged.errors.length - 10} more errors`);
  for (const failure of failures) console.log(`✗ ${failure}`);
  console.log(
    failures.length
      ? `soak: ${failures.length} problems`
      : `soak: ${compilersOff ? 'the JS heap' : "the heap's page objects"} and the DOM back within 5 %, no listener left, every vote delivered, nothing logged`,
  );
  process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
