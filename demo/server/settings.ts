/**
 * The server's settings, read once from the environment by `main.ts`. Tests and the benchmark build
 * them with `serverSettings({...})` instead, so nothing else in the server reads `process.env`.
 */
import { resolve } from 'node:path';

export interface RateBudget {
  /** Requests allowed per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

export interface ServerSettings {
  host: string;
  port: number;
  /** Where the API lives on this server, e.g. `/api/v1`. */
  apiBase: string;
  /** Portal origins allowed to call the API from a browser (the server's own origin always is). */
  allowedOrigins: string[];
  /** Largest request body accepted, in bytes (413 above it). */
  bodyLimitBytes: number;
  /** Per client: rating POSTs, and all other API requests. */
  rateLimit: { writes: RateBudget; reads: RateBudget };
  /** Trust `X-Forwarded-For` (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Votes sent sooner than this after the element was shown are dropped silently (a bot check). */
  minDwellMs: number;
  /** How long a graceful shutdown waits for in-flight requests before closing them. */
  shutdownTimeoutMs: number;
  /** `DATABASE_URL`: real PostgreSQL; unset: the embedded database in `dataDir`. */
  databaseUrl?: string;
  /** A PostgreSQL schema to keep the tables in instead of `public` (created when missing). */
  databaseSchema?: string;
  /** Folder of the embedded database; `memory` keeps it in memory (nothing survives a restart). */
  dataDir: string;
  /** Insert the demo data on start (idempotent). */
  seed: boolean;
  /** Folder with the demo pages, and folder with the built library; undefined: not served. */
  demoDir?: string;
  distDir?: string;
  /** The demo portal's web fonts (woff2 files of an npm package), served at /fonts/ beside the pages. */
  fontsDir?: string;
  /** `JAWDA_BOOTSTRAP_KEY`: a key with every admin role, for the first start (create real keys with `npm run admin`). */
  bootstrapKey?: string;
  /** Groups of fewer votes than this are left out of exports and reports, so none singles out a citizen. */
  minGroup: number;
  /** `quiet` writes no request logs (tests). */
  log: 'json' | 'quiet';
}

const projectRoot = resolve(import.meta.dirname, '../..');

export const DEFAULT_SETTINGS: ServerSettings = {
  host: '127.0.0.1',
  port: 8080,
  apiBase: '/api/v1',
  allowedOrigins: ['http://localhost:6006', 'http://127.0.0.1:6006'],
  bodyLimitBytes: 32 * 1024,
  rateLimit: { writes: { limit: 60, windowMs: 60_000 }, reads: { limit: 600, windowMs: 60_000 } },
  trustProxy: false,
  minDwellMs: 1000,
  shutdownTimeoutMs: 10_000,
  dataDir: resolve(projectRoot, '.jawda-data'),
  seed: true,
  demoDir: resolve(projectRoot, 'demo'),
  distDir: resolve(projectRoot, 'dist'),
  // IBM Plex Sans Arabic (a devDependency): Arabic and Latin glyphs in one UI face, self-hosted.
  fontsDir: resolve(projectRoot, 'node_modules/@fontsource/ibm-plex-sans-arabic/files'),
  minGroup: 5,
  log: 'json',
};

export function serverSettings(overrides: Partial<ServerSettings> = {}): ServerSettings {
  return { ...DEFAULT_SETTINGS, ...overrides, rateLimit: { ...DEFAULT_SETTINGS.rateLimit, ...overrides.rateLimit } };
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number >= 0, got "${value}"`);
  return parsed;
}

function origins(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

/** A bootstrap key short enough to guess is refused rather than trusted. */
function bootstrapKey(value: string | undefined): string | undefined {
  const key = value?.trim();
  if (!key) return undefined;
  if (key.length < 32) throw new Error('JAWDA_BOOTSTRAP_KEY must be at least 32 characters (e.g. `openssl rand -base64 32`)');
  return key;
}

/** Settings from the environment; an invalid value stops the server with a message naming it. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const defaults = DEFAULT_SETTINGS;
  const perMinute = (name: string, fallback: RateBudget): RateBudget => ({
    limit: integer(name, env[name], fallback.limit),
    windowMs: 60_000,
  });
  return serverSettings({
    host: env.HOST?.trim() || defaults.host,
    port: integer('PORT', env.PORT, defaults.port),
    apiBase: env.JAWDA_API_BASE?.replace(/\/$/, '') || defaults.apiBase,
    allowedOrigins: origins(env.JAWDA_ALLOWED_ORIGINS) ?? defaults.allowedOrigins,
    bodyLimitBytes: integer('JAWDA_BODY_LIMIT', env.JAWDA_BODY_LIMIT, defaults.bodyLimitBytes),
    rateLimit: {
      writes: perMinute('JAWDA_RATE_LIMIT_WRITES', defaults.rateLimit.writes),
      reads: perMinute('JAWDA_RATE_LIMIT_READS', defaults.rateLimit.reads),
    },
    trustProxy: env.JAWDA_TRUST_PROXY === '1' || env.JAWDA_TRUST_PROXY === 'true',
    minDwellMs: integer('JAWDA_MIN_DWELL_MS', env.JAWDA_MIN_DWELL_MS, defaults.minDwellMs),
    shutdownTimeoutMs: integer('JAWDA_SHUTDOWN_TIMEOUT_MS', env.JAWDA_SHUTDOWN_TIMEOUT_MS, defaults.shutdownTimeoutMs),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    databaseSchema: env.JAWDA_DB_SCHEMA?.trim() || undefined,
    dataDir: env.JAWDA_DATA_DIR?.trim()
      ? env.JAWDA_DATA_DIR.trim() === 'memory'
        ? 'memory'
        : resolve(env.JAWDA_DATA_DIR.trim())
      : defaults.dataDir,
    seed: env.JAWDA_SEED !== 'off',
    bootstrapKey: bootstrapKey(env.JAWDA_BOOTSTRAP_KEY),
    minGroup: Math.max(1, integer('JAWDA_MIN_GROUP', env.JAWDA_MIN_GROUP, defaults.minGroup)),
    log: env.JAWDA_LOG === 'quiet' ? 'quiet' : 'json',
  });
}
