/**
 * `npm start`: the reference API server and the demo portal on one port.
 * Environment: PORT, HOST, DATABASE_URL (real PostgreSQL) or JAWDA_DATA_DIR (embedded), and the
 * JAWDA_* settings in settings.ts. Stops gracefully on SIGTERM and SIGINT.
 */
import { createApp } from './app.js';
import { openDb } from './db.js';
import { jsonLines } from './http/request-log.js';
import { migrate } from './migrations.js';
import { seedDatabase } from './seed/seed.js';
import { startServer } from './server.js';
import { settingsFromEnv } from './settings.js';

const log = jsonLines();
const settings = settingsFromEnv();
const started = performance.now();

const db = await openDb({ url: settings.databaseUrl, dataDir: settings.dataDir, schema: settings.databaseSchema });
const applied = await migrate(db);
if (settings.seed) await seedDatabase(db);
const app = createApp({ db, settings, log: settings.log === 'quiet' ? () => undefined : log });
const server = await startServer(app, settings.host, settings.port);

log({
  msg: 'listening',
  url: server.url,
  api: `${server.url}${settings.apiBase}`,
  database: db.kind === 'pg' ? 'postgresql (DATABASE_URL)' : `pglite (${settings.dataDir})`,
  migrationsApplied: applied,
  startupMs: Math.round(performance.now() - started),
});
// The one line a person looks for; everything else is JSON for the log collector.
process.stderr.write(`\nJawda demo portal and API: ${server.url}/  (API ${server.url}${settings.apiBase}, OpenAPI ${server.url}/openapi.json)\n\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log({ msg: 'stopping', signal, inFlight: server.inFlight() });
  await server.close(settings.shutdownTimeoutMs);
  await db.close();
  log({ msg: 'stopped', signal });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
