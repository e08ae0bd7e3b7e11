/**
 * `npm run bench:api`: a bounded load on loopback against a real server process on a temp data dir.
 * 20,000 rating POSTs from 50 connections, 10% of them repeating an earlier submissionId (a client
 * resending after a lost answer), then checks that the database holds exactly one vote per distinct
 * submissionId. Prints requests per second and p50/p99 latency; exits non-zero when anything is off.
 *
 * BENCH_REQUESTS, BENCH_CONNECTIONS, BENCH_DUPLICATES (a fraction) change the load. With
 * DATABASE_URL set the server uses that PostgreSQL (in a schema of its own, dropped afterwards).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { dropSchema, openDb } from './db.js';

const total = Number(process.env.BENCH_REQUESTS ?? 20_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const duplicateShare = Number(process.env.BENCH_DUPLICATES ?? 0.1);
const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
const BENCH_PAGE = 'https://bench.example/load';

/** The submissionIds to send, in order: distinct ones plus repeats of them, shuffled together. */
function submissionIds(): { ids: string[]; distinct: number } {
  const distinct = Math.round(total * (1 - duplicateShare));
  const unique = Array.from({ length: distinct }, () => randomUUID());
  const ids = [...unique, ...Array.from({ length: total - distinct }, () => unique[Math.floor(Math.random() * distinct)]!)];
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return { ids, distinct };
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'main.ts')], {
    env: {
      ...process.env, PORT: '0', JAWDA_LOG: 'quiet', JAWDA_RATE_LIMIT_WRITES: '0', JAWDA_RATE_LIMIT_READS: '0', JAWDA_MIN_DWELL_MS: '0', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      for (const line of output.split('\n')) {
        if (line.includes('"msg":"listening"')) resolvePromise({ child, url: JSON.parse(line).url });
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill('SIGTERM');
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'jawda-bench-'));
const schema = `jawda_bench_${process.pid}`;
const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl, JAWDA_DB_SCHEMA: schema } : { JAWDA_DATA_DIR: dataDir };
let exitCode = 0;
try {
  const { ids, distinct } = submissionIds();
  console.log(`Starting the server on ${databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`} ...`);
  const server = await startServer(env);
  let next = 0;
  const vote = (submissionId: string) =>
    JSON.stringify({
      submissionId, score: 1 + (submissionId.charCodeAt(0) % 5), scale: 'stars', reasons: [], channel: 'web', locale: 'ar',
      page: BENCH_PAGE, clientTime: new Date().toISOString(), dwellMs: 5000,
    });
  console.log(`${total} rating POSTs (${distinct} distinct submissionIds, ${total - distinct} repeats) from ${connections} connections to ${server.url}`);
  const result = await autocannon({
    url: server.url,
    connections,
    amount: total,
    timeout: 30,
    requests: [{
      method: 'POST',
      path: '/api/v1/services/cr-renewal/ratings',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({ ...request, body: vote(ids[next++ % ids.length]!) }),
    }],
  });
  await stop(server.child);

  const db = await openDb({ url: databaseUrl, dataDir: databaseUrl ? undefined : dataDir, schema: databaseUrl ? schema : undefined });
  const [counts] = await db.query<{ stored: number; distinct: number }>(
    `SELECT count(*)::int AS stored, count(DISTINCT submission_id)::int AS "distinct" FROM ratings WHERE page = $1`,
    [BENCH_PAGE],
  );
  const [tally] = await db.query<{ rows: number; tallied: number }>(
    `SELECT (SELECT count(*)::int FROM ratings) AS rows, (SELECT sum(votes)::int FROM rating_tallies) AS tallied`,
  );
  await db.close();

  const status = (code: string) => result.statusCodeStats[code]?.count ?? 0;
  console.log('');
  console.log(`requests/s        ${Math.round(result.requests.average)} (${result.requests.total} in ${result.duration.toFixed(1)} s)`);
  console.log(`latency           p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(`answers           201 stored: ${status('201')}, 200 already stored: ${status('200')}, other: ${result.non2xx}, errors: ${result.errors}, timeouts: ${result.timeouts}`);
  console.log(`stored votes      ${counts!.stored} for ${distinct} distinct submissionIds (${counts!.distinct} distinct in the database)`);
  console.log(`tallies           ${tally!.tallied} votes tallied for ${tally!.rows} rows`);

  const problems = [
    counts!.stored !== distinct && 'stored votes differ from distinct submissionIds',
    counts!.distinct !== counts!.stored && 'a submissionId is stored twice',
    tally!.tallied !== tally!.rows && 'the tallies disagree with the rows',
    status('201') !== distinct && '201 answers differ from distinct submissionIds',
    (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) && 'some requests failed',
    result.requests.total < total && 'fewer requests were sent than asked',
  ].filter(Boolean);
  if (problems.length) {
    console.error(`\nFAILED: ${problems.join('; ')}`);
    exitCode = 1;
  } else {
    console.log('\nOK: every distinct submissionId stored exactly once');
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (databaseUrl) await dropSchema(databaseUrl, schema).catch(() => undefined);
}
process.exit(exitCode);
