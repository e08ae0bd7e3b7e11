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

export function securityHeaders(options: SecurityHeaderOptions): MiddlewareHandler<AppEnv> {
  const strict = new Set(options.strictPages);
  const styles = options.styleSources?.length ? `style-src 'self' ${options.styleSources.join(' ')}` : undefined;
  const withStyles = (csp: string) => (styles ? csp.replace("style-src 'self'", styles) : csp);
  const page = withStyles(PAGE_CSP);
  const strictPage = withStyles(STRICT_PAGE_CSP);
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    const path = c.req.path;
    const isPage = headers.get('content-type')?.startsWith('text/html') ?? false;
    headers.set('Content-Security-Policy', isPage ? (strict.has(path) ? strictPage : page) : NOTHING_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set(
      'Cross-Origin-Resource-Policy',
      options.sharedPrefixes.some((prefix) => path.startsWith(prefix)) ? 'cross-origin' : 'same-origin',
    );
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    headers.set('X-DNS-Prefetch-Control', 'off');
    if (options.trustProxy && c.req.header('x-forwarded-proto') === 'https') headers.set('Strict-Transport-Security', 'max-age=31536000');
    headers.delete('Set-Cookie'); // no cookies, ever
  };
}
