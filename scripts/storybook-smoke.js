// `npm run test:storybook` (after `npm run build-storybook`): renders every story of storybook-static/ in
// headless Chromium, one at a time, and fails on a console error, an uncaught error, a failed play
// function, an axe-core violation or an IBM Equal Access violation inside #storybook-root. Docs pages
// (autodocs, from custom-elements.json) are opened too and must render their API table without console
// errors; the guides (stories/docs/*.mdx, the repo's Markdown) must render their title, without console
// errors and with no axe violation.
// Stories tagged `narrow` render 320 px wide. Prints one summary line; exits non-zero on any failure.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { ACE } from './ibm-check.js';
import { ADVISORY_LEVELS, runIbmEngine } from './lib/ibm-check.js';

const root = resolve(import.meta.dirname, '..');
export const staticDir = resolve(root, 'storybook-static');
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const RENDER_TIMEOUT_MS = 20000;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server for `dir` on 127.0.0.1 (a free port); refuses paths outside `dir`. */
export function serveStatic(dir, headers = {}) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    // Browsers ask for it on their own; Storybook has none.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    let file = join(dir, path);
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Waits until Storybook's render of `storyId` has finished (or failed); returns its phase. */
async function renderPhase(page, storyId) {
  await page.waitForFunction(
    (id) => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && ['finished', 'completed', 'errored', 'aborted'].includes(render.phase);
    },
    { timeout: RENDER_TIMEOUT_MS, polling: 50 },
    storyId,
  );
  return page.evaluate(() => (document.body.classList.contains('sb-show-errordisplay') ? 'errored' : window.__STORYBOOK_PREVIEW__.currentRender.phase));
}

/**
 * Shows a story: the first one by loading iframe.html, the next ones the way Storybook's own UI
 * switches stories (a `setCurrentStory` message), which re-renders without reloading 2 MB of script.
 */
export async function openStory(page, base, storyId) {
  const loaded = await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__)).catch(() => false);
  if (!loaded || page.url().includes('viewMode=docs')) {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story`, { waitUntil: 'load' });
  } else {
    await page.evaluate((id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: 'story' }), storyId);
  }
  return renderPhase(page, storyId);
}

/** Two animation frames: whatever the last event scheduled has rendered. */
export const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

async function checkStory(page, base, entry) {
  const problems = [];
  await page.setViewport(entry.tags?.includes('narrow') ? { width: 320, height: 640 } : { width: 1024, height: 768 });
  const phase = await openStory(page, base, entry.id);
  if (phase !== 'finished' && phase !== 'completed') {
    const message = await page.evaluate(() => document.querySelector('#error-message, .sb-errordisplay_main')?.textContent?.trim() ?? '');
    problems.push(`render ${phase}${message ? `: ${message.slice(0, 300)}` : ''}`);
    return { problems, violations: [] };
  }
  await settle(page);
  const empty = await page.evaluate(() => !document.querySelector('#storybook-root')?.children.length);
  if (empty) problems.push('#storybook-root is empty');
  const violations = await axeViolations(page, '#storybook-root');
  // A page puts the element in its main landmark, which IBM's engine asks of all content; Storybook's preview has none.
  await page.evaluate(() => document.querySelector('#storybook-root').setAttribute('role', 'main'));
  // Stories switch without reloading the page: the engine stays loaded.
  if (!(await page.evaluate(() => Boolean(window.ace)))) await page.addScriptTag({ path: ACE });
  const ibm = await page.evaluate(runIbmEngine, '#storybook-root');
  await page.evaluate(() => document.querySelector('#storybook-root').removeAttribute('role'));
  for (const violation of ibm.violations) {
    violations.push({ id: `IBM ${violation.ruleId}`, help: violation.message, targets: [`${violation.path} ${violation.snippet}`] });
  }
  return { problems, violations, advisory: ibm.counts };
}

/** axe over `selector` of the page: its violations, each with a few targets. */
async function axeViolations(page, selector) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (scope) => {
    const result = await window.axe.run(document.querySelector(scope), { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: `axe ${violation.id}`,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  }, selector);
}

async function checkDocs(page, base, entry) {
  const problems = [];
  await page.setViewport({ width: 1024, height: 768 });
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
  // A guide (stories/docs/*.mdx) is a Markdown page of the repo: it renders its title and passes axe.
  if (entry.tags?.includes('unattached-mdx')) {
    const title = await page
      .waitForFunction(() => document.querySelector('#storybook-docs h1')?.textContent, { timeout: RENDER_TIMEOUT_MS, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => '');
    if (!title) problems.push('guide has no title');
    await settle(page);
    return { problems, violations: await axeViolations(page, '#storybook-docs') };
  }
  // The API table generated from custom-elements.json; every element documents at least one part or property.
  const found = await page
    .waitForFunction(() => document.querySelector('#storybook-docs .docblock-argstable tbody tr'), { timeout: RENDER_TIMEOUT_MS, polling: 100 })
    .then(() => true)
    .catch(() => false);
  if (!found) problems.push('docs page has no API table');
  await settle(page);
  return { problems, violations: [] };
}

/** The entries (stories and docs pages) of storybook-static/index.json; SMOKE_FILTER=term keeps the ids containing "term" (quick local runs). */
export function storybookEntries() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
    process.exit(1);
  }
  const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
  return entries.filter((entry) => !process.env.SMOKE_FILTER || entry.id.includes(process.env.SMOKE_FILTER));
}

async function main() {
  const wanted = storybookEntries();
  const stories = wanted.filter((entry) => entry.type === 'story');
  const docs = wanted.filter((entry) => entry.type === 'docs');
  const server = await serveStatic(staticDir);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  const rows = [];
  try {
    const page = await browser.newPage();
    let consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => consoleErrors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) consoleErrors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    for (const entry of [...stories, ...docs]) {
      consoleErrors = [];
      const started = Date.now();
      let result;
      try {
        result = entry.type === 'docs' ? await checkDocs(page, base, entry) : await checkStory(page, base, entry);
      } catch (error) {
        result = { problems: [`${error.message}`], violations: [] };
      }
      rows.push({ entry, ...result, consoleErrors, ms: Date.now() - started });
    }
  } finally {
    await browser.close();
    server.close();
  }

  let failed = 0;
  for (const { entry, problems, violations, consoleErrors } of rows) {
    const ok = !problems.length && !violations.length && !consoleErrors.length;
    if (ok) continue;
    failed += 1;
    console.log(`✗ ${entry.type} ${entry.id}`);
    for (const problem of problems) console.log(`    ${problem}`);
    for (const error of consoleErrors) console.log(`    console: ${error.slice(0, 300)}`);
    for (const violation of violations) console.log(`    ${violation.id}: ${violation.help} ${violation.targets.join(' ')}`);
  }
  if (process.env.SMOKE_TIMINGS) for (const row of rows) console.log(`${row.ms} ms ${row.entry.id}`);
  const sum = (key) => rows.reduce((total, row) => total + row[key].length, 0);
  const advisory = ADVISORY_LEVELS.map((level) => `${rows.reduce((total, row) => total + (row.advisory?.[level] ?? 0), 0)} ${level}`).join(', ');
  console.log(
    `storybook: ${stories.length} stories, ${docs.length} docs pages, ${sum('consoleErrors')} console errors, ${sum('violations')} axe and IBM violations ` +
      `(IBM, not failed on: ${advisory}), ${sum('problems')} render problems`,
  );
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
