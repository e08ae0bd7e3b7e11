/**
 * CORS with an allowlist of portal origins. A browser request from any other origin is refused with
 * 403 before it reaches a route (so a page elsewhere cannot even post a vote blind), and answers never
 * allow credentials: there are no cookies to send.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { problem } from './problems.js';

const ALLOWED_METHODS = 'GET, POST';
// authorization: a portal's page reading the results report with a read token (never an API key);
// if-none-match: an element refreshing what it has (a 304 costs no render).
const ALLOWED_HEADERS = 'content-type, accept, authorization, if-none-match';
const EXPOSED_HEADERS = 'ETag, Retry-After';

export { EXPOSED_HEADERS };

/**
 * Whether a request with this `Origin` may be answered. The server's own pages are always allowed:
 * Chrome sends Origin on same-origin POSTs too. A form posted from one of them under
 * `Referrer-Policy: no-referrer` says `Origin: null`; the browser's Sec-Fetch-Site (which no page
 * can set) still tells that it came from this origin. `ownOrigin` is asked only when needed.
 */
export function originPermitted(
  allowed: ReadonlySet<string>,
  origin: string | undefined,
  ownOrigin: () => string,
  secFetchSite: string | undefined,
): boolean {
  if (origin === undefined || allowed.has(origin)) return true;
  return origin === ownOrigin() || (origin === 'null' && secFetchSite === 'same-origin');
}

/** The 403 body for a refused origin. */
export const refusedOrigin = (origin: string) => ({
  error: 'origin-not-allowed',
  issues: [{ path: '', code: 'origin_not_allowed', message: `Origin ${origin} is not allowed` }],
});

export function cors(allowedOrigins: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const permitted = originPermitted(allowed, origin, () => new URL(c.req.url).origin, c.req.header('sec-fetch-site'));
    if (!permitted) {
      c.get('logFields').refusedOrigin = origin;
      const response = problem(c, 403, 'origin-not-allowed', refusedOrigin(origin!).issues);
      response.headers.set('Vary', 'Origin');
      return response;
    }
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...(origin ? { 'Access-Control-Allow-Origin': origin } : {}),
          'Access-Control-Allow-Methods': ALLOWED_METHODS,
          'Access-Control-Allow-Headers': ALLOWED_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
        },
      });
    }
    await next();
    // A cache must not hand one origin's answer to another.
    c.res.headers.append('Vary', 'Origin');
    if (origin && origin !== 'null') {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  };
}
