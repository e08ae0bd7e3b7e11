// A node:test reporter that writes {passed, failed} as JSON (leaf tests only, not suites).
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped++;
    else totals[event.type === 'test:pass' ? 'passed' : 'failed']++;
  }
  yield JSON.stringify(totals);
}
