/**
 * `npm run bench:api`: a bounded load on loopback against a real server process on fresh data, at
 * 10, 50, 200 and 1,000 connections: each run sends 20,000 rating POSTs, 10% of them repeating an
 * earlier submissionId (a client resending after a lost answer), then checks that every vote
 * answered 201/200 is stored, and none twice. Prints a table of ratings per second, p50/p99 latency,
 * stored rows versus distinct answered submissionIds, and requests that got no answer (connection
 * errors, timeouts); exits non-zero when a vote is lost or doubled.
 *
 * BENCH_REQUESTS, BENCH_CONNECTIONS (a comma-separated list), BENCH_DUPLICATES (a fraction) change
 * the load. Runs on PGlite, and also on PostgreSQL when DATABASE_URL is set (in a schema of its own,
 * dropped afterwards); BENCH_ENGINES=pglite or postgresql picks one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { dropSchema, openDb } from './db.js';

const total = Number(process.env.BENCH_REQUESTS ?? 20_000);
const connectionCounts = (process.env.BENCH_CONNECTIONS ?? '10,50,200,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const duplicateShare = Number(process.env.BENCH_DUPLICATES ?? 0.1);
const postgresUrl = process.env.DATABASE_URL?.trim() || undefined;
type Engine = 'pglite' | 'postgresql';
const engines: Engine[] =
  (process.env.BENCH_ENGINES?.split(',') as Engine[] | undefined) ?? (postgresUrl ? ['pglite', 'postgresql'] : ['pglite']);
if (engines.includes('postgresql') && !postgresUrl) throw new Error('BENCH_ENGINES=postgresql needs DATABASE_URL');
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
      ...process.env,
      DATABASE_URL: '',
      PORT: '0',
      JAWDA_LOG: 'quiet',
      JAWDA_RATE_LIMIT_WRITES: '0',
      JAWDA_RATE_LIMIT_READS: '0',
      JAWDA_MIN_DWELL_MS: '0',
      ...env,
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

interface Measured {
  engine: Engine;
  connections: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Rows stored, and distinct submissionIds answered 201/200 (each of which must be stored, once). */
  stored: number;
  distinct: number;
  /** Requests that got no answer (connection errors, timeouts): a finding, not a lost vote. */
  failed: number;
  problems: string[];
}

async function measure(engine: Engine, connections: number): Promise<Measured> {
  const databaseUrl = engine === 'postgresql' ? postgresUrl : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'jawda-bench-'));
  const schema = `jawda_bench_${process.pid}_${connections}`;
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl, JAWDA_DB_SCHEMA: schema } : { JAWDA_DATA_DIR: dataDir };
  try {
    const { ids, distinct } = submissionIds();
    const server = await startServer(env);
    let next = 0;
    const answered = new Set<string>();
    const vote = (submissionId: string) =>
      JSON.stringify({
        submissionId,
        score: 1 + (submissionId.charCodeAt(0) % 5),
        scale: 'stars',
        reasons: [],
        channel: 'web',
        locale: 'ar',
        page: BENCH_PAGE,
        clientTime: new Date().toISOString(),
        dwellMs: 5000,
      });
    const result = await autocannon({
      url: server.url,
      connections,
      amount: total,
      timeout: 30,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/services/cr-renewal/ratings',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request, context) => {
            context.id = ids[next++ % ids.length]!;
            return { ...request, body: vote(context.id as string) };
          },
          onResponse: (status, _body, context) => void ((status === 201 || status === 200) && answered.add(context.id as string)),
        },
      ],
    });
    await stop(server.child);

    const db = await openDb({ url: databaseUrl, dataDir: databaseUrl ? undefined : dataDir, schema: databaseUrl ? schema : undefined });
    const [counts] = await db.query<{ stored: number; distinct: number; answered: number }>(
      `SELECT count(*)::int AS stored, count(DISTINCT submission_id)::int AS "distinct",
              count(DISTINCT submission_id) FILTER (WHERE submission_id = ANY($2::uuid[]))::int AS answered
         FROM ratings WHERE page = $1`,
      [BENCH_PAGE, [...answered]],
    );
    const [tally] = await db.query<{ rows: number; tallied: number }>(
      `SELECT (SELECT count(*)::int FROM ratings) AS rows, (SELECT sum(votes)::int FROM rating_tallies) AS tallied`,
    );
    await db.close();

    const status = (code: string) => result.statusCodeStats[code]?.count ?? 0;
    const problems = [
      counts!.distinct !== counts!.stored && 'a submissionId is stored twice',
      counts!.answered !== answered.size && `${answered.size - counts!.answered} votes answered 201/200 are not stored`,
      tally!.tallied !== tally!.rows && 'the tallies disagree with the rows',
      status('201') > distinct && 'more 201 answers than distinct submissionIds',
    ].filter((problem): problem is string => typeof problem === 'string');
    const failed = result.non2xx + result.errors + result.timeouts + Math.max(0, total - result.requests.total);
    // Over the whole run (the per-second average of autocannon leaves out the partial last second).
    const perSecond = Math.round(result.requests.total / result.duration);
    return {
      engine,
      connections,
      perSecond,
      p50: result.latency.p50,
      p99: result.latency.p99,
      stored: counts!.stored,
      distinct: answered.size,
      failed,
      problems,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropSchema(databaseUrl, schema).catch(() => undefined);
  }
}

const rows: Measured[] = [];
// Other work on the machine changes these numbers a lot: say how busy it was.
const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')}`;
console.log(
  `${total} rating POSTs per run (${Math.round(duplicateShare * 100)}% repeats), fresh data each run, on ${engines.join(' and ')}; ${machine()}`,
);
for (const engine of engines) {
  for (const connections of connectionCounts) {
    const row = await measure(engine, connections);
    rows.push(row);
    console.log(
      `${engine} ${connections} connections: ${row.perSecond}/s, p50 ${row.p50} ms, p99 ${row.p99} ms, stored ${row.stored} for ${row.distinct} distinct answered, ${row.failed} unanswered${row.problems.length ? `; ${row.problems.join('; ')}` : ''}`,
    );
  }
}

console.log('\n| engine | connections | ratings/s | p50 ms | p99 ms | stored / distinct answered | unanswered |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | ---: |');
for (const row of rows)
  console.log(
    `| ${row.engine} | ${row.connections} | ${row.perSecond.toLocaleString('en')} | ${row.p50} | ${row.p99} | ${row.stored.toLocaleString('en')} / ${row.distinct.toLocaleString('en')} | ${row.failed} |`,
  );
console.log(`\nMeasured on loopback, server and load generator on the same machine: ${machine()}`);
const failed = rows.filter((row) => row.problems.length);
if (failed.length)
  console.error(`\nFAILED: ${failed.map((row) => `${row.engine} at ${row.connections}: ${row.problems.join('; ')}`).join(' | ')}`);
else console.log('\nOK: in every run, every vote answered 201/200 is stored, and none twice');
process.exit(failed.length ? 1 : 0);
