/**
 * The submission of one vote: the phases it goes through, the guards a person never notices (one
 * vote per transaction and a cool-down per service, the minimum dwell time, the honeypot), and
 * delivery through the outbox, exactly once. Kept apart from the rating input so that a kiosk can
 * `reset()` it for the next citizen, and a dialog can ask it whether this transaction was rated.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { RatingSubmission, RatingSummary } from '../core/contract.js';
import type { ResolvedConfig } from '../core/config.js';
import { JawdaError } from '../core/errors.js';
import type { SendOutcome } from '../core/outbox.js';
import { OUTBOX_FALLBACK_KEY, OUTBOX_PENDING_KEY, type QueuedSubmission } from '../core/outbox-keys.js';
import { lazy } from '../core/lazy.js';
import { loadFailureWords } from '../core/messages.js';
import { newSubmissionId } from '../core/submission-id.js';
import { RatingErrorEvent, RatingSubmitEvent, RatingSubmittedEvent } from './events.js';
import type { Phase, RatedSubject, SubmissionContext } from './types.js';
import { previousVote, rememberVote } from './vote-guard.js';

/** What the controller tells its element (the hooks take it: one set serves every rating). */
export interface SubmissionHooks {
  /** The vote was stored (now or, after being queued, later), with the new summary when the server sent one. */
  stored(host: ReactiveElement, summary: RatingSummary | undefined): void;
}

/** The vote as built from the draft, before the guards and the transport fields are added. */
export type Draft = Omit<RatingSubmission, 'submissionId' | 'dwellMs'>;

/** The draft to send: the page is its origin and path, never the query or the hash; empty fields are left out. */
export function draftOf(
  vote: Omit<Draft, 'page' | 'comment' | 'centreId' | 'transactionId'>,
  comment: string,
  centreId?: string,
  transactionId?: string,
): Draft {
  const { clientTime, ...given } = vote;
  const draft: Draft = { ...given, page: location.origin + location.pathname, clientTime };
  if (comment) draft.comment = comment;
  if (centreId) draft.centreId = centreId;
  if (transactionId) draft.transactionId = transactionId;
  return draft;
}

type Outbox = typeof import('../core/outbox.js');

/**
 * The outbox is a lazy chunk (about a fifth of the element's bytes): fetched when a citizen picks a
 * score, before any Send, so that it is there even if the connection drops between pick and send
 * (offline when first asked: tried again at the next pick or send).
 */
const loadOutbox = lazy((): Promise<Outbox> => import('../core/outbox.js'));

/**
 * Saves a vote in the outbox's localStorage store (`OUTBOX_FALLBACK_KEY`, records as the outbox
 * reads them) with its pending marker, for when the outbox's own code cannot be fetched.
 */
export function keepOnDevice(url: string, body: RatingSubmission): boolean {
  try {
    const items: unknown[] = JSON.parse(localStorage.getItem(OUTBOX_FALLBACK_KEY) ?? '[]');
    const item: QueuedSubmission = { submissionId: body.submissionId, url, body, queuedAt: Date.now(), attempts: 0, notBefore: 0 };
    items.push(item);
    localStorage.setItem(OUTBOX_FALLBACK_KEY, JSON.stringify(items));
    localStorage.setItem(OUTBOX_PENDING_KEY, '1');
    return true;
  } catch {
    return false;
  }
}

/**
 * The ratings waiting to be seen, and the one observer that serves every rating on the page: one
 * each made a page of 1000 ratings ~15% slower to paint (npm run bench); a callback each, more heap.
 */
const seen = new WeakMap<Element, SubmissionController>();
let seeing: IntersectionObserver | undefined;

/** Nothing sent yet: one phase for every rating (a phase is replaced, never changed). */
const IDLE: Phase = { status: 'idle' };

export class SubmissionController implements ReactiveController {
  phase: Phase = IDLE;
  /** When the question appeared (ms, `performance.now()`): votes faster than a person reads are dropped. */
  #shownAt = 0;
  #stopListening?: () => void;
  /** While waiting to be seen: whether the time counts yet (see `observeShown`). */
  #counts?: (host: ReactiveElement) => boolean;

  readonly #host: ReactiveElement;
  readonly #hooks: SubmissionHooks;

  constructor(host: ReactiveElement, hooks: SubmissionHooks) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.phase.status === 'queued') void this.#listenForDelivery();
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#stopWatching();
  }

  /**
   * The time a person takes counts from when the question can be seen (a rating far down the page
   * is not read at load), while `counts(host)` says so (an inline rating; a dialog counts from when it opens).
   */
  observeShown(counts: (host: ReactiveElement) => boolean): void {
    if (this.#counts) return;
    this.#counts = counts;
    seeing ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const controller = entry.isIntersecting ? seen.get(entry.target) : undefined;
        if (controller) controller.#seen();
      }
    });
    seen.set(this.#host, this);
    seeing.observe(this.#host);
  }

  #seen(): void {
    if (!this.#counts?.(this.#host)) return;
    this.markShown();
    this.#stopWatching();
  }

  #stopWatching(): void {
    if (!this.#counts) return;
    this.#counts = undefined;
    seen.delete(this.#host);
    seeing?.unobserve(this.#host);
  }

  /** Fetches the outbox ahead of any Send (the form is shown, a citizen picked a score). */
  warm(): void {
    loadOutbox().catch(() => undefined);
  }

  /** A queued vote of ours may be delivered later by the outbox: hear it (once the outbox can load). */
  async #listenForDelivery(): Promise<Outbox | undefined> {
    let loaded: Outbox;
    try {
      loaded = await loadOutbox();
    } catch {
      // Offline before the outbox ever loaded: when the connection is back, load it and deliver.
      globalThis.addEventListener('online', () => void this.#listenForDelivery().then((o) => o?.deliverQueuedSubmissions()), {
        once: true,
      });
      return undefined;
    }
    this.#stopListening?.();
    this.#stopListening = loaded.onDelivered((submissionId, receipt) => this.#delivered(submissionId, receipt?.summary));
    return loaded;
  }

  /**
   * Starts over for `subject` (a new service or transaction, the kiosk's next citizen): back to the
   * question, unless this device already rated it.
   */
  reset(subject: RatedSubject | undefined, now: Date): void {
    this.#shownAt = performance.now();
    const previous =
      subject && subject.guarded !== false
        ? previousVote(subject.serviceId, subject.transactionId, subject.cooldownHours, now)
        : { rated: false as const };
    this.#set(previous.rated ? { status: 'already-rated', until: previous.until } : { status: 'idle' });
  }

  /** This vote is sent or kept on the device. */
  get done(): boolean {
    return this.phase.status === 'submitted' || this.phase.status === 'queued';
  }

  /** The question has just become visible (a dialog opened): the time a person takes counts from now. */
  markShown(): void {
    this.#shownAt = performance.now();
  }

  /** The vote to send: the draft with a fresh idempotency key and the time the citizen took. */
  prepare(draft: Draft): RatingSubmission {
    return { ...draft, submissionId: newSubmissionId(), dwellMs: Math.max(0, Math.round(performance.now() - this.#shownAt)) };
  }

  /** Prepares the vote, lets the page add its context (`rating-submit`, cancelable), and sends it. */
  async submit(config: ResolvedConfig, url: string, draft: Draft, subject: RatedSubject, trap: string): Promise<void> {
    const submission = this.prepare(draft);
    const context: SubmissionContext = {};
    if (!this.#host.dispatchEvent(new RatingSubmitEvent({ submission: Object.freeze({ ...submission }), context }))) return;
    if (Object.keys(context).length) submission.context = { ...context };
    await this.send(config, url, submission, subject, trap);
  }

  /**
   * Sends the vote once, through the outbox. Nothing is dropped here: a vote that looks like a bot's
   * (the hidden field filled in, or sent very fast) goes with its signals (`website`, `dwellMs`), and
   * the server keeps it marked, out of the public summary, so that no citizen's vote is lost in silence.
   */
  async send(config: ResolvedConfig, url: string, submission: RatingSubmission, subject: RatedSubject, trap: string): Promise<void> {
    if (trap) submission.website = trap.slice(0, 200);
    const done = (outcome: SendOutcome) => this.#finish(submission, subject, outcome, config.now());
    this.#set({ status: 'submitting' });
    let sent: SendOutcome;
    try {
      sent = await (await loadOutbox()).sendSubmission(config, url, submission);
    } catch {
      // The outbox itself could not be fetched (offline before it ever loaded): keep the vote where
      // the outbox looks too, so this page (when back online) or any later page delivers it.
      const error = new JawdaError('offline', 'No outbox');
      sent = keepOnDevice(url, submission) ? { kind: 'queued', error } : { kind: 'failed', error };
    }
    // Not sent: said with the words of what went wrong (a chunk of their own).
    if (sent.kind === 'rejected' || sent.kind === 'failed') await loadFailureWords().catch(() => undefined);
    done(sent);
  }

  #finish(submission: RatingSubmission, subject: RatedSubject, outcome: SendOutcome, now: Date): void {
    if (outcome.kind === 'rejected' || outcome.kind === 'failed') {
      this.#set({ status: 'error', error: outcome.error });
      this.#host.dispatchEvent(new RatingErrorEvent(outcome.error));
      return;
    }
    const queued = outcome.kind === 'queued';
    if (subject.guarded !== false) rememberVote(subject.serviceId, subject.transactionId, now);
    this.#set({ status: queued ? 'queued' : 'submitted', submissionId: submission.submissionId });
    if (queued) void this.#listenForDelivery();
    else this.#hooks.stored(this.#host, outcome.receipt?.summary);
    this.#host.dispatchEvent(new RatingSubmittedEvent({ submissionId: submission.submissionId, score: submission.score, queued }));
  }

  /** The outbox delivered a vote later: if it is ours, say so. No second `rating-submitted`. */
  #delivered(submissionId: string, summary?: RatingSummary): void {
    if (this.phase.status !== 'queued' || this.phase.submissionId !== submissionId) return;
    this.#set({ status: 'submitted', submissionId });
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#hooks.stored(this.#host, summary);
  }

  #set(phase: Phase): void {
    this.phase = phase;
    this.#host.requestUpdate();
  }
}
