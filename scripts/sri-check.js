// `npm run test:sri` (after `npm run build`): Subresource Integrity for the CDN files.
//   1. dist/cdn/integrity.json lists exactly the JavaScript files of dist/cdn/, each with the sha384 of its bytes.
//   2. In headless Chromium, each entry is loaded from another origin (a second server, as a CDN is) with its
//      `integrity` and `crossorigin`, and its chunks through an import map's `integrity` (every file of
//      integrity.json): untampered, the entry's elements are defined and nothing is logged. Then, with the
//      entry or any one file of its static import graph served with one byte flipped, the browser must refuse
//      it (an integrity error, the elements never defined). Chunks only loaded on demand (import()) are each
//      tampered once and imported directly: refused too.
// Prints one summary line; exits non-zero on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { integrityOf, sri } from '../build/cdn-integrity.ts';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { importGraph } from './size.js';

const root = resolve(import.meta.dirname, '..');
const cdnDir = join(root, 'dist/cdn');
const WAIT_MS = 4000;

const listen = (server) => new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
const origin = (server) => `http://127.0.0.1:${server.address().port}`;

/** One byte changed, in the middle of the file. */
function flipOneByte(bytes) {
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1] ^= 0x01;
  return copy;
}

/** Serves dist/cdn/ to any origin (CORS, as a CDN does); `tampered` names the one file to serve with a flipped byte. */
function cdnServer(state) {
  return createServer((request, response) => {
    const file = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1);
    const path = join(cdnDir, file);
    if (!path.startsWith(`${cdnDir}/`) || !existsSync(path)) return void response.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    const bytes = readFileSync(path);
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    response.end(file === state.tampered ? flipOneByte(bytes) : bytes);
  });
}

/** The page of one case: the import map with every file's integrity, then the entry's script tag (or an import() of a chunk). */
function casePage(cdn, integrity, { entry, chunk, tags }) {
  const importMap = { integrity: Object.fromEntries(Object.entries(integrity).map(([file, hash]) => [`${cdn}/${file}`, hash])) };
  const load = entry
    ? `<script type="module" src="${cdn}/${entry}" integrity="${integrity[entry]}" crossorigin="anonymous"></script>`
    : `<script type="module">import(${JSON.stringify(`${cdn}/${chunk}`)}).then(() => (window.__chunk = 'loaded'), (error) => (window.__chunk = String(error)));</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title>
<script type="importmap">${JSON.stringify(importMap)}</script>
${load}</head><body>${tags.map((tag) => `<${tag}>model drift</${tag}>`).join('')}</body></html>`;
}

async function main() {
  const integrityPath = join(cdnDir, 'integrity.json');
  if (!existsSync(integrityPath)) {
    console.error('dist/cdn/integrity.json is missing: run `npm run build` first.');
    process.exit(1);
  }
  const failures = [];
  const integrity = JSON.parse(readFileSync(integrityPath, 'utf8'));
  const files = Object.keys(integrity);
  const entries = files.filter((file) => !file.includes('/'));
  const graphs = Object.fromEntries(entries.map((entry) => [entry, importGraph(join(cdnDir, entry)).map((file) => relative(cdnDir, file))]));

  // 1. The list is complete and right.
  const actual = integrityOf(cdnDir);
  if (JSON.stringify(actual) !== JSON.stringify(integrity)) failures.push('integrity.json does not match the files of dist/cdn/ (run `npm run build`)');
  for (const [file, hash] of Object.entries(integrity)) if (sri(readFileSync(join(cdnDir, file))) !== hash) failures.push(`${file}: wrong hash`);

  // 2. In the browser.
  // An element's entry is named after its tag; the bundle of them all and the autoloader (which imports
  // each element's entry when its tag appears, checked by the same import map) get a page with every tag.
  const elementTags = entries.filter((entry) => entry !== 'mlops-elements.js' && entry !== 'autoloader.js').map((entry) => basename(entry, '.js'));
  const tagsOf = (entry) => (entry === 'mlops-elements.js' || entry === 'autoloader.js' ? elementTags : [basename(entry, '.js')]);
  const staticChunks = new Set(Object.values(graphs).flat());
  const cases = [];
  for (const entry of entries) {
    cases.push({ entry, tags: tagsOf(entry), tampered: undefined });
    for (const file of graphs[entry]) cases.push({ entry, tags: tagsOf(entry), tampered: file });
  }
  for (const chunk of files.filter((file) => !staticChunks.has(file))) {
    cases.push({ chunk, tags: [], tampered: undefined }, { chunk, tags: [], tampered: chunk });
  }

  const state = { tampered: undefined, html: '' };
  const cdn = await listen(cdnServer(state));
  const site = await listen(createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(state.html)));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
  const counts = { run: 0, refused: 0 };
  try {
    const page = await browser.newPage();
    let logged = [];
    page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
    page.on('pageerror', (error) => logged.push(`uncaught: ${error.message}`));
    for (const each of cases) {
      logged = [];
      state.tampered = each.tampered;
      state.html = casePage(origin(cdn), integrity, each);
      const what = `${each.entry ?? `import(${each.chunk})`}${each.tampered ? ` with ${each.tampered} tampered` : ''}`;
      await page.goto(`${origin(site)}/`, { waitUntil: 'load' });
      const result = await page.evaluate(
        (tags, wait) =>
          new Promise((done) => {
            const started = performance.now();
            const poll = () => {
              const defined = tags.filter((tag) => customElements.get(tag)).length;
              const settled = tags.length ? defined === tags.length : window.__chunk !== undefined;
              if (settled || performance.now() - started > wait) done({ defined, chunk: window.__chunk ?? '' });
              else setTimeout(poll, 25);
            };
            poll();
          }),
        each.tags,
        // After `load` a refused module graph has failed; a defined element would be by now.
        each.tampered ? 100 : WAIT_MS,
      );
      const ran = each.tags.length ? result.defined === each.tags.length : result.chunk === 'loaded';
      const integrityError = logged.some((text) => /integrity/i.test(text));
      if (!each.tampered) {
        if (!ran || logged.length) failures.push(`${what}: did not run cleanly (${result.defined}/${each.tags.length} defined ${result.chunk}; ${logged.join(' | ')})`);
        else counts.run += 1;
      } else if (ran || result.defined > 0 || !integrityError) {
        failures.push(`${what}: not refused (${result.defined}/${each.tags.length} defined${integrityError ? '' : ', no integrity error logged'})`);
      } else counts.refused += 1;
    }
  } finally {
    await browser.close();
    cdn.close();
    site.close();
  }
  for (const failure of failures) console.log(`✗ ${failure}`);
  console.log(
    `sri: ${files.length} files in integrity.json; ${entries.length} entries and ${files.length - staticChunks.size} on-demand chunks ran untampered (${counts.run}), ` +
      `${counts.refused} tampered loads refused; ${failures.length} failing`,
  );
  process.exit(failures.length ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
