// A web-test-runner reporter that writes how many tests passed and failed, for scripts/test-all.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

function count(suite, totals, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${file}: ${[...path, test.name].join(' > ')}: ${test.error?.message ?? ''}`.slice(0, 400));
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, file, [...path, child.name]);
  return totals;
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      // The names of the failed tests too: CI shows only the end of its output, where test-all.mjs repeats them.
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        count(session.testResults, totals, file);
        // A file that could not load or threw outside a test counts as one failure.
        const outside = session.errors?.map((error) => `${file}: ${error.message}`.slice(0, 400)) ?? [];
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.failed++;
          totals.failures.push(outside[0] ?? `${file}: did not load`);
        } else if (outside.length) {
          totals.failed += outside.length;
          totals.failures.push(...outside);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
