/**
 * What a verifier fetches besides the records: `GET /.well-known/jwks.json`, the server's public
 * signing keys, and `GET /status-lists/{purpose}`, its signed W3C Bitstring Status Lists. Both are
 * public and carry no cookie, so any portal's page may read them (`Access-Control-Allow-Origin: *`).
 */
import { Hono } from 'hono';
import type { Db } from '../db.js';
import type { AppEnv } from '../http/app-env.js';
import { STATUS_LIST_PATH, type CertificationPublisher } from '../signing/publisher.js';
import { STATUS_PURPOSES, type StatusPurpose } from '../store/status-entries.js';

export const JWKS_PATH = '/.well-known/jwks.json';

export function signingRoutes(db: Db, publisher: CertificationPublisher): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get(JWKS_PATH, (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    // A key is published before it signs (see `npm run admin -- signing rotate`), so an hour's cache is safe.
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(publisher.jwks());
  });

  routes.get(`${STATUS_LIST_PATH}/:purpose`, async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    const purpose = c.req.param('purpose');
    if (!(STATUS_PURPOSES as readonly string[]).includes(purpose)) return c.text(`No status list '${purpose}'`, 404);
    const list = await publisher.statusList(db, purpose as StatusPurpose);
    c.header('ETag', list.etag);
    // Revalidated on every read (cheap with the ETag), so a withdrawal shows at the next page load.
    c.header('Cache-Control', 'public, no-cache');
    if (
      c.req
        .header('If-None-Match')
        ?.split(/\s*,\s*/)
        .includes(list.etag)
    )
      return c.body(null, 304);
    c.header('Content-Type', 'application/vc+jwt');
    return c.body(list.jws);
  });

  return routes;
}
