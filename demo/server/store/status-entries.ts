/**
 * The bits behind the server's W3C Bitstring Status Lists. Each certificate gets an index drawn at
 * random (unique, never reused); its bit in the revocation list is set once it is withdrawn,
 * cancelled or deleted, and for good; its bit in the suspension list follows its `status` column (suspended, inactive), so
 * the signed status and the unsigned one never disagree.
 */
import { randomInt } from 'node:crypto';
import type { Queryable } from '../db.js';

/** Bits in each list: the standard's herd-privacy minimum, 16 KiB. */
export const STATUS_LIST_BITS = 131_072;

/** The status purposes the server publishes a list for. */
export const STATUS_PURPOSES = ['revocation', 'suspension'] as const;
export type StatusPurpose = (typeof STATUS_PURPOSES)[number];

/** IAF statuses that end a certificate for good: its revocation bit is set. */
export const REVOKED_STATUSES: readonly string[] = ['withdrawn', 'cancelled'];
/** IAF statuses whose suspension bit is set (and cleared on reinstatement): not valid now, not ended for good. */
export const SUSPENDED_STATUSES: readonly string[] = ['suspended', 'inactive'];
/**
 * The statuses the server signs records of: issued certificates. A draft, a pending application or a
 * status outside the IAF vocabulary is served unsigned: no signature may make it read as certified.
 * (`expired`: the dates in the record decide.)
 */
export const SIGNED_STATUSES: readonly string[] = ['active', 'expired', ...SUSPENDED_STATUSES, ...REVOKED_STATUSES];

// Past this many draws the list is nearly full: a larger list, not luck, is the answer.
const DRAWS = 64;

/**
 * The index a record of `certificateId` points at: its live entry, drawn now when it has none; or,
 * for a certificate whose status is revoked, its latest (revoked) entry.
 */
export async function statusIndex(db: Queryable, certificateId: string, status: string): Promise<number> {
  const revoked = REVOKED_STATUSES.includes(status);
  const [known] = await db.query<{ list_index: number }>(
    `SELECT list_index FROM status_list_entries
      WHERE certificate_id = $1 AND ${revoked ? 'true' : 'revoked_at IS NULL'}
      ORDER BY revoked_at IS NULL DESC, assigned_at DESC LIMIT 1`,
    [certificateId],
  );
  if (known) {
    // Withdrawn by a path that did not revoke the entry yet (a database seeded that way): revoke it now.
    if (revoked) await revokeEntries(db, certificateId);
    return known.list_index;
  }
  for (let draw = 0; draw < DRAWS; draw++) {
    const [drawn] = await db.query<{ list_index: number }>(
      `INSERT INTO status_list_entries (list_index, certificate_id, revoked_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING list_index`,
      [randomInt(STATUS_LIST_BITS), certificateId, revoked ? new Date().toISOString() : null],
    );
    if (drawn) return drawn.list_index;
    // The index was taken, or another request gave this certificate its entry meanwhile.
    const [raced] = await db.query<{ list_index: number }>(
      'SELECT list_index FROM status_list_entries WHERE certificate_id = $1 AND revoked_at IS NULL',
      [certificateId],
    );
    if (raced && !revoked) return raced.list_index;
  }
  throw new Error('The status lists are full: no free index found');
}

/** Sets the revocation bit of every entry of `certificateId` (withdrawn, cancelled or deleted). */
export async function revokeEntries(db: Queryable, certificateId: string): Promise<void> {
  await db.query('UPDATE status_list_entries SET revoked_at = now() WHERE certificate_id = $1 AND revoked_at IS NULL', [certificateId]);
}

/** The indexes whose bit is set in the list of `purpose`. */
export async function setIndexes(db: Queryable, purpose: StatusPurpose): Promise<number[]> {
  const rows =
    purpose === 'revocation'
      ? await db.query<{ list_index: number }>('SELECT list_index FROM status_list_entries WHERE revoked_at IS NOT NULL')
      : await db.query<{ list_index: number }>(
          `SELECT e.list_index FROM status_list_entries e JOIN certifications c ON c.id = e.certificate_id
            WHERE e.revoked_at IS NULL AND c.status = ANY($1::text[])`,
          [SUSPENDED_STATUSES],
        );
  return rows.map((row) => row.list_index);
}

/** A bitstring of {@link STATUS_LIST_BITS} bits with `indexes` set; index 0 is the most significant bit of byte 0. */
export function bitstring(indexes: readonly number[]): Uint8Array {
  const bits = new Uint8Array(STATUS_LIST_BITS / 8);
  for (const index of indexes) bits[index >> 3]! |= 0x80 >> (index & 7);
  return bits;
}
