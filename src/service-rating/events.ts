import type { JawdaError } from '../core/errors.js';
import type { RatingSubmission } from '../core/contract.js';

/** Values a host may add to a submission in its `rating-submit` listener (the contract's `context`). */
export type SubmissionContext = Record<string, string | number | boolean>;

/**
 * Fired before a vote is sent. Cancelable: `preventDefault()` keeps it from being sent. A listener
 * may add fields to `detail.context` (keys up to 64 characters, strings up to 500).
 */
export class RatingSubmitEvent extends Event {
  static readonly type = 'rating-submit';
  constructor(readonly detail: { readonly submission: Readonly<RatingSubmission>; context: SubmissionContext }) {
    super(RatingSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired once per vote, when the server stored it (`queued: false`) or the device keeps it to send later (`queued: true`). */
export class RatingSubmittedEvent extends Event {
  static readonly type = 'rating-submitted';
  constructor(readonly detail: { readonly submissionId: string; readonly score: number; readonly queued: boolean }) {
    super(RatingSubmittedEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when a vote was refused or could not be kept, when the summary cannot load, or when the element is misconfigured. */
export class RatingErrorEvent extends Event {
  static readonly type = 'rating-error';
  constructor(readonly detail: JawdaError) {
    super(RatingErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rating-submit': RatingSubmitEvent;
    'rating-submitted': RatingSubmittedEvent;
    'rating-error': RatingErrorEvent;
  }
}
