import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Two builds (see package.json "build"):
 * - default: the npm package. One ESM entry per element (each registers one element), `index` that
 *   registers all three, `<element>.class` per element (the class alone, registering nothing), and
 *   `contract` (the zod schemas, for servers). lit and @lit/* stay external.
 * - `--mode min`: dist/jawda.min.js, self-contained (lit and zod inside) for a single
 *   `<script type="module">`; the Arabic catalogue is a chunk beside it, loaded on demand.
 * Both carry the package version (`__JAWDA_VERSION__`, see src/core/version.ts), so that two copies on
 * one page can name each other; Storybook reads this file too.
 */
const elements = ['service-rating', 'centre-scorecard', 'certification-badge'].filter((name) => existsSync(`src/${name}/define.ts`));

/** Where `str` lives in @lit/localize, without the rest of its entry module. */
const STR_TAG = '@lit/localize/internal/str-tag.js';

export default defineConfig(({ mode }) => {
  // `--mode hydrate`: jawda.hydrate.min.js, the same self-contained bundle with Lit's hydration support first.
  const min = mode === 'min' || mode === 'hydrate';
  return {
    resolve: {
      // Jawda's own code takes msg()/str from src/core/i18n/msg.ts; the only import of the
      // '@lit/localize' entry left is `str` in the generated catalogue (src/generated/locales/ar.ts).
      // Point it at the pure tag, so the catalogue chunk does not carry lit-localize's runtime
      // (configureLocalization and its module state), and any other import from the entry fails the build.
      // (The npm build keeps @lit/* external, so there `output.paths` below does the same.)
      alias: [{ find: /^@lit\/localize$/, replacement: STR_TAG }],
    },
    define: { __JAWDA_VERSION__: JSON.stringify(pkg.version) },
    build: {
      target: 'es2022',
      emptyOutDir: !min,
      sourcemap: false,
      reportCompressedSize: false,
      lib: min
        ? { entry: mode === 'hydrate' ? { 'jawda.hydrate.min': 'src/hydrate.ts' } : { 'jawda.min': 'src/index.ts' }, formats: ['es'] }
        : {
            entry: {
              index: 'src/index.ts',
              contract: 'src/core/contract.ts',
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
          minify: true,
          entryFileNames: '[name].js',
          paths: min ? undefined : { '@lit/localize': STR_TAG },
          chunkFileNames: min ? 'jawda-[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
