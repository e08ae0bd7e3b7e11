/** The audit log: one row per admin write (key id, time, action, target, and what changed). */
import type { Queryable } from '../db.js';

export interface AuditEntry {
  id: number;
  at: string;
  keyId: string;
  action: string;
  target: string;
  change: unknown;
}

export async function audit(db: Queryable, keyId: string, action: string, target: string, change: unknown): Promise<void> {
  await db.query('INSERT INTO audit_log (key_id, action, target, change) VALUES ($1, $2, $3, $4::jsonb)', [
    keyId,
    action,
    target,
    change === undefined ? null : JSON.stringify(change),
  ]);
}

/** The latest entries first. */
export async function auditEntries(db: Queryable, limit = 100): Promise<AuditEntry[]> {
  return db.query<AuditEntry>(
    `SELECT id::int AS id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, key_id AS "keyId", action, target, change
       FROM audit_log ORDER BY id DESC LIMIT $1`,
    [limit],
  );
}
