// @ts-check
// Every browser test runs in Debian's Chromium (installed by scripts/ensure-chromium.mjs, never downloaded).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumPath } from './scripts/ensure-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: process.env.WTR_FILES ?? 'test/**/*.test.ts',
  nodeResolve: true,
  // tsconfig is required: it turns on the legacy decorators Lit needs here.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countReporter('.wtr-results/browser.json')],
};
