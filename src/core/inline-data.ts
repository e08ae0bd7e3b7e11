import { isServer } from 'lit';
import { JawdaError } from './errors.js';

/** Where a server renderer (`jawda/ssr`) puts the inline JSON it also writes into the page. */
export const SERVER_JSON = '__jawdaJson';

/**
 * The text of the `<script type="application/json">` a CMS page placed inside an element, or
 * undefined when there is none. The browser never executes that type, and the content is only
 * ever parsed as JSON and rendered as text. The text itself is part of an element's identity: a
 * page that rewrites it gets the new data shown.
 */
export function inlineJsonText(host: Element): string | undefined {
  if (isServer) return (host as unknown as Record<string, string | undefined>)[SERVER_JSON];
  return host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
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
