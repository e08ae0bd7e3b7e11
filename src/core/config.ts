/**
 * Where an element gets its settings, in this order (first one that is set wins):
 *
 * 1. the element's own attributes: `api-base`, `lang`, `numerals`, `calendar`;
 * 2. the page-wide `configure({...})` call;
 * 3. `<meta name="jawda:api-base" content="...">` (and `jawda:numerals`, `jawda:calendar`) for CMS pages
 *    that cannot run script;
 * 4. the built-in defaults (no API base: the element shows a configuration error).
 *
 * The locale is resolved in `i18n/locale.ts`, because it also looks at `[lang]` ancestors.
 */
import type { Calendar, JawdaOptions, Numerals, RetryPolicy } from './options.js';
import { page } from './page.js';
import { DEFAULT_ENDPOINTS, type EndpointName } from './vocabulary.js';

export type { Calendar, JawdaOptions, Locale, Numerals, RetryPolicy } from './options.js';

/** The browser's own fetch, looked up at each call (a test or a polyfill may replace it). */
export const defaultFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/** Settings of one element after the precedence above. */
export interface ResolvedConfig {
  apiBase: URL | undefined;
  /** Why there is no usable API base: shown in the element to the content editor. */
  apiBaseProblem?: { attribute: string; value: string; reason: 'missing' | 'malformed' };
  numerals: Numerals | undefined;
  calendar: Calendar;
  headers: Record<string, string>;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  cacheTtlMs: number;
  endpoints: Record<EndpointName, string>;
  transform?: JawdaOptions['transform'];
  now: () => Date;
}

// The options and listeners are shared by every copy of Jawda on the page (see page.ts): a second
// copy's configure() reaches the elements the first copy defined.

/**
 * Sets page-wide options for every Jawda element, present and future, whichever copy of Jawda on
 * the page defined it. Later calls merge into earlier ones; elements already on the page re-render.
 */
export function configure(options: JawdaOptions): void {
  page.options = { ...page.options, ...options };
  notify();
}

/** Forgets every `configure()` call (for tests and previews). */
export function resetConfiguration(): void {
  page.options = {};
  notify();
}

/** The options set with `configure()` (by any copy of Jawda on the page). */
export function pageConfiguration(): Readonly<JawdaOptions> {
  return page.options;
}

/** Calls `listener` after every `configure()`; returns the unsubscribe function. */
export function onConfigure(listener: () => void): () => void {
  page.listeners.add(listener);
  return () => page.listeners.delete(listener);
}

function notify(): void {
  page.listeners.forEach((listener) => listener());
}

function meta(name: string): string | undefined {
  // `globalThis.document`: on a server (rendering ahead) there is no document, and no <meta> to read.
  const content = globalThis.document?.querySelector<HTMLMetaElement>(`meta[name="jawda:${name}"]`)?.content.trim();
  return content || undefined;
}

const NUMERALS: readonly Numerals[] = ['latn', 'arab'];
const CALENDARS: readonly Calendar[] = ['gregory', 'islamic-umalqura'];

function pick<T extends string>(allowed: readonly T[], ...values: (string | null | undefined)[]): T | undefined {
  return values.find((v): v is T => v != null && (allowed as readonly string[]).includes(v));
}

/** Parses an API base; relative paths resolve against the page, and only http(s) is accepted. */
export function parseApiBase(value: string): URL | undefined {
  try {
    const url = new URL(value, globalThis.document?.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** What an element carries itself (its `api-base`, `numerals` and `calendar` attributes). */
export interface OwnSettings {
  apiBase?: string | null;
  numerals?: string | null;
  calendar?: string | null;
}

/**
 * The settings resolved last in this task, for the same page options and own settings: a page that
 * adds 1000 ratings at once resolves them once, and its elements share one object (a URL, three
 * `<meta>` lookups and six objects less per element). Forgotten at the end of the task, so that a
 * `<meta>` tag added later counts for the elements after it; `configure()` makes new page options.
 */
let recent: [JawdaOptions, string, ResolvedConfig] | undefined;

/** Resolves an element's settings from its own attributes, `configure()` and `<meta>` tags. */
export function resolveConfig(own: OwnSettings): ResolvedConfig {
  // Unset and empty are alike here: neither names anything.
  const key = [own.apiBase, own.numerals, own.calendar].join('\n');
  if (recent?.[0] !== page.options || recent[1] !== key) {
    if (!recent) queueMicrotask(() => (recent = undefined));
    recent = [page.options, key, resolveAgain(own, page.options)];
  }
  return recent[2];
}

function resolveAgain(own: OwnSettings, pageOptions: JawdaOptions): ResolvedConfig {
  const attrBase = own.apiBase?.trim();
  const [source, rawBase] = attrBase
    ? ['api-base', attrBase]
    : pageOptions.apiBase
      ? ['configure({ apiBase })', pageOptions.apiBase]
      : ['<meta name="jawda:api-base">', meta('api-base')];
  const apiBase = rawBase ? parseApiBase(rawBase) : undefined;
  const retry = { retries: 2, baseDelayMs: 400, ...pageOptions.retry };
  return {
    apiBase,
    apiBaseProblem: apiBase
      ? undefined
      : { attribute: rawBase ? source : 'api-base', value: rawBase ?? '', reason: rawBase ? 'malformed' : 'missing' },
    numerals: pick(NUMERALS, own.numerals, pageOptions.numerals, meta('numerals')),
    calendar: pick(CALENDARS, own.calendar, pageOptions.calendar, meta('calendar')) ?? 'gregory',
    headers: { ...pageOptions.headers },
    fetch: pageOptions.fetch ?? defaultFetch,
    timeoutMs: pageOptions.timeoutMs ?? 8000,
    retry,
    cacheTtlMs: pageOptions.cacheTtlMs ?? 30_000,
    endpoints: { ...DEFAULT_ENDPOINTS, ...pageOptions.endpoints },
    transform: pageOptions.transform,
    now: pageOptions.now ?? (() => new Date()),
  };
}

/**
 * Builds the URL of `endpoint` under the API base, with each `{param}` encoded as one path segment
 * or query value. Query parameters whose value is empty are dropped.
 */
export function endpointUrl(config: ResolvedConfig, endpoint: EndpointName, params: Record<string, string | number | undefined>): URL {
  const base = config.apiBase!;
  const filled = config.endpoints[endpoint].replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
  const url = new URL(base.href.replace(/\/?$/, '') + filled);
  for (const [key, value] of [...url.searchParams]) if (value === '') url.searchParams.delete(key);
  return url;
}
