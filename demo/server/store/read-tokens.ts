/**
 * Short-lived read-only tokens for the results report (issue 20: `<rating-results audience="internal">`
 * reads report v2 with a token from its `tokenProvider`, so that no API key is ever in a page).
 *
 * A token is `jawda_rt_<keyId>_<expires>_<mac>`: the id of the analyst key that asked for it, its
 * expiry in Unix seconds, and an HMAC-SHA256 of both under the key's stored hash (the bootstrap key's
 * hash for `bootstrap`). So any instance on the database checks one without state of its own, a
 * revoked key's tokens die with it, and a token cannot be made without the key (or the database).
 * It opens one route only, `GET /admin/reports/results` (http/admin-auth.ts), for at most
 * `RESULTS_TOKEN_SECONDS`.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db.js';
import type { KeyHolder } from './api-keys.js';

/** How long a token reads the report: long enough for a page's refreshes to ask again, short enough that a leaked one is soon worthless. */
export const RESULTS_TOKEN_SECONDS = 300;

const TOKEN_SHAPE = /^jawda_rt_([0-9a-f]{12}|bootstrap)_(\d{10})_([A-Za-z0-9_-]{43})$/;

/** Whether `presented` looks like a read token (else it is an API key, or nothing). */
export const isReadToken = (presented: string): boolean => presented.startsWith('jawda_rt_');

const mac = (secret: Buffer, keyId: string, expires: number): Buffer =>
  createHmac('sha256', secret).update(`results-read.${keyId}.${expires}`, 'utf8').digest();

/** The stored hash of `keyId`'s key, when it is an analyst's key still in force. */
async function analystSecret(db: Queryable, keyId: string, bootstrapKey: string | undefined): Promise<Buffer | undefined> {
  if (keyId === 'bootstrap') return bootstrapKey === undefined ? undefined : createHash('sha256').update(bootstrapKey, 'utf8').digest();
  const [row] = await db.query<{ key_hash: string; roles: string[] }>(
    'SELECT key_hash, roles FROM api_keys WHERE id = $1 AND revoked_at IS NULL',
    [keyId],
  );
  return row?.roles.includes('analyst') ? Buffer.from(row.key_hash, 'hex') : undefined;
}

/** A token for `holder` (an analyst key), valid from `now` for RESULTS_TOKEN_SECONDS. */
export async function mintReadToken(
  db: Queryable,
  holder: KeyHolder,
  bootstrapKey: string | undefined,
  now = Date.now(),
): Promise<{ token: string; expiresAt: string; expiresIn: number } | undefined> {
  const secret = await analystSecret(db, holder.keyId, bootstrapKey);
  if (!secret) return undefined;
  const expires = Math.floor(now / 1000) + RESULTS_TOKEN_SECONDS;
  return {
    token: `jawda_rt_${holder.keyId}_${expires}_${mac(secret, holder.keyId, expires).toString('base64url')}`,
    expiresAt: new Date(expires * 1000).toISOString(),
    expiresIn: RESULTS_TOKEN_SECONDS,
  };
}

/** The key behind `presented` when it is a token in force (not expired, its key an analyst's and not revoked). */
export async function readTokenHolder(
  db: Queryable,
  presented: string,
  bootstrapKey: string | undefined,
  now = Date.now(),
): Promise<string | undefined> {
  const [, keyId, expiresText, given] = TOKEN_SHAPE.exec(presented) ?? [];
  if (!keyId || !given) return undefined;
  const expires = Number(expiresText);
  const seconds = now / 1000;
  // Expired, or made to last longer than any token this server makes: refused either way.
  if (expires <= seconds || expires > seconds + RESULTS_TOKEN_SECONDS + 60) return undefined;
  const secret = await analystSecret(db, keyId, bootstrapKey);
  if (!secret) return undefined;
  const presentedMac = Buffer.from(given, 'base64url');
  const expected = mac(secret, keyId, expires);
  return presentedMac.length === expected.length && timingSafeEqual(presentedMac, expected) ? keyId : undefined;
}
