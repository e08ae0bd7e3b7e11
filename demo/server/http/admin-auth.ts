/**
 * The admin routes' gate: `Authorization: Bearer <key>`. No key or an unknown one is a 401 (with
 * `WWW-Authenticate: Bearer`), a key without the route's role a 403. Keys are checked against their
 * stored hashes in constant time (store/api-keys.ts). A read token (store/read-tokens.ts) opens
 * `GET /admin/reports/results` and nothing else: any other admin route answers it 403.
 */
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db.js';
import { authenticate, type AdminRole, type KeyHolder } from '../store/api-keys.js';
import { isReadToken, readTokenHolder } from '../store/read-tokens.js';
import type { AppEnv } from './app-env.js';
import { problem } from './problems.js';

/** What a read token's holder may do: read as an analyst, on the one route the gate lets it reach. */
const readOnly = (keyId: string): KeyHolder => ({ keyId, roles: ['analyst'], scope: 'results-read' });

export function adminAuth(db: Db, bootstrapKey: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const presented = match?.[1];
    const token = presented !== undefined && isReadToken(presented);
    const holder: KeyHolder | undefined =
      presented === undefined
        ? undefined
        : token
          ? await readTokenHolder(db, presented, bootstrapKey).then((keyId) => (keyId ? readOnly(keyId) : undefined))
          : await authenticate(db, presented, bootstrapKey);
    if (!holder) {
      c.header('WWW-Authenticate', 'Bearer realm="jawda-admin"');
      const message = token
        ? 'This read token is expired, malformed or its key revoked: ask for a new one'
        : match
          ? 'This API key is unknown or revoked'
          : 'Send an API key as Authorization: Bearer <key>';
      return problem(c, 401, 'unauthorized', [{ path: '', code: 'unauthorized', message }]);
    }
    if (token && !(c.req.method === 'GET' && c.req.path.endsWith('/admin/reports/results')))
      return problem(c, 403, 'forbidden', [{ path: '', code: 'forbidden', message: 'A read token reads the results report only' }]);
    c.set('adminKey', holder);
    c.set('logFields', { ...c.get('logFields'), key: holder.keyId, ...(token ? { token: true } : {}) });
    c.header('Cache-Control', 'no-store');
    return next();
  };
}

export function requireRole(role: AdminRole): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('adminKey').roles.includes(role)) return next();
    return problem(c, 403, 'forbidden', [{ path: '', code: 'forbidden', message: `This key does not have the ${role} role` }]);
  };
}
