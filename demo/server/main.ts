/**
 * `npm start`: the reference API server and the demo portal on one port.
 * Environment: PORT, HOST, DATABASE_URL (real PostgreSQL) or JAWDA_DATA_DIR (embedded), and the
 * JAWDA_* settings in settings.ts. Stops gracefully on SIGTERM and SIGINT.
 */
import { createApp } from './app.js';
import { openDb, type Db } from './db.js';
import { jsonLines, quiet } from './http/request-log.js';
import { migrate } from './migrations.js';
import { seedDatabase } from './seed/seed.js';
import { startServer, type RunningServer } from './server.js';
import { settingsFromEnv } from './settings.js';

const log = jsonLines();

async function start(): Promise<{ db: Db; server: RunningServer; shutdownTimeoutMs: number }> {
  const started = performance.now();
  const settings = settingsFromEnv();
  const db = await openDb({
    url: settings.databaseUrl,
    dataDir: settings.dataDir,
    schema: settings.databaseSchema,
    poolSize: settings.databasePool,
  });
  try {
    const applied = await migrate(db);
    if (settings.seed) await seedDatabase(db);
    const app = createApp({ db, settings, log: settings.log === 'quiet' ? quiet : log });
    const server = await startServer(app, settings.host, settings.port);
    log({
      msg: 'listening',
      url: server.url,
      api: `${server.url}${settings.apiBase}`,
      database: db.kind === 'pg' ? 'postgresql (DATABASE_URL)' : `pglite (${settings.dataDir})`,
      migrationsApplied: applied,
      startupMs: Math.round(performance.now() - started),
    });
    // The one line a person looks for; everything else is JSON for a log collector.
    process.stderr.write(
      `\nJawda demo portal and API: ${server.url}/  (API ${server.url}${settings.apiBase}, OpenAPI ${server.url}/openapi.json)\n\n`,
    );
    return { db, server, shutdownTimeoutMs: settings.shutdownTimeoutMs };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

let running: Awaited<ReturnType<typeof start>>;
try {
  running = await start();
} catch (error) {
  log({ level: 'error', msg: 'cannot start', error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log({ msg: 'stopping', signal, inFlight: running.server.inFlight() });
  await running.server.close(running.shutdownTimeoutMs);
  await running.db.close();
  log({ msg: 'stopped', signal });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
