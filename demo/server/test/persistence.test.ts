import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MIGRATIONS, migrate } from '../migrations.js';
import { seedDatabase } from '../seed/seed.js';
import { ratingCounts } from '../store/ratings.js';
import { ENGINES, postJson, testDatabase, testServer, vote, type TestDatabase } from './support.js';

async function tableCounts(database: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'services',
    'ratings',
    'rating_tallies',
    'centres',
    'evaluations',
    'organisations',
    'certifications',
    'schema_migrations',
  ]) {
    const [row] = await database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row!.n;
  }
  return counts;
}

for (const engine of ENGINES)
  describe(`migrations, seed and restart (${engine})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await testDatabase(engine, { persistent: true });
    });
    after(() => database?.cleanup());

    test('migrations have increasing versions and run once', async () => {
      const versions = MIGRATIONS.map((m) => m.version);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
      );
      assert.equal(new Set(versions).size, versions.length);
      assert.deepEqual(await migrate(database.db), versions);
      assert.deepEqual(await migrate(database.db), []);
    });

    test('seeding twice inserts nothing the second time', async () => {
      await seedDatabase(database.db);
      const first = await tableCounts(database);
      await seedDatabase(database.db);
      assert.deepEqual(await tableCounts(database), first);
      assert.ok(first.centres! >= 12 && first.certifications! >= 10 && first.services! >= 5);
    });

    test('a stored vote survives closing and reopening the database; nothing is migrated or seeded twice', async () => {
      const server = await testServer(database.db);
      const body = vote({ score: 2 });
      const response = await postJson(`${server.api}/services/cr-renewal/ratings`, body);
      assert.equal(response.status, 201);
      await server.close();
      const before = await tableCounts(database);

      await database.reopen();
      assert.deepEqual(await migrate(database.db), []);
      await seedDatabase(database.db);
      assert.deepEqual(await tableCounts(database), before);

      const restarted = await testServer(database.db);
      try {
        const again = await postJson(`${restarted.api}/services/cr-renewal/ratings`, body);
        assert.equal(again.status, 200, 'the vote from before the restart is known');
        const counts = await ratingCounts(database.db);
        assert.equal(counts.stored, counts.distinct);
        assert.equal(counts.tallied, counts.stored);
      } finally {
        await restarted.close();
      }
    });
  });
