/**
 * Security headers on every answer. Pages get a Content-Security-Policy with no 'unsafe-inline'
 * anywhere (the demo has no inline script or style), the strict page also requires Trusted Types
 * (Lit creates exactly one policy, named "lit-html"); everything else gets a CSP that allows nothing,
 * which is right for JSON and harmless for scripts and styles. Violations are reported to
 * `/csp-reports` with `report-uri`, which Chrome sends at once; `report-to` would be batched and
 * delayed, and Chrome ignores `report-uri` when `report-to` is present.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

export const CSP_REPORT_PATH = '/csp-reports';

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  `report-uri ${CSP_REPORT_PATH}`,
].join('; ');

export const STRICT_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  `report-uri ${CSP_REPORT_PATH}`,
].join('; ');

const NOTHING_CSP = "default-src 'none'; frame-ancestors 'none'";

export interface SecurityHeaderOptions {
  /** Paths (e.g. `/strict.html`) served with STRICT_PAGE_CSP. */
  strictPages: readonly string[];
  /** Path prefixes other sites may load (the API, the library): Cross-Origin-Resource-Policy cross-origin. */
  sharedPrefixes: readonly string[];
  trustProxy: boolean;
  /** More `style-src` sources for pages: the hashes of the server-rendered elements' styles. */
  styleSources?: readonly string[];
}

/** The headers of every answer but a page's, the same for all of them: computed once. */
function fixedHeaders(crossOrigin: boolean): [string, string][] {
  return [
    ['Content-Security-Policy', NOTHING_CSP],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', crossOrigin ? 'cross-origin' : 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-DNS-Prefetch-Control', 'off'],
  ];
}

/** The security headers of an API answer (not a page, under a shared prefix), for a route written on node:http. */
export const API_ANSWER_HEADERS: readonly (readonly [string, string])[] = fixedHeaders(true);

/** `Strict-Transport-Security` when the request came over HTTPS through the trusted proxy. */
export const HSTS = ['Strict-Transport-Security', 'max-age=31536000'] as const;

export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler<AppEnv> {
  const strict = new Set(options.strictPages);
  const styles = options.styleSources?.length ? `style-src 'self' ${options.styleSources.join(' ')}` : undefined;
  const withStyles = (csp: string) => (styles ? csp.replace("style-src 'self'", styles) : csp);
  const page = withStyles(PAGE_CSP);
  const strictPage = withStyles(STRICT_PAGE_CSP);
  const shared = fixedHeaders(true);
  const own = fixedHeaders(false);
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const path = c.req.path;
    for (const [name, value] of options.sharedPrefixes.some((prefix) => path.startsWith(prefix)) ? shared : own) headers.set(name, value);
    if (headers.get('content-type')?.startsWith('text/html')) headers.set('Content-Security-Policy', strict.has(path) ? strictPage : page);
    if (options.trustProxy && c.req.header('x-forwarded-proto') === 'https') headers.set(...HSTS);
    headers.delete('Set-Cookie'); // no cookies, ever
  };
}
