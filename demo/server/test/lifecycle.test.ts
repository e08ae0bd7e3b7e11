import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RatingReceipt, RatingSummary } from '../../../src/core/contract.js';
import { createApp } from '../app.js';
import { dropSchema, type Db } from '../db.js';
import { quiet } from '../http/request-log.js';
import { startServer } from '../server.js';
import { serverSettings } from '../settings.js';
import { ENGINES, POSTGRES_URL, postJson, seededDatabase, testSchemaName, until, vote, type TestDatabase } from './support.js';

for (const engine of ENGINES)
  describe(`graceful shutdown (${engine})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await seededDatabase(engine);
    });
    after(() => database?.cleanup());

    test('close() refuses new connections but finishes the request in flight', async () => {
      // Hold every vote insert until the test lets it go, so a request is surely in flight.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const db: Db = {
        ...database.db,
        query: async (text, params) => {
          if (text.includes('store_votes(')) await gate;
          return database.db.query(text, params);
        },
      };
      const settings = serverSettings({ port: 0, demoDir: undefined, distDir: undefined, log: 'quiet' });
      const server = await startServer(createApp({ db, settings, log: quiet }), '127.0.0.1', 0);
      const inFlight = postJson(`${server.url}/api/v1/services/cr-renewal/ratings`, vote(), { connection: 'keep-alive' });
      await until(() => server.inFlight() === 1, 'the vote to be in flight');

      const closed = server.close(10_000);
      let closedYet = false;
      void closed.then(() => (closedYet = true));
      await assert.rejects(fetch(`${server.url}/healthz`), 'a new connection is refused');
      assert.equal(closedYet, false, 'close() waits for the request in flight');

      release();
      const response = await inFlight;
      assert.equal(response.status, 201);
      assert.equal(RatingReceipt.parse(await response.json()).stored, true);
      await closed;
      assert.equal(server.inFlight(), 0);
    });
  });

/** Starts `npm start`'s server process (without the build) and resolves with its URL once it listens. */
function startMain(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../main.ts')], {
    env: { ...process.env, PORT: '0', JAWDA_LOG: 'quiet', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const listening = output
        .split('\n')
        .map((line) => (line.startsWith('{') ? JSON.parse(line) : undefined))
        .find((line) => line?.msg === 'listening');
      if (listening) resolvePromise({ child, url: listening.url, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

function stopped(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolvePromise) => {
    child.once('exit', (code) => resolvePromise(code));
    child.kill(signal);
  });
}

for (const engine of ENGINES)
  describe(`the server process (${engine})`, () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jawda-main-'));
    const schema = testSchemaName();
    const env: Record<string, string> =
      engine === 'postgresql' ? { DATABASE_URL: POSTGRES_URL!, JAWDA_DB_SCHEMA: schema } : { JAWDA_DATA_DIR: dataDir };
    after(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (engine === 'postgresql') await dropSchema(POSTGRES_URL!, schema);
    });

    test('stops on SIGTERM and SIGINT with exit code 0, and keeps every vote across the restart', async () => {
      const first = await startMain(env);
      const body = vote({ score: 1 });
      const stored = await postJson(`${first.url}/api/v1/services/housing-application/ratings`, body);
      assert.equal(stored.status, 201);
      assert.equal(RatingReceipt.parse(await stored.json()).summary?.count, 1);
      assert.equal(await stopped(first.child, 'SIGTERM'), 0);
      assert.match(first.output(), /"msg":"stopped","signal":"SIGTERM"/);

      if (engine === 'pglite') {
        // While the first server runs, a second one on the same folder refuses to start (PGlite has no lock of its own).
        const running = await startMain(env);
        const rival = await startMain(env).then(
          (started) => ({ started }),
          (error: Error) => ({ error }),
        );
        assert.ok('error' in rival, 'the second server did not start');
        assert.match(rival.error.message, /in use by process/);
        assert.equal(await stopped(running.child, 'SIGTERM'), 0);
      }

      const second = await startMain(env);
      const summary = RatingSummary.parse(await (await fetch(`${second.url}/api/v1/services/housing-application/rating-summary`)).json());
      assert.equal(summary.count, 1, 'the vote is still there, and the seed did not run twice');
      assert.equal((await postJson(`${second.url}/api/v1/services/housing-application/ratings`, body)).status, 200);
      assert.match(second.output(), /"migrationsApplied":\[\]/);
      assert.equal(await stopped(second.child, 'SIGINT'), 0);
    });
  });
