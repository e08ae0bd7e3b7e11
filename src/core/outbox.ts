/**
 * The durable outbox of rating submissions: a vote is saved on the device before it is sent, and
 * stays there until the server has stored it: any 2xx (201, or 200 for a `submissionId` it already
 * had) whose body is JSON of any shape, empty or plain text; the receipt's summary is used only when
 * it validates as our RatingReceipt. A 2xx that is an HTML page is a captive portal or a proxy, not
 * the API: the vote stays, like offline. A vote refused (4xx) is dropped, never sent again. A
 * vote that cannot be sent now (offline, timeout, 5xx, 429, HTML) is sent again with back-off and jitter,
 * when the browser says it is `online`, and on a later page load by any Jawda element of the origin.
 * The server's idempotency on `submissionId` makes a second send harmless; locks make it rare, and
 * a delivery is reported to the page once.
 *
 * Storage, all on the portal's origin (no cookies):
 * - IndexedDB database `jawda` (version 1), object store `outbox`, key path `submissionId`: one
 *   {@link QueuedSubmission} per vote waiting to be sent.
 * - localStorage `jawda:outbox`: the same records as a JSON array, used only when IndexedDB is
 *   missing or fails (some private modes, a full disk).
 * - localStorage `jawda:outbox:pending`: "1" while anything may be waiting, so that pages with
 *   nothing to send never open IndexedDB (see `outbox-trigger.ts`).
 * - Web Locks `jawda:outbox` (one delivery round per origin at a time) and
 *   `jawda:outbox:<submissionId>` (one send of a given vote at a time, across tabs).
 * The localStorage keys and the record's shape are named in outbox-keys.ts, shared with the trigger
 * and with `keepOnDevice`.
 *
 * A record holds the POST URL and the body the element built (what the citizen chose and typed,
 * plus the page's origin and path), and its delivery bookkeeping: nothing else.
 */
import { resolveConfig, type ResolvedConfig } from './config.js';
import type { RatingReceipt } from './contract.js';
import { JawdaError, asJawdaError } from './errors.js';
import { OUTBOX_FALLBACK_KEY, OUTBOX_PENDING_KEY, type QueuedSubmission } from './outbox-keys.js';
import { plainText } from './plain-text.js';
import { postUrl } from './post.js';

export type { QueuedSubmission };

export const OUTBOX_DATABASE = 'jawda';
export const OUTBOX_STORE = 'outbox';
export const OUTBOX_LOCK = 'jawda:outbox';

export { newSubmissionId } from './submission-id.js';

/** What became of one send. */
export type SendOutcome =
  | { kind: 'delivered'; status: number; receipt?: RatingReceipt }
  | { kind: 'queued'; error: JawdaError } // transient failure, kept on the device
  | { kind: 'failed'; error: JawdaError } // transient failure, and the device could not keep it
  | { kind: 'rejected'; error: JawdaError }; // the server refused it (4xx): never sent again

const BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 10 * 60_000;
const RETRY_AFTER_DEFAULT_S = 60;
/** A vote older than this is dropped rather than sent: it no longer says much about the service. */
const MAX_AGE_MS = 30 * 24 * 3_600_000;

interface Store {
  all(): Promise<QueuedSubmission[]>;
  put(item: QueuedSubmission): Promise<void>;
  remove(submissionId: string): Promise<void>;
}

/* ---------------------------------------------------------------- storage */

function transact<T>(db: IDBDatabase, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(OUTBOX_STORE, mode);
    const request = run(transaction.objectStore(OUTBOX_STORE));
    transaction.oncomplete = () => resolve(request ? request.result : (undefined as T));
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!globalThis.indexedDB) return reject(new Error('No IndexedDB'));
    const request = indexedDB.open(OUTBOX_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(OUTBOX_STORE, { keyPath: 'submissionId' });
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading or deleting the database: let it, and reopen on next use.
      db.onversionchange = () => {
        db.close();
        database = undefined;
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
  });
}

let database: Promise<IDBDatabase | undefined> | undefined;

function indexedStore(): Promise<Store | undefined> {
  database ??= openDatabase().catch(() => undefined);
  return database.then(
    (db) =>
      db && {
        all: () => transact<QueuedSubmission[]>(db, 'readonly', (store) => store.getAll() as IDBRequest<QueuedSubmission[]>),
        put: (item) => transact<void>(db, 'readwrite', (store) => void store.put(item)),
        remove: (id) => transact<void>(db, 'readwrite', (store) => void store.delete(id)),
      },
  );
}

function readFallback(): QueuedSubmission[] {
  try {
    const items: unknown = JSON.parse(localStorage.getItem(OUTBOX_FALLBACK_KEY) ?? '[]');
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

const fallbackStore: Store = {
  all: async () => readFallback(),
  put: async (item) => {
    const items = readFallback().filter((other) => other.submissionId !== item.submissionId);
    localStorage.setItem(OUTBOX_FALLBACK_KEY, JSON.stringify([...items, item]));
  },
  remove: async (id) => {
    const items = readFallback();
    const rest = items.filter((item) => item.submissionId !== id);
    if (rest.length === items.length) return;
    if (rest.length) localStorage.setItem(OUTBOX_FALLBACK_KEY, JSON.stringify(rest));
    else localStorage.removeItem(OUTBOX_FALLBACK_KEY);
  },
};

async function stores(): Promise<Store[]> {
  const indexed = await indexedStore();
  return indexed ? [indexed, fallbackStore] : [fallbackStore];
}

/** Saves in the first store that accepts it (IndexedDB, then localStorage); throws if none does. */
async function save(item: QueuedSubmission): Promise<void> {
  let failure: unknown;
  for (const store of await stores()) {
    try {
      await store.put(item);
      setPending(true);
      return;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

async function forget(submissionId: string): Promise<void> {
  for (const store of await stores()) await store.remove(submissionId).catch(() => undefined);
}

/** Every vote waiting on this device, oldest first (both stores, each vote once). */
export async function queuedSubmissions(): Promise<QueuedSubmission[]> {
  const found = new Map<string, QueuedSubmission>();
  for (const store of await stores()) {
    for (const item of await store.all().catch(() => [])) if (!found.has(item.submissionId)) found.set(item.submissionId, item);
  }
  return [...found.values()].sort((a, b) => a.queuedAt - b.queuedAt);
}

function setPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(OUTBOX_PENDING_KEY, '1');
    else localStorage.removeItem(OUTBOX_PENDING_KEY);
  } catch {
    // Without localStorage the marker cannot help; delivery on `online` and by this page still works.
  }
}

/* ------------------------------------------------------------------ locks */

const heldHere = new Set<string>();

/** Runs `task` holding the lock `name`, or returns undefined when someone (any tab) holds it. */
async function whenFree<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
  if (globalThis.navigator?.locks) {
    return navigator.locks.request(name, { ifAvailable: true }, (lock) => (lock ? task() : undefined));
  }
  // Without Web Locks, guard this tab at least; the server's idempotency covers the rest.
  if (heldHere.has(name)) return undefined;
  heldHere.add(name);
  try {
    return await task();
  } finally {
    heldHere.delete(name);
  }
}

/* --------------------------------------------------------------- delivery */

const deliveredListeners = new Set<(submissionId: string, receipt?: RatingReceipt) => void>();

/** Calls `listener` when this page delivers a queued vote; returns the unsubscribe function. */
export function onDelivered(listener: (submissionId: string, receipt?: RatingReceipt) => void): () => void {
  deliveredListeners.add(listener);
  return () => deliveredListeners.delete(listener);
}

let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

/** Runs a delivery round at `at` (ms since the epoch), unless one is planned earlier. */
function deliverAt(at: number): void {
  if (timer !== undefined && timerAt <= at) return;
  clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(
    () => {
      timer = undefined;
      timerAt = Infinity;
      void deliverQueuedSubmissions();
    },
    Math.max(0, at - Date.now()),
  );
}

/** Exponential back-off with "equal jitter", so that a portal's visitors do not retry in step. */
function backoff(attempts: number): number {
  const delay = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return delay / 2 + Math.random() * (delay / 2);
}

/**
 * The body as it goes on the wire: the comment without control characters (the server refuses them
 * with a 400, and a vote saved by an older version may still hold one), and none when nothing is left.
 */
function wireBody({ comment, ...rest }: QueuedSubmission['body']): QueuedSubmission['body'] {
  const text = typeof comment === 'string' && plainText(comment).trim();
  return text ? { ...rest, comment: text } : rest;
}

/** One send of `item`. The caller holds the item's lock. */
async function attempt(config: ResolvedConfig, item: QueuedSubmission): Promise<SendOutcome> {
  try {
    const { status, data } = await postUrl(config, 'ratings', item.url, wireBody(item.body), 'RatingReceipt');
    await forget(item.submissionId);
    return { kind: 'delivered', status, receipt: data };
  } catch (caught) {
    const error = asJawdaError(caught);
    if (!error.transient && error.kind !== 'aborted') {
      await forget(item.submissionId);
      return { kind: 'rejected', error };
    }
    const notBefore = error.status === 429 ? Date.now() + (error.details.retryAfter ?? RETRY_AFTER_DEFAULT_S) * 1000 : 0;
    const next = { ...item, attempts: item.attempts + 1, notBefore };
    try {
      await save(next);
    } catch {
      return { kind: 'failed', error };
    }
    deliverAt(notBefore || Date.now() + backoff(next.attempts));
    return { kind: 'queued', error };
  }
}

/**
 * Saves a vote on the device, then sends it once. Resolves with what happened; never rejects.
 * `delivered` and `queued` both mean the vote is safe; `failed` and `rejected` mean it is not.
 */
export async function sendSubmission(config: ResolvedConfig, url: string, body: QueuedSubmission['body']): Promise<SendOutcome> {
  const item: QueuedSubmission = { submissionId: body.submissionId, url, body, queuedAt: Date.now(), attempts: 0, notBefore: 0 };
  // Saved first: a tab closed while the request is in flight still delivers on a later page.
  await save(item).catch(() => undefined);
  const outcome = await whenFree(`${OUTBOX_LOCK}:${item.submissionId}`, () => attempt(config, item));
  // A fresh id's lock is always free; if it were not, say "not sent" rather than thank wrongly.
  return outcome ?? { kind: 'failed', error: new JawdaError('offline', 'The vote is being sent elsewhere') };
}

/**
 * One delivery round: sends every waiting vote whose Retry-After has passed, oldest first, and stops
 * at the first sign that the device is offline. Does nothing while another tab runs a round.
 */
export async function deliverQueuedSubmissions(config: ResolvedConfig = resolveConfig({})): Promise<void> {
  await whenFree(OUTBOX_LOCK, async () => {
    // Cleared before reading, so a vote saved meanwhile by another tab keeps its marker.
    setPending(false);
    const items = await queuedSubmissions();
    if (items.length) setPending(true);
    for (const item of items) {
      if (Date.now() - item.queuedAt > MAX_AGE_MS) {
        await forget(item.submissionId);
        continue;
      }
      if (item.notBefore > Date.now()) {
        deliverAt(item.notBefore);
        continue;
      }
      const outcome = await whenFree(`${OUTBOX_LOCK}:${item.submissionId}`, async () => {
        // Another tab may have delivered it since we read the list.
        const current = (await queuedSubmissions()).find((other) => other.submissionId === item.submissionId);
        return current ? attempt(config, current) : undefined;
      });
      if (outcome?.kind === 'delivered') deliveredListeners.forEach((listener) => listener(item.submissionId, outcome.receipt));
      if (
        outcome &&
        outcome.kind !== 'delivered' &&
        outcome.kind !== 'rejected' &&
        (outcome.error.kind === 'offline' || outcome.error.kind === 'unreachable')
      )
        break;
    }
  });
}

/** Forgets timers and the open database (for tests, before deleting the database). */
export async function resetOutbox(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  timerAt = Infinity;
  const db = await database;
  db?.close();
  database = undefined;
}

if (typeof window !== 'undefined') window.addEventListener('online', () => void deliverQueuedSubmissions());
