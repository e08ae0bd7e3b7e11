// `npm test`: every runner, one after another, then one line `tests: N passed, M failed` over all of
// them. Exits non-zero when any test or step fails.
//   browser   web-test-runner in Debian's Chromium (installed here when missing)
//   node      node's test runner (the reference API server, and test-package/: the package as shipped)
//   build     type check, lint (eslint.config.js), formatting (prettier), library build and size budgets: one check each
//   storybook the static Storybook build (one check), then test-package/storybook.test.ts on what it built
//   frameworks demo/frameworks: React 19, Vue 3, Angular 21 and Svelte 5 apps on the packed tarball, type-checked, built and run in Chromium
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const totals = { passed: 0, failed: 0 };
/** What failed, named again at the end (CI shows only the end of the output). */
const failures = [];
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args, env) {
  const ok = run(label, command, args, env);
  totals[ok ? 'passed' : 'failed']++;
  if (!ok) failures.push(label);
  console.log(`=== ${label}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function counted(label, file, command, args, env) {
  mkdirSync('.wtr-results', { recursive: true });
  rmSync(file, { force: true });
  const ok = run(label, command, args, env);
  const result = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0 };
  // A runner that failed without reporting a failed test (it crashed) still counts as a failure.
  if (!ok && result.failed === 0) {
    result.failed = 1;
    failures.push(`${label}: the runner failed without naming a test`);
  }
  failures.push(...(result.failures ?? []).map((failure) => `${label}: ${failure}`));
  totals.passed += result.passed;
  totals.failed += result.failed;
  console.log(`=== ${label}: ${result.passed} passed, ${result.failed} failed`);
}

if (wanted('browser') || wanted('build')) {
  ensureChromium();
  check('Arabic catalogue complete', 'node', ['scripts/check-catalogue.mjs']);
}
if (wanted('build')) {
  // The stories read custom-elements.json, which a clean clone has not generated yet.
  run('manifest (for the type check)', 'npm', ['run', 'manifest', '--silent']);
  check('type check', 'npx', ['tsc', '-p', 'tsconfig.json']);
  check('no import circle in src/', 'node', ['scripts/import-cycles.mjs']);
  check('lint', 'npm', ['run', 'lint', '--silent']);
  check('formatting', 'npm', ['run', 'format:check', '--silent']);
  if (check('library build', 'npm', ['run', 'build', '--silent'])) {
    check('size budgets', 'node', ['scripts/size.mjs']);
    check('signed records within 0.2 kB of each first load', 'node', ['scripts/signed-share.mjs']);
    // The package as tools judge it; each runs once it is in node_modules (not installed yet, see issue 10).
    if (existsSync('node_modules/publint')) check('publint', 'npx', ['publint', '--strict']);
    if (existsSync('node_modules/@arethetypeswrong/cli'))
      check('are the types wrong', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
  } else {
    totals.failed++;
    failures.push('library build');
  }
}
if (wanted('browser')) counted('browser tests', '.wtr-results/browser.json', 'npx', ['web-test-runner']);

// demo/server/test: the API server; test-package: what the package ships (manifest, generated types, editor data, file list).
const testsIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `${dir}/${f}`)
    : [];
// test-package/storybook.test.ts reads the Storybook build: it runs in the storybook step, after it.
const AFTER_STORYBOOK = 'test-package/storybook.test.ts';
const nodeTests = [...testsIn('demo/server/test'), ...testsIn('test-package')].filter((file) => file !== AFTER_STORYBOOK);
if (wanted('node') && nodeTests.length) {
  counted('node tests', '.wtr-results/node.json', 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    '--test-reporter-destination=.wtr-results/node.json',
    ...nodeTests,
  ]);
}
if (wanted('storybook')) {
  // The docs site: the build, then what it must contain (docs pages of the three elements, the guides).
  const started = Date.now();
  if (check('storybook build', 'npm', ['run', 'build-storybook', '--silent'])) {
    console.log(`=== storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    counted('storybook docs', '.wtr-results/storybook.json', 'node', [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs',
      '--test-reporter-destination=.wtr-results/storybook.json',
      AFTER_STORYBOOK,
    ]);
  }
}
// The framework examples: installs demo/frameworks (its own lockfile) when missing, packs Jawda, then each app's checker, build and Chromium run.
if (wanted('frameworks')) {
  if (!wanted('browser') && !wanted('build')) ensureChromium();
  counted('framework examples', '.wtr-results/frameworks.json', 'node', [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    '--test-reporter-destination=.wtr-results/frameworks.json',
    'demo/frameworks/test/frameworks.test.ts',
  ]);
}

if (failures.length) console.log(`\nfailed:\n${failures.map((failure) => `  - ${failure.replace(/\s+/g, ' ')}`).join('\n')}`);
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
