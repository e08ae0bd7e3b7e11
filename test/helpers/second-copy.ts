/**
 * A second copy of Jawda on the test page, like a CMS's jawda.min.js beside an app's own bundle:
 * web-test-runner.config.mjs serves src/index.ts bundled by esbuild (lit inside) with version
 * `COPY_VERSION`. This helper imports nothing from src, so a test can load the copies in any order.
 */
import type * as Jawda from '../../src/index.js';

export type JawdaCopy = typeof Jawda;

/** Where the dev server serves the second copy, and its version (scripts/wtr-jawda-copy.mjs). */
export const COPY_PATH = '/__jawda-copy/jawda.js';
export const COPY_VERSION = '9.9.9-copy';

/** The version of the copy the tests import from src (the package version, or 'dev'). */
export const SRC_VERSION = typeof __JAWDA_VERSION__ === 'string' ? __JAWDA_VERSION__ : 'dev';

export const TAGS = ['service-rating', 'centre-scorecard', 'certification-badge'] as const;

/** Loads the second copy (once per page: modules are cached). */
export function loadSecondCopy(): Promise<JawdaCopy> {
  const path: string = COPY_PATH; // a variable, so neither TypeScript nor the dev server resolves it
  return import(path) as Promise<JawdaCopy>;
}

/** What a developer would see while `fn` runs: console warnings, uncaught errors and rejections. */
export async function watchPage(fn: () => Promise<unknown>): Promise<{ warnings: string[]; errors: unknown[] }> {
  const warnings: string[] = [];
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await new Promise((resolve) => setTimeout(resolve, 50)); // let late rejections surface
  } catch (error) {
    errors.push(error);
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { warnings, errors };
}

/** The warning the losing copy writes for `tag` (the definition of `winner` stands). */
export function lostDefinitionWarning(tag: string, winner: string, loser: string): string {
  return `[jawda] <${tag}> is already defined by Jawda ${winner}; this copy (Jawda ${loser}) is not used for it; configure() reaches every element.`;
}

/** A fake API answering `routes` (full URL -> JSON), recording every URL asked for. */
export function recordingFetch(routes: Record<string, unknown>): { fetch: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fake: typeof fetch = async (input) => {
    const url = String(input);
    urls.push(url);
    const key = url.split('?')[0];
    return key in routes
      ? new Response(JSON.stringify(routes[key]), { status: 200, headers: { 'content-type': 'application/json' } })
      : new Response('{"error":"no route in test"}', { status: 404, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fake, urls };
}

/** Waits until `condition` holds (polling each frame), or fails after `timeoutMs`. */
export async function until(condition: () => unknown, message: string, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export const shadowText = (element: Element, selector?: string): string => {
  const node = selector ? element.shadowRoot?.querySelector(selector) : element.shadowRoot;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
};
