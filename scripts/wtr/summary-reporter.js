// Prints CI's plain closing line, "N passed, N failed, N skipped", after wtr's own output.
// A test file that fails to load (syntax error, missing import) has no test results but an error:
// it counts as one failure so that a broken file can never look like a green run.

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  let printed = false;
  const print = () => {
    if (printed) return;
    printed = true;
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  };
  return {
    start() {
      process.on('exit', print);
    },
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
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
