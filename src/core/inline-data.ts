import { isServer } from 'lit';
import { JawdaError } from './errors.js';
import type { ServerRendered } from './server-context.js';

/** The marker of the `<script type="application/json">` that carries server-rendered data into the page. */
export const SERVER_SCRIPT = 'data-jawda-server';

const taken = new WeakMap<Element, unknown>();

/**
 * The data a server rendered the element with (`jawda/ssr`): on the server, its server context's;
 * in the browser, the page's `<script type="application/json" data-jawda-server>`.
 * It is the API's answer for the identity the page was rendered for, not an editor's inline data:
 * the element shows it in its first render (taking the markup over) and asks the API after that.
 */
export function serverData(host: ServerRendered): unknown {
  if (isServer) return host.serverContext?.data;
  if (taken.has(host)) return taken.get(host);
  const text = host.querySelector(`:scope > script[type="application/json"][${SERVER_SCRIPT}]`)?.textContent;
  const data = text ? parseInlineJson(text, false) : undefined;
  taken.set(host, data);
  return data;
}

/**
 * The text of the `<script type="application/json">` a CMS page placed inside an element, or
 * undefined when there is none. The browser never executes that type, and the content is only
 * ever parsed as JSON and rendered as text. The text itself is part of an element's identity: a
 * page that rewrites it gets the new data shown.
 */
export function inlineJsonText(host: Element): string | undefined {
  if (isServer) return undefined;
  return host.querySelector(`:scope > script[type="application/json"]:not([${SERVER_SCRIPT}])`)?.textContent ?? undefined;
}

/** Parses inline JSON; throws a `JawdaError` naming the syntax error, or (with `strict` false) returns undefined. */
export function parseInlineJson(text: string, strict = true): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (!strict) return undefined;
    throw new JawdaError('invalid-response', 'The inline JSON cannot be parsed', {
      issues: [{ path: '', message: error instanceof Error ? error.message : String(error) }],
    });
  }
}
