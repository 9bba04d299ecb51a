// `npm run test:ssr` (after `npm run build`): renders every element on the server with @lit-labs/ssr
// (scripts/ssr-render.js, against dist/), checks the HTML (declarative shadow root for Lit elements,
// the expected text, light-DOM text for <mlops-term>), then opens that HTML in headless Chromium,
// hydrates it (mlops-elements/hydrate-support, which installs @lit-labs/ssr-client's, then the define modules) and checks:
//   - no console error and no uncaught error (Lit throws on a hydration mismatch);
//   - the server-rendered shadow DOM is kept (the same nodes, not a fresh render);
//   - no layout shift: every element's and every shadow part's box is the same before and after.
// Prints one summary line; exits non-zero on any failure.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { layoutBoxesScript } from './lib/layout-boxes.js';
import { renderToString } from './ssr-render.js';

const root = resolve(import.meta.dirname, '..');

/** Each case: markup as a page author writes it, and text the server-rendered HTML must contain. */
const cases = [
  { name: 'tool card', tag: 'mlops-tool-card', markup: '<mlops-tool-card tool="mlflow"></mlops-tool-card>', text: ['MLflow', 'Experiment Tracking'] },
  { name: 'compact tool card', tag: 'mlops-tool-card', markup: '<mlops-tool-card tool="kserve" variant="compact"></mlops-tool-card>', text: ['KServe'] },
  { name: 'unknown tool', tag: 'mlops-tool-card', markup: '<mlops-tool-card tool="mlflwo"></mlops-tool-card>', text: ['MLflow'] },
  { name: 'tool grid', tag: 'mlops-tool-grid', markup: '<mlops-tool-grid tag="Kubernetes Native"></mlops-tool-grid>', text: ['Kubeflow'] },
  { name: 'demographics', tag: 'mlops-demographics', markup: '<mlops-demographics></mlops-demographics>', text: ['Slack', 'Not itemised', 'Show table'] },
  { name: 'age chart', tag: 'mlops-demographics', markup: '<mlops-demographics chart="age" heading-level="2"></mlops-demographics>', text: ['Age'] },
  { name: 'feedback', tag: 'mlops-feedback', markup: '<mlops-feedback></mlops-feedback>', text: ['How helpful was the information in'] },
  { name: 'thumbs feedback', tag: 'mlops-feedback', markup: '<mlops-feedback scale="thumbs"></mlops-feedback>', text: ['How helpful'] },
  {
    name: 'profile',
    tag: 'mlops-profile',
    markup: '<mlops-profile><mlops-tool-card tool="feast"></mlops-tool-card></mlops-profile>',
    text: ['Feast'],
  },
  { name: 'section', tag: 'mlops-section', markup: '<mlops-section section="greeting"></mlops-section>', text: ['Data drift detected!'] },
  { name: 'persona', tag: 'mlops-persona', markup: '<mlops-persona name="Ravi"></mlops-persona>', text: ['Ravi'] },
  { name: 'glossary', tag: 'mlops-glossary', markup: '<mlops-glossary></mlops-glossary>', text: ['Model Drift'] },
  { name: 'platforms', tag: 'mlops-platforms', markup: '<mlops-platforms></mlops-platforms>', text: ['Messaging & Chat', 'offline', 'is not itemised in the source'] },
  { name: 'term (light DOM)', tag: 'mlops-term', markup: '<p>Our dashboards missed the <mlops-term>model drift</mlops-term> for weeks.</p>', text: ['model drift'] },
];

const textOf = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Server-side checks; returns the problems found. */
async function checkServerHtml(testCase, html, isLit) {
  const problems = [];
  const opening = new RegExp(`<${testCase.tag}[\\s>][\\s\\S]*?(?=<\\/${testCase.tag}>)`).exec(html)?.[0] ?? '';
  if (!opening) problems.push(`no <${testCase.tag}> in the output`);
  if (isLit && !/<template shadowroot="open" shadowrootmode="open">/.test(opening)) problems.push('no declarative shadow root');
  if (!isLit && /<template shadowroot/.test(opening)) problems.push('a non-Lit element should render light DOM only');
  for (const text of testCase.text) if (!textOf(html).includes(text)) problems.push(`missing text "${text}"`);
  return problems;
}

const importMap = {
  imports: {
    lit: '/node_modules/lit/development/index.js',
    'lit/': '/node_modules/lit/development/',
    'lit-html': '/node_modules/lit-html/development/lit-html.js',
    'lit-html/': '/node_modules/lit-html/development/',
    'lit-element/': '/node_modules/lit-element/development/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/development/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/development/',
    '@lit/context': '/node_modules/@lit/context/development/index.js',
    '@lit/context/': '/node_modules/@lit/context/development/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/development/',
    'zod/mini': '/node_modules/zod/mini/index.js',
  },
};

/** The page: server-rendered cases, then a module that measures, hydrates and measures again. */
function page(rendered) {
  const sections = rendered.map((entry, index) => `<section data-case="${index}">${entry.html}</section>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SSR hydration check</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
</head><body>
<main>${sections}</main>
<script type="module" src="/hydrate-check.js"></script>
</body></html>`;
}

/** Runs in the page: boxes before, hydration, boxes after, node identity. */
const hydrateCheck = `
const hosts = () => [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('mlops-'));
${layoutBoxesScript}
const boxes = () => layoutBoxes(hosts());
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
await document.fonts.ready;
await frames();
const before = boxes();
const firstNodes = hosts().map((host) => host.shadowRoot?.firstElementChild ?? null);
const shadowBefore = hosts().map((host) => Boolean(host.shadowRoot));
// What an app that bundles the npm build imports first (mlops-elements/hydrate-support): Lit's hydration support.
await import('/dist/internal/hydrate-support.js');
await import('/dist/define/all.js');
await import('/dist/define/mlops-profile-page.js');
for (const host of hosts()) {
  await customElements.whenDefined(host.localName);
  await host.updateComplete;
}
await frames();
const after = boxes();
const shifted = movedBoxes(before, after, shadowBefore);
const replaced = hosts().flatMap((host, i) => (shadowBefore[i] && host.shadowRoot?.firstElementChild !== firstNodes[i] ? [host.localName] : []));
const unhydrated = hosts().filter((host) => host.hasAttribute('defer-hydration')).map((host) => host.localName);
window.__result = { shifted, replaced, unhydrated, hosts: hosts().length, upgraded: hosts().filter((host) => customElements.get(host.localName)).length };
`;

const types = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

function serve(html) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path === '/') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    if (path === '/hydrate-check.js') return void response.writeHead(200, { 'content-type': types['.js'] }).end(hydrateCheck);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = join(root, path);
    const allowed = file.startsWith(join(root, 'dist')) || file.startsWith(join(root, 'node_modules'));
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function main() {
  if (!existsSync(join(root, 'dist/define/all.js'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const { LitElement } = await import('lit');
  const failures = [];
  const rendered = [];
  // Warnings from elements that report bad input (the "unknown tool" case) are expected; keep them quiet.
  const warn = console.warn;
  console.warn = () => {};
  for (const testCase of cases) {
    let html;
    try {
      html = await renderToString(testCase.markup);
    } catch (error) {
      failures.push(`${testCase.name}: server render threw ${error.message}`);
      continue;
    }
    const isLit = customElements.get(testCase.tag)?.prototype instanceof LitElement;
    for (const problem of await checkServerHtml(testCase, html, isLit)) failures.push(`${testCase.name} (server): ${problem}`);
    rendered.push({ ...testCase, html });
  }
  console.warn = warn;

  const server = await serve(page(rendered));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  let result;
  const errors = [];
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1024, height: 768 });
    // Bars grow in with a transform animation, which moves boxes but not layout: measure without it.
    await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    tab.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    tab.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__result, { timeout: 20000 }).catch(() => errors.push('hydration did not finish'));
    result = await tab.evaluate(() => window.__result);
  } finally {
    await browser.close();
    server.close();
  }
  for (const error of errors) failures.push(`browser: ${error.slice(0, 300)}`);
  if (result) {
    for (const shift of result.shifted) failures.push(`layout shift: ${shift}`);
    for (const tag of result.replaced) failures.push(`hydration re-rendered <${tag}> instead of reusing the server's DOM`);
    for (const tag of result.unhydrated) failures.push(`<${tag}> still has defer-hydration`);
    if (result.upgraded !== result.hosts) failures.push(`${result.hosts - result.upgraded} of ${result.hosts} elements did not upgrade`);
  }
  for (const failure of failures) console.log(`✗ ${failure}`);
  console.log(
    `ssr: ${cases.length} cases rendered on the server, ${result?.hosts ?? 0} elements hydrated in Chromium, ${result?.shifted.length ?? '?'} layout shifts, ${failures.length} failures`,
  );
  process.exit(failures.length ? 1 : 0);
}

await main();
