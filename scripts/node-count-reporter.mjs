// A node:test reporter that writes {passed, failed, failures} as JSON (leaf tests only, not suites);
// `failures` names the failed tests, which test-all.mjs repeats at the end of CI's output.
import { relative } from 'node:path';

export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      const cause = event.data.details?.error?.cause ?? event.data.details?.error;
      totals.failures.push(
        `${relative(process.cwd(), event.data.file ?? '')}: ${event.data.name}: ${cause?.message ?? cause ?? ''}`.slice(0, 400),
      );
    }
  }
  yield JSON.stringify(totals);
}
