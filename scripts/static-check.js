// `npm run test:static` (after `npm run build`): the static output of
// mlops-elements/render, checked the way readers meet it.
//   1. Every demo page rendered in dsd and in plain mode (as `npm start` serves them) with no problem,
//      and html-validate finds no error in any of them.
//   2. JavaScript off, in Chromium and Firefox: every card, chart, section and term text the page
//      should show is visible (declarative shadow roots attach without script), and every row of
//      every chart table (in dsd mode once a click opens its "Show table" disclosure, which needs no
//      script); plain pages have no custom element, no shadow root and no hidden text (but the
//      feedback form's honeypot paragraph, hidden on purpose, which must stay hidden). The German
//      page is rendered with the translations it registers, and checked in German.
//   3. axe-core finds no violation in either mode (a page where the elements are never defined).
//   4. The dsd pages with JavaScript on and the CDN script, in Chromium, Firefox and WebKit: no
//      console error and no layout shift when the script loads (Chromium's layout-shift entries,
//      and in every engine each element's and part's box before and after definition); in
//      Chromium, each element then shows the text it shows when the page renders in the browser
//      alone. (A page whose provider loads its dataset in the browser has nothing prerendered and
//      is left out of 3 and 4 in dsd mode.)
//   5. `npm start`'s server: /static/ and /plain/ pages, compression, a CSP that lets the
//      declarative shadow roots' styles apply, and /feed.xml as valid RSS 2.0.
// Prints one summary line; exits non-zero on any failure. BROWSERS=chromium,firefox,webkit picks engines.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, get as httpGet } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import puppeteer from 'puppeteer-core';
import { wantedEngines } from './browsers.js';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { germanStrings } from '../demo/strings-de.js';
import { postParts, textOf } from './feed.js';
import { layoutBoxesScript } from './lib/layout-boxes.js';
import { cspFor, renderPage, startServer } from './serve.js';
import { freePort, startXvfb, waitForDriver, webkitCapabilities } from './wtr/webkit-launcher.js';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const modes = ['dsd', 'plain'];
const pages = readdirSync(join(root, 'demo'))
  .filter((file) => file.endsWith('.html'))
  .sort();

const failures = [];
const fail = (where, message) => failures.push(`${where}: ${message}`);
const counts = { texts: 0, rows: 0, disclosures: 0, axeRules: 0 };

// ——— What each page must show ———

const elementsOf = (node, tag, found = []) => {
  if (node.nodeName === tag) found.push(node);
  for (const child of node.childNodes ?? []) elementsOf(child, tag, found);
  return found;
};
const attributeOf = (node, name) => node.attrs.find((attr) => attr.name === name)?.value;

/** Texts a profile page shows for its dataset: one or more from every section. */
function profileTexts(profile) {
  return [
    profile.name,
    profile.generalQA,
    ...profile.keyFindings.flatMap((finding) => [finding.title, finding.text]),
    ...profile.subGroups.flatMap((group) => [group.name, group.description]),
    ...profile.platforms.items.flatMap((platform) => [platform.name, platform.description, platform.category]),
    ...profile.terminology.flatMap((term) => [term.insider, term.explanation]),
    profile.greeting.phrase,
    ...[...profile.insideJokes, ...profile.sayings, ...profile.unwrittenRules, ...profile.welcomingPractices, ...profile.beginnerMistakes, ...profile.clothing].map(
      (item) => item.text,
    ),
    ...profile.personas.flatMap((persona) => [persona.name, persona.bio]),
    ...profile.tools.items.flatMap((tool) => [tool.name, tool.description]),
    ...profile.firstSteps.steps.map((step) => step.title),
    ...profile.regionalDifferences.map((difference) => difference.region),
    ...profile.misconceptions.flatMap((misconception) => [misconception.misconception, misconception.reality]),
  ];
}

/**
 * The rows of the data tables of a profile's charts, `[label, share]` as a reader sees them: platforms
 * with the "Not itemised" rest, gender and age. The German page in its own wording and digits (the
 * renderer gets the translations the page registers).
 */
function chartRows(page, data, profile) {
  const german = page === 'docs-de.html';
  const percent = (value) => `${german ? String(value).replace('.', ',') : value} %`;
  const rest = 100 - data.itemisedPercent(profile.platforms);
  return [
    ...profile.platforms.items.map((platform) => [platform.name, percent(platform.percent)]),
    ...(rest > 0 ? [[german ? germanStrings.demographics.notItemised : 'Not itemised', percent(rest)]] : []),
    ...[...profile.gender, ...profile.age].map((share) => [share.label, percent(share.percent)]),
  ];
}

/**
 * Every chart table row `page` must show in `mode` with JavaScript off (in dsd mode once its
 * "Show table" disclosure is opened): the charts of a <mlops-demographics> and of a profile page.
 */
function expectedTableRows(page, mode, source, data) {
  const rows = [];
  if (elementsOf(parse(source), 'mlops-demographics').length || page === 'profile.html') rows.push(...chartRows(page, data, data.profile));
  if (page === 'other-profile.html' && mode === 'plain') rows.push(...chartRows(page, data, data.sample));
  return rows;
}

/**
 * The texts that must be visible on `page` in `mode`, from the page's source and the dataset:
 * each term's own text, each card's name, description and tags, every tool of a grid, the chart
 * rows with their numbers (the "Not itemised" 40 % among them) and the profile's sections.
 */
function expectedTexts(page, mode, source, data) {
  const document = parse(source);
  const texts = [textOf(elementsOf(document, 'h1')[0] ?? { childNodes: [] })];
  texts.push(...elementsOf(document, 'mlops-term').map(textOf));
  for (const card of elementsOf(document, 'mlops-tool-card')) {
    const tool = data.findTool(attributeOf(card, 'tool'));
    texts.push(tool.name, tool.description, ...tool.tags);
  }
  if (elementsOf(document, 'mlops-tool-grid').some((grid) => !attributeOf(grid, 'tag'))) texts.push(...data.bundledTools.map((tool) => tool.name));
  if (elementsOf(document, 'mlops-demographics').length) texts.push(...chartRows(page, data, data.profile).flat());
  if (elementsOf(document, 'mlops-auto-terms').length) {
    const article = textOf(elementsOf(document, 'article')[0]);
    texts.push(
      ...data.bundledTerminology
        .flatMap((term) => [term.insider, term.outsider])
        .flatMap((name) => new RegExp(`\\b${name.replace(/[^\w ]/g, '\\$&')}\\b`, 'i').exec(article) ?? []),
    );
  }
  if (page === 'profile.html') texts.push(...profileTexts(data.profile));
  // A provider with a `src` is rendered with that dataset in plain mode; in dsd mode the browser loads it.
  if (page === 'other-profile.html' && mode === 'plain') texts.push(...profileTexts(data.sample));
  return [...new Set(texts.filter(Boolean))];
}

// ——— In the page ———

/**
 * Runs in the page (JavaScript off: through the automation protocol). Walks the document and its
 * open shadow roots; a text counts as visible when a text node containing it has a rendered box
 * larger than 1 px (visually hidden text is 1 px) and its element is visible.
 */
function inspectPage(expected, rows) {
  const texts = [];
  const shadowRoots = [];
  const customElements = [];
  const walk = (rootNode) => {
    const walker = document.createTreeWalker(rootNode, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) texts.push(node);
      else {
        if (node.localName.includes('-')) customElements.push(node.localName);
        if (node.shadowRoot) {
          shadowRoots.push(node.shadowRoot);
          walk(node.shadowRoot);
        }
      }
    }
  };
  walk(document.body);
  const visible = (node) => {
    const element = node.parentElement;
    if (!element || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(element.tagName.toUpperCase())) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()].some((rect) => rect.width > 1 && rect.height > 1);
  };
  const normal = (text) => text.replace(/\s+/g, ' ').trim();
  const missing = expected.filter((text) => !texts.some((node) => normal(node.data).includes(text) && visible(node)));
  // A table row counts when its header cell and its value cell are both visible, with exactly these texts.
  const cellShown = (cell, text) => cell && normal(cell.textContent) === text && [...cell.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && visible(node));
  const tableRows = [document, ...shadowRoots].flatMap((scope) => [...scope.querySelectorAll('tr')]);
  const missingRows = rows.filter(([label, value]) => !tableRows.some((row) => cellShown(row.querySelector('th'), label) && cellShown(row.querySelector('td'), value)));
  const parent = (node) => node.parentElement?.tagName.toUpperCase();
  // The plain feedback form's honeypot: a `hidden` paragraph holding the `website` field that people must never see.
  const honeypots = [...document.querySelectorAll('form p[hidden]')].filter((paragraph) => paragraph.querySelector('input[name="website"]'));
  const hidden = texts
    .filter((node) => normal(node.data) && !['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(parent(node)) && !visible(node))
    .filter((node) => !honeypots.some((honeypot) => honeypot.contains(node)))
    .map((node) => normal(node.data).slice(0, 60));
  return {
    missing,
    missingRows,
    hidden,
    honeypotsShown: honeypots.filter((honeypot) => honeypot.checkVisibility()).length,
    shadowRoots: shadowRoots.length,
    templatesLeft:
      document.querySelectorAll('template[shadowrootmode]').length +
      shadowRoots.reduce((sum, shadow) => sum + shadow.querySelectorAll('template[shadowrootmode]').length, 0),
    customElements: [...new Set(customElements)],
    defined: [...new Set(customElements)].filter((tag) => window.customElements.get(tag)),
  };
}

/**
 * Loaded first by the dsd pages in the hydration runs (a classic script at the top of <head>). It
 * records errors and layout-shift entries, measures every element's boxes once the page is parsed
 * (the server holds the CDN script until then), lets the script load, waits for every element to be
 * defined and rendered, and measures again.
 */
const hydrationProbe = `(() => {
${layoutBoxesScript}
const state = (window.__staticCheck = { errors: [], shifts: [], result: undefined });
const consoleError = console.error;
console.error = (...args) => { state.errors.push(args.map(String).join(' ')); consoleError.apply(console, args); };
addEventListener('error', (event) => state.errors.push('uncaught: ' + event.message));
addEventListener('unhandledrejection', (event) => state.errors.push('unhandled rejection: ' + event.reason));
const layoutShiftApi = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');
if (layoutShiftApi) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.shifts.push({ time: entry.startTime, value: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });
}
const loaded = new Promise((done) => addEventListener('load', done, { once: true }));
const hosts = () => {
  const found = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('mlops-')) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return found;
};
const tags = () => [...new Set(hosts().map((host) => host.localName))];
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
// Bars grow in (a transform animation): boxes are compared once every finite animation has ended.
// (Not document.fonts.ready: it waits for the load event, which waits for the held script.) The
// first measurement waits for the style sheets too, as the first paint does.
const settle = async () => {
  const loading = [...document.querySelectorAll('link[rel~="stylesheet"]')].filter((link) => !link.sheet);
  await Promise.race([Promise.all(loading.map((link) => new Promise((done) => link.addEventListener('load', done, { once: true })))), sleep(3000)]);
  const animations = new Set([document, ...hosts().map((host) => host.shadowRoot).filter(Boolean)].flatMap((scope) => scope.getAnimations()));
  await Promise.race([Promise.all([...animations].map((animation) => animation.finished.catch(() => {}))), sleep(3000)]);
  await frames();
};
const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
// What an element shows: its shadow root's text (not its style sheet), or its own text without one.
const shownText = (host) => {
  const walker = document.createTreeWalker(host.shadowRoot ?? host, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.localName !== 'style') text += node.data;
  return host.localName + ': ' + text.replace(/\\s+/g, ' ').trim();
};
document.addEventListener('readystatechange', async () => {
  if (document.readyState !== 'interactive') return;
  await settle();
  // What is measured: the page's own elements (the same nodes before and after: an element that
  // appears later, such as a term auto-terms wraps, is not compared) and, in order, the elements
  // inside shadow roots (re-created when their host renders). A light-DOM wrapper (auto-terms) is
  // judged by the elements it wraps: its own box turns from inline to block when it is defined, and
  // WebKit reports an inline box around blocks differently.
  const wrapper = (element) => element.localName.startsWith('mlops-') && !element.shadowRoot && element.children.length > 0;
  const pageElements = [...document.body.querySelectorAll('*')].filter((element) => !wrapper(element));
  const nested = () => hosts().filter((host) => host.getRootNode() !== document);
  const nestedBefore = nested();
  const before = [...pageElements, ...nestedBefore];
  const definedEarly = tags().filter((tag) => customElements.get(tag));
  const boxesBefore = layoutBoxes(before);
  const hadShadowRoot = before.map((element) => Boolean(element.shadowRoot));
  const released = performance.now();
  await fetch('/__static-check/release', { method: 'POST' });
  await loaded;
  const deadline = performance.now() + 15000;
  let undefinedTags = tags().filter((tag) => !customElements.get(tag));
  // Elements render more elements (a profile page its sections): wait until none is left to define or update.
  for (let round = 0; round < 20 && performance.now() < deadline; round++) {
    await Promise.all(hosts().map((host) => host.updateComplete));
    await sleep(50);
    undefinedTags = tags().filter((tag) => !customElements.get(tag));
    if (!undefinedTags.length && round >= 2) break;
  }
  await document.fonts.ready;
  await settle();
  const nestedAfter = nested();
  const after = [...pageElements, ...nestedAfter];
  state.result = {
    measured: Object.keys(boxesBefore).length,
    hosts: hosts().length,
    definedEarly,
    undefinedTags,
    moved: [
      ...(nestedAfter.length === nestedBefore.length ? [] : [nestedBefore.length + ' elements in shadow roots before, ' + nestedAfter.length + ' after']),
      ...movedBoxes(boxesBefore, layoutBoxes(after), hadShadowRoot),
    ],
    texts: hosts().map(shownText),
    layoutShiftApi,
    cls: sum(state.shifts),
    clsWhenScriptLoads: sum(state.shifts.filter((shift) => shift.time >= released)),
  };
});
})();`;

// ——— The test server (loopback only) ———

/**
 * Serves /<mode>/<page> (the rendered page; with ?hydrate, the probe first in <head>), /raw/<page>
 * (the demo page as written, in `sources`), the demo's files beside them, and dist/. While `hold()`
 * is on, module requests for dist/cdn/ wait until the page's probe has measured and posts
 * /__static-check/release.
 */
export function testServer(rendered, sources = new Map()) {
  let holding = false;
  const held = [];
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const sendFile = (response, file) =>
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = normalize(decodeURIComponent(url.pathname));
    if (path === '/__static-check/probe.js') return void response.writeHead(200, { 'content-type': types['.js'], 'cache-control': 'no-store' }).end(hydrationProbe);
    if (path === '/__static-check/release') {
      holding = false;
      held.splice(0).forEach((send) => send());
      return void response.writeHead(204).end();
    }
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const [, mode, name] = /^\/(dsd|plain|raw)\/([\w.-]*)$/.exec(path) ?? [];
    const page = mode === 'raw' ? sources.get(name || 'index.html') : rendered.get(`${mode}/${name || 'index.html'}`)?.html;
    if (page) {
      const html = url.searchParams.has('hydrate') ? page.replace(/<head>/i, '$&<script src="/__static-check/probe.js"></script>') : page;
      return void response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' }).end(html);
    }
    const file = mode ? join(root, 'demo', name) : join(root, path);
    const allowed = mode ? name && !name.endsWith('.html') : path.startsWith('/dist/') || path.startsWith('/data/');
    if (!allowed || !file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    // Module scripts only: a classic script (no-cors) blocks the parser, so holding it would hold the page.
    if (holding && path.startsWith('/dist/cdn/') && request.headers['sec-fetch-mode'] !== 'no-cors') held.push(() => sendFile(response, file));
    else sendFile(response, file);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        base: `http://127.0.0.1:${server.address().port}`,
        hold: () => (holding = true),
        close: () => server.close(),
      }),
    ),
  );
}

// ——— The checks ———

/** 1: render (as npm start does) and validate. */
async function renderAll() {
  const rendered = new Map();
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  for (const page of pages) {
    for (const mode of modes) {
      const result = await renderPage(join(root, 'demo', page), mode);
      rendered.set(`${mode}/${page}`, result);
      for (const problem of result.problems) fail(`${mode}/${page}`, `render problem ${problem.line}:${problem.col} ${problem.message}`);
      // Validated as a file of the demo folder, so that the repository's .htmlvalidate.mjs applies.
      const report = await validator.validateString(result.html, join(root, 'demo', `${mode}-${page}`));
      for (const message of report.results.flatMap((file) => file.messages))
        fail(`${mode}/${page}`, `html-validate ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return rendered;
}

const firefoxOptions = (prefs = {}) => ({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: prefs });

/** 2: JavaScript off. Chromium switches it off per page; Firefox (no BiDi command for it yet) by preference. */
async function checkWithoutScript(engine, browser, server, rendered, data) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  if (engine === 'chromium') await tab.setJavaScriptEnabled(false);
  for (const [key, { html }] of rendered) {
    const [mode, page] = key.split('/');
    const where = `${engine}, JavaScript off, ${key}`;
    const source = readFileSync(join(root, 'demo', page), 'utf8');
    const expected = expectedTexts(page, mode, source, data);
    const rows = expectedTableRows(page, mode, source, data);
    await tab.goto(`${server.base}/${key}`, { waitUntil: 'load' });
    // A chart's table is behind its "Show table" disclosure: opened as a reader would, by a click, which needs no script.
    const opened = mode === 'dsd' ? await openDisclosures(tab) : 0;
    const seen = await tab.evaluate(inspectPage, expected, rows);
    counts.texts += expected.length;
    counts.rows += rows.length;
    counts.disclosures += opened;
    for (const text of seen.missing) fail(where, `"${text.slice(0, 80)}" is not visible`);
    for (const [label, value] of seen.missingRows) fail(where, `no visible table row "${label} | ${value}"`);
    if (seen.defined.length) fail(where, `scripts ran (${seen.defined.join(', ')} defined)`);
    const declared = html.match(/<template shadowroot(mode)?="open"/g)?.length ?? 0;
    if (seen.templatesLeft) fail(where, `${seen.templatesLeft} declarative shadow roots were not attached`);
    if (mode === 'dsd' && seen.shadowRoots !== declared) fail(where, `${seen.shadowRoots} shadow roots, ${declared} in the HTML`);
    if (mode === 'plain') {
      if (seen.customElements.length || seen.shadowRoots) fail(where, `custom elements (${seen.customElements.join(', ')}) or shadow roots in plain HTML`);
      for (const text of seen.hidden) fail(where, `text "${text}" is hidden`);
      if (seen.honeypotsShown) fail(where, `${seen.honeypotsShown} feedback honeypot field(s) visible to readers`);
    }
  }
  await tab.close();
}

/** Clicks every `<summary>` of the page's shadow roots (JavaScript off: real pointer input); returns how many were opened. */
async function openDisclosures(tab) {
  const list = await tab.evaluateHandle(() => {
    const found = [];
    const walk = (scope) => {
      for (const element of scope.querySelectorAll('*')) {
        if (element.shadowRoot) {
          found.push(...element.shadowRoot.querySelectorAll('details:not([open]) > summary'));
          walk(element.shadowRoot);
        }
      }
    };
    walk(document);
    return found;
  });
  // A mouse click at the summary's centre. (Not ElementHandle.click: in Firefox it waits for page
  // callbacks, which never run with JavaScript off.)
  for (const summary of (await list.getProperties()).values()) {
    const { x, y } = await summary.evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await tab.mouse.click(x, y);
  }
  const open = await tab.evaluate((found) => found.filter((summary) => summary.parentElement.open).length, list);
  await list.dispose();
  return open;
}

/** 3: axe-core, on a page whose scripts never load (the elements stay undefined). */
async function checkAxe(browser, server, rendered) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  await tab.setRequestInterception(true);
  tab.on('request', (request) => (request.resourceType() === 'script' ? request.abort() : request.continue()));
  const results = [];
  for (const key of [...rendered.keys()].filter((key) => prerendered(rendered, key))) {
    await tab.goto(`${server.base}/${key}`, { waitUntil: 'load' });
    await tab.addScriptTag({ path: AXE });
    const { violations, rules } = await tab.evaluate(async () => {
      if (customElements.get('mlops-tool-card') || customElements.get('mlops-term')) throw new Error('the elements are defined');
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      const rules = result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length;
      return {
        rules,
        violations: result.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.help} ${violation.nodes[0]?.target.join(' ')}`),
      };
    });
    counts.axeRules += rules;
    results.push(violations.length);
    for (const violation of violations) fail(`axe, ${key}`, violation);
  }
  await tab.close();
  return results.reduce((sum, count) => sum + count, 0);
}

/** 4, Chromium and Firefox: the dsd pages with the CDN script. */
async function checkHydration(engine, browser, server, rendered) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1024, height: 768 });
  const errors = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const measured = [];
  for (const page of hydrationPages(rendered)) {
    errors.length = 0;
    server.hold();
    await tab.goto(`${server.base}/dsd/${page}?hydrate`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__staticCheck?.result, { timeout: 30000 }).catch(() => {});
    const { result, errors: pageErrors } = await tab.evaluate(() => window.__staticCheck);
    measured.push(judgeHydration(engine, page, result, [...errors, ...pageErrors]));
    // Chromium also opens the page as written (the elements render in the browser alone): once
    // hydrated, the prerendered page must show the same text in every element.
    if (engine === 'chromium' && result) {
      await tab.goto(`${server.base}/raw/${page}?hydrate`, { waitUntil: 'load' });
      await tab.waitForFunction(() => window.__staticCheck?.result, { timeout: 30000 }).catch(() => {});
      const clientTexts = await tab.evaluate(() => window.__staticCheck.result?.texts ?? []);
      const index = Array.from({ length: Math.max(clientTexts.length, result.texts.length) }, (_, i) => i).find((i) => clientTexts[i] !== result.texts[i]);
      if (index !== undefined) {
        const [shown = '', expected = ''] = [result.texts[index], clientTexts[index]];
        let from = 0;
        while (from < shown.length && shown[from] === expected[from]) from++;
        const excerpt = (text) => JSON.stringify(`${from > 40 ? '…' : ''}${text.slice(Math.max(0, from - 40), from + 80)}`);
        fail(
          `${engine}, hydration, dsd/${page}`,
          `element ${index} shows other text than when rendered in the browser alone: ${excerpt(shown)} instead of ${excerpt(expected)}`,
        );
      }
    }
  }
  await tab.close();
  return measured;
}

/**
 * False for a dsd page whose elements the renderer left to the browser: a provider with `src` loads
 * its dataset there, so nothing is prerendered (no heading, nothing to keep still while it loads).
 */
function prerendered(rendered, key) {
  return !key.startsWith('dsd/') || !/<mlops-profile\b[^>]*\ssrc=/.test(rendered.get(key).html);
}

/** The dsd pages with something prerendered. */
function hydrationPages(rendered) {
  return pages.filter((page) => prerendered(rendered, `dsd/${page}`));
}

function judgeHydration(engine, page, result, errors) {
  const where = `${engine}, hydration, dsd/${page}`;
  for (const error of new Set(errors)) fail(where, `console error: ${error.slice(0, 300)}`);
  if (!result) {
    fail(where, 'the probe did not finish');
    return { page, cls: NaN, moved: NaN };
  }
  if (result.definedEarly.length) fail(where, `measured too late: ${result.definedEarly.join(', ')} already defined`);
  if (result.undefinedTags.length) fail(where, `never defined: ${result.undefinedTags.join(', ')}`);
  for (const move of result.moved.slice(0, 5)) fail(where, `layout shift: ${move}`);
  if (result.moved.length > 5) fail(where, `… and ${result.moved.length - 5} more boxes moved`);
  if (result.layoutShiftApi && result.clsWhenScriptLoads > 0) fail(where, `layout shift ${result.clsWhenScriptLoads.toFixed(3)} when the script loads`);
  return {
    page,
    measured: result.measured,
    moved: result.moved.length,
    cls: result.layoutShiftApi ? result.cls : undefined,
    clsWhenScriptLoads: result.clsWhenScriptLoads,
  };
}

/** 4, WebKit: MiniBrowser under a private Xvfb over WebDriver classic, as the test runner drives it. */
async function checkHydrationWebKit(server, rendered) {
  const { remote } = await import('webdriverio');
  const children = [];
  let browser;
  try {
    const xvfb = await startXvfb();
    children.push(xvfb.process);
    const port = await freePort();
    children.push(spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], { stdio: 'ignore', env: { ...process.env, DISPLAY: xvfb.display } }));
    await waitForDriver(port);
    browser = await remote({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities: { ...webkitCapabilities } });
    await browser.setWindowSize(1024, 768).catch(() => {});
    const measured = [];
    for (const page of hydrationPages(rendered)) {
      server.hold();
      await browser.url(`${server.base}/dsd/${page}?hydrate`);
      await browser.waitUntil(() => browser.execute(() => Boolean(window.__staticCheck?.result)), { timeout: 30000 }).catch(() => {});
      const state = await browser.execute(() => window.__staticCheck);
      measured.push(judgeHydration('webkit', page, state?.result, state?.errors ?? []));
    }
    return measured;
  } finally {
    await browser?.deleteSession().catch(() => {});
    for (const child of children.reverse()) {
      child.removeAllListeners('exit');
      if (child.exitCode === null) child.kill('SIGTERM');
    }
  }
}

/** 5: `npm start`'s server: routes, compression, the CSP, and the feed (parsed by the browser's XML parser). */
async function checkDemoServer(browser, rendered) {
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const tab = await browser.newPage();
  const errors = [];
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  // Each page is fetched in one encoding, in turn: [bytes of HTML, bytes on the wire] by encoding, for the summary.
  const sizes = { br: [0, 0], gzip: [0, 0], identity: [0, 0] };
  try {
    for (const [index, [key, { html }]] of [...rendered].entries()) {
      const [mode, page] = key.split('/');
      const path = `/${mode === 'dsd' ? 'static' : 'plain'}/${page}`;
      const encoding = ['br', 'gzip', 'identity'][index % 3];
      const response = await get(base + path, encoding);
      const served = { br: brotliDecompressSync, gzip: gunzipSync }[response.headers['content-encoding']]?.(response.body) ?? response.body;
      if (response.status !== 200) fail(`npm start ${path}`, `HTTP ${response.status}`);
      else if (served.toString() !== html) fail(`npm start ${path}`, 'serves other HTML than the renderer gives');
      if ((response.headers['content-encoding'] ?? 'identity') !== encoding)
        fail(`npm start ${path}`, `asked for ${encoding}, got ${response.headers['content-encoding']}`);
      if (response.headers['content-security-policy'] !== cspFor(html)) fail(`npm start ${path}`, "no CSP with the page's style hashes");
      sizes[encoding][0] += Buffer.byteLength(html);
      sizes[encoding][1] += response.body.length;
    }
    // Under that CSP, in Chromium: the prerendered pages load, show their styles and hydrate without an error.
    for (const page of hydrationPages(rendered)) {
      errors.length = 0;
      await tab.goto(`${base}/static/${page}`, { waitUntil: 'load' });
      for (const error of errors) fail(`npm start /static/${page}`, `console error: ${error.slice(0, 200)}`);
    }
    const feedResponse = await get(`${base}/feed.xml`, 'identity');
    if (!/^application\/rss\+xml/.test(feedResponse.headers['content-type'] ?? '')) fail('feed', `content type ${feedResponse.headers['content-type']}`);
    const feed = feedResponse.body.toString();
    const { renderHtml } = await import(join(root, 'dist/render/index.js'));
    const expected = postParts(await renderHtml(readFileSync(join(root, 'demo/blog.html'), 'utf8'), { mode: 'plain', footnotes: true, jsonLd: false }));
    const terms = elementsOf(parse(readFileSync(join(root, 'demo/blog.html'), 'utf8')), 'mlops-term').length;
    await tab.goto('about:blank');
    const problems = await tab.evaluate(checkRss, feed, expected.content, terms);
    for (const problem of problems) fail('feed', problem);
    return { sizes, feed: { bytes: Buffer.byteLength(feed), problems: problems.length } };
  } finally {
    await tab.close();
    server.close();
  }
}

/** A GET with the raw body (fetch would decode it): `{ status, headers, body }`. */
function get(url, encoding) {
  return new Promise((done, failed) =>
    httpGet(url, { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', failed),
  );
}

/** Runs in the browser: RSS 2.0's required elements, and the description's HTML exactly the plain post. */
function checkRss(xml, content, terms) {
  const problems = [];
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.querySelector('parsererror')) return [`not well-formed XML: ${document.querySelector('parsererror').textContent.slice(0, 200)}`];
  const rss = document.documentElement;
  if (rss.localName !== 'rss' || rss.getAttribute('version') !== '2.0') problems.push('the root is not <rss version="2.0">');
  const channel = [...rss.children].find((child) => child.localName === 'channel');
  const child = (parent, name) => [...(parent?.children ?? [])].find((element) => element.localName === name && !element.namespaceURI);
  for (const name of ['title', 'link', 'description']) if (!child(channel, name)?.textContent.trim()) problems.push(`channel has no ${name}`);
  const absolute = (url) => /^https?:\/\/[^/]+\//.test(url ?? '');
  if (!absolute(child(channel, 'link')?.textContent)) problems.push('the channel link is not an absolute URL');
  const items = [...(channel?.children ?? [])].filter((element) => element.localName === 'item');
  if (items.length !== 1) problems.push(`${items.length} items, expected the one post`);
  for (const item of items) {
    for (const name of ['title', 'link', 'guid', 'pubDate', 'description']) if (!child(item, name)?.textContent.trim()) problems.push(`item has no ${name}`);
    const link = child(item, 'link')?.textContent;
    if (!absolute(link)) problems.push('the item link is not an absolute URL');
    const guid = child(item, 'guid');
    if (guid?.getAttribute('isPermaLink') === 'true' && guid.textContent !== link) problems.push('the permalink guid is not the link');
    const date = child(item, 'pubDate')?.textContent ?? '';
    if (
      !/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(date) ||
      Number.isNaN(Date.parse(date))
    )
      problems.push(`pubDate "${date}" is not an RFC 822 date`);
    const description = child(item, 'description')?.textContent ?? '';
    if (description !== content) problems.push('the description is not the plain-mode post, character for character');
    const html = new DOMParser().parseFromString(description, 'text/html');
    if (html.querySelector('script, style, template, [style]') || [...html.querySelectorAll('*')].some((element) => element.localName.includes('-')))
      problems.push('the description has a script, a style or a custom element');
    if (html.querySelectorAll('dfn abbr[title]').length !== terms)
      problems.push(`${html.querySelectorAll('dfn abbr[title]').length} terms in the description, ${terms} in the post`);
    if (!html.querySelector('.mlops-notes li')?.textContent.includes('Outsiders say:')) problems.push('the description has no notes with the terms explained');
  }
  return problems;
}

// ——— Main ———

async function main() {
  const started = performance.now();
  const engines = wantedEngines();
  let dataModule, render;
  try {
    dataModule = await import(join(root, 'dist/data/index.js'));
    render = await import(join(root, 'dist/render/index.js'));
  } catch (error) {
    console.error(`dist/ cannot be loaded (run \`npm run build\` first): ${error.message}`);
    process.exit(1);
  }
  const data = {
    ...dataModule,
    profile: await dataModule.loadBundledProfile(),
    sample: render.validateProfileData(JSON.parse(readFileSync(join(root, 'data/examples/sample-bubble.json'), 'utf8'))),
  };

  const timings = [];
  const timed = async (name, run) => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings.push(`${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  };
  const warn = console.warn;
  console.warn = () => {}; // the renderer's problems are failures here, listed once below
  const rendered = await timed('render + html-validate', renderAll);
  console.warn = warn;
  const sources = new Map(pages.map((page) => [page, readFileSync(join(root, 'demo', page), 'utf8')]));
  const hydration = {};
  let violations;
  let served;
  // The engines run side by side, each with a server of its own (the held scripts are per server).
  const withServer = async (run) => {
    const server = await testServer(rendered, sources);
    try {
      await run(server);
    } catch (error) {
      fail('static check', error.stack ?? String(error));
    } finally {
      server.close();
    }
  };
  const groups = {};
  groups.chromium = () =>
    withServer(async (server) => {
      const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
      try {
        await timed('chromium without script', () => checkWithoutScript('chromium', browser, server, rendered, data));
        violations = await timed('axe', () => checkAxe(browser, server, rendered));
        hydration.chromium = await timed('chromium hydration', () => checkHydration('chromium', browser, server, rendered));
        served = await timed('npm start + feed', () => checkDemoServer(browser, rendered));
      } finally {
        await browser.close();
      }
    });
  groups.firefox = () =>
    withServer(async (server) => {
      await timed('firefox without script', async () => {
        const browser = await puppeteer.launch(firefoxOptions({ 'javascript.enabled': false }));
        try {
          await checkWithoutScript('firefox', browser, server, rendered, data);
        } finally {
          await browser.close();
        }
      });
      hydration.firefox = await timed('firefox hydration', async () => {
        const browser = await puppeteer.launch(firefoxOptions());
        try {
          return await checkHydration('firefox', browser, server, rendered);
        } finally {
          await browser.close();
        }
      });
    });
  groups.webkit = () =>
    withServer(async (server) => {
      hydration.webkit = await timed('webkit hydration', () => checkHydrationWebKit(server, rendered));
    });
  await Promise.all(engines.map((engine) => groups[engine]()));

  for (const failure of failures) console.log(`✗ ${failure}`);
  for (const engine of engines.filter((name) => hydration[name])) {
    const results = hydration[engine];
    const pagesMeasured = results.map(
      (result) =>
        `${result.page.replace('.html', '')} ${result.moved} of ${result.measured} boxes moved` +
        (result.cls === undefined ? '' : `, CLS ${result.clsWhenScriptLoads.toFixed(3)} when the script loads (${result.cls.toFixed(3)} in all)`),
    );
    console.log(`  ${engine} hydration: ${pagesMeasured.join('; ')}`);
  }
  if (served) {
    const sizes = Object.entries(served.sizes).map(([encoding, [html, wire]]) => `${encoding} ${(html / 1024).toFixed(0)} KB -> ${(wire / 1024).toFixed(0)} KB`);
    console.log(`  npm start: pages sent as ${sizes.join(', ')}; /feed.xml ${served.feed.bytes} bytes, ${served.feed.problems ? 'invalid' : 'valid RSS 2.0'}`);
  }
  console.log(`  times: ${timings.join(', ')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const withoutScript = engines.filter((engine) => engine !== 'webkit').join(' and ') || 'no engine';
  console.log(
    `static: ${pages.length} pages × ${modes.length} modes rendered and validated, ${counts.texts} texts and ${counts.rows} table rows ` +
      `(${counts.disclosures} tables opened without script) checked with JavaScript off in ${withoutScript}, ` +
      `axe: ${violations ?? 'not run'}${violations === undefined ? '' : ` violations (${counts.axeRules} rule runs)`}, ` +
      `hydration in ${engines.filter((engine) => hydration[engine]).join(', ') || 'no engine'}, ${failures.length} failures in ${seconds} s`,
  );
  process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
