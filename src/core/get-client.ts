/**
 * The GET client's code, behind the page's one handle (`apiClient()` in api.ts, which loads this
 * chunk with the first request): retries with back-off and jitter, one request for many elements
 * asking at once, a short cache, abort when the last element waiting leaves the page, and every
 * answer validated against the contract. Failures always come back as a `JawdaError`. The request
 * itself (transport.ts) and the validation (contract-check.ts) are below this client and the POST
 * half (post.ts) alike.
 */
import { endpointUrl, type ResolvedConfig } from './config.js';
import type { Payload, SchemaName } from './contract.js';
import { loadContract, validate } from './contract-check.js';
import { JawdaError, asJawdaError } from './errors.js';
import { readJson, send } from './transport.js';
import type { EndpointName } from './vocabulary.js';

export type Params = Record<string, string | number | undefined>;

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new JawdaError('aborted', 'Aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new JawdaError('aborted', 'Aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class GetClient {
  readonly #inFlight = new Map<string, InFlight>();
  readonly #cache = new Map<string, { expires: number; value: unknown }>();

  /** Forgets cached answers (all, or those whose URL contains `match`). */
  clearCache(match?: string): void {
    for (const key of this.#cache.keys()) if (!match || key.includes(match)) this.#cache.delete(key);
  }

  /**
   * GETs `endpoint` and validates the answer. Elements asking for the same URL share one request and
   * one cached answer; `signal` withdraws this caller only, and the request is aborted when no caller
   * is left.
   */
  async get<N extends SchemaName>(
    config: ResolvedConfig,
    endpoint: EndpointName,
    params: Params,
    schema: N,
    signal?: AbortSignal,
  ): Promise<Payload<N>> {
    type T = Payload<N>;
    const url = this.#url(config, endpoint, params);
    const key = `${url} ${JSON.stringify(config.headers)}`;
    const cached = this.#cache.get(key);
    if (cached && cached.expires > Date.now()) return cached.value as T;

    let entry = this.#inFlight.get(key);
    // An entry whose last caller left is aborted: a caller arriving now (an element moved in the page) starts afresh.
    if (!entry || entry.controller.signal.aborted) {
      const controller = new AbortController();
      void loadContract().catch(() => undefined); // fetched while the request is on its way
      const promise = this.#getWithRetry(config, url, controller.signal).then(async (payload) => {
        const value = await validate(config, endpoint, payload, schema, url);
        this.#cache.set(key, { value, expires: Date.now() + config.cacheTtlMs });
        return value;
      });
      const created: InFlight = { promise, controller, waiters: 0 };
      entry = created;
      this.#inFlight.set(key, created);
      // Only its own entry: an aborted one may settle after a fresh one took its place.
      const forget = () => this.#inFlight.get(key) === created && this.#inFlight.delete(key);
      promise.then(forget, forget);
    }
    return this.#wait(entry, signal) as Promise<T>;
  }

  #url(config: ResolvedConfig, endpoint: EndpointName, params: Params): string {
    if (!config.apiBase) {
      throw new JawdaError('misconfigured', 'No usable API base', { attribute: config.apiBaseProblem?.attribute });
    }
    return endpointUrl(config, endpoint, params).href;
  }

  #wait(entry: InFlight, signal?: AbortSignal): Promise<unknown> {
    entry.waiters++;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        entry.waiters--;
        if (entry.waiters === 0) entry.controller.abort();
        reject(new JawdaError('aborted', 'Aborted'));
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        (error) => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }

  async #getWithRetry(config: ResolvedConfig, url: string, signal: AbortSignal): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await readJson(await send(config, url, { method: 'GET' }, signal), url);
      } catch (caught) {
        const error = asJawdaError(caught);
        // 429 is not retried here: the server asked for patience, and the element says so.
        const retryable = error.transient && error.status !== 429;
        if (!retryable || attempt >= config.retry.retries) throw error;
        const backoff = config.retry.baseDelayMs * 2 ** attempt;
        await sleep(backoff / 2 + Math.random() * backoff, signal); // "equal jitter"
      }
    }
  }
}

/** The page's one client, reached through the handle in api.ts. */
export const client = new GetClient();
