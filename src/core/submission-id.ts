/**
 * A fresh idempotency key (UUID v4). `crypto.randomUUID` exists only in secure contexts; a portal
 * page served over plain http still gets a key from `getRandomValues`, never an exception. Apart
 * from the outbox, so that an element can name a vote before the outbox (a lazy chunk) has loaded.
 */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
