/**
 * `npm run bench:api`: the reference server beside the floor (bench/api-floor.mjs: a bare node:http
 * server doing one `INSERT ... ON CONFLICT DO NOTHING` per vote), on the same database, under the
 * same load, interleaved (floor, Jawda, Jawda, floor, ... so a busier moment of the machine does not
 * fall on one side), in one run, with the ratio. On PostgreSQL also two Jawda instances on the one
 * database, the load spread over both.
 *
 * Each run sends BENCH_REQUESTS rating POSTs (default 10,000), BENCH_DUPLICATES of them (default 10%)
 * repeating an earlier submissionId (a client resending after a lost answer), to a server started on
 * fresh data; then checks that every vote answered 201/200 is stored, none twice, and (Jawda) that
 * the tallies agree with the rows. Prints one line per run, then a table: ratings per second over all
 * rounds, p50/p99 latency (the worst round's), stored rows versus distinct answered submissionIds,
 * requests that got no answer (connection errors, timeouts), and the ratio to the floor. Exits
 * non-zero when a vote is lost or doubled.
 *
 * BENCH_CONNECTIONS (comma-separated, default 50,200), BENCH_ROUNDS (default 2),
 * BENCH_PAIR_CONNECTIONS (two instances, default 50; empty: none). Runs on PGlite, and on PostgreSQL
 * when DATABASE_URL is set (a schema of its own per run, dropped afterwards); BENCH_ENGINES=pglite or
 * postgresql picks one. BENCH_PROFILE=1 starts Jawda with `--cpu-prof` (profiles in .tmp/profiles).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { dropSchema, openDb } from './db.js';

const total = Number(process.env.BENCH_REQUESTS ?? 10_000);
const numbers = (text: string) =>
  text
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
const connectionCounts = numbers(process.env.BENCH_CONNECTIONS ?? '50,200');
const pairConnections = numbers(process.env.BENCH_PAIR_CONNECTIONS ?? '50');
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 2));
const duplicateShare = Number(process.env.BENCH_DUPLICATES ?? 0.1);
const profile = process.env.BENCH_PROFILE === '1';
/** Each of two instances as the README's production section sets it: one batch of votes in flight each, so the two together write as one does. */
const pairEnv = { JAWDA_VOTE_WRITERS: process.env.BENCH_PAIR_WRITERS ?? '1', JAWDA_DB_POOL: process.env.BENCH_PAIR_POOL ?? '8' };
const postgresUrl = process.env.DATABASE_URL?.trim() || undefined;
type Engine = 'pglite' | 'postgresql';
const engines: Engine[] =
  (process.env.BENCH_ENGINES?.split(',') as Engine[] | undefined) ?? (postgresUrl ? ['pglite', 'postgresql'] : ['pglite']);
if (engines.includes('postgresql') && !postgresUrl) throw new Error('BENCH_ENGINES=postgresql needs DATABASE_URL');
const BENCH_PAGE = 'https://bench.example/load';
const projectRoot = resolve(import.meta.dirname, '../..');

/** What is measured: the floor, one Jawda process, or two Jawda processes on one PostgreSQL. */
type Target = 'floor' | 'jawda' | 'jawda ×2';

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

function startProcess(target: Target, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const args =
    target === 'floor'
      ? [resolve(projectRoot, 'bench/api-floor.mjs')]
      : [
          ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(projectRoot, '.tmp/profiles')}`] : []),
          '--import',
          'tsx',
          resolve(import.meta.dirname, 'main.ts'),
        ];
  const child = spawn(process.execPath, args, {
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
    child.on('exit', (code) => reject(new Error(`the ${target} server exited with ${code}`)));
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
  target: Target;
  connections: number;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Rows stored, and distinct submissionIds answered 201/200 (each of which must be stored, once). */
  stored: number;
  distinct: number;
  /** Requests that got no answer (connection errors, timeouts): a finding, not a lost vote. */
  failed: number;
  problems: string[];
}

async function measure(engine: Engine, target: Target, connections: number): Promise<Measured> {
  const databaseUrl = engine === 'postgresql' ? postgresUrl : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'jawda-bench-'));
  const schema = `jawda_bench_${process.pid}_${randomUUID().slice(0, 8)}`;
  const env: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl, JAWDA_DB_SCHEMA: schema } : { JAWDA_DATA_DIR: dataDir };
  const servers: { child: ChildProcess; url: string }[] = [];
  try {
    const { ids, distinct } = submissionIds();
    // One after the other: the second finds the migrations and the seed done.
    for (let i = 0; i < (target === 'jawda ×2' ? 2 : 1); i++)
      servers.push(await startProcess(target, target === 'jawda ×2' ? { ...env, ...pairEnv } : env));
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
    // autocannon's own duration ends on its once-a-second tick: time the run from the answers instead.
    const started = performance.now();
    let lastAnswer = started;
    const result = await autocannon({
      url: servers.length === 1 ? servers[0]!.url : servers.map((server) => server.url),
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
          onResponse: (status, _body, context) => {
            lastAnswer = performance.now();
            if (status === 201 || status === 200) answered.add(context.id as string);
          },
        },
      ],
    });
    await Promise.all(servers.splice(0).map((server) => stop(server.child)));

    const db = await openDb({ url: databaseUrl, dataDir: databaseUrl ? undefined : dataDir, schema: databaseUrl ? schema : undefined });
    const [counts] = await db.query<{ stored: number; distinct: number; answered: number }>(
      `SELECT count(*)::int AS stored, count(DISTINCT submission_id)::int AS "distinct",
              count(DISTINCT submission_id) FILTER (WHERE submission_id = ANY($2::uuid[]))::int AS answered
         FROM ratings WHERE page = $1`,
      [BENCH_PAGE, [...answered]],
    );
    const [tally] =
      target === 'floor'
        ? [{ rows: 0, tallied: 0 }]
        : await db.query<{ rows: number; tallied: number }>(
            `SELECT (SELECT count(*)::int FROM ratings WHERE suspect IS NULL) AS rows,
                    (SELECT sum(votes)::int FROM rating_tallies) AS tallied`,
          );
    await db.close();

    const status = (code: string) => result.statusCodeStats[code]?.count ?? 0;
    const problems = [
      counts!.distinct !== counts!.stored && 'a submissionId is stored twice',
      counts!.answered !== answered.size && `${answered.size - counts!.answered} votes answered 201/200 are not stored`,
      tally!.tallied !== tally!.rows && 'the tallies disagree with the rows',
      status('201') > distinct && 'more 201 answers than distinct submissionIds',
    ].filter((problem): problem is string => typeof problem === 'string');
    return {
      engine,
      target,
      connections,
      requests: result.requests.total,
      seconds: (lastAnswer - started) / 1000,
      p50: result.latency.p50,
      p99: result.latency.p99,
      stored: counts!.stored,
      distinct: answered.size,
      failed: result.non2xx + result.errors + result.timeouts + Math.max(0, total - result.requests.total),
      problems,
    };
  } finally {
    await Promise.all(servers.map((server) => stop(server.child)));
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropSchema(databaseUrl, schema).catch(() => undefined);
  }
}

// Other work on the machine changes these numbers a lot: say how busy it was.
const machine = () =>
  `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ')}`;
console.log(
  `${total} rating POSTs per run (${Math.round(duplicateShare * 100)}% repeats), fresh data each run, ${rounds} round(s) interleaved, on ${engines.join(' and ')}; ${machine()}`,
);
if (profile) mkdirSync(resolve(projectRoot, '.tmp/profiles'), { recursive: true });

const runs: Measured[] = [];
for (const engine of engines) {
  for (const connections of connectionCounts) {
    const targets: Target[] = ['floor', 'jawda'];
    if (engine === 'postgresql' && pairConnections.includes(connections)) targets.push('jawda ×2');
    for (let round = 0; round < rounds; round++) {
      // ABBA: each side goes first as often as the other.
      for (const target of round % 2 ? [...targets].reverse() : targets) {
        const run = await measure(engine, target, connections);
        runs.push(run);
        console.log(
          `${engine} ${target} ${connections} connections: ${Math.round(run.requests / run.seconds)}/s, p50 ${run.p50} ms, p99 ${run.p99} ms, stored ${run.stored} for ${run.distinct} distinct answered, ${run.failed} unanswered${run.problems.length ? `; ${run.problems.join('; ')}` : ''}`,
        );
      }
    }
  }
}

interface Row {
  engine: Engine;
  target: Target;
  connections: number;
  perSecond: number;
  p50: number;
  p99: number;
  stored: number;
  distinct: number;
  failed: number;
}
const rows: Row[] = [];
for (const run of runs) {
  let row = rows.find((r) => r.engine === run.engine && r.target === run.target && r.connections === run.connections);
  if (!row) rows.push((row = { ...run, perSecond: 0, p50: 0, p99: 0, stored: 0, distinct: 0, failed: 0 }));
  const same = runs.filter((r) => r.engine === run.engine && r.target === run.target && r.connections === run.connections);
  // Over all rounds: every request over every second (the per-second average of autocannon leaves out a partial last second).
  row.perSecond = Math.round(same.reduce((sum, r) => sum + r.requests, 0) / same.reduce((sum, r) => sum + r.seconds, 0));
  row.p50 = Math.max(...same.map((r) => r.p50));
  row.p99 = Math.max(...same.map((r) => r.p99));
  row.stored = same.reduce((sum, r) => sum + r.stored, 0);
  row.distinct = same.reduce((sum, r) => sum + r.distinct, 0);
  row.failed = same.reduce((sum, r) => sum + r.failed, 0);
}
const floorOf = (row: Row) => rows.find((r) => r.engine === row.engine && r.connections === row.connections && r.target === 'floor');
const jawdaOf = (row: Row) => rows.find((r) => r.engine === row.engine && r.connections === row.connections && r.target === 'jawda');

console.log('\n| engine | server | connections | ratings/s | × floor | p50 ms | p99 ms | stored / distinct answered | unanswered |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |');
for (const row of rows) {
  const floor = floorOf(row);
  const ratio = row.target === 'floor' || !floor ? '' : `${(row.perSecond / floor.perSecond).toFixed(2)}`;
  const pair = row.target === 'jawda ×2' && jawdaOf(row) ? ` (${(row.perSecond / jawdaOf(row)!.perSecond).toFixed(2)} × one)` : '';
  console.log(
    `| ${row.engine} | ${row.target} | ${row.connections} | ${row.perSecond.toLocaleString('en')} | ${ratio}${pair} | ${row.p50} | ${row.p99.toLocaleString('en')} | ${row.stored.toLocaleString('en')} / ${row.distinct.toLocaleString('en')} | ${row.failed} |`,
  );
}
console.log(`\nMeasured on loopback, servers and load generator on the same machine: ${machine()}`);
const failed = runs.filter((run) => run.problems.length);
if (failed.length)
  console.error(
    `\nFAILED: ${failed.map((run) => `${run.engine} ${run.target} at ${run.connections}: ${run.problems.join('; ')}`).join(' | ')}`,
  );
else console.log('\nOK: in every run, every vote answered 201/200 is stored, and none twice');
process.exit(failed.length ? 1 : 0);
