// `npm run size`: the gzip size of every CDN entry point with everything it statically imports
// (Lit, shared chunks, data), checked against the budgets. Fails when any entry is over.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const cdnDir = resolve(import.meta.dirname, '../dist/cdn');
const KB = 1000;

/** Budgets in bytes (gzip), from the performance issue. */
export const budgets = {
  'mlops-term.js': 10 * KB,
  'mlops-tool-card.js': 14 * KB,
  'mlops-tool-grid.js': 14 * KB,
  'mlops-demographics.js': 13 * KB,
  'mlops-feedback.js': 14 * KB,
  // Not in the performance issue's list; held to the single-element budget.
  'mlops-auto-terms.js': 14 * KB,
  'mlops-profile.js': 14 * KB,
  'mlops-persona.js': 14 * KB,
  'mlops-glossary.js': 14 * KB,
  // Our own budgets for the whole-profile family (not in the performance issue): the section
  // element carries every text section of the dataset, the page every element and the whole dataset.
  // mlops-elements.js loads these only when their tags appear (src/define/lazy.ts).
  'mlops-section.js': 18 * KB,
  'mlops-profile-page.js': 40 * KB,
  'mlops-elements.js': 35 * KB,
};

// Static imports in Rolldown's minified ES output: `import"./x.js"`, `import{a as b}from"./x.js"`,
// `export{…}from"./x.js"`. Dynamic `import("./x.js")` is loaded on demand and is not counted.
const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.[^"']+)["']/g;

function importGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(staticImport)) visit(resolve(dirname(file), match[1]));
  };
  visit(entry);
  return [...seen];
}

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export function measure() {
  return Object.entries(budgets).map(([entry, budget]) => {
    const file = join(cdnDir, entry);
    if (!existsSync(file)) return { entry, budget, bytes: NaN, files: 0, ok: false, missing: true };
    const files = importGraph(file);
    const bytes = files.reduce((sum, each) => sum + gzipSize(each), 0);
    return { entry, budget, bytes, files: files.length, ok: bytes <= budget };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(cdnDir)) {
    console.error('dist/cdn/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const rows = measure();
  const pad = (value, width) => String(value).padEnd(width);
  console.log(`${pad('entry (dist/cdn/)', 24)}${pad('files', 7)}${pad('gzip', 11)}${pad('budget', 11)}result`);
  for (const row of rows) {
    const size = row.missing ? 'missing' : `${(row.bytes / KB).toFixed(2)} KB`;
    console.log(`${pad(row.entry, 24)}${pad(row.files, 7)}${pad(size, 11)}${pad(`${row.budget / KB} KB`, 11)}${row.ok ? 'ok' : 'OVER BUDGET'}`);
  }
  const over = rows.filter((row) => !row.ok);
  if (over.length) {
    console.error(`\n${over.length} entr${over.length === 1 ? 'y is' : 'ies are'} over budget or missing: ${over.map((row) => row.entry).join(', ')}`);
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} CDN entries are within budget (gzip level 9, full static import graph, 1 KB = 1000 bytes).`);
}
