import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { minifyLiterals } from './scripts/minify-literals.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Two builds (see package.json "build"):
 * - default: the npm package. One ESM entry per element (each registers one element), `index` that
 *   registers all three, `<element>.class` per element (the class alone, registering nothing),
 *   `autoloader` (defines each element when its tag first appears, importing only that element's
 *   entry), and `contract` (the zod schemas, for servers). lit and @lit/* stay external. Not minified
 *   (a portal's bundler minifies; its developers read and debug what they import), with source maps.
 * - `--mode size`: the npm build again, minified, into .size/npm: what scripts/sizes.mjs measures
 *   (the gzip size of what loads, once the portal's bundler has minified it).
 * - `--mode min`: dist/jawda.min.js, self-contained (lit and zod inside) for a single
 *   `<script type="module">`; the Arabic catalogue's parts are chunks beside it, loaded on demand.
 * - `--mode results`: dist/jawda.results.min.js, `<rating-results>` alone and self-contained, for the
 *   pages that show results (beside jawda.min.js, which does not carry it).
 * All carry the package version (`__JAWDA_VERSION__`, see src/core/version.ts), so that two copies on
 * one page can name each other; Storybook reads this file too.
 */
const elements = ['service-rating', 'centre-scorecard', 'certification-badge', 'rating-results'].filter((name) =>
  existsSync(`src/${name}/define.ts`),
);

/** Where `str` lives in @lit/localize, without the rest of its entry module. */
const STR_TAG = '@lit/localize/internal/str-tag.js';

export default defineConfig(({ mode }) => {
  // `--mode hydrate`: jawda.hydrate.min.js, the same self-contained bundle with Lit's hydration support first.
  // `--mode results`: jawda.results.min.js, <rating-results> alone, self-contained (not in jawda.min.js,
  // whose first load every page with a rating, scorecard or badge pays).
  const min = mode === 'min' || mode === 'hydrate' || mode === 'results';
  /** The npm build, minified, for scripts/sizes.mjs only. */
  const size = mode === 'size';
  return {
    // Lit templates' text (styles above all) minified in every build, the npm package's too (its line breaks kept: readable).
    plugins: [minifyLiterals({ keepLineBreaks: !min && !size })],
    resolve: {
      // Jawda's own code takes msg()/str from src/core/i18n/msg.ts; the catalogue's parts (src/generated/locales/ar-*.ts,
      // scripts/localize-build.mjs) import nothing. An import of the '@lit/localize' entry (lit-localize's
      // whole catalogue, src/generated/locales/ar.ts, imports `str` from it) gets the pure tag, never
      // lit-localize's runtime (configureLocalization and its module state): any other import from the entry fails the build.
      // (The npm build keeps @lit/* external, so there `output.paths` below does the same.)
      alias: [{ find: /^@lit\/localize$/, replacement: STR_TAG }],
    },
    define: { __JAWDA_VERSION__: JSON.stringify(pkg.version) },
    build: {
      target: 'es2022',
      outDir: size ? '.size/npm' : 'dist',
      emptyOutDir: !min,
      // Source maps, with the sources inside (the package does not ship src/). The npm entries name
      // theirs (`//# sourceMappingURL`), for the portal's bundler and devtools. jawda.min.js and its
      // chunks get theirs beside them, unnamed ('hidden'): the comment would cost every citizen's
      // download ~40 B gzip per file for what only a developer reads; devtools take the map by hand
      // ("Add source map", dist/jawda.min.js.map), and scripts/sizes.mjs measures what really loads.
      sourcemap: size ? false : min ? 'hidden' : true,
      reportCompressedSize: false,
      lib: min
        ? {
            entry:
              mode === 'hydrate'
                ? { 'jawda.hydrate.min': 'src/hydrate.ts' }
                : mode === 'results'
                  ? { 'jawda.results.min': 'src/rating-results/define.ts' }
                  : { 'jawda.min': 'src/index.ts' },
            formats: ['es'],
          }
        : {
            entry: {
              index: 'src/index.ts',
              contract: 'src/core/contract.ts',
              autoloader: 'src/autoloader.ts',
              // Server rendering (Node only) and the client that takes server-rendered markup over.
              ssr: 'src/ssr/index.ts',
              hydrate: 'src/hydrate.ts',
              ...Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
              // Class-only entries: the class, no tag registered (`jawda/service-rating/class`).
              ...Object.fromEntries(elements.map((name) => [`${name}.class`, `src/${name}/${name}.ts`])),
            },
            formats: ['es'],
          },
      rolldownOptions: {
        external: min ? [] : [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^node:/],
        // jawda.min.js may gain exports, so that modules it shares with its lazy chunks (the outbox,
        // the contract, the catalogue, the ranking, ...) stay inside it instead of becoming static chunks beside it.
        preserveEntrySignatures: min ? 'allow-extension' : 'strict',
        output: {
          // jawda.min.js is minified; the npm entries are not (except in the size build).
          minify: min || size,
          entryFileNames: '[name].js',
          paths: min ? undefined : { '@lit/localize': STR_TAG },
          chunkFileNames: min ? 'jawda-[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
