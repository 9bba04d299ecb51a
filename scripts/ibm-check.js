// `npm run test:ibm` (after `npm run build`): IBM's Equal Access engine over every demo page, as a
// reader meets it: as written (the CDN script upgrading the elements), and prerendered under /static/
// (declarative shadow DOM, then hydrated) and /plain/, from `npm start`'s server, in headless Chromium.
// Each page is checked as loaded; the pages as written again with every term opened once, every chart
// table shown and a bar selected (the states a reader leaves it in; the prerendered pages hydrate into
// the same elements). Fails on any result of the "violation" level
// and on any request the engine makes off this machine (it must run offline); potential violations
// and recommendations are counted and listed, not failed on (they need a person's judgement).
// Prints one summary line; exits non-zero on any failure.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { ADVISORY_LEVELS, describeIbmResult, runIbmEngine } from './lib/ibm-check.js';
import { startServer } from './serve.js';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
/** The engine's browser build: every rule inside, nothing fetched. */
export const ACE = require.resolve('accessibility-checker-engine/ace.js');

const demoPages = readdirSync(join(root, 'demo'))
  .filter((file) => file.endsWith('.html'))
  .sort();
const demoPaths = ['/', '/static/', '/plain/'].flatMap((prefix) => demoPages.map((page) => `${prefix}${page}`));

/** Every element of the page defined and rendered (at most 5 s: an element whose script failed never is). */
async function settled(page) {
  await page.evaluate(async () => {
    const deep = (scope) => [...scope.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? deep(element.shadowRoot) : [])]);
    const tags = new Set([...document.querySelectorAll(':not(:defined)')].map((element) => element.localName));
    await Promise.race([Promise.all([...tags].map((tag) => customElements.whenDefined(tag))), new Promise((done) => setTimeout(done, 5000))]);
    for (let round = 0; round < 5; round++) await Promise.all(deep(document).map((element) => element.updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** What a reader leaves behind: each term opened and closed, each chart table shown, a bar of each chart selected. */
async function use(page) {
  await page.evaluate(async () => {
    for (const term of document.querySelectorAll('mlops-term')) {
      term.show?.();
      await term.updateComplete;
      term.hide?.();
    }
    const roots = (scope) => [...scope.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot, ...roots(element.shadowRoot)] : []));
    for (const shadow of roots(document)) {
      for (const details of shadow.querySelectorAll('details')) details.open = true;
      shadow.querySelector('[part~="chart"] [data-index="1"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
  });
  await settled(page);
}

async function check(page, label) {
  const started = Date.now();
  await page.addScriptTag({ path: ACE });
  const result = await page.evaluate(runIbmEngine);
  return { label: `${label} (${Date.now() - started} ms)`, ...result };
}

async function main() {
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  const results = [];
  const offMachine = [];
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    // The pages' CSP allows no inline script: the engine is added as one.
    await page.setBypassCSP(true);
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !/^(data|blob):/.test(request.url())) offMachine.push(request.url());
    });
    for (const path of demoPaths) {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      await settled(page);
      results.push(await check(page, path));
      if (path.startsWith('/static/') || path.startsWith('/plain/')) continue;
      await use(page);
      results.push(await check(page, `${path}, used`));
    }
  } finally {
    await browser.close();
    server.close();
  }

  let violations = 0;
  const advisory = Object.fromEntries(ADVISORY_LEVELS.map((level) => [level, 0]));
  for (const result of results) {
    violations += result.violations.length;
    for (const level of ADVISORY_LEVELS) advisory[level] += result.counts[level] ?? 0;
    if (result.violations.length || process.env.IBM_VERBOSE) console.log(`${result.violations.length ? '✗' : '✓'} ${result.label}: ${describeIbmResult(result)}`);
  }
  for (const url of offMachine) console.log(`✗ request off this machine: ${url}`);
  const version = JSON.parse(readFileSync(join(ACE, '../package.json'), 'utf8')).version;
  console.log(
    `IBM Equal Access (accessibility-checker-engine ${version}): ${results.length} checks of ${demoPaths.length} demo pages, ${violations} violations, ` +
      `${ADVISORY_LEVELS.map((level) => `${advisory[level]} ${level}`).join(', ')}, ${offMachine.length} requests off this machine`,
  );
  process.exit(violations || offMachine.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
