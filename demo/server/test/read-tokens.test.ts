/**
 * Read tokens (issue 20): an analyst's key asks `POST /admin/tokens/results` for a token that reads
 * report v2 for five minutes and opens no other admin route, so that `<rating-results
 * audience="internal">` reads through a `tokenProvider` and no API key is ever in a page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { migrate } from '../migrations.js';
import { createKey, revokeKey } from '../store/api-keys.js';
import { mintReadToken, RESULTS_TOKEN_SECONDS } from '../store/read-tokens.js';
import { BOOTSTRAP_KEY } from './admin-support.js';
import { FIXTURE_VOTES, storeFixture } from './results-fixture.js';
import { ENGINES, testDatabase, testServer, type TestDatabase, type TestServer } from './support.js';

const PORTAL = 'https://portal.example';

for (const engine of ENGINES)
  describe(`read tokens (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let analystKey: string;
    let portalKey: string;
    const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
    const report = (secret: string, query = '?period=quarter') =>
      fetch(`${server.api}/admin/reports/results${query}`, { headers: bearer(secret) });
    const mint = async (key: string) => {
      const response = await fetch(`${server.api}/admin/tokens/results`, { method: 'POST', headers: bearer(key) });
      return { status: response.status, body: (await response.json()) as { token: string; expiresAt: string; expiresIn: number } };
    };

    before(async () => {
      database = await testDatabase(engine);
      await migrate(database.db);
      await storeFixture(database.db, {}, FIXTURE_VOTES);
      analystKey = (await createKey(database.db, 'quality office', ['analyst'])).key;
      portalKey = (await createKey(database.db, 'portal', ['portal'])).key;
      server = await testServer(database.db, { minGroup: 5, bootstrapKey: BOOTSTRAP_KEY, resultsRebuildMs: 0, allowedOrigins: [PORTAL] });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    test('an analyst key gets a token that reads report v2 as the key does, for five minutes', async () => {
      // The token ends on a whole second: RESULTS_TOKEN_SECONDS after the second the server minted it
      // in, which is somewhere between the seconds before and after the request.
      const second = (ms: number) => Math.floor(ms / 1000) * 1000;
      const before = second(Date.now());
      const { status, body } = await mint(analystKey);
      const after = second(Date.now());
      assert.equal(status, 201);
      assert.match(body.token, /^jawda_rt_[0-9a-f]{12}_\d{10}_[A-Za-z0-9_-]{43}$/);
      assert.equal(body.expiresIn, RESULTS_TOKEN_SECONDS);
      const lasts = Date.parse(body.expiresAt);
      const [earliest, latest] = [before + RESULTS_TOKEN_SECONDS * 1000, after + RESULTS_TOKEN_SECONDS * 1000];
      assert.ok(
        lasts >= earliest && lasts <= latest,
        `${new Date(lasts).toISOString()} outside ${new Date(earliest).toISOString()}..${new Date(latest).toISOString()}`,
      );
      assert.ok(!body.token.includes(analystKey.split('_')[2]!), 'the key is not in the token');

      const [withToken, withKey] = await Promise.all([report(body.token), report(analystKey)]);
      assert.equal(withToken.status, 200);
      assert.equal(withToken.headers.get('cache-control'), 'no-store');
      const read = (await withToken.json()) as { rows: unknown[]; generatedAt: string };
      const expected = (await withKey.json()) as { rows: unknown[] };
      assert.ok(read.rows.length > 0);
      assert.deepEqual(read.rows, expected.rows);
      // The bootstrap key makes them too.
      const bootstrap = await mint(BOOTSTRAP_KEY);
      assert.equal(bootstrap.status, 201);
      assert.equal((await report(bootstrap.body.token)).status, 200);
    });

    test('a token opens no other admin route, and makes no token', async () => {
      const { body } = await mint(analystKey);
      for (const [method, path] of [
        ['GET', '/whoami'],
        ['GET', '/exports/ratings.csv'],
        ['GET', '/reports/ratings'],
        ['GET', '/audit'],
        ['POST', '/tokens/results'],
        ['PUT', '/services/passport'],
      ] as const) {
        const response = await fetch(`${server.api}/admin${path}`, { method, headers: bearer(body.token) });
        assert.equal(response.status, 403, `${method} ${path}`);
        assert.match(JSON.stringify(await response.json()), /results report only/);
      }
    });

    test('a key without the analyst role makes none', async () => {
      const { status } = await mint(portalKey);
      assert.equal(status, 403);
    });

    test('a changed, expired, over-long or forged token, or one whose key is revoked, is refused (401)', async () => {
      const { body } = await mint(analystKey);
      // The MAC is base64url: it may hold '_' itself.
      const [, keyId, expires, mac] = /^jawda_rt_([^_]+)_(\d+)_(.+)$/.exec(body.token)!;
      const flipped = mac!.slice(0, 10) + (mac![10] === 'A' ? 'B' : 'A') + mac!.slice(11);
      const refused = [
        `jawda_rt_${keyId}_${expires}_${flipped}`,
        // A later expiry under the same MAC.
        `jawda_rt_${keyId}_${Number(expires) + 60}_${mac}`,
        // Made by the server itself, but an hour ago: expired.
        (await mintReadToken(database.db, { keyId: keyId!, roles: ['analyst'] }, BOOTSTRAP_KEY, Date.now() - 3_600_000))!.token,
        // Another key's id with this MAC.
        `jawda_rt_bootstrap_${expires}_${mac}`,
        `jawda_rt_${keyId}_${expires}`,
      ];
      for (const token of refused) {
        const response = await report(token);
        assert.equal(response.status, 401, token);
        assert.match(JSON.stringify(await response.json()), /read token/);
      }
      // A token that would last a day cannot be made by this server: refused even with a right MAC.
      const longLived = await mintReadToken(database.db, { keyId: keyId!, roles: ['analyst'] }, BOOTSTRAP_KEY, Date.now() + 86_400_000);
      assert.equal((await report(longLived!.token)).status, 401);

      // Revoking the key ends its tokens at once.
      const extra = await createKey(database.db, 'temporary', ['analyst']);
      const made = await mint(extra.key);
      assert.equal((await report(made.body.token)).status, 200);
      assert.ok(await revokeKey(database.db, extra.id));
      assert.equal((await report(made.body.token)).status, 401);
    });

    test("a portal's page may send the token from an allowed origin (the preflight allows it), and If-None-Match", async () => {
      const preflight = await fetch(`${server.api}/admin/reports/results`, {
        method: 'OPTIONS',
        headers: {
          origin: PORTAL,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization, if-none-match',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), PORTAL);
      const allowed = preflight.headers.get('access-control-allow-headers')!.split(/,\s*/);
      assert.ok(allowed.includes('authorization') && allowed.includes('if-none-match'), allowed.join());
      const { body } = await mint(analystKey);
      const response = await fetch(`${server.api}/admin/reports/results?period=quarter`, {
        headers: { ...bearer(body.token), origin: PORTAL },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), PORTAL);
      const elsewhere = await fetch(`${server.api}/admin/reports/results`, {
        headers: { ...bearer(body.token), origin: 'https://elsewhere.example' },
      });
      assert.equal(elsewhere.status, 403);
    });
  });
