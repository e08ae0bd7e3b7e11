/**
 * `GET {base}/results` for `<rating-results>`: a lazy chunk, loaded with the first request. Not the
 * shared GET client (api.ts): a reader of internal results sends a bearer token or the portal's own
 * cookie, which the client never does, and a refresh asks with `If-None-Match`, where a 304 means
 * "nothing new" and changes nothing on screen.
 */
import type { ResolvedConfig } from '../core/config.js';
import type { Results } from '../core/contract.js';
import { JawdaError, asJawdaError } from '../core/errors.js';
import { parseResults } from './schema.js';

/** Who reads: `public` with no credentials; `internal` with a token (`tokenProvider`) or the page's same-origin cookie. */
export interface Reader {
  audience: 'public' | 'internal';
  tokenProvider?: () => Promise<string>;
}

/** An answer and its validator; `unchanged`: the server said 304 to the `etag` sent. */
export type Fetched = { results: Results; etag?: string } | { unchanged: true };

/**
 * Asks for the results at `url`. With `etag`, a 304 comes back as `{ unchanged: true }`. Every
 * failure is a `JawdaError` (a 401/403 to an internal reader too: the token or session is not valid).
 */
export async function fetchResults(
  config: ResolvedConfig,
  url: string,
  reader: Reader,
  signal: AbortSignal,
  etag?: string,
): Promise<Fetched> {
  const headers: Record<string, string> = { accept: 'application/json', ...config.headers };
  if (etag) headers['if-none-match'] = etag;
  if (reader.audience === 'internal' && reader.tokenProvider) headers.authorization = `Bearer ${await reader.tokenProvider()}`;
  const timeout = AbortSignal.timeout(config.timeoutMs);
  let response: Response;
  try {
    response = await config.fetch(url, {
      method: 'GET',
      headers,
      signal: AbortSignal.any([signal, timeout]),
      // Public results never send a cookie; internal ones without a token read through the portal's own same-origin route.
      credentials: reader.audience === 'internal' && !reader.tokenProvider ? 'same-origin' : 'omit',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
  } catch (caught) {
    if (signal.aborted) throw new JawdaError('aborted', 'Aborted', { url });
    if (timeout.aborted) throw new JawdaError('timeout', `No answer within ${config.timeoutMs} ms`, { url });
    throw new JawdaError('offline', asJawdaError(caught).message, { url });
  }
  if (response.status === 304) return { unchanged: true };
  if (!response.ok)
    throw new JawdaError(response.status === 404 ? 'not-found' : 'http', `HTTP ${response.status}`, { status: response.status, url });
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    throw new JawdaError('invalid-response', 'The answer is not JSON', { status: response.status, url });
  }
  const results = parseResults(payload, url);
  return { results, etag: response.headers.get('etag') ?? undefined };
}
