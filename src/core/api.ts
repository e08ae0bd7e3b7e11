/**
 * One API client per page, shared by every element: a timeout on every request, retries with
 * back-off and jitter for GETs only, one request for many elements asking at once, a short cache,
 * abort when the last element waiting leaves the page, and every answer validated against the
 * contract. Failures always come back as a `JawdaError`.
 *
 * Schemas are named, not imported: the contract (and zod with it, about a quarter of the bundle)
 * loads on the first validation, in parallel with the first request, not before the first paint.
 */
import { defaultFetch, endpointUrl, type ResolvedConfig } from './config.js';
import { warnOnce } from './warn.js';
import type { Payload, SchemaName } from './contract.js';
import { JawdaError, asJawdaError, fieldIssues } from './errors.js';
import { lazy } from './lazy.js';
import type { PostResult } from './post.js';
import type { EndpointName } from './vocabulary.js';

let loadedContract: typeof import('./validation.js') | undefined;

/**
 * Loads the contract's schemas once, with the words for field issues (core/validation.ts: a lazy
 * chunk in the bundles; one that failed to load, offline, is tried again next time).
 */
export const loadContract = lazy(() => import('./validation.js').then((module) => (loadedContract = module)));

/** The schemas and the words for field issues, once loaded (see `loadContract`). */
export const loadedValidation = () => loadedContract;

/**
 * Validates without waiting when the contract is already loaded (inline JSON on a page where
 * another element validated first, server-rendered data): the data shows in the first render.
 * Undefined when the contract is not loaded yet or the payload is not valid; the caller then
 * takes the asynchronous path, which reports the issues.
 */
export function validateNow<N extends SchemaName>(payload: unknown, schema: N): Payload<N> | undefined {
  const result = loadedContract?.SCHEMAS[schema].safeParse(payload);
  return result?.success ? (result.data as Payload<N>) : undefined;
}

export type { PostResult };

type Params = Record<string, string | number | undefined>;

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
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

export class ApiClient {
  private readonly inFlight = new Map<string, InFlight>();
  private readonly cache = new Map<string, { expires: number; value: unknown }>();

  /** Forgets cached answers (all, or those whose URL contains `match`). */
  clearCache(match?: string): void {
    for (const key of this.cache.keys()) if (!match || key.includes(match)) this.cache.delete(key);
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
    const url = this.url(config, endpoint, params);
    const key = `${url} ${JSON.stringify(config.headers)}`;
    const cached = this.cache.get(key);
    if (cached && cached.expires > Date.now()) return cached.value as T;

    let entry = this.inFlight.get(key);
    // An entry whose last caller left is aborted: a caller arriving now (an element moved in the page) starts afresh.
    if (!entry || entry.controller.signal.aborted) {
      const controller = new AbortController();
      void loadContract().catch(() => undefined); // fetched while the request is on its way
      const promise = this.getWithRetry(config, url, controller.signal).then(async (payload) => {
        const value = await validate(config, endpoint, payload, schema, url);
        this.cache.set(key, { value, expires: Date.now() + config.cacheTtlMs });
        return value;
      });
      const created: InFlight = { promise, controller, waiters: 0 };
      entry = created;
      this.inFlight.set(key, created);
      // Only its own entry: an aborted one may settle after a fresh one took its place.
      const forget = () => this.inFlight.get(key) === created && this.inFlight.delete(key);
      promise.then(forget, forget);
    }
    return this.wait(entry, signal) as Promise<T>;
  }

  private url(config: ResolvedConfig, endpoint: EndpointName, params: Params): string {
    if (!config.apiBase) {
      throw new JawdaError('misconfigured', 'No usable API base', { attribute: config.apiBaseProblem?.attribute });
    }
    return endpointUrl(config, endpoint, params).href;
  }

  private wait(entry: InFlight, signal?: AbortSignal): Promise<unknown> {
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

  private async getWithRetry(config: ResolvedConfig, url: string, signal: AbortSignal): Promise<unknown> {
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

/** @internal One request with the client's timeout, headers and credentials rule; a failed status becomes a `JawdaError`. */
export async function send(config: ResolvedConfig, url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await config.fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...config.headers },
      signal: combined,
      credentials: 'omit', // no cookies, ever
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
  } catch (caught) {
    if (signal?.aborted) throw new JawdaError('aborted', 'Aborted', { url });
    if (timeout.aborted) throw new JawdaError('timeout', `No answer within ${config.timeoutMs} ms`, { url });
    // Only a failure pays for telling offline from blocked (a chunk of its own).
    const kind = await import('./network-failure.js').then(
      ({ explainFailure }) => explainFailure(url, config.fetch === defaultFetch, warnOnce),
      () => 'offline' as const,
    );
    throw new JawdaError(kind, asJawdaError(caught).message, { url });
  }
  if (response.ok) return response;
  const status = response.status;
  if (status === 404) throw new JawdaError('not-found', 'Not found', { status, url });
  let issues;
  if (status === 400 || status === 422) {
    const problem = await validatePayload(await response.json().catch(() => undefined), 'ValidationProblem').catch(() => undefined);
    issues = problem?.issues.map(({ path, code, message }) => ({ path, code, message }));
  }
  throw new JawdaError('http', `HTTP ${status}`, { status, url, issues, retryAfter: parseRetryAfter(response.headers.get('retry-after')) });
}

async function readJson(response: Response, url: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new JawdaError('invalid-response', 'The answer is not JSON', { status: response.status, url });
  }
}

/** @internal The configured `transform`, then the contract. */
export function validate<N extends SchemaName>(
  config: ResolvedConfig,
  endpoint: EndpointName,
  payload: unknown,
  schema: N,
  url?: string,
): Promise<Payload<N>> {
  let mapped = payload;
  try {
    mapped = config.transform ? config.transform(endpoint, payload) : payload;
  } catch (error) {
    return Promise.reject(new JawdaError('invalid-response', `transform failed: ${asJawdaError(error).message}`, { url }));
  }
  return validatePayload(mapped, schema, url);
}

/** Validates a payload against the contract; inline JSON goes through here too, with the same rules. */
export async function validatePayload<N extends SchemaName>(payload: unknown, schema: N, url?: string): Promise<Payload<N>> {
  let schemas;
  try {
    schemas = (await loadContract()).SCHEMAS;
  } catch {
    throw new JawdaError('offline', 'The contract could not be loaded', { url });
  }
  const result = schemas[schema].safeParse(payload);
  if (result.success) return result.data as Payload<N>;
  throw new JawdaError('invalid-response', 'The data does not match the contract', { url, issues: fieldIssues(result.error.issues) });
}

let client: ApiClient | undefined;

/** The page's one client. */
export function apiClient(): ApiClient {
  return (client ??= new ApiClient());
}
