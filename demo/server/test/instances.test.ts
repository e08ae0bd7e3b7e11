// Several servers on one PostgreSQL (the README's production set-up: stateless instances behind a
// proxy). Each has its own pool, batches and memory; they share only the database. Runs in CI
// against the throwaway PostgreSQL (JAWDA_TEST_DATABASE_URL); skipped without it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { RatingReceipt, RatingSummary } from '../../../src/core/contract.js';
import { createApp } from '../app.js';
import { openDb, type Db } from '../db.js';
import { quiet } from '../http/request-log.js';
import { startServer, type RunningServer } from '../server.js';
import { serverSettings } from '../settings.js';
import { ratingCounts } from '../store/ratings.js';
import { POSTGRES_URL, postJson, seededDatabase, vote, type TestDatabase } from './support.js';

describe('two servers on one PostgreSQL', { skip: POSTGRES_URL ? false : 'JAWDA_TEST_DATABASE_URL is not set' }, () => {
  let database: TestDatabase;
  const instances: { db: Db; server: RunningServer; api: string; batchesInFlight: { now: number; most: number } }[] = [];

  before(async () => {
    database = await seededDatabase('postgresql');
    const settings = serverSettings({
      port: 0,
      demoDir: undefined,
      distDir: undefined,
      log: 'quiet',
      trustProxy: true, // behind the proxy, which names the client
      rateLimit: { writes: { limit: 4, windowMs: 60_000 }, reads: { limit: 6, windowMs: 60_000 } },
      // The README's set-up for two instances: half the connections and one batch of votes in flight each.
      databasePool: 8,
      voteWriters: 1,
    });
    for (let i = 0; i < 2; i++) {
      const db = await openDb({ url: POSTGRES_URL, schema: database.place.schema, poolSize: settings.databasePool });
      // Counts the batches of votes this instance's database is writing at once.
      const batchesInFlight = { now: 0, most: 0 };
      const query = db.query.bind(db);
      db.query = async (text, ...rest) => {
        if (!text.includes('store_votes(')) return query(text, ...rest);
        batchesInFlight.most = Math.max(batchesInFlight.most, ++batchesInFlight.now);
        try {
          return await query(text, ...rest);
        } finally {
          batchesInFlight.now--;
        }
      };
      const server = await startServer(createApp({ db, settings, log: quiet }), settings.host, 0);
      instances.push({ db, server, api: server.url + settings.apiBase, batchesInFlight });
    }
  });
  after(async () => {
    for (const { db, server } of instances) {
      await server.close(2000);
      await db.close();
    }
    await database?.cleanup();
  });

  const as = (client: string) => ({ 'x-forwarded-for': client });

  test('a client spread over both gets the limit once: 4 votes a minute in all, not 4 on each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const { api } = instances[i % 2]!;
      const response = await postJson(`${api}/services/cr-renewal/ratings`, vote(), as('203.0.113.7'));
      statuses.push(response.status);
      if (response.status === 429) assert.ok(Number(response.headers.get('retry-after')) >= 1, 'Retry-After');
      await response.arrayBuffer();
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 429, 429, 429, 429]);
    // Another client has its own budget, on either server.
    assert.equal((await postJson(`${instances[1]!.api}/services/cr-renewal/ratings`, vote(), as('203.0.113.8'))).status, 201);
    // Reads have their own, on both servers together too.
    const reads: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${instances[i % 2]!.api}/services/cr-renewal/rating-summary`, { headers: as('203.0.113.9') });
      reads.push(response.status);
      await response.arrayBuffer();
    }
    assert.deepEqual(reads, [200, 200, 200, 200, 200, 200, 429, 429]);
  });

  test('the same vote sent to both at once, 20 times each, is stored once, answered 201 once and the same receipt every time', async () => {
    const before = await ratingCounts(database.db, 'passport-renewal');
    const body = vote({ score: 2 });
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postJson(`${instances[i % 2]!.api}/services/passport-renewal/ratings`, body, as(`198.18.0.${i + 1}`)),
      ),
    );
    assert.deepEqual(responses.map((response) => response.status).sort(), [...Array(39).fill(200), 201].sort());
    // The same receipt from both: each copy's summary is read after the vote's commit (a copy waits for it on the unique index).
    const receipts = await Promise.all(responses.map(async (response) => RatingReceipt.parse(await response.json())));
    for (const receipt of receipts) assert.deepEqual(receipt, receipts[0]);
    assert.equal(receipts[0]!.submissionId, body.submissionId);
    const afterwards = await ratingCounts(database.db, 'passport-renewal');
    assert.equal(afterwards.stored, before.stored + 1);
    assert.equal(afterwards.distinct, afterwards.stored);
    assert.equal(afterwards.tallied, afterwards.stored);
  });

  test('votes taken by both: a summary read from either is the same, and counts every vote', async () => {
    const read = async (i: number) =>
      RatingSummary.parse(
        await (await fetch(`${instances[i]!.api}/services/driving-licence-renewal/rating-summary`, { headers: as('198.19.0.1') })).json(),
      );
    const before = await read(0);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        postJson(
          `${instances[i % 2]!.api}/services/driving-licence-renewal/ratings`,
          vote({ score: 1 + (i % 5) }),
          as(`198.18.1.${i + 1}`),
        ),
      ),
    );
    assert.ok(responses.every((response) => response.status === 201));
    const [first, second] = [await read(0), await read(1)];
    assert.deepEqual(first, second);
    assert.equal(first.count, before.count + 30);
    for (let score = 1; score <= 5; score++) assert.equal(first.distribution[score], before.distribution[score]! + 6);
  });

  test('each instance writes one batch of votes at a time (JAWDA_VOTE_WRITERS=1), and 200 votes at once are all stored', async () => {
    const before = await ratingCounts(database.db, 'cr-renewal');
    for (const instance of instances) instance.batchesInFlight.most = 0;
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        postJson(`${instances[i % 2]!.api}/services/cr-renewal/ratings`, vote(), as(`198.18.2.${(i % 250) + 1}`)),
      ),
    );
    assert.ok(responses.every((response) => response.status === 201));
    assert.deepEqual(
      instances.map(({ batchesInFlight }) => batchesInFlight.most),
      [1, 1],
    );
    assert.equal((await ratingCounts(database.db, 'cr-renewal')).stored, before.stored + 200);
  });
});
