/**
 * What `<service-rating>` does for the outbox when it connects: on the first rating of a page, when
 * the browser is idle, deliver ratings that earlier pages queued (no other element knows ratings exist). It costs one localStorage read when
 * nothing waits; the outbox itself (IndexedDB, the API client) loads only when something does.
 */
import { OUTBOX_PENDING_KEY } from './outbox-keys.js';

let scheduled = false;

/** Schedules one idle delivery round per page, if anything is waiting. Never throws. */
export function deliverQueuedSubmissionsLater(): void {
  if (scheduled) return;
  scheduled = true;
  try {
    if (!localStorage.getItem(OUTBOX_PENDING_KEY)) return;
  } catch {
    return; // storage blocked: nothing can be waiting either
  }
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => {
    import('./outbox.js').then((outbox) => outbox.deliverQueuedSubmissions()).catch(() => undefined);
  });
}

/** Lets the next rating schedule a round again, as on a new page load (for tests). */
export function resetDeliveryTrigger(): void {
  scheduled = false;
}
