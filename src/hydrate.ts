/**
 * Jawda for pages rendered on a server (`jawda/ssr`): all three elements, as `jawda` exports them,
 * and each one found with a server-rendered shadow root takes it over (no blank render, no second
 * request: its data is in the page) instead of rendering again. Jawda takes its own markup over
 * with Lit's `hydrate()`, in a chunk only such a page loads (core/hydration.ts); it needs no global
 * patch of LitElement. A page whose own Lit elements are server-rendered loads
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` for them, as Lit documents. Built as
 * `jawda.hydrate.min.js` for script tags; from npm, `import 'jawda/hydrate'`.
 */
import './core/hydration-support.js';
export * from './index.js';
