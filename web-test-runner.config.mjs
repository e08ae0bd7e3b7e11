// @ts-check
// Every browser test runs in Debian's Chromium (installed by scripts/ensure-chromium.mjs, never downloaded).
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromiumPath } from './scripts/ensure-chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { jawdaCopyPlugin } from './scripts/wtr-jawda-copy.mjs';

const pkg = JSON.parse(readFileSync('./package.json', 'utf8'));

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * `executeServerCommand('forced-colors', { active })` (test/helpers/forced-colors.ts): Windows High
 * Contrast emulated in Chromium. @web/test-runner-commands' emulateMedia drops `forcedColors` with
 * the Chrome launcher (it passes only colour scheme and reduced motion on to puppeteer).
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'jawda-forced-colors',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // Through the protocol: puppeteer's emulateMediaFeatures refuses 'forced-colors' by name.
      const client = sessions.get(page) ?? sessions.set(page, await page.createCDPSession()).get(page);
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * `executeServerCommand('fail-requests', { pattern })` (test/helpers/network.ts): every request whose
 * URL matches `pattern` (CDP's wildcards) fails as a dropped connection would, until
 * `{ pattern: null }`. The page itself stays online: the runner's own connection keeps working.
 */
function failRequestsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'jawda-fail-requests',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'fail-requests') return undefined;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        client.on('Fetch.requestPaused', ({ requestId }) =>
          client.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }),
        );
        sessions.set(page, client);
      }
      // A chunk another page of this browser fetched can come from the renderer's memory cache,
      // which never reaches the interception: the cache is off while requests fail.
      if (payload?.pattern) {
        await client.send('Network.enable');
        await client.send('Network.setCacheDisabled', { cacheDisabled: true });
        await client.send('Fetch.enable', { patterns: [{ urlPattern: payload.pattern }] });
      } else {
        await client.send('Fetch.disable');
        await client.send('Network.setCacheDisabled', { cacheDisabled: false });
      }
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: process.env.WTR_FILES ?? 'test/**/*.test.ts',
  nodeResolve: true,
  // tsconfig is required: it turns on the legacy decorators Lit needs here. The version is the
  // package's, as in vite.config.ts; the plugin after it serves a second copy of Jawda (another version).
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto', define: { __JAWDA_VERSION__: JSON.stringify(pkg.version) } }),
    jawdaCopyPlugin(),
    forcedColorsPlugin(),
    failRequestsPlugin(),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countReporter('.wtr-results/browser.json')],
};
