// `npm run bench`: our elements and the anchors our users compare us with, side by side, in one run
// of headless Debian Chromium on this machine, then the terms and the age chart in Debian's Firefox ESR. Pages are generated here and served on 127.0.0.1;
// the anchors (tippy.js, Shoelace, Chart.js) are devDependencies bundled at bench time.
//
// What "ready→painted" means: milliseconds from navigation start until every tooltip/chart on the
// page is initialised and the following frame has been painted (two requestAnimationFrames).
// Variants alternate within each round, every run gets a fresh browser context, and we report the
// median with min–max. Timings are noisy on a shared 2-core machine: compare ratios within one run.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM, chromiumArgs } from '../chromium.js';
import { measure as measureCdnSizes } from '../size.js';

const root = resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Debian's Firefox ESR, driven over WebDriver BiDi by the same puppeteer-core (no geckodriver). */
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** What runs in Firefox too: the terms and the age chart, each with its floor and its anchor. */
const firefoxVariants = ['abbr', 'tippy', 'mlops-term', 'static SVG (age floor)', 'chart.js (age)', 'mlops-demographics (age)'];
const profile = JSON.parse(readFileSync(join(root, 'data/mlops.json'), 'utf8'));
const terms = profile.terminology;

// ---------------------------------------------------------------------------------------------
// Anchors, bundled now (minified ES modules, tree-shaken) into node_modules/.cache.
const anchorSrc = join(root, 'node_modules/.cache/mlops-bench/src');
const anchorOut = join(root, 'node_modules/.cache/mlops-bench/out');

const anchorEntries = {
  tippy: `import tippy from 'tippy.js';
export function init() { tippy('[data-tip]', { content: (el) => el.dataset.tip }); }`,
  shoelace: `import '@shoelace-style/shoelace/dist/components/tooltip/tooltip.js';`,
  chartjs: `import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
export function draw(canvas, labels, values) {
  return new Chart(canvas, { type: 'bar', data: { labels, datasets: [{ label: 'Share (%)', data: values }] },
    options: { animation: false, responsive: false } });
}`,
};

async function bundleAnchors() {
  mkdirSync(anchorSrc, { recursive: true });
  const entry = {};
  for (const [name, code] of Object.entries(anchorEntries)) {
    writeFileSync(join(anchorSrc, `${name}.js`), code);
    entry[name] = join(anchorSrc, `${name}.js`);
  }
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: anchorOut,
      emptyOutDir: true,
      target: 'es2021',
      minify: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', minify: true } },
    },
  });
}

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const anchorCss = {
  tippy: join(root, 'node_modules/tippy.js/dist/tippy.css'),
  shoelace: join(root, 'node_modules/@shoelace-style/shoelace/dist/themes/light.css'),
};

// ---------------------------------------------------------------------------------------------
// Pages.
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An article with `count` glossary phrases spread over paragraphs of ordinary prose. */
function article(count, wrap) {
  const paragraphs = [];
  let sentence = [];
  for (let i = 0; i < count; i++) {
    const term = terms[i % terms.length];
    sentence.push(`The team discussed ${wrap(term, i)} again before the release`);
    if (sentence.length === 8) {
      paragraphs.push(`<p>${sentence.join('; ')}.</p>`);
      sentence = [];
    }
  }
  if (sentence.length) paragraphs.push(`<p>${sentence.join('; ')}.</p>`);
  return paragraphs.join('\n');
}

const measureScript = `<script>
  window.__mark = () => requestAnimationFrame(() => requestAnimationFrame(() => { window.__readyPainted = performance.now(); }));
  window.__shift = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
</script>`;

const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${measureScript}${head}</head>
<body><button id="before">before</button><main>${body}</main></body></html>`;

/**
 * The no-JS floor of a chart: the same seven age bars as inline SVG with a caption, painted with the
 * page and nothing to run (what a chart costs when the browser only draws it).
 */
function staticAgeChart() {
  const row = 28;
  const max = Math.max(...profile.age.map((share) => share.percent));
  const bars = profile.age.map((share, index) => {
    const y = index * row;
    const length = (share.percent / max) * 440;
    return `<text x="0" y="${y + 18}" font-size="14">${escapeHtml(share.label)}</text><rect x="80" y="${y + 4}" width="${length.toFixed(1)}" height="20" fill="#2f6fab"/><text x="${(88 + length).toFixed(1)}" y="${y + 18}" font-size="14">${share.percent} %</text>`;
  });
  const height = profile.age.length * row;
  return `<figure><figcaption>Age</figcaption><svg role="img" aria-label="Age, in percent" width="640" height="${height}" viewBox="0 0 640 ${height}">${bars.join('')}</svg></figure>`;
}

/** The age chart as the static renderer writes it (declarative shadow DOM), made once per run in main(). */
let prerenderedAgeChart = '';

const upgraded = (tag) => `await customElements.whenDefined('${tag}');
  await Promise.all([...document.querySelectorAll('${tag}')].map((el) => el.updateComplete));`;

const variants = {
  abbr: (n) =>
    page(
      `<script>document.addEventListener('DOMContentLoaded', () => __mark());
       window.__bubbleVisible = () => false;</script>`,
      article(n, (t) => `<abbr title="${escapeHtml(t.explanation)}">${escapeHtml(t.insider)}</abbr>`),
    ),
  tippy: (n) =>
    page(
      `<link rel="stylesheet" href="/anchors-css/tippy.css">
       <script type="module">import { init } from '/anchors/tippy.js'; init(); __mark();
       window.__bubbleVisible = () => { const box = document.querySelector('[data-tippy-root] .tippy-box');
         return !!box && box.getBoundingClientRect().height > 0; };</script>`,
      article(n, (t) => `<span tabindex="0" data-tip="${escapeHtml(t.explanation)}">${escapeHtml(t.insider)}</span>`),
    ),
  shoelace: (n) =>
    page(
      `<link rel="stylesheet" href="/anchors-css/shoelace.css">
       <script type="module">import '/anchors/shoelace.js'; ${upgraded('sl-tooltip')} __mark();
       window.__bubbleVisible = () => { const tip = document.querySelector('sl-tooltip');
         const body = tip?.shadowRoot?.querySelector('[part~="body"]'); return !!tip?.open && !!body && body.getBoundingClientRect().height > 0; };</script>`,
      article(n, (t) => `<sl-tooltip content="${escapeHtml(t.explanation)}"><span tabindex="0">${escapeHtml(t.insider)}</span></sl-tooltip>`),
    ),
  'mlops-term': (n) =>
    page(
      `<script type="module">import '/dist/cdn/mlops-term.js'; ${upgraded('mlops-term')} __mark();
       window.__bubbleVisible = () => { const bubble = document.querySelector('mlops-term')?.shadowRoot?.querySelector('[part~="bubble"]');
         return !!bubble && bubble.getBoundingClientRect().height > 0; };</script>`,
      article(n, (t) => `<mlops-term>${escapeHtml(t.insider)}</mlops-term>`),
    ),
  // The realistic blog case: the text is painted first, the script arrives later.
  'mlops-term (late script)': (n) =>
    page(
      `<script type="module">await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
       await import('/dist/cdn/mlops-term.js'); ${upgraded('mlops-term')} __mark();</script>`,
      article(n, (t) => `<mlops-term>${escapeHtml(t.insider)}</mlops-term>`),
    ),
  'chart.js (age)': () =>
    page(
      `<script type="module">import { draw } from '/anchors/chartjs.js';
       const age = ${JSON.stringify(profile.age)};
       draw(document.getElementById('chart'), age.map((a) => a.label), age.map((a) => a.percent)); __mark();</script>`,
      `<canvas id="chart" width="640" height="320"></canvas>`,
    ),
  'mlops-demographics (age)': () =>
    page(
      `<script type="module">import '/dist/cdn/mlops-demographics.js'; ${upgraded('mlops-demographics')} __mark();</script>`,
      `<mlops-demographics chart="age"></mlops-demographics>`,
    ),
  // Painted from the HTML before any script; ready once the script has hydrated it.
  'mlops-demographics (age, prerendered)': () =>
    page(`<script type="module">import '/dist/cdn/mlops-demographics.js'; ${upgraded('mlops-demographics')} __mark();</script>`, prerenderedAgeChart),
  'static SVG (age floor)': () => page(`<script>document.addEventListener('DOMContentLoaded', () => __mark());</script>`, staticAgeChart()),
};

/** A plain-text article of about `words` words with glossary phrases in running prose. */
function plainArticle(words) {
  const paragraphs = [];
  let count = 0;
  let sentences = [];
  for (let i = 0; count < words; i++) {
    const sentence = `Last quarter the platform team argued about ${terms[i % terms.length].insider.toLowerCase()} for most of the planning meeting`;
    count += sentence.split(' ').length;
    sentences.push(sentence);
    if (sentences.length === 6) {
      paragraphs.push(`<p>${escapeHtml(sentences.join('. '))}.</p>`);
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(`<p>${escapeHtml(sentences.join('. '))}.</p>`);
  return { html: paragraphs.join('\n'), words: count };
}

/** Pages measured on their own, outside the alternating ready→painted rounds. */
const extraPages = {
  'auto-terms': () =>
    page(
      `<script type="module">import '/dist/cdn/mlops-auto-terms.js'; ${upgraded('mlops-auto-terms')} __mark();</script>`,
      `<mlops-auto-terms><article>${plainArticle(5000).html}</article></mlops-auto-terms>`,
    ),
};

// ---------------------------------------------------------------------------------------------
// Server.
const contentTypes = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let file;
    if (url.pathname === '/page') {
      const html = (variants[url.searchParams.get('variant')] ?? extraPages[url.searchParams.get('variant')])?.(Number(url.searchParams.get('n') ?? 1000));
      if (!html) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(html);
    }
    if (url.pathname.startsWith('/dist/cdn/')) file = join(root, url.pathname);
    else if (url.pathname.startsWith('/anchors/')) file = join(anchorOut, url.pathname.slice('/anchors/'.length));
    else if (url.pathname.startsWith('/anchors-css/')) file = anchorCss[url.pathname.slice('/anchors-css/'.length).replace(/\.css$/, '')];
    if (!file || !existsSync(file) || file.includes('..')) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// ---------------------------------------------------------------------------------------------
// Measuring.
async function openPage(browser, url) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(url, { waitUntil: 'load', timeout: 120000 });
  await tab
    .waitForFunction(() => typeof window.__readyPainted === 'number', { timeout: 60000, polling: 16 })
    .catch((error) => {
      throw new Error(`${url}: never ready (${errors.join('; ') || error.message})`);
    });
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { context, tab };
}

async function readyPainted(browser, base, variant, n = 1000) {
  const { context, tab } = await openPage(browser, `${base}/page?variant=${encodeURIComponent(variant)}&n=${n}`);
  const result = await tab.evaluate(() => ({ ms: window.__readyPainted, shift: window.__shift }));
  await context.close();
  return result;
}

/** Tab from a button onto the first term, then count frames until its bubble is visible. */
async function framesToBubble(browser, base, variant) {
  const { context, tab } = await openPage(browser, `${base}/page?variant=${encodeURIComponent(variant)}&n=1000`);
  await tab.focus('#before');
  await tab.evaluate(() => {
    window.__frames = new Promise((done) => {
      document.addEventListener('focusin', function onFocus(event) {
        if (event.target.id === 'before') return;
        document.removeEventListener('focusin', onFocus);
        const start = performance.now();
        let frames = 0;
        const tick = () => {
          frames += 1;
          if (window.__bubbleVisible()) done({ frames, ms: performance.now() - start });
          else if (frames > 120) done({ frames: Infinity, ms: performance.now() - start });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    });
  });
  await tab.keyboard.press('Tab');
  const result = await tab.evaluate(() => window.__frames);
  await context.close();
  return result;
}

/** JS heap, DOM nodes and listeners per instance: 10,000 terms against the same text as <abbr>. */
async function memoryPerTerm(browser, base, n = 10000) {
  const read = async (variant) => {
    const { context, tab } = await openPage(browser, `${base}/page?variant=${encodeURIComponent(variant)}&n=${n}`);
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const counters = await cdp.send('Memory.getDOMCounters');
    await context.close();
    return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
  };
  const floor = await read('abbr');
  const ours = await read('mlops-term');
  return {
    heapBytes: (ours.heap - floor.heap) / n,
    nodes: (ours.nodes - floor.nodes) / n,
    listeners: (ours.listeners - floor.listeners) / n,
  };
}

/**
 * The terms and the age chart in Firefox, variants alternating within each round as in Chromium, or why
 * not (no Firefox here). Firefox has no layout-shift entries, so only the times are compared.
 */
async function firefoxTimings(base) {
  if (!existsSync(FIREFOX)) return { skipped: `${FIREFOX} is missing (apt-get install -y firefox-esr, or FIREFOX=path)` };
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  try {
    for (const variant of firefoxVariants) await readyPainted(browser, base, variant);
    const timings = Object.fromEntries(firefoxVariants.map((variant) => [variant, []]));
    for (let run = 0; run < RUNS; run++) for (const variant of firefoxVariants) timings[variant].push((await readyPainted(browser, base, variant)).ms);
    return { version: await browser.version(), results: Object.fromEntries(firefoxVariants.map((variant) => [variant, stats(timings[variant])])) };
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values });

/**
 * The time mlops-term adds to the <abbr> page, split by a least-squares line over N into what is
 * paid once per page (fetching, compiling and starting the script) and what each term costs: the
 * two call for different fixes, and a per-term average at one N mixes them.
 */
function extraCostFit(scale, scaleFloor) {
  const points = Object.keys(scale).map((n) => [Number(n), scale[n].median - scaleFloor[n].median]);
  const meanN = points.reduce((sum, [n]) => sum + n, 0) / points.length;
  const meanExtra = points.reduce((sum, [, extra]) => sum + extra, 0) / points.length;
  const covariance = points.reduce((sum, [n, extra]) => sum + (n - meanN) * (extra - meanExtra), 0);
  const variance = points.reduce((sum, [n]) => sum + (n - meanN) ** 2, 0);
  const perTermMs = covariance / variance;
  return { fixedMs: meanExtra - perTermMs * meanN, perTermMs };
}

// ---------------------------------------------------------------------------------------------
async function main() {
  if (!existsSync(join(root, 'dist/cdn/mlops-term.js'))) throw new Error('dist/cdn/ is missing: run `npm run build` first.');
  const started = Date.now();
  await bundleAnchors();
  const { renderHtml } = await import(join(root, 'dist/render/index.js'));
  prerenderedAgeChart = await renderHtml('<mlops-demographics chart="age"></mlops-demographics>', { mode: 'dsd', jsonLd: false });
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs,
  });

  try {
    const cdn = Object.fromEntries(measureCdnSizes().map((row) => [row.entry, row.bytes]));
    const anchorJs = (name) => gzip(join(anchorOut, `${name}.js`));
    const bytes = {
      abbr: { js: 0, css: 0 },
      tippy: { js: anchorJs('tippy'), css: gzip(anchorCss.tippy) },
      shoelace: { js: anchorJs('shoelace'), css: gzip(anchorCss.shoelace) },
      'mlops-term': { js: cdn['mlops-term.js'], css: 0 },
      'mlops-term (late script)': { js: cdn['mlops-term.js'], css: 0 },
      'chart.js (age)': { js: anchorJs('chartjs'), css: 0 },
      'mlops-demographics (age)': { js: cdn['mlops-demographics.js'], css: 0 },
      'mlops-demographics (age, prerendered)': { js: cdn['mlops-demographics.js'], css: 0 },
      'static SVG (age floor)': { js: 0, css: 0 },
    };

    // Warm-up: one untimed load of each variant (disk cache, JIT of the server path).
    for (const variant of Object.keys(variants)) await readyPainted(browser, base, variant);

    const timings = Object.fromEntries(Object.keys(variants).map((variant) => [variant, []]));
    const shifts = Object.fromEntries(Object.keys(variants).map((variant) => [variant, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const variant of Object.keys(variants)) {
        const { ms, shift } = await readyPainted(browser, base, variant);
        timings[variant].push(ms);
        shifts[variant].push(shift);
      }
    }

    const focus = {};
    for (const variant of ['tippy', 'shoelace', 'mlops-term']) {
      const samples = [];
      for (let run = 0; run < 3; run++) samples.push(await framesToBubble(browser, base, variant));
      focus[variant] = { frames: median(samples.map((s) => s.frames)), ms: median(samples.map((s) => s.ms)) };
    }

    const scale = {};
    for (const n of [100, 1000, 10000]) {
      const samples = [];
      for (let run = 0; run < 3; run++) samples.push((await readyPainted(browser, base, 'mlops-term', n)).ms);
      scale[n] = stats(samples);
    }
    const scaleFloor = {};
    for (const n of [100, 1000, 10000]) {
      const samples = [];
      for (let run = 0; run < 3; run++) samples.push((await readyPainted(browser, base, 'abbr', n)).ms);
      scaleFloor[n] = stats(samples);
    }

    const memory = await memoryPerTerm(browser, base);

    // <mlops-auto-terms> on a 5,000-word article: the time of scan() itself (first occurrences,
    // then every occurrence), after unwrapping what the automatic scan on connect did.
    const autoTerms = { words: plainArticle(5000).words, first: [], all: [] };
    for (let run = 0; run < RUNS; run++) {
      const { context, tab } = await openPage(browser, `${base}/page?variant=auto-terms`);
      const sample = await tab.evaluate(() => {
        const element = document.querySelector('mlops-auto-terms');
        const time = (all) => {
          element.clear();
          element.toggleAttribute('all', all);
          element.clear();
          const start = performance.now();
          const { count } = element.scan();
          return { ms: performance.now() - start, count };
        };
        return { first: time(false), all: time(true) };
      });
      autoTerms.first.push(sample.first);
      autoTerms.all.push(sample.all);
      await context.close();
    }

    const firefox = await firefoxTimings(base);

    const results = Object.fromEntries(
      Object.keys(variants).map((variant) => [variant, { ...stats(timings[variant]), layoutShift: Math.max(...shifts[variant]), ...bytes[variant] }]),
    );
    const floor = results.abbr.median;
    const kb = (b) => (b ? `${(b / 1000).toFixed(1)} KB` : '0');
    const ms = (value) => `${value.toFixed(0)} ms`;

    const lines = [];
    const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
    lines.push(`1,000 inline terms (10 glossary terms repeated) and one 7-bar age chart; headless Chromium, fresh context per run, median of ${RUNS} (min–max).`);
    lines.push(
      'Floors: terms against the same text in <abbr title>, charts against the same bars as static inline SVG; the last but one column compares with Tippy (terms) or Chart.js (charts).',
    );
    lines.push('');
    row('variant', 'ready→painted', 'min–max', '× floor', '× Tippy / Chart.js', 'layout shift', 'JS gzip', 'CSS gzip');
    row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
    for (const [variant, result] of Object.entries(results)) {
      const isChart = variant.includes('age');
      const chartFloor = results['static SVG (age floor)'].median;
      row(
        variant,
        ms(result.median),
        `${ms(result.min)}–${ms(result.max)}`,
        `${(result.median / (isChart ? chartFloor : floor)).toFixed(2)}×`,
        `${(result.median / results[isChart ? 'chart.js (age)' : 'tippy'].median).toFixed(2)}×`,
        result.layoutShift.toFixed(3),
        kb(result.js),
        kb(result.css),
      );
    }
    lines.push('');
    if (firefox.skipped) lines.push(`Firefox: not measured: ${firefox.skipped}.`);
    else {
      const fx = firefox.results;
      lines.push(`The same pages in ${firefox.version} (headless, WebDriver BiDi), median of ${RUNS}:`);
      lines.push('');
      row('variant (Firefox)', 'ready→painted', 'min–max', '× floor', '× Tippy / Chart.js');
      row('---', '---:', '---:', '---:', '---:');
      for (const [variant, result] of Object.entries(fx)) {
        const isChart = variant.includes('age');
        row(
          variant,
          ms(result.median),
          `${ms(result.min)}–${ms(result.max)}`,
          `${(result.median / fx[isChart ? 'static SVG (age floor)' : 'abbr'].median).toFixed(2)}×`,
          `${(result.median / fx[isChart ? 'chart.js (age)' : 'tippy'].median).toFixed(2)}×`,
        );
      }
    }
    lines.push('');
    lines.push('Bubble after keyboard focus (frames until visible, median of 3):');
    for (const [variant, result] of Object.entries(focus)) lines.push(`  ${variant.padEnd(12)} ${result.frames} frame(s), ${result.ms.toFixed(1)} ms`);
    lines.push('');
    lines.push('Scale (mlops-term vs <abbr>, median of 3):');
    for (const n of Object.keys(scale)) {
      const ours = scale[n].median;
      const bare = scaleFloor[n].median;
      lines.push(
        `  N=${String(n).padEnd(6)} mlops-term ${ms(ours).padStart(8)}  abbr ${ms(bare).padStart(8)}  extra per term ${(((ours - bare) / n) * 1000).toFixed(1)} µs`,
      );
    }
    const fit = extraCostFit(scale, scaleFloor);
    lines.push(
      `  extra over <abbr> ≈ ${ms(fit.fixedMs)} once (loading and starting the script) + ${(fit.perTermMs * 1000).toFixed(1)} µs per term (least squares over the three N)`,
    );
    lines.push('');
    const autoMedian = (list) => median(list.map((sample) => sample.ms));
    lines.push(
      `<mlops-auto-terms> on a ${autoTerms.words.toLocaleString('en')}-word article (median of ${RUNS}): scan() ${autoMedian(autoTerms.first).toFixed(1)} ms for the first occurrences (${autoTerms.first[0].count} terms), ` +
        `${autoMedian(autoTerms.all).toFixed(1)} ms with \`all\` (${autoTerms.all[0].count} terms) = ${((autoMedian(autoTerms.all) / autoTerms.words) * 1000).toFixed(1)} ms per 1,000 words`,
    );
    lines.push(
      `Memory per <mlops-term> (10,000 instances vs the same text in <abbr>): ${(memory.heapBytes / 1000).toFixed(2)} KB JS heap, ${memory.nodes.toFixed(1)} DOM nodes, ${memory.listeners.toFixed(1)} listeners`,
    );

    const goals = [
      ['mlops-term ready→painted ≤ Tippy (ratio ≤ 1.0)', results['mlops-term'].median <= results.tippy.median],
      ['mlops-term within 2× of the <abbr> floor', results['mlops-term'].median <= 2 * floor],
      ['layout shift 0 when the script loads after the text', results['mlops-term (late script)'].layoutShift === 0],
      ['bubble visible in the first frame after focus', focus['mlops-term'].frames <= 1],
      ['age chart faster than Chart.js', results['mlops-demographics (age)'].median < results['chart.js (age)'].median],
      ['age chart JS ≤ 13 KB gzip', results['mlops-demographics (age)'].js <= 13000],
      ['auto-terms well under 16 ms per 1,000 words (even with `all`)', (autoMedian(autoTerms.all) / autoTerms.words) * 1000 < 8],
    ];
    // The Core Web Vitals goals (docs/performance.md), stricter than the first round's above.
    const ratio = (variant, anchor) => results[variant].median / results[anchor].median;
    goals.push(
      ['1,000 terms ≤ 1.3× the <abbr> floor', ratio('mlops-term', 'abbr') <= 1.3],
      ['1,000 terms ≤ 0.7× Tippy', ratio('mlops-term', 'tippy') <= 0.7],
      ['age chart ≤ 0.8× Chart.js', ratio('mlops-demographics (age)', 'chart.js (age)') <= 0.8],
      ['prerendered age chart (hydrated) ≤ 1.2× the static-SVG floor', ratio('mlops-demographics (age, prerendered)', 'static SVG (age floor)') <= 1.2],
    );
    if (!firefox.skipped) {
      const firefoxRatio = (variant, anchor) => firefox.results[variant].median / firefox.results[anchor].median;
      goals.push(
        ['Firefox: age chart ≤ 0.8× Chart.js', firefoxRatio('mlops-demographics (age)', 'chart.js (age)') <= 0.8],
        ['Firefox: 1,000 terms ≤ 1.0× Tippy', firefoxRatio('mlops-term', 'tippy') <= 1.0],
      );
    }
    lines.push('');
    lines.push('Goals:');
    for (const [goal, met] of goals) lines.push(`  ${met ? 'met    ' : 'NOT MET'}  ${goal}`);
    lines.push('');
    lines.push(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${await browser.version()}; ${new Date().toISOString().slice(0, 10)}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(lines.join('\n'));

    mkdirSync(join(root, 'bench-results'), { recursive: true });
    const out = join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      out,
      JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, firefox, focus, scale, scaleFloor, extraCost: fit, memory, autoTerms, goals }, null, 2),
    );
    console.log(`\nJSON: ${out.slice(root.length + 1)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
