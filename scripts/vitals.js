// `npm run vitals`: Lighthouse (pinned in package.json) on every demo page in each form the demo server
// gives it: script-only (/<page>.html), prerendered as declarative shadow DOM (/static/<page>.html) and
// plain (/plain/<page>.html). Mobile defaults (simulated throttling), the median of VITALS_RUNS runs (3)
// per metric, as a table and as JSON in bench-results/.
//
// One Chromium serves every run (Lighthouse connects to its debugging port and opens a tab per run), and
// the demo server runs in this process on a free port: starting a browser or a CLI per run would cost
// more than the runs themselves. `VITALS_PAGES=blog,docs` and `VITALS_FORMS=script,static` narrow the run.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import lighthouse from 'lighthouse';
import defaultConfig from 'lighthouse/core/config/default-config.js';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, chromiumArgs } from './chromium.js';
import { startServer } from './serve.js';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.VITALS_RUNS ?? 3);

/** Each form of a demo page: its URL path prefix. */
export const forms = { script: '', static: 'static/', plain: 'plain/' };

const pick = (variable, all) => (process.env[variable] ? process.env[variable].split(',').map((each) => each.trim()) : all);
const pages = pick(
  'VITALS_PAGES',
  readdirSync(join(root, 'demo'))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''))
    .sort(),
);
const formNames = pick('VITALS_FORMS', Object.keys(forms));

// Lighthouse's defaults (mobile, simulated throttling), running only the audits that make up the two scores
// the table reports, and the byte weight: the same scores as a full run in half the time (no source maps,
// back/forward cache test, full-page screenshot or diagnostics gathered).
const scoredAudits = ['performance', 'accessibility'].flatMap((id) => defaultConfig.categories[id].auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
const config = { extends: 'lighthouse:default', settings: { onlyAudits: [...scoredAudits, 'total-byte-weight'], disableFullPageScreenshot: true } };

export const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The figures of one Lighthouse result. */
function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    // What keeps a score below 100: the scored audits that are not full, by id.
    findings: scoredAudits.filter((id) => typeof lhr.audits[id]?.score === 'number' && lhr.audits[id].score < 1),
  };
}

const pad = (value, width, right = false) => (right ? String(value).padStart(width) : String(value).padEnd(width));

export function table(rows) {
  const lines = [
    '| page              | form   | performance | accessibility |     LCP |     TBT |   CLS | transferred |',
    '| ----------------- | ------ | ----------: | ------------: | ------: | ------: | ----: | ----------: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${pad(row.page, 17)} | ${pad(row.form, 6)} | ${pad(row.performance, 11, true)} | ${pad(row.accessibility, 13, true)} | ${pad(`${Math.round(row.lcp)} ms`, 7, true)} | ${pad(
        `${Math.round(row.tbt)} ms`,
        7,
        true,
      )} | ${pad(row.cls.toFixed(3), 5, true)} | ${pad(`${(row.bytes / 1000).toFixed(1)} KB`, 11, true)} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const started = performance.now();
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...chromiumArgs, '--remote-debugging-port=0'], pipe: false });
  const port = Number(new URL(browser.wsEndpoint()).port);
  const chromium = await browser.version();
  const rows = [];
  try {
    for (const page of pages) {
      for (const form of formNames) {
        const url = `${base}${forms[form]}${page}.html`;
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, config);
          if (!result?.lhr || result.lhr.runtimeError) throw new Error(`${url}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
          runs.push(figures(result.lhr));
        }
        const row = { page, form, runs: runs.length };
        for (const key of ['performance', 'accessibility', 'lcp', 'tbt', 'cls', 'bytes']) row[key] = median(runs.map((each) => each[key]));
        row.findings = [...new Set(runs.flatMap((each) => each.findings))].sort();
        row.all = runs.map((each) => ({ ...each, findings: undefined }));
        rows.push(row);
        process.stderr.write(`${page} ${form}: ${row.performance}/${row.accessibility}, CLS ${row.cls.toFixed(3)}\n`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(table(rows));
  const below = rows.filter((row) => row.findings.length);
  if (below.length) {
    console.log('\nAudits below a full score (any run):');
    for (const row of below) console.log(`  ${row.page} ${row.form}: ${row.findings.join(', ')}`);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${rows.length} page forms × ${RUNS} runs, median per metric, in ${seconds.toFixed(0)} s (Lighthouse, mobile defaults, simulated throttling).`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  const out = join(root, 'bench-results', `vitals-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cpus: os.availableParallelism(), node: process.version, chromium };
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, seconds, rows }, null, 2)}\n`);
  console.log(`JSON: ${out.slice(root.length + 1)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
