/**
 * One JSON line per request (method, path without the query, status, duration, a request id echoed
 * in `X-Request-Id`), plus whatever the route added (`stored`, `dropped`, ...). The client's address
 * is logged only as a salted hash: enough to follow one client through the log, not to identify a
 * citizen who rated a service.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { clientAddress } from './client-address.js';

export type LogSink = (entry: Record<string, unknown>) => void;

export function jsonLines(stream: NodeJS.WritableStream = process.stdout): LogSink {
  return (entry) => stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`);
}

export const quiet: LogSink = () => undefined;

export function requestLog(log: LogSink, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  const salt = randomBytes(16);
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    const client = clientAddress(c, trustProxy);
    c.set('requestId', requestId);
    c.set('client', client);
    c.set('logFields', {});
    try {
      await next();
    } finally {
      c.res.headers.set('X-Request-Id', requestId);
      const status = c.res.status;
      log({
        level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
        msg: 'request',
        id: requestId,
        method: c.req.method,
        path: c.req.path,
        status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        client: createHash('sha256').update(salt).update(client).digest('base64url').slice(0, 12),
        ...c.get('logFields'),
      });
    }
  };
}
