/**
 * `POST {base}/services/{serviceId}/ratings` on node:http directly: the one route that takes load,
 * without the web objects Hono's Node adapter builds for every request (Request, Headers,
 * AbortSignal, a stream for the body). It does what the middleware around the Hono routes does, in
 * the same order and with the same pieces (the same rate limiter, id sequence, CORS rule, security
 * headers and answers): request id and log line, CORS, rate limit, body limit, then the vote
 * (routes/ratings.ts `VoteIntake`, which the Hono route uses too). Every other request goes to Hono.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientKey } from './client-address.js';
import { EXPOSED_HEADERS, originPermitted, refusedOrigin } from './cors.js';
import { problemBody } from './problems.js';
import { rateLimited, type RateLimiter } from './rate-limit.js';
import { levelOf, quiet, type RequestLogging } from './request-log.js';
import { API_ANSWER_HEADERS, HSTS } from './security-headers.js';
import type { VoteAnswer, VoteIntake } from '../routes/ratings.js';

export interface VoteRouteOptions {
  apiBase: string;
  allowedOrigins: readonly string[];
  trustProxy: boolean;
  bodyLimitBytes: number;
  limiter: RateLimiter;
  logging: RequestLogging;
  intake: VoteIntake;
}

/** A request the node:http route answers, or `false`: hand it to Hono. */
export type NodeRoute = (request: IncomingMessage, response: ServerResponse) => boolean;

/** Thrown while reading a body the client stopped sending. */
class ClientAborted extends Error {}

export function voteRoute(options: VoteRouteOptions): NodeRoute {
  const prefix = `${options.apiBase}/services/`;
  const allowed = new Set(options.allowedOrigins);
  const { log, nextId, hashClient } = options.logging;
  const tooLarge = problemBody('payload-too-large', [
    { path: '', code: 'too_big', message: `The body is larger than ${options.bodyLimitBytes} bytes` },
  ]);

  return (request, response) => {
    if (request.method !== 'POST') return false;
    const url = request.url ?? '';
    // `/api/v1/services/{serviceId}/ratings`, with no query and no other segment: the Hono route's match.
    if (!url.startsWith(prefix) || !url.endsWith('/ratings') || url.includes('?')) return false;
    const rawId = url.slice(prefix.length, -'/ratings'.length);
    if (rawId === '' || rawId.includes('/')) return false;
    void answerVote(request, response, url, rawId);
    return true;
  };

  async function answerVote(request: IncomingMessage, response: ServerResponse, path: string, rawId: string): Promise<void> {
    const started = performance.now();
    const id = nextId();
    const headers = request.headers;
    const client = clientKey(options.trustProxy ? headerText(headers['x-forwarded-for']) : undefined, () => request.socket.remoteAddress);
    let logFields: Record<string, unknown> = {};
    const origin = headers.origin;
    // What the CORS middleware adds to every answer but a refusal.
    const cors: [string, string][] = [['Vary', 'Origin']];
    if (origin && origin !== 'null') cors.push(['Access-Control-Allow-Origin', origin], ['Access-Control-Expose-Headers', EXPOSED_HEADERS]);
    const send = (status: number, body: unknown, extra: [string, string][] = cors) => {
      if (response.headersSent) return;
      if (response.destroyed) return aborted();
      const text = JSON.stringify(body);
      // One flat list, written as is (merged with any header set before, e.g. Connection: close on shutdown).
      const list = [
        ...FIXED_HEADERS,
        'Content-Type',
        'application/json',
        'Content-Length',
        String(Buffer.byteLength(text)),
        'X-Request-Id',
        id,
      ];
      if (options.trustProxy && headers['x-forwarded-proto'] === 'https') list.push(...HSTS);
      for (const [name, value] of extra) list.push(name, value);
      response.writeHead(status, list);
      response.end(text);
      if (log !== quiet)
        log({
          level: levelOf(status),
          msg: 'request',
          id,
          method: 'POST',
          path,
          status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          client: hashClient(client),
          ...logFields,
        });
    };

    const aborted = () => {
      // The client went away mid-request: nothing to answer, and nothing wrong with the server.
      if (log !== quiet) log({ level: 'debug', msg: 'request aborted by the client', id, method: 'POST', path });
    };

    try {
      const permitted = originPermitted(allowed, origin, () => `http://${headers.host}`, headerText(headers['sec-fetch-site']));
      if (!permitted) {
        logFields = { refusedOrigin: origin };
        return send(403, refusedOrigin(origin!), [['Vary', 'Origin']]);
      }
      const wait = await options.limiter.take('writes', client);
      if (wait > 0) return send(429, rateLimited(wait), [['Retry-After', String(wait)], ...cors]);
      const declared = headers['content-length'];
      if (declared !== undefined && Number(declared) > options.bodyLimitBytes) return send(413, tooLarge, cors);

      let overLimit = false;
      const answer: VoteAnswer = await options.intake.receive(decoded(rawId), headers['content-type'], async () => {
        const text = await readBody(request, options.bodyLimitBytes);
        if (text === undefined) overLimit = true;
        return text ?? '';
      });
      if (overLimit) return send(413, tooLarge, cors);
      if (answer.logFields) logFields = { ...logFields, ...answer.logFields };
      send(answer.status, answer.body, answer.noStore ? [['Cache-Control', 'no-store'], ...cors] : cors);
    } catch (error) {
      if (error instanceof ClientAborted || response.destroyed) return aborted();
      log({ level: 'error', msg: 'unhandled error', id, path, error: (error as Error).message, stack: (error as Error).stack });
      send(500, problemBody('internal-error', [{ path: '', code: 'internal_error', message: 'Something went wrong on the server' }]));
    }
  }
}

const FIXED_HEADERS = API_ANSWER_HEADERS.flat();

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

/** The path parameter as Hono decodes it (an undecodable one is kept as sent). */
function decoded(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The body as text, undefined once it is longer than `limit` bytes; rejects with ClientAborted when the client stops. */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        request.resume(); // drain the rest; the 413 goes out at once
        return resolve(undefined);
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    };
    const onAbort = () => {
      cleanup();
      reject(new ClientAborted('aborted'));
    };
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onAbort);
      request.off('close', onClose);
    };
    const onClose = () => {
      if (!request.complete) onAbort();
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onAbort);
    request.on('close', onClose);
  });
}
