/**
 * One database interface over two engines: PGlite (PostgreSQL compiled to WebAssembly, embedded, data
 * in a folder) and a real PostgreSQL server through `pg`. The SQL and the migrations are the same for
 * both. Cast counts and averages in SQL (`::int`, `::float8`): the two drivers return int8 and numeric
 * differently.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export interface QueryOptions {
  /** Prepare the statement once per connection under this name (PostgreSQL; PGlite parses each time). */
  name?: string;
}

export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Statements that may run at once: the pool's size (1 for PGlite, which has one connection). */
  readonly concurrency: number;
}

export interface DbOptions {
  /** A PostgreSQL connection string; without it, the embedded database. */
  url?: string;
  /** Folder of the embedded database, or `memory`. */
  dataDir?: string;
  /** Use this schema (created when missing) instead of `public`: one per test run. */
  schema?: string;
  /** Connections in the pool (real PostgreSQL only); default 16. */
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function checkedSchema(schema: string | undefined): string | undefined {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  return schema;
}

export async function openDb(options: DbOptions): Promise<Db> {
  return options.url ? openPostgres(options.url, options) : openPglite(options);
}

/**
 * PGlite has no lock of its own, and two processes on one folder silently lose writes; so the folder
 * gets a lock file with the owner's pid. A lock whose process is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, 'jawda-server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (ownerAlive(owner))
        throw new Error(
          `The database folder ${dataDir} is in use by process ${owner}; stop it first, or set JAWDA_DATA_DIR to another folder`,
        );
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Cannot lock the database folder ${dataDir}`);
}

function ownerAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite({ dataDir, schema }: DbOptions): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = !dataDir || dataDir === 'memory';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  let pglite;
  try {
    pglite = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const name = checkedSchema(schema);
  // One connection only, so a session-wide search_path is enough.
  if (name) await pglite.exec(`CREATE SCHEMA IF NOT EXISTS ${name}; SET search_path TO ${name}`);
  const wrap = (target: Pick<typeof pglite, 'query' | 'exec'>): Queryable => ({
    query: async <Row>(text: string, params: unknown[] = []) => (await target.query<Row>(text, params)).rows,
    exec: async (sql) => void (await target.exec(sql)),
  });
  return {
    kind: 'pglite',
    concurrency: 1,
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    async close() {
      await pglite.close();
      unlock();
    },
  };
}

async function openPostgres(url: string, { schema, poolSize = 16 }: DbOptions): Promise<Db> {
  const { default: pg } = await import('pg');
  const name = checkedSchema(schema);
  if (name) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${name}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize, ...(name ? { options: `-c search_path=${name}` } : {}) });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error(JSON.stringify({ level: 'error', msg: 'database connection lost', error: error.message })));
  const wrap = (client: Pick<InstanceType<typeof pg.Pool>, 'query'>): Queryable => ({
    query: async <Row>(text: string, params: unknown[] = [], options?: QueryOptions) =>
      (await client.query(options?.name ? { name: options.name, text, values: params } : { text, values: params })).rows as Row[],
    exec: async (sql) => void (await client.query(sql)), // the simple-query protocol runs several statements
  });
  return {
    kind: 'pg',
    concurrency: poolSize,
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Drops a test schema and everything in it (real PostgreSQL), so test runs leave nothing behind. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${checkedSchema(schema)} CASCADE`);
  } finally {
    await admin.end();
  }
}
