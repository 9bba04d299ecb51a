// CI's plain closing line, "N passed, N failed, N skipped", over both test runners:
//  - summaryReporter(), a web-test-runner reporter: prints the line after wtr's own output, or, when
//    MLOPS_TEST_COUNTS names a file (scripts/test.js does), writes its counts there to be added up;
//  - the default export, a node:test reporter (`--test-reporter`): the node tests' counts as JSON.
// A test file that fails to load (syntax error, missing import) has no test results but an error:
// it counts as one failure so that a broken file can never look like a green run.
import { writeFileSync } from 'node:fs';

export const noCounts = () => ({ passed: 0, failed: 0, skipped: 0 });

export const summaryLine = (counts) => `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  let counts = noCounts();
  let printed = false;
  const print = () => {
    if (printed) return;
    printed = true;
    const file = process.env.MLOPS_TEST_COUNTS;
    if (file) writeFileSync(file, JSON.stringify(counts));
    else process.stdout.write(`\n${summaryLine(counts)}\n`);
  };
  return {
    start() {
      process.on('exit', print);
    },
    onTestRunFinished({ sessions }) {
      counts = noCounts();
      for (const session of sessions) {
        const before = counts.passed + counts.failed + counts.skipped;
        if (session.testResults) countSuite(session.testResults, counts);
        const ran = counts.passed + counts.failed + counts.skipped - before;
        // Errors outside any test (a load failure, an uncaught error between tests) fail the file.
        const fileErrors = session.errors?.length ?? 0;
        if (fileErrors > 0 || (ran === 0 && !session.passed)) counts.failed += 1;
      }
    },
  };
}

/**
 * Counts as node:test's own summary does: suites are not tests, a todo counts as skipped, and a file that
 * fails to load is one failed test of its own. A test cancelled with its parent did not pass: it fails.
 */
export default async function* nodeTestCounts(source) {
  const counts = noCounts();
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip || data.todo) counts.skipped += 1;
    else if (type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield JSON.stringify(counts);
}
