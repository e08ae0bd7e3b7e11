/**
 * API keys for the admin routes. A key is `jawda_<id>_<secret>` (the secret is 32 random bytes); only
 * the SHA-256 of the whole key is stored, and the id finds the row, so checking a key is one indexed
 * read and a constant-time comparison of two hashes (`timingSafeEqual`).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db.js';

export const ADMIN_ROLES = ['publisher', 'portal', 'analyst'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/** Who sent an admin request: the key's id (`bootstrap` for JAWDA_BOOTSTRAP_KEY) and its roles. */
export interface KeyHolder {
  keyId: string;
  roles: readonly AdminRole[];
  /** A read token's, not the key's own (store/read-tokens.ts): the results report only. */
  scope?: 'results-read';
}

export interface StoredKey {
  id: string;
  label: string;
  roles: AdminRole[];
  createdAt: string;
  revokedAt: string | null;
}

const KEY_SHAPE = /^jawda_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/;

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export function isAdminRole(role: string): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

/** Creates a key; the returned `key` is the only time it exists anywhere. */
export async function createKey(db: Queryable, label: string, roles: readonly AdminRole[]): Promise<{ id: string; key: string }> {
  if (roles.length === 0) throw new Error('A key needs at least one role');
  const id = randomBytes(6).toString('hex');
  const key = `jawda_${id}_${randomBytes(32).toString('base64url')}`;
  await db.query('INSERT INTO api_keys (id, label, roles, key_hash) VALUES ($1, $2, $3::jsonb, $4)', [
    id,
    label,
    JSON.stringify([...new Set(roles)]),
    sha256(key).toString('hex'),
  ]);
  return { id, key };
}

/** Revokes a key at once; true when there was such a key still in force. */
export async function revokeKey(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id])).length === 1;
}

export async function listKeys(db: Queryable): Promise<StoredKey[]> {
  return db.query<StoredKey>(
    `SELECT id, label, roles, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
            to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "revokedAt"
       FROM api_keys ORDER BY created_at, id`,
  );
}

/** The holder of `presented`, or undefined for an unknown, malformed or revoked key. */
export async function authenticate(db: Queryable, presented: string, bootstrapKey?: string): Promise<KeyHolder | undefined> {
  const hash = sha256(presented);
  if (bootstrapKey !== undefined && timingSafeEqual(hash, sha256(bootstrapKey))) return { keyId: 'bootstrap', roles: ADMIN_ROLES };
  const id = KEY_SHAPE.exec(presented)?.[1];
  if (!id) return undefined;
  const [row] = await db.query<{ key_hash: string; roles: AdminRole[] }>(
    'SELECT key_hash, roles FROM api_keys WHERE id = $1 AND revoked_at IS NULL',
    [id],
  );
  if (!row) return undefined;
  return timingSafeEqual(hash, Buffer.from(row.key_hash, 'hex')) ? { keyId: id, roles: row.roles } : undefined;
}
