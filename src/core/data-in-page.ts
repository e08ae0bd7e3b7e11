/**
 * Where an element's data is, before any is loaded: in the page (inline JSON, what a server rendered
 * it with), still coming with the parser, or to be asked of the API. Apart from `DataController`
 * (data.ts), which a rating loads only with its summary's chunk.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { inlineJsonText, serverData } from './inline-data.js';
import type { ServerRendered } from './server-context.js';

const onServer = new WeakMap<object, ReactiveController[]>();

/**
 * The data controllers of an element on a server, where Lit never calls `hostUpdate` (the element
 * runs them itself before its one render, see `JawdaElement`).
 */
export function serverRuns(host: object): ReactiveController[] {
  let runs = onServer.get(host);
  if (!runs) onServer.set(host, (runs = []));
  return runs;
}

/**
 * Where an element's data is in the page: JSON a page wrote inside it (`<script
 * type="application/json">`, unless the element takes none) and the data a server rendered it with.
 */
export interface DataInPage {
  /** The element reads inline JSON (default true; a rating's summary takes none). */
  inline?: boolean;
  /**
   * Whether the attributes name what to load (`centre-id`; `organisation-id` or `certificate-id`).
   * An element that names nothing, upgraded while the parser is still inside it, waits for the
   * parser: its inline JSON may not be there yet.
   */
  named?: () => boolean;
}

export type PageHost = ServerRendered & ReactiveControllerHost;

const waitingForParser = new WeakSet<PageHost>();

/** The parser is still inside the element, which names nothing and holds no inline JSON yet: it renders again once the parser is done. */
export function parserInside(host: PageHost, page: DataInPage = {}): boolean {
  if (isServer || page.inline === false || page.named?.() || document.readyState !== 'loading' || inlineJsonText(host) !== undefined)
    return false;
  if (!waitingForParser.has(host)) {
    waitingForParser.add(host);
    document.addEventListener('DOMContentLoaded', () => (waitingForParser.delete(host), host.requestUpdate()), { once: true });
  }
  return true;
}

/**
 * The one answer to "does this element need an API?": yes, unless its data is in the page (inline
 * JSON, or what a server rendered it with), or may still come there (the parser is inside it).
 * Elements name a missing `api-base` (and a missing identity) only when it does.
 */
export function needsApi(host: PageHost, page: DataInPage = {}): boolean {
  return !parserInside(host, page) && (page.inline === false || inlineJsonText(host) === undefined) && serverData(host) === undefined;
}

/** The arguments of an element's data: its inline JSON's text (part of its identity: rewritten, it shows again), then the rest. */
