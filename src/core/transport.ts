/**
 * The bottom of the API layers, below the GET client (api.ts) and the POST half (post.ts): one
 * request with the page's rules (`send`: timeout, headers, no cookies, a failed status as a
 * `JawdaError`) and its JSON (`readJson`). What an answer must hold is the contract's business
 * (contract-check.ts), which this imports only to read a 400's field issues.
 */
import { defaultFetch, type ResolvedConfig } from './config.js';
import { validatePayload } from './contract-check.js';
import { JawdaError, asJawdaError } from './errors.js';
import { warnOnce } from './warn.js';

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
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

/** @internal The answer's JSON; a body that is not JSON is an `invalid-response`. */
export async function readJson(response: Response, url: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new JawdaError('invalid-response', 'The answer is not JSON', { status: response.status, url });
  }
}
