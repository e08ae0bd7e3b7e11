/**
 * The outbox's storage that others read or write besides the outbox (outbox.ts): its localStorage
 * keys and the shape of a record. Its trigger (outbox-trigger.ts) reads the pending marker on every
 * page, and `<service-rating>` writes a record itself when the outbox's own code cannot be fetched
 * (`keepOnDevice`). Names only: this module imports nothing, so each of them takes it without
 * loading the outbox. (The IndexedDB names and the locks, which only the outbox uses, are in outbox.ts.)
 */

/** localStorage: the records as a JSON array, used only when IndexedDB is missing or fails (some private modes, a full disk). */
export const OUTBOX_FALLBACK_KEY = 'jawda:outbox';
/** localStorage: "1" while anything may be waiting, so that pages with nothing to send never open IndexedDB. */
export const OUTBOX_PENDING_KEY = 'jawda:outbox:pending';

/** A vote waiting on the device. */
export interface QueuedSubmission {
  submissionId: string;
  /** The full POST URL, fixed when the vote was given. */
  url: string;
  /** The JSON body, exactly as it will be sent. */
  body: { submissionId: string } & Record<string, unknown>;
  /** When it was first saved (ms since the epoch). */
  queuedAt: number;
  /** Failed sends so far. */
  attempts: number;
  /** Not to be sent before this time (ms): the server's Retry-After. 0 when free. */
  notBefore: number;
}
