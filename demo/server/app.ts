/**
 * The HTTP application: hardening middleware around the API routes, the OpenAPI document, the CSP
 * report endpoint and the demo's static files. No cookies are read or set anywhere.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { DEFAULT_ENDPOINTS, type EndpointName } from '../../src/core/contract.js';
import type { Db } from './db.js';
import type { AppEnv } from './http/app-env.js';
import { cors } from './http/cors.js';
import { problem } from './http/problems.js';
import { memoryRateLimiter, rateLimit, type RateLimiter } from './http/rate-limit.js';
import { jsonLines, quiet, requestLog, requestLogging, type LogSink } from './http/request-log.js';
import { voteRoute, type NodeRoute } from './http/vote-route.js';
import { CSP_REPORT_PATH, securityHeaders } from './http/security-headers.js';
import { sendDemoFile, sendFile } from './http/static-files.js';
import { EMPTY_TRUST_SCRIPT, renderedPage, trustScript } from './http/rendered-pages.js';
import { styleHashes } from '../../src/ssr/index.js';
import { adminRoutes } from './routes/admin.js';
import { certificationRoutes } from './routes/certifications.js';
import { routePath } from './routes/contract-paths.js';
import { CspReports, cspReportRoutes } from './routes/csp-reports.js';
import { embedRoutes } from './routes/embed.js';
import { evaluationRoutes } from './routes/evaluations.js';
import { openApiRoutes } from './routes/openapi.js';
import { rankingRoutes } from './routes/rankings.js';
import { ratingRoutes, VoteIntake } from './routes/ratings.js';
import { resultsCubes, resultsRoutes } from './routes/results.js';
import { databaseRateLimiter } from './store/rate-buckets.js';
import { JWKS_PATH, signingRoutes } from './routes/signing.js';
import { CertificationPublisher, STATUS_LIST_PATH } from './signing/publisher.js';
import type { ServerSettings } from './settings.js';

export interface AppDependencies {
  db: Db;
  settings: ServerSettings;
  /** Where log lines go; default: JSON lines on stdout, or nothing when `settings.log` is `quiet`. */
  log?: LogSink;
  cspReports?: CspReports;
  /** Signs the certifications served and the status lists; default: from `settings` (keys file or JAWDA_SIGNING_KEY). */
  publisher?: CertificationPublisher;
  /**
   * The per-client rate limit; default: from `settings.rateLimit`, in the database on PostgreSQL
   * (shared by every server on it), in memory on PGlite (one process).
   */
  limiter?: RateLimiter;
}

/** The Hono app, and the routes answered on node:http before it (see http/vote-route.ts). */
export type JawdaApp = Hono<AppEnv> & { nodeRoutes: NodeRoute[] };

/** The demo page served with the strictest policy (Trusted Types required). */
export const STRICT_PAGE = '/strict.html';

const METHODS: Record<EndpointName, string> = {
  ratingSummary: 'GET',
  ratings: 'POST',
  ratingForm: 'POST',
  evaluation: 'GET',
  ranking: 'GET',
  organisationCertifications: 'GET',
  certification: 'GET',
};

function apiRoutes(
  { db, settings }: AppDependencies,
  publisher: CertificationPublisher,
  limiter: RateLimiter,
  intake: VoteIntake,
): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use(cors(settings.allowedOrigins));
  api.use(rateLimit(limiter));
  const tooLarge = bodyLimit({
    maxSize: settings.bodyLimitBytes,
    onError: (c) =>
      problem(c, 413, 'payload-too-large', [
        { path: '', code: 'too_big', message: `The body is larger than ${settings.bodyLimitBytes} bytes` },
      ]),
  });
  api.post('*', tooLarge);
  api.put('*', tooLarge);
  // Not for admin answers: they are never cached, and the etag middleware would buffer a streamed export whole.
  const tagged = etag({ weak: true });
  api.get('*', (c, next) => (c.req.path.startsWith(`${settings.apiBase}/admin/`) ? next() : tagged(c, next)));
  const cubes = resultsCubes(db, settings);
  api.route('/admin', adminRoutes(db, settings, cubes));
  api.route('/', ratingRoutes(db, settings, intake));
  api.route('/', resultsRoutes(db, settings, cubes));
  api.route('/', evaluationRoutes(db));
  api.route('/', rankingRoutes(db));
  api.route('/', certificationRoutes(db, publisher));
  for (const endpoint of Object.keys(DEFAULT_ENDPOINTS) as EndpointName[]) {
    api.all(routePath(endpoint), (c) => {
      c.header('Allow', METHODS[endpoint]);
      return problem(c, 405, 'method-not-allowed', [{ path: '', code: 'method_not_allowed', message: `Use ${METHODS[endpoint]}` }]);
    });
  }
  api.all('*', (c) =>
    problem(c, 404, 'not-found', [{ path: '', code: 'not_found', message: `No endpoint ${c.req.method} ${c.req.path}` }]),
  );
  return api;
}

/** Whether `error` is the client's leaving (the body stream cut, the request's signal aborted). */
function clientAborted(error: Error, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || error.message === 'aborted' || (error as NodeJS.ErrnoException).code === 'ECONNRESET';
}

export function createApp(dependencies: AppDependencies): JawdaApp {
  const { db, settings } = dependencies;
  const log = dependencies.log ?? (settings.log === 'quiet' ? quiet : jsonLines());
  const logging = requestLogging(log);
  const limiter =
    dependencies.limiter ?? (db.kind === 'pg' ? databaseRateLimiter(db, settings.rateLimit) : memoryRateLimiter(settings.rateLimit));
  const intake = new VoteIntake(db, settings);
  const app = Object.assign(new Hono<AppEnv>(), {
    nodeRoutes: [
      voteRoute({
        apiBase: settings.apiBase,
        allowedOrigins: settings.allowedOrigins,
        trustProxy: settings.trustProxy,
        bodyLimitBytes: settings.bodyLimitBytes,
        limiter,
        logging,
        intake,
      }),
    ],
  });
  const publisher = dependencies.publisher ?? new CertificationPublisher(settings);

  app.use(requestLog(logging, settings.trustProxy));
  // Server-rendered shadow roots carry one <style> each, allowed by its hash (never 'unsafe-inline').
  app.use(
    securityHeaders({
      strictPages: [STRICT_PAGE],
      sharedPrefixes: [settings.apiBase, '/dist/', '/openapi.json', '/embed/', STATUS_LIST_PATH, JWKS_PATH],
      trustProxy: settings.trustProxy,
      styleSources: styleHashes(),
    }),
  );

  app.route(settings.apiBase, apiRoutes(dependencies, publisher, limiter, intake));
  app.route('/', signingRoutes(db, publisher));
  app.route('/', openApiRoutes(settings.apiBase));
  // Server-rendered elements; their data comes from the API above, asked in-process.
  app.route(
    '/embed',
    embedRoutes({ apiBase: settings.apiBase, api: (request, env) => app.fetch(request, env), trust: () => publisher.trustList() }),
  );

  app.use(CSP_REPORT_PATH, rateLimit(memoryRateLimiter({ writes: { limit: 120, windowMs: 60_000 }, reads: settings.rateLimit.reads })));
  app.post(CSP_REPORT_PATH, bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.body(null, 413) }));
  app.route('/', cspReportRoutes(dependencies.cspReports ?? new CspReports(), log));

  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await db.query('SELECT 1');
      return c.json({ ok: true, database: db.kind });
    } catch {
      return c.json({ ok: false, database: db.kind }, 503);
    }
  });

  const { distDir, demoDir, fontsDir } = settings;
  if (distDir) {
    app.get('/dist/*', async (c) => {
      const response = (await sendFile(c, distDir, c.req.path.slice('/dist/'.length))) ?? (await c.notFound());
      // A portal on another origin loads the library as a module script, which is fetched in CORS
      // mode: any origin may, as from a CDN. The library is public code and no cookie is ever read,
      // so `*` gives nothing away (the API keeps its own allowlist in http/cors.ts).
      response.headers.set('Access-Control-Allow-Origin', '*');
      return response;
    });
  }
  const internalApi = (request: Request, env: unknown) => app.fetch(request, env);
  if (demoDir && fontsDir)
    app.get('/fonts/*', async (c) => (await sendFile(c, fontsDir, c.req.path.slice('/fonts/'.length))) ?? c.notFound());
  if (demoDir) {
    app.get('*', async (c, next) => {
      const name = c.req.path === '/' ? '/index.html' : c.req.path;
      const trust = publisher.trustList();
      return (await renderedPage(c, name, { demoDir, apiBase: settings.apiBase, api: internalApi, log, trust })) ?? next();
    });
    app.get('*', async (c) => {
      const trust = publisher.trustList();
      const script = trustScript(trust);
      const filled = { placeholder: EMPTY_TRUST_SCRIPT, script, tag: createHash('sha256').update(script).digest('base64url').slice(0, 12) };
      return (await sendDemoFile(c, demoDir, filled)) ?? c.notFound();
    });
  }

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    if (clientAborted(error, c.req.raw.signal)) {
      // The client went away mid-request (e.g. while sending the body): nothing wrong with the server.
      log({ level: 'debug', msg: 'request aborted by the client', id: c.get('requestId'), method: c.req.method, path: c.req.path });
      return problem(c, 400, 'aborted', [{ path: '', code: 'aborted', message: 'The request was aborted' }]);
    }
    log({ level: 'error', msg: 'unhandled error', id: c.get('requestId'), path: c.req.path, error: error.message, stack: error.stack });
    return problem(c, 500, 'internal-error', [{ path: '', code: 'internal_error', message: 'Something went wrong on the server' }]);
  });
  return app;
}
