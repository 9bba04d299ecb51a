// `npm run test:trusted-types` (after `npm run build` and `npm run build-storybook`): every demo page (as
// written, and prerendered under /static/ and /plain/, from `npm start`'s server) and every Storybook story,
// in headless Chromium (the engine that enforces Trusted Types), under the page's own policy plus
//   Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html
// `lit-html` is the one policy the library needs: Lit's, which passes Lit's own template strings (never
// data) to the parser. There is no `default` policy, so any other string reaching innerHTML, a script's
// text or src, eval or the like is refused. Each page is used as a reader would: Tab through it, open
// every term, show every chart table and step through a chart's bars, vote in every feedback widget.
// Fails on any `securitypolicyviolation` event, console error or uncaught error, or if a default policy
// exists. Two negative checks prove the check can fail: a fixture page assigning a string to innerHTML,
// and a demo page served with `trusted-types` naming no policy (Lit may not create its own) must both fail.
// Prints one summary line; exits non-zero on any failure.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { startServer } from './serve.js';
import { openStory, serveStatic, settle, staticDir, storybookEntries } from './storybook-smoke.js';

const root = resolve(import.meta.dirname, '..');

/** The policy names the library needs, as SECURITY.md documents them. */
export const TRUSTED_TYPES_POLICY = "require-trusted-types-for 'script'; trusted-types lit-html";

const demoPages = readdirSync(join(root, 'demo'))
  .filter((file) => file.endsWith('.html'))
  .sort();
/** Each demo page as written, and prerendered as `npm start` serves it. */
const demoPaths = ['/', '/static/', '/plain/'].flatMap((prefix) => demoPages.map((page) => `${prefix}${page}`));

/** Records what a page reports, from before its first script runs. */
function recordViolations() {
  window.__trustedTypesProblems = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      window.__trustedTypesProblems.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      ),
    true,
  );
}

/**
 * Storybook's own preview is not Trusted-Types clean: its web-components renderer writes
 * `<div id="root-inner"></div>` into the canvas with innerHTML, its highlight overlay clears itself with
 * `innerHTML = ''`, and the accessibility addon inserts its colour-vision SVG filters with
 * insertAdjacentHTML. On Storybook pages only, exactly those strings pass through a policy of the harness
 * (`storybook-harness`); any other string given to innerHTML or insertAdjacentHTML is refused and reported
 * as before. The library's own code gets no such help on the demo pages.
 */
function allowStorybookSinks() {
  const policy = trustedTypes.createPolicy('storybook-harness', { createHTML: (html) => html });
  const isStorybooks = (html) => html === '' || html === '<div id="root-inner"></div>' || /^<svg id="storybook-a11y-vision-filters"[^]*<\/svg>$/.test(html);
  const trusted = (html) => (typeof html === 'string' && isStorybooks(html) ? policy.createHTML(html) : html);
  const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...innerHTML,
    set(html) {
      innerHTML.set.call(this, trusted(html));
    },
  });
  const { insertAdjacentHTML } = Element.prototype;
  Element.prototype.insertAdjacentHTML = function (position, html) {
    return insertAdjacentHTML.call(this, position, trusted(html));
  };
}
const STORYBOOK_POLICY = `${TRUSTED_TYPES_POLICY} storybook-harness`;

/** Runs `step` on every element `selector` finds (through shadow roots), up to `limit`; returns how many. */
async function eachDeep(page, selector, step, limit = 40) {
  const handles = (await page.$$(`>>> ${selector}`)).slice(0, limit);
  for (const handle of handles) {
    await step(handle);
    await handle.dispose();
  }
  return handles.length;
}

/**
 * Uses the page as a reader: Tab through it (until focus comes back round, at most 120 presses), open each
 * term from the keyboard and close it with Escape, open each chart table and walk a chart's bars, and vote
 * in each feedback widget (rate, tick a reason, submit, change the answer). Returns what it did.
 */
export async function interact(page) {
  const done = { tabs: 0, terms: 0, tables: 0, votes: 0 };
  for (; done.tabs < 120; done.tabs += 1) {
    await page.keyboard.press('Tab');
    const atStart = await page.evaluate(() => document.activeElement === document.body);
    if (atStart && done.tabs > 0) break;
  }
  done.terms = await eachDeep(page, 'mlops-term', async (term) => {
    await term.focus();
    await page.keyboard.press('Enter');
    await settle(page);
    await page.keyboard.press('Escape');
  });
  done.tables = await eachDeep(page, '[part~="toggle"]', (toggle) => toggle.evaluate((summary) => summary.click()));
  await eachDeep(
    page,
    '[part~="chart"] [tabindex="0"]',
    async (bar) => {
      await bar.evaluate((element) => element.focus());
      for (const key of ['ArrowRight', 'End', 'Home']) await page.keyboard.press(key);
    },
    5,
  );
  done.votes = await eachDeep(page, 'mlops-feedback', (feedback) =>
    feedback.evaluate(async (element) => {
      const root = element.shadowRoot;
      root?.querySelector('input[type="radio"]')?.click();
      await element.updateComplete;
      root?.querySelector('[part~="reason"] input')?.click();
      root?.querySelector('[part~="submit"]')?.click();
      for (let frame = 0; frame < 60 && !root?.querySelector('[part~="change"]'); frame += 1) await new Promise(requestAnimationFrame);
      root?.querySelector('[part~="change"]')?.click();
      await element.updateComplete;
    }),
  );
  await settle(page);
  return done;
}

/** A page that collects violations, console errors and uncaught errors into `problems` (cleared by the caller). */
async function newRecordingPage(browser, ...setUp) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  const problems = [];
  page.on('console', (message) => {
    // A vote posted to a story's example endpoint finds no server there: a 404, not a policy matter.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource: the server responded with a status of 404'))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  for (const script of [recordViolations, ...setUp]) await page.evaluateOnNewDocument(script);
  return { page, problems };
}

/** What the page recorded since the last call, and whether it has a default policy. */
async function collect(page, problems) {
  const recorded = await page.evaluate(() => {
    const found = window.__trustedTypesProblems.splice(0);
    if (window.trustedTypes?.defaultPolicy) found.push(`a policy named "default" exists`);
    if (!window.trustedTypes) found.push('no Trusted Types in this browser');
    return found;
  });
  return [...problems.splice(0), ...recorded];
}

/** Loads `url` (whose response must carry the Trusted Types policy), uses it, and returns its problems. */
export async function checkPage(recording, url) {
  const { page, problems } = recording;
  problems.length = 0;
  // A tab in the background gets no animation frames.
  await page.bringToFront();
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!/require-trusted-types-for 'script'/.test(response.headers()['content-security-policy'] ?? '')) return { problems: ['served without the Trusted Types policy'] };
  // Every custom element on the page defined (at most 5 s: an element whose script failed never is).
  await page.evaluate(() => {
    const tags = new Set([...document.querySelectorAll(':not(:defined)')].map((element) => element.localName));
    return Promise.race([Promise.all([...tags].map((tag) => customElements.whenDefined(tag))), new Promise((done) => setTimeout(done, 5000))]);
  });
  const done = await interact(page);
  return { problems: await collect(page, problems), done };
}

async function main() {
  const stories = storybookEntries().filter((entry) => entry.type === 'story');
  const demoServer = await startServer(0, { policies: [TRUSTED_TYPES_POLICY] });
  const namelessServer = await startServer(0, { policies: ["require-trusted-types-for 'script'; trusted-types 'none'"] });
  const storybookServer = await serveStatic(staticDir, { 'content-security-policy': STORYBOOK_POLICY });
  const fixtureServer = await serveStatic(join(root, 'test/fixtures/trusted-types'), { 'content-security-policy': TRUSTED_TYPES_POLICY });
  const base = (server) => `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs, protocolTimeout: 30000 });
  const failures = [];
  const totals = { tabs: 0, terms: 0, tables: 0, votes: 0 };
  const add = (done) => Object.keys(totals).forEach((key) => (totals[key] += done[key]));
  try {
    const recording = await newRecordingPage(browser);
    for (const path of demoPaths) {
      const result = await checkPage(recording, `${base(demoServer)}${path}`).catch((error) => ({ problems: [error.message] }));
      if (result.problems.length) failures.push({ where: `demo ${path}`, problems: result.problems });
      else add(result.done);
    }

    // Stories switch the way Storybook's UI does (no reload), so the recorder stays installed.
    const storyPage = await newRecordingPage(browser, allowStorybookSinks);
    await storyPage.page.bringToFront();
    for (const entry of stories) {
      let problems;
      try {
        const phase = await openStory(storyPage.page, base(storybookServer), entry.id);
        const done = await interact(storyPage.page);
        add(done);
        problems = await collect(storyPage.page, storyPage.problems);
        if (phase !== 'finished' && phase !== 'completed') problems.push(`render ${phase}`);
      } catch (error) {
        problems = [...storyPage.problems.splice(0), error.message];
      }
      if (problems.length) failures.push({ where: `story ${entry.id}`, problems });
    }
    // The Storybook harness lets only Storybook's own strings through: any other string is still refused.
    const harnessProblems = !stories.length
      ? ['(no story opened)']
      : await storyPage.page
          .evaluate(() => {
            document.querySelector('#storybook-root').innerHTML = '<em>not one of Storybook’s strings</em>';
          })
          .then(() => ['the harness let an arbitrary string through'])
          .catch(() => collect(storyPage.page, storyPage.problems));
    if (stories.length && !harnessProblems.some((problem) => problem.includes('trusted-types-sink'))) {
      failures.push({
        where: 'negative check: a string written to innerHTML on a Storybook page',
        problems: ['no violation reported: the check would miss this', ...harnessProblems],
      });
    }

    // The negative checks: each must report at least one problem, or the check is blind.
    const negatives = [
      ['a page assigning a string to innerHTML', `${base(fixtureServer)}/inner-html.html`],
      ["docs.html under trusted-types 'none' (Lit may not create its policy)", `${base(namelessServer)}/docs.html`],
    ];
    for (const [what, url] of negatives) {
      const result = await checkPage(recording, url).catch((error) => ({ problems: [error.message] }));
      if (!result.problems.length) failures.push({ where: `negative check: ${what}`, problems: ['no violation reported: the check would miss this'] });
      else if (process.env.VERBOSE) console.log(`negative check caught: ${what}\n    ${result.problems.join('\n    ')}`);
    }
  } finally {
    await browser.close();
    for (const server of [demoServer, namelessServer, storybookServer, fixtureServer]) server.close();
  }

  for (const { where, problems } of failures) {
    console.log(`✗ ${where}`);
    for (const problem of problems) console.log(`    ${problem.slice(0, 300)}`);
  }
  console.log(
    `trusted types (${TRUSTED_TYPES_POLICY}): ${demoPaths.length} demo pages, ${stories.length} stories, 3 negative checks; ` +
      `${totals.tabs} tab presses, ${totals.terms} terms opened, ${totals.tables} chart tables, ${totals.votes} votes; ${failures.length} failing`,
  );
  process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
