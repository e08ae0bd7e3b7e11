// Input the server must refuse or clean (issue 13, point 7): never a 5xx, which would make every
// element resend the same vote for 30 days. The last test fuzzes the POST body from the contract's
// own schema: random valid and invalid bodies, no 5xx, and nothing invalid stored.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RatingSubmission, SCORE_RANGE, ValidationProblem } from '../../../src/core/contract.js';
import { MAX_STORED_DWELL_MS } from '../routes/ratings.js';
import { ratingCounts } from '../store/ratings.js';
import { Fuzzer, mulberry32 } from './schema-fuzz.js';
import { ENGINES, postJson, seededDatabase, testServer, vote, type TestDatabase, type TestServer } from './support.js';

const SERVICE_OF_SCALE = { stars: 'cr-renewal', faces: 'id-card-renewal', thumbs: 'page-feedback' } as const;

for (const engine of ENGINES)
  describe(`input hardening (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    const ratings = (serviceId = 'cr-renewal') => `${server.api}/services/${serviceId}/ratings`;
    const storedRow = async (submissionId: unknown) =>
      (
        await database.db.query<{ dwell_ms: number | null; page: string; suspect: string | null }>(
          'SELECT dwell_ms, page, suspect FROM ratings WHERE submission_id = $1::uuid',
          [submissionId],
        )
      )[0];

    before(async () => {
      database = await seededDatabase(engine);
      server = await testServer(database.db, { minDwellMs: 0 });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    for (const dwellMs of [2 ** 31 - 1, 2 ** 31, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
      test(`dwellMs ${dwellMs} is stored, capped at 2^31 - 1, not a 500`, async () => {
        const body = vote({ dwellMs });
        const response = await postJson(ratings(), body);
        assert.equal(response.status, 201, await response.clone().text());
        assert.equal((await storedRow(body.submissionId))?.dwell_ms, Math.min(dwellMs, MAX_STORED_DWELL_MS));
      });
    }

    for (const page of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://files.example/a',
      'mailto:someone@example.com',
      'blob:https://portal.example/1',
    ]) {
      test(`page "${page.slice(0, 24)}" is a 400 naming page, and nothing is stored`, async () => {
        const before = await ratingCounts(database.db);
        const response = await postJson(ratings(), vote({ page }));
        assert.equal(response.status, 400);
        const problem = ValidationProblem.parse(await response.json());
        assert.deepEqual(
          problem.issues.map((issue) => issue.path),
          ['page'],
        );
        assert.equal((await ratingCounts(database.db)).stored, before.stored);
      });
    }

    test('http: and https: pages are stored as origin and path', async () => {
      for (const [page, kept] of [
        ['http://portal.example/a?x=1', 'http://portal.example/a'],
        ['https://portal.example:8443/b#c', 'https://portal.example:8443/b'],
      ]) {
        const body = vote({ page });
        assert.equal((await postJson(ratings(), body)).status, 201);
        assert.equal((await storedRow(body.submissionId))?.page, kept);
      }
    });

    test('fuzz: 400 random valid and invalid bodies from the contract schema: no 5xx, every invalid one refused, nothing invalid stored', async () => {
      const seed = Number(process.env.JAWDA_FUZZ_SEED ?? Date.now() % 1_000_000);
      const fuzz = new Fuzzer(mulberry32(seed));
      const before = await ratingCounts(database.db);
      let accepted = 0;
      let refused = 0;
      for (let i = 0; i < 400; i++) {
        const valid = fuzz.valid(RatingSubmission) as Record<string, unknown>;
        if (fuzz.chance(0.8)) delete valid.website; // a filled honeypot marks the vote suspect: keep most votes from people
        const body = fuzz.chance(0.5) ? valid : fuzz.mutate(valid, RatingSubmission);
        const scale = (typeof body === 'object' && body && 'scale' in body ? body.scale : 'stars') as keyof typeof SERVICE_OF_SCALE;
        const response = await postJson(ratings(SERVICE_OF_SCALE[scale] ?? 'cr-renewal'), body);
        const where = `seed ${seed}, body ${i}: ${JSON.stringify(body).slice(0, 400)} -> ${response.status}`;
        assert.ok(response.status < 500, where);

        // What the server receives is the JSON text: a -0 the fuzzer made arrives as 0.
        const parsed = RatingSubmission.safeParse(JSON.parse(JSON.stringify(body) ?? 'null'));
        const acceptable =
          parsed.success &&
          /^https?:$/.test(new URL(parsed.data.page).protocol) &&
          parsed.data.score >= SCORE_RANGE[parsed.data.scale].min &&
          parsed.data.score <= SCORE_RANGE[parsed.data.scale].max;
        if (!acceptable) {
          assert.equal(response.status, 400, where);
          ValidationProblem.parse(await response.json());
          refused++;
          continue;
        }
        assert.ok(response.status === 201 || response.status === 200, where);
        await response.arrayBuffer();
        const vote = parsed.data;
        const row = await storedRow(vote.submissionId);
        assert.ok(row, `stored: ${where}`);
        if (vote.website?.trim()) assert.equal(row.suspect, 'trap', `a honeypot vote is kept, marked: ${where}`);
        assert.equal(row.dwell_ms, vote.dwellMs === undefined ? null : Math.min(vote.dwellMs, MAX_STORED_DWELL_MS), where);
        assert.match(row.page, /^https?:\/\/[^?#]*$/, where);
        if (response.status === 201) accepted++;
      }
      assert.ok(accepted > 50 && refused > 50, `both kinds were tried (seed ${seed}): ${accepted} stored, ${refused} refused`);
      assert.equal((await ratingCounts(database.db)).stored - before.stored, accepted, `only the valid votes were stored (seed ${seed})`);
    });
  });
