/**
 * `GET /embed/centres/{centreId}/scorecard` and `GET /embed/organisations/{organisationId}/certifications`:
 * the element rendered on the server with its data (`jawda/ssr`), as an HTML fragment a CMS includes
 * in its page. Query: `lang`, `cycle`, `variant` and the element's other attributes by their names.
 * The data is asked of this server's own API in-process (same validation, same rate limit for the
 * reader who asked), and the fragment is cacheable: an ETag, and `Cache-Control` as short as the
 * API's, since a certificate's status depends on the day.
 */
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { renderToString, type AttributeValue, type JawdaTag } from '../../../src/ssr/index.js';
import { JawdaError } from '../../../src/core/errors.js';
import type { AppEnv } from '../http/app-env.js';
import { problem } from '../http/problems.js';
import { cycleQuery, identifiers } from './params.js';

/** The attributes a query may set, per element: anything else is ignored, never written into the markup. */
const ALLOWED: Record<'centre-scorecard' | 'certification-badge', readonly string[]> = {
  'centre-scorecard': ['lang', 'cycle', 'variant', 'heading-level', 'show-history', 'numerals', 'calendar', 'theme'],
  'certification-badge': [
    'lang',
    'variant',
    'standard',
    'certificate-id',
    'warning-days',
    'stale-after-days',
    'numerals',
    'calendar',
    'theme',
  ],
};
const BOOLEAN = new Set(['show-history']);

/** The query as attributes: only the element's own, booleans present when the query says so. */
function attributesFrom(c: Context, tag: keyof typeof ALLOWED): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const name of ALLOWED[tag]) {
    const value = c.req.query(name);
    if (value === undefined) continue;
    attributes[name] = BOOLEAN.has(name) ? value !== 'false' : value;
  }
  return attributes;
}

/** A page that includes an embed in the browser (rather than server-side) may come from anywhere. */
export interface EmbedOptions {
  apiBase: string;
  /** Answers a request to this server's API without the network. */
  api: (request: Request, env: unknown) => Response | Promise<Response>;
  /**
   * The issuers a badge's signed records are checked against on this server: its own. The page the
   * embed lands in checks them again with its own trust list when it takes the markup over.
   */
  trust?: () => unknown;
}

export function embedRoutes({ apiBase, api, trust }: EmbedOptions): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.use('*', etag({ weak: true }));

  async function embed(c: Context<AppEnv>, tag: JawdaTag, attributes: Record<string, AttributeValue>): Promise<Response> {
    const internal: typeof fetch = async (input, init) => api(new Request(input, init), c.env);
    try {
      // Asked in-process; the markup names the public address, so the browser can switch cycles there.
      const attributesWithBase = { 'api-base': `${new URL(c.req.url).origin}${apiBase}`, ...attributes };
      const html = await renderToString(tag, {
        attributes: attributesWithBase,
        apiBase: `http://jawda.internal${apiBase}`,
        fetch: internal,
        trust: trust?.(),
      });
      c.header('Cache-Control', 'public, max-age=300');
      return c.html(html);
    } catch (caught) {
      const error = caught instanceof JawdaError ? caught : undefined;
      if (error?.kind === 'not-found') return problem(c, 404, 'not-found', [{ path: '', code: 'not_found', message: error.message }]);
      if (error?.kind === 'misconfigured' || (error?.kind === 'http' && error.status === 400)) {
        return problem(
          c,
          400,
          'invalid-request',
          error.details.issues?.length
            ? error.details.issues.map((issue) => ({ ...issue, code: issue.code ?? 'invalid' }))
            : [{ path: '', code: 'invalid', message: error.message }],
        );
      }
      throw caught;
    }
  }

  routes.get('/centres/:centreId/scorecard', (c) => {
    const params = identifiers(c, ['centreId'] as const);
    if (!params.ok) return params.response;
    const cycle = cycleQuery(c);
    if (!cycle.ok) return cycle.response;
    return embed(c, 'centre-scorecard', { 'centre-id': params.value.centreId, ...attributesFrom(c, 'centre-scorecard') });
  });
  routes.get('/organisations/:organisationId/certifications', (c) => {
    const params = identifiers(c, ['organisationId'] as const);
    if (!params.ok) return params.response;
    return embed(c, 'certification-badge', { 'organisation-id': params.value.organisationId, ...attributesFrom(c, 'certification-badge') });
  });
  return routes;
}
