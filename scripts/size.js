// `npm run size`: the gzip size of every CDN entry point with everything it statically imports
// (Lit, shared chunks, data), checked against the budgets of the element registry (src/registry.ts).
// Fails when any entry is over.
import { readFileSync, existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The registry is TypeScript: this lets the script import it however it runs (`npm run size`, or
// scripts/bench/bench.js importing measure()).
register('./lib/ts-hooks.js', import.meta.url);
const { allElementsEntry, elements } = await import('../src/registry.ts');

const cdnDir = resolve(import.meta.dirname, '../dist/cdn');
const KB = 1000;

/**
 * dist/cdn/autoloader.js: a script tag's whole cost before any element is used, so it must stay small. Its
 * size grows with the registry (one tag name each), hence a base plus a little per element, never 2 KB.
 */
const autoloaderBudget = Math.min(1.5 * KB + elements.length * 40, 2 * KB - 1);

/**
 * dist/cdn/mlops-elements.css: each element's box before it is defined, one rule per element and breakpoint (and
 * tool): a render-blocking stylesheet in the page's head, so it must stay a fraction of the smallest script.
 */
const reservedBoxesBudget = 1.5 * KB;

/** Budgets in bytes (gzip): each element's `cdn.budget`, then dist/cdn/mlops-elements.js, dist/cdn/autoloader.js and dist/cdn/mlops-elements.css. */
export const budgets = Object.fromEntries([
  ...elements.map((entry) => [`${entry.tag}.js`, entry.cdn.budget]),
  [`${allElementsEntry.name}.js`, allElementsEntry.budget],
  ['autoloader.js', autoloaderBudget],
  ['mlops-elements.css', reservedBoxesBudget],
]);

// Static imports in Rolldown's minified ES output: `import"./x.js"`, `import{a as b}from"./x.js"`,
// `export{…}from"./x.js"`. Dynamic `import("./x.js")` is loaded on demand and is not counted.
const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.[^"']+)["']/g;

/** The file and every file it imports statically, transitively (absolute paths). */
export function importGraph(entry) {
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
  console.log(`${pad('entry (dist/cdn/)', 27)}${pad('files', 7)}${pad('gzip', 11)}${pad('budget', 11)}result`);
  for (const row of rows) {
    const size = row.missing ? 'missing' : `${(row.bytes / KB).toFixed(2)} KB`;
    console.log(`${pad(row.entry, 27)}${pad(row.files, 7)}${pad(size, 11)}${pad(`${row.budget / KB} KB`, 11)}${row.ok ? 'ok' : 'OVER BUDGET'}`);
  }
  const over = rows.filter((row) => !row.ok);
  if (over.length) {
    console.error(`\n${over.length} entr${over.length === 1 ? 'y is' : 'ies are'} over budget or missing: ${over.map((row) => row.entry).join(', ')}`);
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} CDN entries are within budget (gzip level 9, full static import graph, 1 KB = 1000 bytes).`);
}
