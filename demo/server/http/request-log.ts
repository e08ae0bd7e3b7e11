/**
 * One JSON line per request (method, path without the query, status, duration, a request id echoed
 * in `X-Request-Id`), plus whatever the route added (`stored`, `dropped`, ...). The client's address
 * is logged only as a salted hash: enough to follow one client through the log, not to identify a
 * citizen who rated a service. With the `quiet` sink nothing is hashed or built per request: the id
 * is a counter after a random prefix, which costs nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { clientAddress } from './client-address.js';

export type LogSink = (entry: Record<string, unknown>) => void;

export function jsonLines(stream: NodeJS.WritableStream = process.stdout): LogSink {
  return (entry) => stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', ...entry })}\n`);
}

export const quiet: LogSink = () => undefined;

/** Request ids unique across processes: a random prefix per process, then a counter. */
export function requestIds(): () => string {
  const prefix = randomBytes(6).toString('base64url');
  let next = 0;
  return () => `${prefix}-${(next++).toString(36)}`;
}

/** The salted hash a log line names a client by (the salt is per process: lines cannot be joined across restarts). */
export function clientHasher(): (client: string) => string {
  const salt = randomBytes(16);
  return (client) => createHash('sha256').update(salt).update(client).digest('base64url').slice(0, 12);
}

/** The log level of an answer. */
export const levelOf = (status: number) => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/** What the request log and the vote route share: one id sequence and one salt per app. */
export interface RequestLogging {
  log: LogSink;
  nextId: () => string;
  hashClient: (client: string) => string;
}

export function requestLogging(log: LogSink): RequestLogging {
  return { log, nextId: requestIds(), hashClient: clientHasher() };
}

export function requestLog({ log, nextId, hashClient }: RequestLogging, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = nextId();
    const client = clientAddress(c, trustProxy);
    c.set('requestId', requestId);
    c.set('client', client);
    c.set('logFields', {});
    try {
      await next();
    } finally {
      c.res.headers.set('X-Request-Id', requestId);
      if (log !== quiet) {
        const status = c.res.status;
        log({
          level: levelOf(status),
          msg: 'request',
          id: requestId,
          method: c.req.method,
          path: c.req.path,
          status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          client: hashClient(client),
          ...c.get('logFields'),
        });
      }
    }
  };
}
