/**
 * One vote per transaction, and a cool-down per service when there is no transaction, remembered on
 * the device in localStorage (never in cookies: nothing about it goes to any server).
 *
 * Keys:
 * - `jawda:rating:transaction:<serviceId>:<transactionId>`: ISO time of the vote for that transaction.
 * - `jawda:rating:service:<serviceId>`: ISO time of the last vote for the service without a
 *   transaction; another vote is offered once the cool-down has passed.
 */

const transactionKey = (serviceId: string, transactionId: string) => `jawda:rating:transaction:${serviceId}:${transactionId}`;
const serviceKey = (serviceId: string) => `jawda:rating:service:${serviceId}`;

function read(key: string): Date | undefined {
  try {
    const value = localStorage.getItem(key);
    const date = value ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : undefined;
  } catch {
    return undefined;
  }
}

/** What the device remembers: already rated (and, for a cool-down, until when), or free to vote. */
export type VoteRecord = { rated: false } | { rated: true; until?: Date };

/** Whether this device has already voted, given the cool-down in hours (0 = none). */
export function previousVote(serviceId: string, transactionId: string | undefined, cooldownHours: number, now: Date): VoteRecord {
  if (transactionId) return read(transactionKey(serviceId, transactionId)) ? { rated: true } : { rated: false };
  const last = read(serviceKey(serviceId));
  if (!last || cooldownHours <= 0) return { rated: false };
  const until = new Date(last.getTime() + cooldownHours * 3_600_000);
  return until > now ? { rated: true, until } : { rated: false };
}

/** Remembers a vote. Storage that refuses is not an error: the server still counts the vote once. */
export function rememberVote(serviceId: string, transactionId: string | undefined, now: Date): void {
  try {
    localStorage.setItem(transactionId ? transactionKey(serviceId, transactionId) : serviceKey(serviceId), now.toISOString());
  } catch {
    // Private mode or a full disk: the guard is a courtesy, not a security boundary.
  }
}
