// A second, self-contained copy of Jawda for the browser tests (test/core/two-copies*.test.ts): the
// page a CMS's jawda.min.js and an app's own bundle share. esbuild bundles src/index.ts with lit
// inside and its own version, once per test run, and the dev server serves it at `path`.
import { build } from 'esbuild';

export const JAWDA_COPY_PATH = '/__jawda-copy/jawda.js';
export const JAWDA_COPY_VERSION = '9.9.9-copy';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function jawdaCopyPlugin({ path = JAWDA_COPY_PATH, version = JAWDA_COPY_VERSION } = {}) {
  /** @type {Promise<string> | undefined} */
  let bundle;
  const bundleOnce = () =>
    (bundle ??= build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      // Legacy decorators (Lit's) are turned on in tsconfig.json.
      tsconfig: './tsconfig.json',
      define: { __JAWDA_VERSION__: JSON.stringify(version) },
    }).then(
      (result) => result.outputFiles[0].text,
      (error) => {
        bundle = undefined; // a failed build is not cached: the next request tries again
        throw error;
      },
    ));
  return {
    name: 'jawda-second-copy',
    async serve(context) {
      if (context.path === path) return { body: await bundleOnce(), type: 'js' };
    },
  };
}
