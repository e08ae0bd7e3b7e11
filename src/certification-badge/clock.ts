import { isServer } from 'lit';
import type { ServerRendered } from '../core/server-context.js';

/** The host attribute with the moment a server-rendered status was computed for. */
export const STATUS_DATE = 'data-status-date';

/**
 * The moment a status is computed for. On a server: the renderer's clock. In the browser, the first
 * render of server-rendered markup uses the date written in it, so it takes over exactly what the
 * page shows; every later render (one follows at once) uses the page's clock, so a certificate that
 * lapsed since the server rendered it is shown lapsed.
 */
export function statusClock(host: ServerRendered, hasUpdated: boolean, now: () => Date): Date {
  if (isServer) return host.serverContext?.now ?? now();
  const rendered = hasUpdated ? null : host.getAttribute(STATUS_DATE);
  const date = rendered === null ? undefined : new Date(rendered);
  return date && !Number.isNaN(date.getTime()) ? date : now();
}
