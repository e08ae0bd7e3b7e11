// The publishing API (issue 13, points 1 and 2): API keys with roles, and what a ministry publishes
// through /api/v1/admin on a database without the demo data (JAWDA_SEED=off).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Certification, Evaluation, OrganisationCertifications, RatingSummary, ValidationProblem } from '../../../src/core/contract.js';
import { migrate } from '../migrations.js';
import { createKey, revokeKey } from '../store/api-keys.js';
import { BOOTSTRAP_KEY, certificate, taqyeemResult } from './admin-support.js';
import { ENGINES, postJson, testDatabase, testServer, vote, type TestDatabase, type TestServer } from './support.js';

for (const engine of ENGINES)
  describe(`admin API (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    const keys: Record<'publisher' | 'portal' | 'analyst' | 'revoked', string> = { publisher: '', portal: '', analyst: '', revoked: '' };
    const admin = (path: string) => `${server.api}/admin${path}`;
    const as = (key: string, init: RequestInit = {}): RequestInit => ({
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${key}` },
    });
    const put = (path: string, body: unknown, key = BOOTSTRAP_KEY) =>
      fetch(admin(path), as(key, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    const issuePaths = async (response: Response) => ValidationProblem.parse(await response.json()).issues.map((issue) => issue.path);

    before(async () => {
      database = await testDatabase(engine);
      await migrate(database.db);
      for (const role of ['publisher', 'portal', 'analyst'] as const)
        keys[role] = (await createKey(database.db, `${role} key`, [role])).key;
      const revoked = await createKey(database.db, 'old key', ['publisher', 'portal', 'analyst']);
      await revokeKey(database.db, revoked.id);
      keys.revoked = revoked.key;
      server = await testServer(database.db, { bootstrapKey: BOOTSTRAP_KEY, minDwellMs: 0 });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    const ROUTES: [string, string][] = [
      ['GET', '/whoami'],
      ['GET', '/audit'],
      ['GET', '/services'],
      ['PUT', '/services/x'],
      ['DELETE', '/services/x'],
      ['GET', '/centres'],
      ['PUT', '/centres/x'],
      ['PUT', '/centres/x/evaluations/1'],
      ['DELETE', '/centres/x/evaluations/1'],
      ['GET', '/organisations'],
      ['PUT', '/organisations/x'],
      ['PUT', '/certifications/x'],
      ['POST', '/certifications/x/status'],
      ['DELETE', '/certifications/x'],
      ['GET', '/exports/ratings.csv'],
      ['GET', '/exports/ratings.ndjson'],
      ['GET', '/reports/ratings'],
      ['GET', '/no-such-route'],
    ];

    test('without a key, with a malformed, unknown or revoked key, every admin route answers 401 with WWW-Authenticate', async () => {
      for (const authorization of [
        undefined,
        'Basic YWRtaW46YWRtaW4=',
        'Bearer',
        `Bearer ${BOOTSTRAP_KEY}x`,
        'Bearer jawda_000000000000_' + 'A'.repeat(43),
        `Bearer ${keys.revoked}`,
      ]) {
        for (const [method, path] of ROUTES) {
          const response = await fetch(admin(path), {
            method,
            headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
            body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
          });
          assert.equal(response.status, 401, `${method} ${path} with ${authorization}`);
          assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
          assert.equal(ValidationProblem.parse(await response.json()).error, 'unauthorized');
        }
      }
    });

    test("a key without the route's role gets 403; the bootstrap key has every role", async () => {
      const forbidden: [string, string, string][] = [
        [keys.publisher, 'PUT', '/services/x'],
        [keys.analyst, 'GET', '/services'],
        [keys.portal, 'PUT', '/centres/x'],
        [keys.analyst, 'PUT', '/certifications/x'],
        [keys.portal, 'GET', '/exports/ratings.csv'],
        [keys.publisher, 'GET', '/reports/ratings'],
      ];
      for (const [key, method, path] of forbidden) {
        const response = await fetch(
          admin(path),
          as(key, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' }),
        );
        assert.equal(response.status, 403, `${method} ${path}`);
        assert.equal(ValidationProblem.parse(await response.json()).error, 'forbidden');
      }
      const whoami = await (await fetch(admin('/whoami'), as(BOOTSTRAP_KEY))).json();
      assert.deepEqual(whoami, { keyId: 'bootstrap', roles: ['publisher', 'portal', 'analyst'] });
    });

    test('keys are stored as SHA-256 hashes only', async () => {
      const rows = await database.db.query<Record<string, unknown>>('SELECT * FROM api_keys');
      const stored = JSON.stringify(rows);
      for (const key of Object.values(keys)) {
        assert.ok(!stored.includes(key) && !stored.includes(key.slice('jawda_'.length + 13)), 'no key, nor its secret, in the table');
      }
      assert.ok(rows.every((row) => /^[0-9a-f]{64}$/.test(String(row.key_hash))));
    });

    test('services: a portal key registers one (201), replaces it (200), and votes for it are counted', async () => {
      const service = {
        name: { ar: 'إصدار شهادة ميلاد', en: 'Issue a birth certificate' },
        scale: 'stars',
        reasonOptions: { high: [{ id: 'fast', label: { ar: 'سريع', en: 'Fast' } }], low: [] },
      };
      const created = await put('/services/birth-certificate', service, keys.portal);
      assert.equal(created.status, 201);
      assert.deepEqual(await created.json(), { id: 'birth-certificate', ...service, votes: 0 });
      const replaced = await put(
        '/services/birth-certificate',
        { ...service, name: { ...service.name, en: 'Birth certificate' } },
        keys.portal,
      );
      assert.equal(replaced.status, 200);
      assert.equal(((await replaced.json()) as { name: { en: string } }).name.en, 'Birth certificate');

      assert.equal((await postJson(`${server.api}/services/birth-certificate/ratings`, vote())).status, 201);
      const summary = RatingSummary.parse(await (await fetch(`${server.api}/services/birth-certificate/rating-summary`)).json());
      assert.equal(summary.count, 1);
      const listed = (await (await fetch(admin('/services'), as(keys.portal))).json()) as { services: { id: string; votes: number }[] };
      assert.deepEqual(
        listed.services.map(({ id, votes }) => ({ id, votes })),
        [{ id: 'birth-certificate', votes: 1 }],
      );
    });

    test('services: field errors as for votes; a rated service keeps its scale and cannot be deleted (409); an unrated one can (204)', async () => {
      const bad = await put(
        '/services/birth-certificate',
        { name: { ar: 'x' }, scale: 'hearts', reasonOptions: { high: 'fast' } },
        keys.portal,
      );
      assert.equal(bad.status, 400);
      assert.deepEqual((await issuePaths(bad)).sort(), ['name.en', 'reasonOptions.high', 'reasonOptions.low', 'scale']);
      assert.equal((await put('/services/bad%20id', { name: { ar: 'x', en: 'x' }, scale: 'stars' }, keys.portal)).status, 400);
      const notJson = await fetch(
        admin('/services/x'),
        as(keys.portal, { method: 'PUT', headers: { 'content-type': 'text/plain' }, body: 'x' }),
      );
      assert.equal(notJson.status, 415);

      const rescale = await put('/services/birth-certificate', { name: { ar: 'x', en: 'x' }, scale: 'faces' }, keys.portal);
      assert.equal(rescale.status, 409);
      assert.equal((await fetch(admin('/services/birth-certificate'), as(keys.portal, { method: 'DELETE' }))).status, 409);
      assert.equal((await put('/services/unused', { name: { ar: 'x', en: 'x' }, scale: 'thumbs' }, keys.portal)).status, 201);
      assert.equal((await fetch(admin('/services/unused'), as(keys.portal, { method: 'DELETE' }))).status, 204);
      assert.equal((await fetch(admin('/services/unused'), as(keys.portal))).status, 404);
      assert.equal((await fetch(`${server.api}/services/unused/rating-summary`)).status, 404);
    });

    test('centres and evaluations: published through the API, read by the public route, whose ETag changes with the data', async () => {
      const centre = {
        name: { ar: 'فرع مدينة عيسى', en: 'Isa Town Branch' },
        entity: { ar: 'شؤون الجنسية والجوازات والإقامة', en: 'Nationality, Passports and Residence Affairs' },
        model: 'on-premise',
      };
      assert.equal((await put('/centres/isa-town', centre, keys.publisher)).status, 201);
      assert.equal((await put('/centres/isa-town/evaluations/4', taqyeemResult(88.5, 'gold'), keys.publisher)).status, 201);
      const cycle5 = await put(
        '/centres/isa-town/evaluations/5',
        taqyeemResult(93.2, 'platinum', { rank: { position: 1, of: 12 } }),
        keys.publisher,
      );
      assert.equal(cycle5.status, 201);

      const url = `${server.api}/centres/isa-town/evaluation`;
      const first = await fetch(url);
      const evaluation = Evaluation.parse(await first.json());
      assert.equal(evaluation.cycle.number, 5);
      assert.deepEqual(evaluation.result, { scheme: 'percentage-tier', percentage: 93.2, tier: 'platinum' });
      assert.deepEqual(
        evaluation.history.map((h) => h.cycle),
        [4],
      );
      assert.equal(evaluation.centre.name.en, 'Isa Town Branch');
      const etag = first.headers.get('etag')!;
      assert.equal((await fetch(url, { headers: { 'if-none-match': etag } })).status, 304);

      assert.equal((await put('/centres/isa-town/evaluations/5', taqyeemResult(94, 'platinum'), keys.publisher)).status, 200);
      const changed = await fetch(url, { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200, 'the old ETag no longer matches');
      assert.notEqual(changed.headers.get('etag'), etag);
      assert.equal((Evaluation.parse(await changed.json()).result as { percentage: number }).percentage, 94);

      const centres = (await (await fetch(admin('/centres'), as(keys.publisher))).json()) as {
        centres: { id: string; cycles: number[] }[];
      };
      assert.deepEqual(
        centres.centres.map(({ id, cycles }) => ({ id, cycles })),
        [{ id: 'isa-town', cycles: [4, 5] }],
      );
      assert.equal((await fetch(admin('/centres/isa-town'), as(keys.publisher, { method: 'DELETE' }))).status, 409);
    });

    test('evaluations: field errors from the contract schema, and the checks the database needs (no 5xx)', async () => {
      const cases: [string, unknown, string[]][] = [
        ['a percentage above 100', taqyeemResult(101, 'gold'), ['result']],
        ['no result', { ...taqyeemResult(90, 'gold'), result: undefined }, ['result']],
        [
          'a criterion without weight',
          taqyeemResult(90, 'gold', { criteria: [{ name: { ar: 'a', en: 'a' }, score: 3 }] }),
          ['criteria.0.weight'],
        ],
        ['an unknown scheme', taqyeemResult(90, 'gold', { result: { scheme: 'letters', grade: 'A' } }), ['result.scheme']],
        ['evidence beyond 32 bits', taqyeemResult(90, 'gold', { evidence: { fieldVisits: 2 ** 31 } }), ['evidence.fieldVisits']],
        ['a date not on the calendar', taqyeemResult(90, 'gold', { publishedAt: '2024-02-30' }), ['publishedAt']],
        [
          'a cycle number that contradicts the path',
          taqyeemResult(90, 'gold', { cycle: { number: 9, year: 2024, programme: { ar: 'ت', en: 'T' } } }),
          ['cycle.number'],
        ],
        ['rank position above of', taqyeemResult(90, 'gold', { rank: { position: 13, of: 12 } }), ['rank.position']],
      ];
      for (const [what, body, paths] of cases) {
        const response = await put('/centres/isa-town/evaluations/6', body, keys.publisher);
        assert.equal(response.status, 400, what);
        const found = await issuePaths(response);
        for (const path of paths) assert.ok(found.includes(path), `${what}: ${path} in ${found}`);
      }
      assert.equal((await put('/centres/nowhere/evaluations/1', taqyeemResult(90, 'gold'), keys.publisher)).status, 404);
      assert.equal((await put('/centres/isa-town/evaluations/0', taqyeemResult(90, 'gold'), keys.publisher)).status, 400);
      assert.equal((await fetch(`${server.api}/centres/isa-town/evaluation?cycle=6`)).status, 404, 'nothing was stored');
    });

    test('certifications: status changes keep their history (suspended on, restored on, withdrawn on), and the badge route shows the status', async () => {
      assert.equal(
        (await put('/organisations/mof', { name: { ar: 'وزارة المالية', en: 'Ministry of Finance' } }, keys.publisher)).status,
        201,
      );
      assert.equal((await put('/certifications/mof-9001', certificate(), keys.publisher)).status, 201);
      assert.equal(
        (
          await put(
            '/certifications/mof-27001',
            certificate('active', {
              certificateNumber: 'BV-27001-12',
              standard: { code: 'ISO/IEC 27001', version: '2022', title: { ar: 'أمن المعلومات', en: 'Information security' } },
            }),
            keys.publisher,
          )
        ).status,
        201,
      );

      const url = `${server.api}/organisations/mof/certifications`;
      const first = await fetch(url);
      const etag = first.headers.get('etag')!;
      assert.deepEqual(
        OrganisationCertifications.parse(await first.json()).certifications.map((c) => [c.id, c.status]),
        [
          ['mof-9001', 'active'],
          ['mof-27001', 'active'],
        ],
      );

      const status = (body: unknown) =>
        fetch(
          admin('/certifications/mof-9001/status'),
          as(keys.publisher, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        );
      assert.equal((await status({ status: 'suspended', on: '2025-01-10', note: 'Surveillance audit missed' })).status, 200);
      assert.equal((await status({ status: 'active', on: '2025-02-20' })).status, 200);
      assert.equal((await status({ status: 'withdrawn', on: '2025-09-01' })).status, 200);
      const badStatus = await status({ status: 'paused', on: '2025-13-01' });
      assert.equal(badStatus.status, 400);
      assert.deepEqual((await issuePaths(badStatus)).sort(), ['status']);
      const badDay = await status({ status: 'active', on: '2025-02-30' });
      assert.deepEqual(await issuePaths(badDay), ['on']);

      const record = (await (await fetch(admin('/certifications/mof-9001'), as(keys.publisher))).json()) as {
        statusHistory: { event: string; on: string }[];
      };
      assert.deepEqual(
        record.statusHistory.map(({ event, on }) => `${event} on ${on}`),
        ['issued on 2024-03-01', 'suspended on 2025-01-10', 'restored on 2025-02-20', 'withdrawn on 2025-09-01'],
      );

      const changed = await fetch(url, { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200);
      assert.equal(Certification.parse(await (await fetch(`${server.api}/certifications/mof-9001`)).json()).status, 'withdrawn');

      const invalid = await put(
        '/certifications/mof-x',
        { ...certificate('active', { expiryDate: '2020-01-01', certificationBody: {} }), organisationId: 'nobody' },
        keys.publisher,
      );
      assert.equal(invalid.status, 400);
      assert.deepEqual((await issuePaths(invalid)).sort(), ['certificationBody.name']);
      const beforeIssue = await put('/certifications/mof-x', certificate('active', { expiryDate: '2020-01-01' }), keys.publisher);
      assert.deepEqual(await issuePaths(beforeIssue), ['expiryDate']);
      assert.equal((await put('/certifications/mof-x', { ...certificate(), organisationId: 'nobody' }, keys.publisher)).status, 404);
      assert.equal((await fetch(admin('/organisations/mof'), as(keys.publisher, { method: 'DELETE' }))).status, 409);
      assert.equal((await fetch(admin('/certifications/mof-27001'), as(keys.publisher, { method: 'DELETE' }))).status, 204);
      assert.equal((await fetch(`${server.api}/certifications/mof-27001`)).status, 404);
    });

    test('every admin write is in the audit log: key id, time, action, and what changed', async () => {
      const { entries } = (await (await fetch(admin('/audit?limit=500'), as(keys.analyst))).json()) as {
        entries: { keyId: string; at: string; action: string; target: string; change: { before: unknown; after?: unknown } }[];
      };
      const portalId = keys.portal.split('_')[1];
      const creation = entries.find((entry) => entry.target === 'service:birth-certificate' && entry.change.before === null)!;
      assert.equal(creation.keyId, portalId);
      assert.equal(creation.action, 'service.put');
      assert.ok(Date.now() - Date.parse(creation.at) < 600_000);
      assert.equal((creation.change.after as { name: { en: string } }).name.en, 'Issue a birth certificate');
      assert.ok(
        entries.some(
          (entry) => entry.action === 'certification.status' && (entry.change.after as { status: string }).status === 'suspended',
        ),
      );
      assert.ok(entries.some((entry) => entry.action === 'certification.delete' && entry.target === 'certification:mof-27001'));
      assert.ok(entries.some((entry) => entry.action === 'service.delete' && entry.target === 'service:unused'));
      assert.ok(!entries.some((entry) => entry.target === 'evaluation:isa-town:6'), 'refused writes are not logged as changes');
    });
  });
