// The floor for `npm run bench:api`: the least a competent API does for a vote on this machine, so
// the reference server's rate is read as a ratio to it, measured in the same run on the same database.
// A bare node:http server, the body parsed with JSON.parse and barely checked, and one
// `INSERT ... ON CONFLICT (submission_id) DO NOTHING` per vote: no validation library, no
// middleware, no headers beyond the needed, no tally, no summary, no log.
//
//   DATABASE_URL (+ JAWDA_DB_SCHEMA)   PostgreSQL through `pg` (a pool of FLOOR_POOL, default 10)
//   JAWDA_DATA_DIR                     otherwise PGlite in that folder
//   PORT, HOST                         where it listens (0: a free port)
//
// Prints `{"msg":"listening","url":...}` on stdout once ready, as the server does; stops on SIGTERM.
import { createServer } from 'node:http';

const TABLE = `
  CREATE TABLE IF NOT EXISTS ratings (
    submission_id UUID PRIMARY KEY,
    service_id    TEXT NOT NULL,
    score         SMALLINT NOT NULL,
    scale         TEXT NOT NULL,
    reasons       JSONB NOT NULL,
    channel       TEXT NOT NULL,
    locale        TEXT NOT NULL,
    page          TEXT NOT NULL,
    client_time   TEXT NOT NULL,
    dwell_ms      INTEGER,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now()
  )`;
const INSERT = `INSERT INTO ratings (submission_id, service_id, score, scale, reasons, channel, locale, page, client_time, dwell_ms)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (submission_id) DO NOTHING`;
const VOTE_PATH = /^\/api\/v1\/services\/([\w-]{1,100})\/ratings$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `insert(params)` resolves with the rows inserted (0 or 1). */
async function openDatabase() {
  const url = process.env.DATABASE_URL?.trim();
  const schema = process.env.JAWDA_DB_SCHEMA?.trim();
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema ${schema}`);
  if (url) {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.FLOOR_POOL ?? 10),
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await pool.query(TABLE);
    return {
      insert: async (params) => (await pool.query({ name: 'floor-insert', text: INSERT, values: params })).rowCount,
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(process.env.JAWDA_DATA_DIR);
  await db.exec(TABLE);
  return { insert: async (params) => (await db.query(INSERT, params)).affectedRows ?? 0, close: () => db.close() };
}

function answer(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

const db = await openDatabase();
const server = createServer((request, response) => {
  const match = request.method === 'POST' ? VOTE_PATH.exec(request.url ?? '') : null;
  if (!match) return answer(response, 404, { error: 'not-found' });
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    let vote;
    try {
      vote = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(response, 400, { error: 'invalid-json' });
    }
    if (!vote || typeof vote.submissionId !== 'string' || !UUID.test(vote.submissionId) || !Number.isInteger(vote.score))
      return answer(response, 400, { error: 'invalid-request' });
    try {
      const inserted = await db.insert([
        vote.submissionId,
        match[1],
        vote.score,
        String(vote.scale),
        JSON.stringify(vote.reasons ?? []),
        String(vote.channel),
        String(vote.locale),
        String(vote.page),
        String(vote.clientTime),
        Number.isInteger(vote.dwellMs) ? vote.dwellMs : null,
      ]);
      answer(response, inserted ? 201 : 200, { submissionId: vote.submissionId, stored: true });
    } catch (error) {
      answer(response, 500, { error: 'internal-error', message: error.message });
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = server.address();
  console.log(JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${port}` }));
});
process.on('SIGTERM', () => {
  server.close(() => void db.close().then(() => process.exit(0)));
  server.closeIdleConnections();
});
