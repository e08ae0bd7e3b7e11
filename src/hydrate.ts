/**
 * Jawda for pages rendered on a server (`jawda/ssr`): Lit's hydration support, installed before any
 * element is defined, then all three elements. Each element found with a server-rendered shadow
 * root takes it over (no blank render, no second request: its data is in the page) instead of
 * rendering again. Built as `jawda.hydrate.min.js` for script tags; from npm, `import 'jawda/hydrate'`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
