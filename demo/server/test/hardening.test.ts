import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ValidationProblem } from '../../../src/core/contract.js';
import { styleHashes } from '../../../src/ssr/index.js';
import { PAGE_CSP, STRICT_PAGE_CSP } from '../http/security-headers.js';
import { openApiDocument } from '../routes/openapi.js';
import { settingsFromEnv } from '../settings.js';
import { ENGINES, postJson, seededDatabase, testServer, until, vote, type TestDatabase, type TestServer } from './support.js';

const PORTAL = 'https://portal.example.bh';

for (const engine of ENGINES)
  describe(`hardening (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let files: string;

    before(async () => {
      database = await seededDatabase(engine);
      files = mkdtempSync(join(tmpdir(), 'jawda-static-'));
      mkdirSync(join(files, 'demo/server'), { recursive: true });
      mkdirSync(join(files, 'dist/chunks'), { recursive: true });
      writeFileSync(join(files, 'demo/index.html'), '<!doctype html><title>home</title>');
      writeFileSync(join(files, 'demo/strict.html'), '<!doctype html><title>strict</title>');
      writeFileSync(join(files, 'demo/portal.js'), 'export {};');
      writeFileSync(join(files, 'demo/server/main.ts'), 'secret');
      writeFileSync(join(files, 'dist/jawda.min.js'), 'export const jawda = 1;');
      writeFileSync(join(files, 'dist/chunks/ar.js'), 'export const ar = 1;');
      writeFileSync(join(files, 'secret.txt'), 'outside');
      server = await testServer(database.db, { allowedOrigins: [PORTAL], demoDir: join(files, 'demo'), distDir: join(files, 'dist') });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
      rmSync(files, { recursive: true, force: true });
    });

    const summaryUrl = () => `${server.api}/services/cr-renewal/rating-summary`;

    describe('CORS', () => {
      test('an allowed portal origin gets Access-Control-Allow-Origin, Vary: Origin and the exposed headers', async () => {
        const response = await fetch(summaryUrl(), { headers: { origin: PORTAL } });
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('access-control-allow-origin'), PORTAL);
        assert.match(response.headers.get('vary') ?? '', /Origin/);
        assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
        assert.equal(response.headers.get('access-control-allow-credentials'), null);
      });

      test('a refused origin gets 403 and no CORS header, for reads and for votes', async () => {
        for (const response of [
          await fetch(summaryUrl(), { headers: { origin: 'https://evil.example' } }),
          await postJson(`${server.api}/services/cr-renewal/ratings`, vote(), { origin: 'https://evil.example' }),
          await fetch(summaryUrl(), { headers: { origin: 'null' } }),
        ]) {
          assert.equal(response.status, 403);
          assert.equal(response.headers.get('access-control-allow-origin'), null);
          assert.equal(ValidationProblem.parse(await response.json()).error, 'origin-not-allowed');
        }
      });

      test('preflight: 204 with methods, headers and max-age for an allowed origin; 403 otherwise', async () => {
        const preflight = (origin: string) =>
          fetch(`${server.api}/services/cr-renewal/ratings`, {
            method: 'OPTIONS',
            headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
          });
        const allowed = await preflight(PORTAL);
        assert.equal(allowed.status, 204);
        assert.equal(allowed.headers.get('access-control-allow-origin'), PORTAL);
        assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
        assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /content-type/);
        assert.equal(allowed.headers.get('access-control-max-age'), '600');
        const refused = await preflight('https://evil.example');
        assert.equal(refused.status, 403);
        assert.equal(refused.headers.get('access-control-allow-origin'), null);
      });

      test("the server's own origin and requests without Origin are always allowed", async () => {
        assert.equal((await postJson(`${server.api}/services/cr-renewal/ratings`, vote(), { origin: server.url })).status, 201);
        const plain = await fetch(summaryUrl());
        assert.equal(plain.status, 200);
        assert.equal(plain.headers.get('access-control-allow-origin'), null);
      });

      test('JAWDA_ALLOWED_ORIGINS is a comma-separated list; Storybook is allowed by default', () => {
        assert.deepEqual(settingsFromEnv({ JAWDA_ALLOWED_ORIGINS: ' https://a.gov.bh, https://b.gov.bh/ ,' }).allowedOrigins, [
          'https://a.gov.bh',
          'https://b.gov.bh',
        ]);
        assert.ok(settingsFromEnv({}).allowedOrigins.includes('http://localhost:6006'));
        assert.throws(() => settingsFromEnv({ PORT: 'eighty' }), /PORT/);
      });

      test('JAWDA_DB_POOL and JAWDA_VOTE_WRITERS size an instance for its share of one database', () => {
        assert.deepEqual([settingsFromEnv({}).databasePool, settingsFromEnv({}).voteWriters], [16, 2]);
        const shared = settingsFromEnv({ JAWDA_DB_POOL: '8', JAWDA_VOTE_WRITERS: '1' });
        assert.deepEqual([shared.databasePool, shared.voteWriters], [8, 1]);
        assert.throws(() => settingsFromEnv({ JAWDA_VOTE_WRITERS: 'two' }), /JAWDA_VOTE_WRITERS/);
        assert.equal(settingsFromEnv({ JAWDA_DB_POOL: '0' }).databasePool, 1);
      });
    });

    describe('rate limit', () => {
      let limited: TestServer;
      before(async () => {
        limited = await testServer(database.db, {
          trustProxy: true,
          rateLimit: { writes: { limit: 3, windowMs: 60_000 }, reads: { limit: 5, windowMs: 60_000 } },
        });
      });
      after(() => limited.close());
      const as = (client: string) => ({ 'x-forwarded-for': client });

      test('the 4th vote within the window gets 429 with Retry-After; another client is not affected', async () => {
        const url = `${limited.api}/services/cr-renewal/ratings`;
        for (let i = 0; i < 3; i++) assert.equal((await postJson(url, vote(), as('198.51.100.1'))).status, 201);
        const refused = await postJson(url, vote(), as('198.51.100.1'));
        assert.equal(refused.status, 429);
        const wait = Number(refused.headers.get('retry-after'));
        assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 20, `Retry-After ${wait}`);
        assert.equal(ValidationProblem.parse(await refused.json()).error, 'rate-limited');
        assert.equal((await postJson(url, vote(), as('198.51.100.2'))).status, 201);
      });

      test('reads have their own, larger budget', async () => {
        const url = `${limited.api}/services/cr-renewal/rating-summary`;
        for (let i = 0; i < 5; i++) assert.equal((await fetch(url, { headers: as('198.51.100.1') })).status, 200);
        const refused = await fetch(url, { headers: as('198.51.100.1') });
        assert.equal(refused.status, 429);
        assert.ok(Number(refused.headers.get('retry-after')) >= 1);
      });

      test('IPv6 clients share a budget per /64', async () => {
        const url = `${limited.api}/centres/isa-town/evaluation`;
        for (let i = 0; i < 5; i++) assert.equal((await fetch(url, { headers: as(`2001:db8:1:2::${i + 1}`) })).status, 200);
        assert.equal((await fetch(url, { headers: as('2001:db8:1:2:ffff::9') })).status, 429);
        assert.equal((await fetch(url, { headers: as('2001:db8:1:3::1') })).status, 200);
      });
    });

    describe('security headers, static files and logs', () => {
      test('API answers: nosniff, no-referrer, a CSP that allows nothing, no cookies', async () => {
        const response = await fetch(summaryUrl());
        assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
        assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
        assert.equal(response.headers.get('x-frame-options'), 'DENY');
        assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
        assert.equal(response.headers.get('set-cookie'), null);
      });

      test("demo pages get a CSP without 'unsafe-inline'; the strict page also requires Trusted Types", async () => {
        const home = await fetch(`${server.url}/`);
        assert.equal(home.status, 200);
        assert.match(home.headers.get('content-type') ?? '', /^text\/html/);
        // Pages with server-rendered elements allow each element's one <style> by its hash, nothing inline else.
        const styles = `style-src 'self' ${styleHashes().join(' ')}`;
        const page = PAGE_CSP.replace("style-src 'self'", styles);
        const strictPage = STRICT_PAGE_CSP.replace("style-src 'self'", styles);
        assert.equal(home.headers.get('content-security-policy'), page);
        const strict = await fetch(`${server.url}/strict.html`);
        assert.equal(strict.headers.get('content-security-policy'), strictPage);
        for (const policy of [page, strictPage]) {
          assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
          assert.match(policy, /report-uri \/csp-reports/);
        }
        assert.match(STRICT_PAGE_CSP, /require-trusted-types-for 'script'; trusted-types lit-html/);
        assert.equal(home.headers.get('cross-origin-resource-policy'), 'same-origin');
      });

      test('the built library is served from /dist with revalidation; nothing outside demo/ and dist/ is', async () => {
        const script = await fetch(`${server.url}/dist/jawda.min.js`);
        assert.equal(script.status, 200);
        assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
        assert.equal(script.headers.get('cache-control'), 'no-cache');
        const tag = script.headers.get('etag')!;
        assert.equal((await fetch(`${server.url}/dist/jawda.min.js`, { headers: { 'if-none-match': tag } })).status, 304);
        assert.equal((await fetch(`${server.url}/dist/chunks/ar.js`)).status, 200);
        assert.equal((await fetch(`${server.url}/portal.js`)).status, 200);
        for (const path of [
          '/server/main.ts',
          '/server%2Fmain.ts',
          '/dist/..%2Fsecret.txt',
          '/dist/%2e%2e/secret.txt',
          '/..%2Fsecret.txt',
          '/missing.html',
        ]) {
          assert.equal((await fetch(`${server.url}${path}`)).status, 404, path);
        }
      });

      test('one structured log line per request, whose id is the X-Request-Id, with the client hashed', async () => {
        const before = server.logs.length;
        const response = await fetch(`${server.api}/centres/isa-town/evaluation?cycle=2`);
        await response.arrayBuffer();
        const lines = server.logs.slice(before);
        assert.equal(lines.length, 1);
        const line = lines[0]!;
        assert.equal(line.id, response.headers.get('x-request-id'));
        assert.equal(line.method, 'GET');
        assert.equal(line.path, '/api/v1/centres/isa-town/evaluation');
        assert.equal(line.status, 200);
        assert.equal(typeof line.ms, 'number');
        assert.notEqual(line.client, '127.0.0.1');
        assert.match(String(line.client), /^[\w-]{12}$/);
      });

      test('a client that stops sending its body is logged as an abort (debug), never as an unhandled error', async () => {
        const before = server.logs.length;
        const paths = [
          [`${server.api}/services/cr-renewal/ratings`, 'application/json'],
          [`${server.api}/services/cr-renewal/rating-form`, 'application/x-www-form-urlencoded'],
        ] as const;
        for (const [url, type] of paths) {
          // Announces 1,000 bytes, sends 40, then hangs up.
          await new Promise<void>((resolve) => {
            const req = request(url, { method: 'POST', headers: { 'content-type': type, 'content-length': '1000' } });
            req.on('error', () => resolve());
            req.write(
              type === 'application/json' ? '{"submissionId":"00000000-0000-4000-8000-' : 'score=4&scale=stars&submissionId=0000000',
            );
            setTimeout(() => {
              req.destroy();
              resolve();
            }, 150);
          });
        }
        await until(
          () => server.logs.slice(before).filter((line) => line.msg === 'request aborted by the client').length === 2,
          'two aborts logged',
          5000,
        );
        const lines = server.logs.slice(before);
        assert.deepEqual(
          lines.filter((line) => line.level === 'error'),
          [],
          'no error line',
        );
        for (const line of lines.filter((line) => line.msg === 'request aborted by the client')) assert.equal(line.level, 'debug');
      });

      test('GET /openapi.json serves the generated document to any origin', async () => {
        const response = await fetch(`${server.url}/openapi.json`);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('access-control-allow-origin'), '*');
        assert.deepEqual(await response.json(), JSON.parse(JSON.stringify(openApiDocument(server.settings.apiBase))));
      });

      test('GET /healthz says which database answers', async () => {
        const health = await (await fetch(`${server.url}/healthz`)).json();
        assert.deepEqual(health, { ok: true, database: engine === 'postgresql' ? 'pg' : 'pglite' });
      });
    });

    describe('CSP reports', () => {
      test('report-uri and Reporting API formats are recorded and listed', async () => {
        const legacy = await fetch(`${server.url}/csp-reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/csp-report' },
          body: JSON.stringify({
            'csp-report': {
              'document-uri': `${server.url}/strict.html`,
              'violated-directive': 'require-trusted-types-for',
              'blocked-uri': 'trusted-types-sink',
              'line-number': 3,
            },
          }),
        });
        assert.equal(legacy.status, 204);
        const modern = await fetch(`${server.url}/csp-reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/reports+json' },
          body: JSON.stringify([
            {
              type: 'csp-violation',
              body: { documentURL: `${server.url}/service.html`, effectiveDirective: 'style-src-attr', blockedURL: 'inline' },
            },
          ]),
        });
        assert.equal(modern.status, 204);
        const listed = (await (await fetch(`${server.url}/csp-reports`)).json()) as { count: number; reports: Record<string, unknown>[] };
        assert.equal(listed.count, 2);
        assert.equal(listed.reports[0]!.violatedDirective, 'require-trusted-types-for');
        assert.equal(listed.reports[0]!.lineNumber, 3);
        assert.equal(listed.reports[1]!.effectiveDirective, 'style-src-attr');
        assert.ok(server.logs.some((line) => line.msg === 'csp violation'));
      });

      test('a malformed report is ignored, not an error', async () => {
        const response = await fetch(`${server.url}/csp-reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/csp-report' },
          body: 'nonsense',
        });
        assert.equal(response.status, 204);
      });
    });
  });
