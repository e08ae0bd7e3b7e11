// A static server for one built app (its dist/, with index.html for any other path) and a fake portal
// API under /api, in the shape of the contract: the evaluation of Isa Town (any cycle), the
// certificates of iga, 404 for anything else, and a 201 receipt for every vote. It records what it was asked.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isaTown } from '../../../test/centre-scorecard/fixtures.ts';
import { iga } from '../../../test/certification-badge/fixtures.ts';

export interface ApiRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface AppServer {
  url: string;
  requests: ApiRequest[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export const summaryOf = (serviceId: string) => ({ serviceId, scale: 'faces', count: 1204, average: 2.6, distribution: { '3': 800, '2': 300, '1': 104 } });

function api(method: string, url: URL, body: unknown): { status: number; json: unknown } {
  const path = url.pathname.slice('/api'.length);
  let match: RegExpMatchArray | null;
  if (method === 'GET' && (match = path.match(/^\/centres\/isa-town\/evaluation$/))) return { status: 200, json: isaTown(Number(url.searchParams.get('cycle')) || 5) };
  if (method === 'GET' && path === '/organisations/iga/certifications') return { status: 200, json: iga() };
  if (method === 'GET' && (match = path.match(/^\/services\/([^/]+)\/rating-summary$/))) return { status: 200, json: summaryOf(decodeURIComponent(match[1])) };
  if (method === 'POST' && (match = path.match(/^\/services\/([^/]+)\/ratings$/))) {
    const { submissionId } = body as { submissionId: string };
    return { status: 201, json: { submissionId, stored: true, summary: summaryOf(decodeURIComponent(match[1])) } };
  }
  return { status: 404, json: { error: 'not found' } };
}

export async function serve(dist: string): Promise<AppServer> {
  const requests: ApiRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? JSON.parse(text) : undefined;
      requests.push({ method: request.method ?? 'GET', path: url.pathname.slice(4) + url.search, body });
      const { status, json } = api(request.method ?? 'GET', url, body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      return;
    }
    const file = normalize(join(dist, decodeURIComponent(url.pathname)));
    const inside = file.startsWith(dist);
    const isFile = inside && (await stat(file).then((s) => s.isFile(), () => false));
    const path = isFile ? file : join(dist, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(await readFile(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
