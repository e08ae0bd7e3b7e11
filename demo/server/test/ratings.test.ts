import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { RatingReceipt, RatingSummary, ValidationProblem } from '../../../src/core/contract.js';
import { ratingCounts } from '../store/ratings.js';
import { ENGINES, postJson, seededDatabase, testServer, vote, type TestDatabase, type TestServer } from './support.js';

async function expectProblem(response: Response, status: number, error: string, paths: string[]): Promise<void> {
  assert.equal(response.status, status);
  const problem = ValidationProblem.parse(await response.json());
  assert.equal(problem.error, error);
  for (const path of paths)
    assert.ok(
      problem.issues.some((issue) => issue.path === path),
      `an issue at "${path}" in ${JSON.stringify(problem.issues)}`,
    );
}

for (const engine of ENGINES)
  describe(`ratings (${engine})`, () => {
    let database: TestDatabase;
    let server: TestServer;
    const ratings = (serviceId = 'cr-renewal') => `${server.api}/services/${serviceId}/ratings`;
    const summaryOf = async (serviceId = 'cr-renewal') =>
      RatingSummary.parse(await (await fetch(`${server.api}/services/${serviceId}/rating-summary`)).json());

    before(async () => {
      database = await seededDatabase(engine);
      server = await testServer(database.db, { minDwellMs: 1000 });
    });
    after(async () => {
      await server?.close();
      await database?.cleanup();
    });

    test('GET rating-summary: count, average and every score of the scale, from the seeded votes', async () => {
      const response = await fetch(`${server.api}/services/cr-renewal/rating-summary`);
      assert.equal(response.status, 200);
      const summary = RatingSummary.parse(await response.json());
      assert.deepEqual(summary.distribution, { 1: 14, 2: 9, 3: 37, 4: 152, 5: 311 });
      assert.equal(summary.count, 523);
      assert.equal(summary.average, 4.41); // (14 + 18 + 111 + 608 + 1555) / 523, rounded in SQL
      assert.equal(summary.scale, 'stars');
    });

    test('GET rating-summary of a service nobody rated: zero everywhere, not an error', async () => {
      const summary = await summaryOf('housing-application');
      assert.deepEqual(summary, {
        serviceId: 'housing-application',
        scale: 'stars',
        count: 0,
        average: 0,
        distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      });
    });

    test('GET rating-summary for faces (1-3) and thumbs (0-1) scales', async () => {
      assert.deepEqual(Object.keys((await summaryOf('id-card-renewal')).distribution), ['1', '2', '3']);
      const thumbs = await summaryOf('page-feedback');
      assert.deepEqual(thumbs.distribution, { 0: 38, 1: 214 });
      assert.equal(thumbs.average, 0.85);
    });

    test('GET rating-summary: 404 for an unknown service, 400 for a malformed id', async () => {
      await expectProblem(await fetch(`${server.api}/services/no-such-service/rating-summary`), 404, 'not-found', ['serviceId']);
      await expectProblem(await fetch(`${server.api}/services/bad%20id/rating-summary`), 400, 'invalid-request', ['serviceId']);
    });

    test('POST a vote: 201 with a receipt whose summary counts it', async () => {
      const before = await summaryOf();
      const body = vote({ score: 5 });
      const response = await postJson(ratings(), body);
      assert.equal(response.status, 201);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const receipt = RatingReceipt.parse(await response.json());
      assert.equal(receipt.submissionId, body.submissionId);
      assert.equal(receipt.stored, true);
      assert.equal(receipt.summary?.count, before.count + 1);
      assert.equal(receipt.summary?.distribution['5'], before.distribution['5']! + 1);
      assert.deepEqual(await summaryOf(), receipt.summary);
    });

    test('POST the same submissionId again: 200, the same answer, counted once', async () => {
      const body = vote();
      const first = await postJson(ratings(), body);
      const again = await postJson(ratings(), body);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), await first.json());
      const [row] = await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE submission_id = $1', [
        body.submissionId,
      ]);
      assert.equal(row!.n, 1);
    });

    test('the same submissionId posted 50 times at once is stored once', async () => {
      const before = await ratingCounts(database.db, 'passport-renewal');
      const body = vote({ score: 3 });
      const responses = await Promise.all(Array.from({ length: 50 }, () => postJson(ratings('passport-renewal'), body)));
      const statuses = responses.map((response) => response.status).sort();
      assert.deepEqual(statuses, [...Array(49).fill(200), 201].sort());
      const receipts = await Promise.all(responses.map((response) => response.json()));
      for (const receipt of receipts) assert.deepEqual(receipt, receipts[0]);
      const afterwards = await ratingCounts(database.db, 'passport-renewal');
      assert.equal(afterwards.stored, before.stored + 1);
      assert.equal(afterwards.distinct, afterwards.stored);
      assert.equal(afterwards.tallied, afterwards.stored);
    });

    test('50 different votes at once are all stored, and the tallies agree with the rows', async () => {
      const before = await ratingCounts(database.db, 'driving-licence-renewal');
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) => postJson(ratings('driving-licence-renewal'), vote({ score: 1 + (i % 5) }))),
      );
      assert.ok(responses.every((response) => response.status === 201));
      const afterwards = await ratingCounts(database.db, 'driving-licence-renewal');
      assert.equal(afterwards.stored, before.stored + 50);
      assert.equal(afterwards.tallied, afterwards.stored);
    });

    test('the stored page keeps origin and path only; the other fields are stored as sent', async () => {
      const body = vote({
        page: 'https://portal.example/services/cr-renewal?nationalId=850101234#step-3',
        centreId: 'isa-town',
        transactionId: 'TX-2024-000123',
        channel: 'centre',
        context: { kiosk: 'K-7' },
      });
      assert.equal((await postJson(ratings(), body)).status, 201);
      const [row] = await database.db.query<Record<string, unknown>>(
        'SELECT page, centre_id, transaction_id, channel, reasons, comment, context, dwell_ms FROM ratings WHERE submission_id = $1',
        [body.submissionId],
      );
      assert.deepEqual(
        { ...row },
        {
          page: 'https://portal.example/services/cr-renewal',
          centre_id: 'isa-town',
          transaction_id: 'TX-2024-000123',
          channel: 'centre',
          reasons: ['quick'],
          comment: 'Fast and clear',
          context: { kiosk: 'K-7' },
          dwell_ms: 4200,
        },
      );
    });

    /** The `suspect` mark of the stored vote, or undefined when it was not stored at all. */
    async function suspectOf(submissionId: string): Promise<string | null | undefined> {
      const [row] = await database.db.query<{ suspect: string | null }>('SELECT suspect FROM ratings WHERE submission_id = $1', [
        submissionId,
      ]);
      return row ? row.suspect : undefined;
    }

    test('a honeypot vote is answered exactly like a stored one, kept marked "trap", and left out of the summary', async () => {
      const before = await ratingCounts(database.db, 'cr-renewal');
      const body = vote({ website: 'https://cheap-pills.example' });
      const response = await postJson(ratings(), body);
      assert.equal(response.status, 201);
      const receipt = RatingReceipt.parse(await response.json());
      assert.equal(receipt.stored, true);
      assert.deepEqual(Object.keys(receipt).sort(), ['stored', 'submissionId', 'summary']);
      const after = await ratingCounts(database.db, 'cr-renewal');
      assert.deepEqual({ stored: after.stored - before.stored, tallied: after.tallied - before.tallied }, { stored: 1, tallied: 0 });
      assert.equal(await suspectOf(String(body.submissionId)), 'trap');
      assert.equal(server.logs.at(-1)?.suspect, 'trap');
    });

    test('a vote sent faster than the minimum time is answered like success, kept marked "too-fast", not counted', async () => {
      const before = await ratingCounts(database.db, 'cr-renewal');
      const fast = vote({ dwellMs: 120 });
      const response = await postJson(ratings(), fast);
      assert.equal(response.status, 201);
      assert.equal(RatingReceipt.parse(await response.json()).stored, true);
      const after = await ratingCounts(database.db, 'cr-renewal');
      assert.deepEqual({ stored: after.stored - before.stored, tallied: after.tallied - before.tallied }, { stored: 1, tallied: 0 });
      assert.equal(await suspectOf(String(fast.submissionId)), 'too-fast');
      assert.equal(server.logs.at(-1)?.suspect, 'too-fast');
      // Sent again (the outbox after a lost answer): still one row, still not counted.
      assert.equal((await postJson(ratings(), fast)).status, 200);
      assert.equal((await ratingCounts(database.db, 'cr-renewal')).stored, after.stored);
      // A kiosk tap 300 ms after the faces appeared is a normal vote.
      const tap = vote({ dwellMs: 300, channel: 'kiosk' });
      assert.equal((await postJson(ratings(), tap)).status, 201);
      assert.equal(await suspectOf(String(tap.submissionId)), null, 'a citizen at a kiosk');
      // Without dwellMs (e.g. a vote delivered later from the outbox) the vote counts.
      const withoutDwell = vote();
      delete withoutDwell.dwellMs;
      assert.equal((await postJson(ratings(), withoutDwell)).status, 201);
      assert.equal(await suspectOf(String(withoutDwell.submissionId)), null, 'a person');
      assert.equal((await ratingCounts(database.db, 'cr-renewal')).tallied, after.tallied + 2);
    });

    const invalid: [string, Record<string, unknown>, string][] = [
      ['submissionId not a UUID', { submissionId: 'vote-1' }, 'submissionId'],
      ['submissionId missing', { submissionId: undefined }, 'submissionId'],
      ['score not a whole number', { score: 2.5 }, 'score'],
      ['score above 5', { score: 6 }, 'score'],
      ['score below 0', { score: -1 }, 'score'],
      ['score a string', { score: '4' }, 'score'],
      ['unknown scale', { scale: 'hearts' }, 'scale'],
      ['reasons not a list', { reasons: 'quick' }, 'reasons'],
      ['more than 12 reasons', { reasons: Array.from({ length: 13 }, (_, i) => `r${i}`) }, 'reasons'],
      ['an empty reason', { reasons: [''] }, 'reasons.0'],
      ['a reason longer than 64', { reasons: ['x'.repeat(65)] }, 'reasons.0'],
      ['comment longer than 2000', { comment: 'x'.repeat(2001) }, 'comment'],
      ['unknown channel', { channel: 'fax' }, 'channel'],
      ['centreId with a slash', { centreId: 'isa/town' }, 'centreId'],
      ['transactionId with a space', { transactionId: 'TX 1' }, 'transactionId'],
      ['locale not ar or en', { locale: 'fr' }, 'locale'],
      ['page not a URL', { page: 'services/cr-renewal' }, 'page'],
      ['page longer than 2048', { page: `https://portal.example/${'p'.repeat(2048)}` }, 'page'],
      ['clientTime not a date', { clientTime: 'yesterday' }, 'clientTime'],
      ['dwellMs negative', { dwellMs: -5 }, 'dwellMs'],
      ['honeypot longer than 200', { website: 'x'.repeat(201) }, 'website'],
      ['context value too long', { context: { note: 'x'.repeat(501) } }, 'context.note'],
      ['context value an object', { context: { note: { nested: true } } }, 'context.note'],
    ];
    for (const [what, change, path] of invalid) {
      test(`400 with a field error when ${what}`, async () => {
        await expectProblem(await postJson(ratings(), vote(change)), 400, 'invalid-request', [path]);
      });
    }

    // PostgreSQL refuses U+0000 in text and jsonb: such a vote was a 500, and retried by the outbox for 30 days.
    const controlCharacters: [string, Record<string, unknown>, string][] = [
      ['the comment has a NUL', { comment: 'Fast\u0000 and clear' }, 'comment'],
      ['the comment has a bell (U+0007)', { comment: 'Fast\u0007' }, 'comment'],
      ['the comment has an escape (U+001B)', { comment: '\u001b[31mred' }, 'comment'],
      ['the comment has a DEL', { comment: 'Fast\u007f' }, 'comment'],
      ['the comment has a C1 control (U+0085)', { comment: 'Fast\u0085' }, 'comment'],
      ['a reason has a NUL', { reasons: ['quick\u0000'] }, 'reasons.0'],
      ['a context value has a NUL', { context: { note: 'a\u0000b' } }, 'context.note'],
    ];
    for (const [what, change, path] of controlCharacters) {
      test(`400 with a field error, not 500, when ${what}`, async () => {
        const before = await ratingCounts(database.db);
        await expectProblem(await postJson(ratings(), vote(change)), 400, 'invalid-request', [path]);
        assert.equal((await ratingCounts(database.db)).stored, before.stored, 'nothing stored');
      });
    }

    test('a comment with line breaks and tabs is stored as sent', async () => {
      const body = vote({ comment: 'Line one\nLine two\r\n\tindented' });
      const response = await postJson(ratings(), body);
      assert.equal(response.status, 201);
      const [row] = await database.db.query<{ comment: string }>('SELECT comment FROM ratings WHERE submission_id = $1', [
        body.submissionId,
      ]);
      assert.equal(row?.comment, 'Line one\nLine two\r\n\tindented');
    });

    test('400 naming every wrong field at once', async () => {
      await expectProblem(await postJson(ratings(), { score: 9 }), 400, 'invalid-request', [
        'submissionId',
        'score',
        'scale',
        'reasons',
        'channel',
        'locale',
        'page',
        'clientTime',
      ]);
    });

    test('400 when the body is JSON but not an object', async () => {
      for (const body of ['[]', 'null', '"vote"', '42']) await expectProblem(await postJson(ratings(), body), 400, 'invalid-request', ['']);
    });

    test('400 invalid-json for malformed JSON', async () => {
      await expectProblem(await postJson(ratings(), '{"score": 4,'), 400, 'invalid-json', ['']);
      await expectProblem(await postJson(ratings(), ''), 400, 'invalid-json', ['']);
    });

    test("400 when the scale is not the service's, or the score is outside that scale", async () => {
      await expectProblem(await postJson(ratings(), vote({ scale: 'faces', score: 2 })), 400, 'invalid-request', ['scale']);
      await expectProblem(await postJson(ratings('id-card-renewal'), vote({ scale: 'faces', score: 5 })), 400, 'invalid-request', [
        'score',
      ]);
      await expectProblem(await postJson(ratings('page-feedback'), vote({ scale: 'thumbs', score: 2 })), 400, 'invalid-request', ['score']);
      await expectProblem(await postJson(ratings('cr-renewal'), vote({ score: 0 })), 400, 'invalid-request', ['score']);
      assert.equal((await postJson(ratings('page-feedback'), vote({ scale: 'thumbs', score: 0 }))).status, 201);
    });

    test('404 for a vote on an unknown service, 400 for a malformed service id', async () => {
      await expectProblem(await postJson(ratings('no-such-service'), vote()), 404, 'not-found', ['serviceId']);
      await expectProblem(await postJson(`${server.api}/services/%20/ratings`, vote()), 400, 'invalid-request', ['serviceId']);
    });

    test('415 when the body is not sent as JSON', async () => {
      const response = await fetch(ratings(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(vote()) });
      await expectProblem(response, 415, 'unsupported-media-type', ['']);
    });

    test('413 for a body over the limit, by Content-Length and when streamed without one', async () => {
      const big = JSON.stringify(vote({ comment: 'x'.repeat(server.settings.bodyLimitBytes) }));
      await expectProblem(await postJson(ratings(), big), 413, 'payload-too-large', ['']);
      const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          ratings(),
          { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
          (res) => {
            let body = '';
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, body }));
          },
        );
        req.on('error', reject);
        for (let i = 0; i < 8; i++) req.write(big.slice((i * big.length) / 8, ((i + 1) * big.length) / 8));
        req.end();
      });
      assert.equal(chunked.status, 413);
      assert.equal(ValidationProblem.parse(JSON.parse(chunked.body)).error, 'payload-too-large');
    });

    test('405 with Allow for a wrong method on a contract path, 404 for an unknown API path', async () => {
      const response = await fetch(ratings(), { method: 'GET' });
      assert.equal(response.headers.get('allow'), 'POST');
      await expectProblem(response, 405, 'method-not-allowed', ['']);
      await expectProblem(await fetch(`${server.api}/services`), 404, 'not-found', ['']);
    });

    test('every vote sent in this file left rows, distinct ids and tallies in agreement', async () => {
      const counts = await ratingCounts(database.db);
      const [{ suspects }] = await database.db.query<{ suspects: number }>(
        'SELECT count(*)::int AS suspects FROM ratings WHERE suspect IS NOT NULL',
      );
      assert.equal(counts.distinct, counts.stored);
      assert.equal(counts.tallied, counts.stored - suspects, 'every vote of a person tallied, no suspect one');
    });
  });
