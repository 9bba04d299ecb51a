// `npm run test:print` (after `npm run build`): the demo pages printed for real. Headless Chromium
// prints each page to PDF as a reader's "Print" does (beforeprint, print media, pagination), and
// pdftotext (poppler-utils) reads the text back:
//   - a term in an <article> prints a number and its explanation as that numbered note at the end of
//     the article, in order; a term outside any article prints its explanation in brackets; a term open
//     as printing starts prints neither its bubble nor the bubble's "Full entry" link and hover checkbox;
//   - a chart prints its table with every number, without "Show table"; the feedback prompt does not print;
//   - the same for the prerendered (declarative shadow DOM) page.
// Prints one summary line; exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { bundledPlatforms } from '../src/data/platforms.ts';
import { bundledTerminology } from '../src/data/terms.ts';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { startServer } from './serve.js';

const term = (id) => bundledTerminology.find((each) => each.id === id);
/** pdftotext puts line breaks and runs of spaces anywhere: compare words only. */
const words = (text) => text.replace(/\s+/g, ' ').trim();
const note = (number, id) => words(`${number}. ${term(id).insider} — ${term(id).explanation} Outsiders say: ${term(id).outsider}`);

/** What each page's printed text must (and must not) hold. */
const pages = {
  // <mlops-auto-terms> around an <article>: numbered notes at its end, in the order the terms appear.
  'auto-blog.html': {
    has: [note(1, 'ml-pipeline'), note(2, 'data-preprocessing'), note(5, 'model-drift'), 'artificial intelligence project1'],
    lacks: [],
  },
  // Terms outside any article: the explanation in brackets after the phrase. One is open as printing
  // starts, with its glossary link: the bubble and the reader's controls stay off paper.
  'blog.html': { has: [`model drift (${term('model-drift').explanation})`], lacks: ['Full entry', 'open on hover'], openTerm: true },
  'docs.html': {
    has: bundledPlatforms.items.map((entry) => `${entry.name} ${entry.percent} %`),
    lacks: ['Show table', 'How helpful'],
  },
  'static/docs.html': {
    has: bundledPlatforms.items.map((entry) => `${entry.name} ${entry.percent} %`),
    lacks: ['Show table', 'How helpful'],
  },
};

if (spawnSync('pdftotext', ['-v']).error) {
  console.error('pdftotext is missing: install poppler-utils ("sudo apt-get install -y poppler-utils" on Debian/Ubuntu).');
  process.exit(1);
}

const failures = [];
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const scratch = mkdtempSync(join(tmpdir(), 'mlops-print-'));
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
try {
  for (const [path, { has, lacks, openTerm }] of Object.entries(pages)) {
    const tab = await browser.newPage();
    await tab.goto(`${base}/${path}`, { waitUntil: 'networkidle0' });
    await tab.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((element) => element.updateComplete)));
    if (openTerm) {
      await tab.evaluate(() => {
        const opened = document.querySelector('mlops-term');
        opened.glossaryHref = '/glossary/';
        opened.show();
        return opened.updateComplete;
      });
    }
    const pdf = join(scratch, 'page.pdf');
    writeFileSync(pdf, await tab.pdf({ format: 'A4' }));
    await tab.close();
    const text = words(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const wanted of has) if (!text.includes(wanted)) failures.push(`${path}: printed without “${wanted.slice(0, 90)}”`);
    for (const unwanted of lacks) if (text.includes(unwanted)) failures.push(`${path}: printed “${unwanted}”`);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
for (const failure of failures) console.log(`✗ ${failure}`);
console.log(`print: ${Object.keys(pages).length} pages printed to PDF; ${failures.length} failing`);
process.exit(failures.length ? 1 : 0);
