// `npm run measure:boxes`: measures, in Chromium, the box each element renders from the bundled data at
// the viewport widths the demo pages use, and writes build/reserved-boxes.json. The build turns it into
// dist/cdn/mlops-elements.css (build/reserved-boxes.ts), which gives each element that height before
// its definition arrives, so that a page that only adds a script tag does not shift.
//
// Each element is rendered as the demo pages place it (demo.css, in the page's content column; tool
// cards three to a row) with no attributes, and each tool card once per tool of the dataset. The file
// records the dataset's hash: test/node/reserved-boxes.test.js fails when the data changed since.
// Between two measured widths the stylesheet holds the lower one's height; the "fit" column is how far
// that is from the rendered box at widths in between.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { startServer } from './serve.js';
import { register } from 'node:module';

register('./lib/ts-hooks.js', import.meta.url);
const { elements } = await import('../src/registry.ts');
const { breakpoints, measuredAttributes, reservedTags } = await import('../build/reserved-boxes.ts');

const root = resolve(import.meta.dirname, '..');
const dataFile = join(root, 'data/mlops.json');
const out = join(root, 'build/reserved-boxes.json');
const dataset = JSON.parse(readFileSync(dataFile, 'utf8'));
/** Widths between the breakpoints, where the stylesheet's height is the lower breakpoint's. */
const between = breakpoints.slice(0, -1).map((width, index) => Math.round((width + breakpoints[index + 1]) / 2));

// The demo's content columns: the tool family sits in the wide one, the rest in the docs column.
const wideColumn = new Set(['mlops-tool-card', 'mlops-tool-grid', 'mlops-profile-page']);

/** The values measured one by one (build/reserved-boxes.ts, `measuredAttributes`): each tool, each chart `<mlops-demographics>` draws. */
const measuredValues = { 'mlops-tool-card': dataset.tools.items.map((tool) => tool.id), 'mlops-demographics': ['platforms', 'gender', 'age'] };

/** One box to measure: its key in the JSON and its markup (static, from the registry and the dataset). */
const cases = reservedTags(elements).flatMap((tag) => {
  const attribute = measuredAttributes[tag];
  const each = (attribute ? measuredValues[tag] : []).map((value) => ({ key: `${tag} ${value}`, tag, markup: `<${tag} ${attribute}="${value}"></${tag}>` }));
  // A tool card always names its tool: the median of the tools stands for one without a measurement.
  return tag === 'mlops-tool-card' ? each : [{ key: tag, tag, markup: `<${tag}></${tag}>` }, ...each];
});

function pageFor(testCases) {
  const blocks = testCases.map(({ key, tag, markup }) => {
    const column = wideColumn.has(tag) ? 'wide' : 'docs';
    const cell = tag === 'mlops-tool-card' ? `<div class="cards-row">${markup}<div></div><div></div></div>` : markup;
    return `<main class="${column}" data-key="${key}" data-tag="${tag}">${cell}</main>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>boxes</title>
<link rel="stylesheet" href="/demo.css"><script type="module" src="/dist/cdn/mlops-elements.js"></script></head><body>${blocks.join('')}</body></html>`;
}

async function measureAt(page, url, width, testCases) {
  await page.setViewport({ width, height: 900 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return page.evaluate(
    async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const all = [...document.querySelectorAll('main [data-key] *, main *')].filter((element) => element.localName.startsWith('mlops-'));
      await Promise.all(all.map((element) => element.updateComplete));
      await document.fonts.ready;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return Object.fromEntries(
        [...document.querySelectorAll('main[data-key]')].map((main) => {
          const element = main.querySelector(main.dataset.tag);
          return [main.dataset.key, Math.round(element.getBoundingClientRect().height * 10) / 10];
        }),
      );
    },
    [...new Set(testCases.map((each) => each.tag))],
  );
}

const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: chromiumArgs });
const boxes = Object.fromEntries(cases.map(({ key }) => [key, {}]));
const fit = Object.fromEntries(cases.map(({ key }) => [key, 0]));
try {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === `${base}/measure.html` ? request.respond({ contentType: 'text/html; charset=utf-8', body: pageFor(cases) }) : request.continue(),
  );
  for (const width of breakpoints) {
    const heights = await measureAt(page, `${base}/measure.html`, width, cases);
    for (const [key, height] of Object.entries(heights)) boxes[key][width] = height;
  }
  for (const width of between) {
    const heights = await measureAt(page, `${base}/measure.html`, width, cases);
    const reservedAt = breakpoints.filter((breakpoint) => breakpoint <= width).at(-1);
    for (const [key, height] of Object.entries(heights)) fit[key] = Math.max(fit[key], Math.round(Math.abs(height - boxes[key][reservedAt]) * 10) / 10);
  }
} finally {
  await browser.close();
  server.close();
}

const dataSha256 = createHash('sha256').update(readFileSync(dataFile)).digest('hex');
// Written as `npm run format` would write it, so that a fresh measurement passes the lint step.
writeFileSync(out, await prettier.format(JSON.stringify({ dataSha256, breakpoints, fit, boxes }), { filepath: out }));
for (const { key } of cases) console.log(`${key.padEnd(34)} ${breakpoints.map((width) => `${width}:${boxes[key][width]}`).join(' ')}  fit ±${fit[key]} px`);
console.log(`\nWrote ${out.slice(root.length + 1)} (${cases.length} boxes × ${breakpoints.length} widths; fit checked at ${between.join(', ')} px).`);
