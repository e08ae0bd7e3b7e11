/**
 * Shared by the API tests: a fresh database per test file (in-memory PGlite, or, when
 * JAWDA_TEST_DATABASE_URL is set, a schema of its own on that PostgreSQL server, dropped at the end),
 * and a server on a free port (port 0) so several test runs can share the machine.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RatingSubmission } from '../../../src/core/contract.js';
import { createApp } from '../app.js';
import { dropSchema, openDb, type Db } from '../db.js';
import type { LogSink } from '../http/request-log.js';
import { migrate } from '../migrations.js';
import { CspReports } from '../routes/csp-reports.js';
import { seedDatabase } from '../seed/seed.js';
import { startServer } from '../server.js';
import { serverSettings, type ServerSettings } from '../settings.js';

export const POSTGRES_URL = process.env.JAWDA_TEST_DATABASE_URL?.trim() || undefined;

export type Engine = 'pglite' | 'postgresql';
/** Every suite runs on the embedded database, and also on PostgreSQL when JAWDA_TEST_DATABASE_URL is set (CI). */
export const ENGINES: readonly Engine[] = POSTGRES_URL ? ['pglite', 'postgresql'] : ['pglite'];

export interface TestDatabase {
  db: Db;
  /** Where the data lives: a PGlite folder or a PostgreSQL schema. */
  place: { dataDir?: string; schema?: string };
  /** Closes and opens the same database again (a restart). */
  reopen(): Promise<Db>;
  cleanup(): Promise<void>;
}

/** A new, empty database. `persistent`: PGlite in a temp folder instead of memory. */
export async function testDatabase(engine: Engine, { persistent = false } = {}): Promise<TestDatabase> {
  const url = engine === 'postgresql' ? POSTGRES_URL : undefined;
  if (engine === 'postgresql' && !url) throw new Error('JAWDA_TEST_DATABASE_URL is not set');
  const schema = url ? testSchemaName() : undefined;
  const dataDir = !url && persistent ? mkdtempSync(join(tmpdir(), 'jawda-test-')) : undefined;
  const open = () => openDb({ url, dataDir: dataDir ?? 'memory', schema });
  const handle: TestDatabase = {
    db: await open(),
    place: { dataDir, schema },
    async reopen() {
      await handle.db.close();
      handle.db = await open();
      return handle.db;
    },
    async cleanup() {
      await handle.db.close().catch(() => undefined);
      if (url && schema) await dropSchema(url, schema);
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}

/** A schema name of its own for one test run on a shared PostgreSQL server. */
export function testSchemaName(): string {
  return `jawda_test_${process.pid}_${randomUUID().slice(0, 8)}`;
}

/** A new database with the migrations and the demo data in it. */
export async function seededDatabase(engine: Engine): Promise<TestDatabase> {
  const database = await testDatabase(engine);
  await migrate(database.db);
  await seedDatabase(database.db);
  return database;
}

export interface TestServer {
  url: string;
  /** `url` + the API base. */
  api: string;
  logs: Record<string, unknown>[];
  cspReports: CspReports;
  settings: ServerSettings;
  close(): Promise<void>;
}

/** Generous limits unless a test asks otherwise, so only the rate-limit tests meet the limit. */
export async function testServer(db: Db, overrides: Partial<ServerSettings> = {}): Promise<TestServer> {
  const settings = serverSettings({
    port: 0,
    demoDir: undefined,
    distDir: undefined,
    log: 'quiet',
    rateLimit: { writes: { limit: 100_000, windowMs: 60_000 }, reads: { limit: 100_000, windowMs: 60_000 } },
    ...overrides,
  });
  const logs: Record<string, unknown>[] = [];
  const log: LogSink = (entry) => logs.push(entry);
  const cspReports = new CspReports();
  const server = await startServer(createApp({ db, settings, log, cspReports }), settings.host, 0);
  return { url: server.url, api: server.url + settings.apiBase, logs, cspReports, settings, close: () => server.close(2000) };
}

/** A vote that passes every check; override fields to break one. */
export function vote(overrides: Partial<Record<keyof RatingSubmission, unknown>> = {}): Record<string, unknown> {
  return {
    submissionId: randomUUID(),
    score: 4,
    scale: 'stars',
    reasons: ['quick'],
    comment: 'Fast and clear',
    channel: 'web',
    locale: 'ar',
    page: 'https://portal.example/services/cr-renewal',
    clientTime: new Date().toISOString(),
    dwellMs: 4200,
    ...overrides,
  };
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Waits until `condition()` holds (for states the test cannot await directly). */
export async function until(condition: () => boolean | Promise<boolean>, what: string, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
