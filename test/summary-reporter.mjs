/**
 * Prints `N passed, N failed, N skipped` as the very last line of a test run, the form CI reads.
 * wtr redraws the terminal until it stops, so the line is written on process exit.
 * A test file that fails to load (no results, but errors) counts as one failure.
 */
export function summaryReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };

  function walk(suite) {
    for (const t of suite.tests) {
      if (t.skipped) counts.skipped++;
      else if (t.passed) counts.passed++;
      else counts.failed++;
    }
    for (const s of suite.suites) walk(s);
  }

  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) walk(session.testResults);
        if (session.passed === false && counts.failed === before) counts.failed++;
      }
    },
    stop() {
      process.once('exit', () => {
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}
