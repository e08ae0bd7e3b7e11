/**
 * What a server renderer (`jawda/ssr`) hands an element it renders, in one typed object: the
 * renderer's template binds it to the element's `serverContext` property. A server calls only
 * `willUpdate` and `render`: there is no page to read a locale from, no `connectedCallback`, no
 * clock but the renderer's. A browser never has a server context (the data a server rendered the
 * element with reaches the browser as the page's `<script data-jawda-server>`, see inline-data.ts).
 */
import type { Locale } from './config.js';

export interface ServerContext {
  /** The language of the page the element is rendered into (the element's own `lang` wins). */
  readonly locale: Locale;
  /** The element's data, shaped as the API answers it (the renderer validated it); undefined: none. */
  readonly data?: unknown;
  /** The moment the render is for (a certificate's status is computed for it). */
  readonly now: Date;
}

/** An element a server may render: it carries the renderer's context there (never in a browser). */
export interface ServerRendered extends Element {
  /** @internal Set by `jawda/ssr` on a server; undefined in a browser. */
  serverContext?: ServerContext;
}
