/**
 * The server's settings, read once from the environment by `main.ts`. Tests and the benchmark build
 * them with `serverSettings({...})` instead, so nothing else in the server reads `process.env`.
 */
import { join, resolve } from 'node:path';

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
  /** `JAWDA_DB_POOL`: connections to PostgreSQL this instance opens at most (default 16). */
  databasePool: number;
  /**
   * `JAWDA_VOTE_WRITERS`: batches of votes this instance writes at once (default 2). Two keep one
   * database busy; with N instances on one database, 2/N each (rounded up) keeps the batches large.
   */
  voteWriters: number;
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
  /** `JAWDA_RESULTS_REBUILD_S`: the results cube is served this long before the votes are read again (default 60 s). */
  resultsRebuildMs: number;
  /** `quiet` writes no request logs (tests). */
  log: 'json' | 'quiet';
  /**
   * `JAWDA_PUBLIC_ORIGIN`: the origin browsers reach this server at, e.g. `https://quality.gov.bh`.
   * Signed records name their status lists under it, so it is configured, never taken from a
   * request's Host header (a forged Host must not end up inside a signature).
   */
  publicOrigin: string;
  /** `JAWDA_ISSUER_ID`: the issuer id of signed records (`iss`); default: `publicOrigin`. */
  issuerId?: string;
  /** `JAWDA_ISSUER_NAME` and `JAWDA_ISSUER_NAME_AR`: the issuer's name in signed records. */
  issuerName: { ar: string; en: string };
  /** `JAWDA_SIGNING_KEY`: the private key that signs records (JWK or PEM; ES256 or Ed25519). */
  signingKey?: string;
  /** Where generated signing keys are kept (mode 0600); undefined: a key in memory for this process. */
  signingKeyFile?: string;
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
  databasePool: 16,
  voteWriters: 2,
  dataDir: resolve(projectRoot, '.jawda-data'),
  seed: true,
  demoDir: resolve(projectRoot, 'demo'),
  distDir: resolve(projectRoot, 'dist'),
  // IBM Plex Sans Arabic (a devDependency): Arabic and Latin glyphs in one UI face, self-hosted.
  fontsDir: resolve(projectRoot, 'node_modules/@fontsource/ibm-plex-sans-arabic/files'),
  minGroup: 5,
  resultsRebuildMs: 60_000,
  log: 'json',
  publicOrigin: 'http://127.0.0.1:8080',
  issuerName: { ar: 'خادم جودة المرجعي', en: 'Jawda reference server' },
};

/** The origin of a server listening on `host:port` as a browser on the same machine reaches it. */
function localOrigin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

function origin(name: string, value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${name} must be an origin such as https://quality.gov.bh, got "${text}"`);
  }
  if (url.origin === 'null' || url.origin !== text.replace(/\/$/, ''))
    throw new Error(`${name} must be an origin (scheme, host and port only), got "${text}"`);
  return url.origin;
}

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
  const dataDir = env.JAWDA_DATA_DIR?.trim()
    ? env.JAWDA_DATA_DIR.trim() === 'memory'
      ? 'memory'
      : resolve(env.JAWDA_DATA_DIR.trim())
    : defaults.dataDir;
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
    databasePool: Math.max(1, integer('JAWDA_DB_POOL', env.JAWDA_DB_POOL, defaults.databasePool)),
    voteWriters: Math.max(1, integer('JAWDA_VOTE_WRITERS', env.JAWDA_VOTE_WRITERS, defaults.voteWriters)),
    dataDir,
    seed: env.JAWDA_SEED !== 'off',
    bootstrapKey: bootstrapKey(env.JAWDA_BOOTSTRAP_KEY),
    minGroup: Math.max(1, integer('JAWDA_MIN_GROUP', env.JAWDA_MIN_GROUP, defaults.minGroup)),
    resultsRebuildMs: 1000 * integer('JAWDA_RESULTS_REBUILD_S', env.JAWDA_RESULTS_REBUILD_S, defaults.resultsRebuildMs / 1000),
    log: env.JAWDA_LOG === 'quiet' ? 'quiet' : 'json',
    publicOrigin:
      origin('JAWDA_PUBLIC_ORIGIN', env.JAWDA_PUBLIC_ORIGIN) ??
      localOrigin(env.HOST?.trim() || defaults.host, integer('PORT', env.PORT, defaults.port)),
    issuerId: env.JAWDA_ISSUER_ID?.trim() || undefined,
    issuerName: {
      en: env.JAWDA_ISSUER_NAME?.trim() || defaults.issuerName.en,
      ar: env.JAWDA_ISSUER_NAME_AR?.trim() || env.JAWDA_ISSUER_NAME?.trim() || defaults.issuerName.ar,
    },
    signingKey: env.JAWDA_SIGNING_KEY?.trim() || undefined,
    signingKeyFile: dataDir === 'memory' ? undefined : join(dataDir, 'signing-keys.json'),
  });
}
