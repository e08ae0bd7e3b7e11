/**
 * A fake portal API for tests: routes answer per test, every request is recorded, and nothing leaves
 * the browser. Installs itself with `configure({ apiBase, fetch })`; `resetJawda()` undoes it.
 */
import { configure, resetConfiguration, type JawdaOptions } from '../../src/core/config.js';
import { apiClient } from '../../src/core/api.js';

export const API_BASE = 'https://api.jawda.test/v1';

export interface RecordedRequest {
  method: string;
  /** Path and query under the API base, e.g. "/centres/isa-town/evaluation?cycle=5". */
  path: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

export type Reply =
  { status?: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number } | 'network-error' | 'hang';

export type Route = Reply | ((request: RecordedRequest, attempt: number) => Reply | Promise<Reply>);

export interface FakeApi {
  requests: RecordedRequest[];
  /** How many requests matched "METHOD /path" (query included when the pattern has one). */
  count(pattern: string): number;
  /** Replaces or adds routes. */
  route(pattern: string, reply: Route): void;
  /** The fake `fetch` itself, for tests that wrap it. */
  fetch: typeof globalThis.fetch;
}

function matches(pattern: string, request: RecordedRequest): boolean {
  const [method, path] = pattern.split(' ');
  if (method !== request.method) return false;
  return path.includes('?') ? request.path === path : request.path.split('?')[0] === path;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function wait(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? abortError());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason ?? abortError());
    });
  });
}

export function fakeApi(routes: Record<string, Route> = {}, options: JawdaOptions = {}): FakeApi {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init = {}) => {
    const url = String(input);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const recorded: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      path: url.startsWith(API_BASE) ? url.slice(API_BASE.length) : url,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
    };
    requests.push(recorded);
    const pattern = [...table.keys()].find((key) => matches(key, recorded));
    if (!pattern) return new Response(JSON.stringify({ error: 'no route in test' }), { status: 404 });
    const route = table.get(pattern)!;
    const attempt = requests.filter((r) => matches(pattern, r)).length;
    const reply = typeof route === 'function' ? await route(recorded, attempt) : route;
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (reply === 'hang') {
      await wait(1e9, init.signal);
      throw abortError();
    }
    if (reply.delayMs) await wait(reply.delayMs, init.signal);
    const status = reply.status ?? 200;
    // 204, 205 and 304 carry no body: `new Response('', { status: 204 })` would throw.
    const body = [204, 205, 304].includes(status) ? null : (reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json)));
    return new Response(body, { status, headers: { 'content-type': 'application/json', ...reply.headers } });
  };
  configure({ apiBase: API_BASE, fetch, retry: { baseDelayMs: 1 }, ...options });
  return {
    requests,
    count: (pattern) => requests.filter((request) => matches(pattern, request)).length,
    route: (pattern, reply) => table.set(pattern, reply),
    fetch,
  };
}

/** Forgets configuration and cached answers between tests. */
export function resetJawda(): void {
  resetConfiguration();
  apiClient().clearCache();
  document.documentElement.lang = 'en';
  document.querySelectorAll('meta[name^="jawda:"]').forEach((meta) => meta.remove());
}

/** Waits until `condition` holds (polling each frame), or fails after `timeoutMs`. */
export async function until(condition: () => unknown, message = 'condition', timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** The visible text of a shadow root (whitespace collapsed). */
export function shadowText(element: Element, selector?: string): string {
  const root = element.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
