// `npm test`: makes sure the test browsers are there and the builds are current (the CSP, CDN and
// two-copies tests load dist/), runs the node unit tests of test/node/ (`npm run test:node` runs only
// those), then @web/test-runner in all engines, and prints last the plain line CI reads,
// "N passed, N failed, N skipped", over both. Extra arguments go to wtr alone (e.g.
// `npm test -- --files test/term/keyboard.test.ts`); SKIP_BUILD=1 skips the build, BROWSERS picks engines.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBrowsers, wantedEngines } from './browsers.js';
import { noCounts, summaryLine } from './wtr/summary-reporter.js';

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

/** A runner's counts; a run that failed counts at least one failure, so that the line is never green then. */
function countsOf(file, status) {
  let counts = noCounts();
  try {
    counts = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The runner stopped before it counted anything: its exit status says how that went.
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

if (!ensureBrowsers(wantedEngines())) process.exit(1);
if (!process.env.SKIP_BUILD && run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('The build failed, so the tests did not run.');
  process.exit(1);
}

const countsDir = mkdtempSync(join(tmpdir(), 'mlops-test-counts-'));
const nodeCountsFile = join(countsDir, 'node.json');
const wtrCountsFile = join(countsDir, 'wtr.json');
const countsReporter = pathToFileURL(join(import.meta.dirname, 'wtr/summary-reporter.js')).href;

const nodeStatus = run(process.execPath, [
  '--import',
  './scripts/lib/register-ts.js',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${countsReporter}`,
  `--test-reporter-destination=${nodeCountsFile}`,
  'test/node/',
]);
const wtrStatus = run('npx', ['--no-install', 'web-test-runner', ...process.argv.slice(2)], { MLOPS_TEST_COUNTS: wtrCountsFile });

const node = countsOf(nodeCountsFile, nodeStatus);
const wtr = countsOf(wtrCountsFile, wtrStatus);
rmSync(countsDir, { recursive: true, force: true });
console.log(`\n${summaryLine({ passed: node.passed + wtr.passed, failed: node.failed + wtr.failed, skipped: node.skipped + wtr.skipped })}`);
process.exit(nodeStatus !== 0 || wtrStatus !== 0 ? 1 : 0);
