/**
 * Listens on one port and stops gracefully: on `close()` it accepts no new connection, lets every
 * request in flight finish (answering it with `Connection: close`), closes idle keep-alive
 * connections, and only after `timeoutMs` cuts what is left.
 */
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from './http/app-env.js';
import type { NodeRoute } from './http/vote-route.js';

export interface RunningServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  port: number;
  /** Requests being answered right now. */
  inFlight(): number;
  /** Stops accepting, finishes in-flight requests, then resolves. */
  close(timeoutMs?: number): Promise<void>;
}

/** Serves `app`; its `nodeRoutes` (the vote route) answer first, on node:http without the adapter. */
export function startServer(app: Hono<AppEnv> & { nodeRoutes?: NodeRoute[] }, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let active = 0;
    let closing = false;
    const hono = getRequestListener(app.fetch);
    const nodeRoutes = app.nodeRoutes ?? [];
    const server: Server = createServer((request, response) => {
      for (const route of nodeRoutes) if (route(request, response)) return;
      void hono(request, response);
    });
    server.listen(port, host, () => {
      const info = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        inFlight: () => active,
        close: (timeoutMs = 10_000) =>
          new Promise<void>((done) => {
            closing = true;
            const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
    server.on('error', reject);
    server.on('request', (_request, response) => {
      active++;
      if (closing) response.setHeader('Connection', 'close');
      response.on('close', () => {
        active--;
        // The connection this request kept alive is idle now: let it go, so close() can finish.
        if (closing) setImmediate(() => server.closeIdleConnections());
      });
    });
  });
}
