/**
 * The admin routes' gate: `Authorization: Bearer <key>`. No key or an unknown one is a 401 (with
 * `WWW-Authenticate: Bearer`), a key without the route's role a 403. Keys are checked against their
 * stored hashes in constant time (store/api-keys.ts).
 */
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db.js';
import { authenticate, type AdminRole } from '../store/api-keys.js';
import type { AppEnv } from './app-env.js';
import { problem } from './problems.js';

export function adminAuth(db: Db, bootstrapKey: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '');
    const holder = match ? await authenticate(db, match[1]!, bootstrapKey) : undefined;
    if (!holder) {
      c.header('WWW-Authenticate', 'Bearer realm="jawda-admin"');
      const message = match ? 'This API key is unknown or revoked' : 'Send an API key as Authorization: Bearer <key>';
      return problem(c, 401, 'unauthorized', [{ path: '', code: 'unauthorized', message }]);
    }
    c.set('adminKey', holder);
    c.set('logFields', { ...c.get('logFields'), key: holder.keyId });
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
