// Faults (issue 13, point 6): `kill -9` in the middle of a burst of votes, then a restart on the same
// data. Every vote that was answered 201 or 200 is there, none is there twice, and a client resending
// everything it sent (answered or not) gets each counted once.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { dropSchema, openDb } from '../db.js';
import { freePort, pause, removeDir, startServerProcess, tempDir, type ServerProcess } from './e2e-support.js';
import { ENGINES, POSTGRES_URL, testSchemaName, until, vote, type Engine } from './support.js';

const SERVICE = 'cr-renewal';

interface Place {
  /** The server's PGlite folder (unused on PostgreSQL), and its environment. */
  dataDir: string;
  env: Record<string, string>;
  /** Counts rows of these ids with the server stopped (PGlite's folder is locked while it runs). */
  rows(ids: string[]): Promise<{ stored: number; distinct: number; total: number }>;
  cleanup(): Promise<void>;
}

function place(engine: Engine): Place {
  const dataDir = tempDir('jawda-crash-');
  const schema = engine === 'postgresql' ? testSchemaName() : undefined;
  const env: Record<string, string> =
    engine === 'postgresql' ? { DATABASE_URL: POSTGRES_URL!, JAWDA_DB_SCHEMA: schema! } : { DATABASE_URL: '' };
  return {
    dataDir,
    env,
    async rows(ids) {
      const db = await openDb(engine === 'postgresql' ? { url: POSTGRES_URL, schema } : { dataDir });
      try {
        const [row] = await db.query<{ stored: number; distinct: number; total: number }>(
          `SELECT count(*) FILTER (WHERE submission_id = ANY($1::uuid[]))::int AS stored,
                  count(DISTINCT submission_id) FILTER (WHERE submission_id = ANY($1::uuid[]))::int AS "distinct",
                  count(*)::int AS total FROM ratings`,
          [ids],
        );
        return row!;
      } finally {
        await db.close();
      }
    },
    async cleanup() {
      removeDir(dataDir);
      if (schema) await dropSchema(POSTGRES_URL!, schema);
    },
  };
}

/** Votes from `connections` clients in a loop until `stopped()`, recording the ids sent, and those answered 201/200. */
async function burst(
  api: string,
  connections: number,
  stopped: () => boolean,
  sent: string[],
  answered: Map<string, number>,
): Promise<void> {
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!stopped()) {
        const body = vote({ dwellMs: 5000 });
        sent.push(body.submissionId as string);
        try {
          const response = await fetch(`${api}/services/${SERVICE}/ratings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          await response.arrayBuffer();
          if (response.status === 201 || response.status === 200) answered.set(body.submissionId as string, response.status);
        } catch {
          return; // the server is gone
        }
      }
    }),
  );
}

for (const engine of ENGINES)
  describe(`kill -9 in the middle of a burst (${engine})`, () => {
    const where = place(engine);
    let server: ServerProcess | undefined;
    after(async () => {
      await server?.crash();
      await where.cleanup();
    });

    test('every vote answered 201/200 survives, none twice; resending all of them counts each once', async (t) => {
      const port = await freePort();
      const env = { ...where.env, JAWDA_RATE_LIMIT_WRITES: '0', JAWDA_RATE_LIMIT_READS: '0' };
      server = await startServerProcess(port, where.dataDir, env);
      let killed = false;
      const sent: string[] = [];
      const answered = new Map<string, number>();
      const load = burst(server.api, 32, () => killed, sent, answered);
      // Mid-burst: once enough votes were answered (however busy the machine), and a little more.
      await until(() => answered.size >= 200, '200 answered votes', 60_000);
      await pause(100);
      await server.crash();
      killed = true;
      await load;
      assert.ok(answered.size > 50, `votes were answered before the kill (${answered.size})`);
      assert.ok(sent.length > answered.size, 'some votes were in flight when the server died');
      t.diagnostic(`${answered.size} votes answered before the kill, ${sent.length - answered.size} in flight`);

      server = await startServerProcess(port, where.dataDir, env);
      await server.stop();
      const afterCrash = await where.rows([...answered.keys()]);
      assert.equal(afterCrash.stored, answered.size, 'every answered vote is stored');
      assert.equal(afterCrash.distinct, answered.size, 'none twice');

      // The outbox resends what it sent; answered or not, each vote ends up counted once.
      server = await startServerProcess(port, where.dataDir, env);
      const statuses = new Map<number, number>();
      for (let i = 0; i < sent.length; i += 50) {
        await Promise.all(
          sent.slice(i, i + 50).map(async (submissionId) => {
            const response = await fetch(`${server!.api}/services/${SERVICE}/ratings`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify(vote({ submissionId, dwellMs: 5000 })),
            });
            await response.arrayBuffer();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            if (answered.has(submissionId)) assert.equal(response.status, 200, 'an answered vote is already there');
          }),
        );
      }
      await server.stop();
      server = undefined;
      assert.deepEqual(
        [...statuses.keys()].sort(),
        [...(statuses.has(201) ? [201] : []), 200].sort(),
        `only 200 and 201: ${JSON.stringify([...statuses])}`,
      );
      const resent = await where.rows(sent);
      assert.equal(resent.stored, sent.length, 'every vote sent is stored');
      assert.equal(resent.distinct, sent.length, 'once');
    });
  });
