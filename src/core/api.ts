/**
 * The page's one API client, shared by every element, for their GETs. Its code (get-client.ts:
 * retries, one request for many elements, the cache, and the transport below it) is a lazy chunk,
 * asked for with the first request, at an element's first update, while the contract's schemas come
 * too: a page whose data is inline JSON or server-rendered never loads it, and no element's first
 * load carries it. The first request waits for it; nothing renders later or more often for it.
 */
import type { ResolvedConfig } from './config.js';
import type { Payload, SchemaName } from './contract.js';
import { loadContract } from './contract-check.js';
import { JawdaError } from './errors.js';
import type { Params } from './get-client.js';
import { lazy } from './lazy.js';
import type { EndpointName } from './vocabulary.js';

let loaded: typeof import('./get-client.js') | undefined;

// The transport is asked for beside the client, not after it: a bundler gives it a chunk of its own
// (the outbox shares it), which the browser would otherwise discover only once the client's arrived.
const loadClient = lazy(() => Promise.all([import('./get-client.js'), import('./transport.js')]).then(([module]) => (loaded = module)));

/** What elements ask of the client. */
export interface ApiClient {
  /**
   * GETs `endpoint` and validates the answer. Elements asking for the same URL share one request and
   * one cached answer; `signal` withdraws this caller only, and the request is aborted when no caller
   * is left.
   */
  get<N extends SchemaName>(
    config: ResolvedConfig,
    endpoint: EndpointName,
    params: Params,
    schema: N,
    signal?: AbortSignal,
  ): Promise<Payload<N>>;
  /** Forgets cached answers (all, or those whose URL contains `match`); before the first request there are none. */
  clearCache(match?: string): void;
}

const handle: ApiClient = {
  get(config, endpoint, params, schema, signal) {
    void loadContract().catch(() => undefined); // on its way while the client's code comes
    return loadClient().then(({ client }) => {
      if (signal?.aborted) throw new JawdaError('aborted', 'Aborted'); // the element left while the code came: no request
      return client.get(config, endpoint, params, schema, signal);
    });
  },
  clearCache: (match) => loaded?.client.clearCache(match),
};

/** The page's one client. */
export function apiClient(): ApiClient {
  return handle;
}
