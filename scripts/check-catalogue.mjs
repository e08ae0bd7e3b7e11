// Compiles the catalogues (and their parts: scripts/localize-build.mjs) and fails when any message has no Arabic translation.
import { spawnSync } from 'node:child_process';

const result = spawnSync('node', ['scripts/localize-build.mjs'], { encoding: 'utf8' });
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
const missing = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /message .* is missing/.test(line));
if (result.status !== 0 || missing.length) {
  console.error(
    `\nThe Arabic catalogue is incomplete: ${missing.length} message(s) untranslated. ` +
      'Run `npm run localize:extract`, then translate xliff/ar.xlf (scripts/xliff-fill.mjs helps).',
  );
  process.exit(1);
}
console.log('Arabic catalogue complete.');
