/**
 * Mocked API for stories: each story declares the answers it wants (data, a status, a delay or a
 * connection that never answers), so designers see every state without a server.
 */
import { configure } from '../src/core/config.js';
import { apiClient } from '../src/core/api.js';

/** `text`: a body sent as it is (a signed status list), instead of `json`. */
export type MockReply = { status?: number; json?: unknown; text?: string; delayMs?: number } | 'offline' | 'never';

/** Answers requests whose path (under the mock base) starts with a key of `routes`. */
export function mockApi(routes: Record<string, MockReply>, options: { now?: Date } = {}): void {
  apiClient().clearCache();
  configure({
    apiBase: 'https://api.example.gov.bh/jawda/v1',
    retry: { retries: 0 },
    now: options.now ? () => options.now! : undefined,
    fetch: async (input, init) => {
      const path = new URL(String(input)).pathname.replace('/jawda/v1', '') + new URL(String(input)).search;
      const key = Object.keys(routes).find((prefix) => path.startsWith(prefix));
      const reply = key ? routes[key] : { status: 404, json: { error: 'not_found' } };
      if (reply === 'offline') throw new TypeError('Failed to fetch');
      if (reply === 'never')
        return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      return new Response(reply.text ?? JSON.stringify(reply.json ?? {}), {
        status: reply.status ?? 200,
        headers: { 'content-type': reply.text === undefined ? 'application/json' : 'application/vc+jwt' },
      });
    },
  });
}
