/**
 * Jawda for pages rendered on a server (`jawda/ssr`): the same as `jawda`. Every element, from any
 * bundle, takes its own server-rendered shadow root over (no blank render, no second request: its
 * data is in the page) instead of rendering again, with the code for it in a chunk only such a page
 * loads (core/hydration.ts); Lit's global hydration support is not needed for it. Kept as an entry
 * (`jawda.hydrate.min.js` for script tags; from npm, `import 'jawda/hydrate'`) for the pages that
 * name it. A page whose own Lit elements are server-rendered loads
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` for them, as Lit documents.
 */
export * from './index.js';
