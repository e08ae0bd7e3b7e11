import type { JawdaError } from '../core/errors.js';
import type { RatingSubmission } from '../core/contract.js';
import { JawdaEvent } from '../core/events.js';

/** Values a host may add to a submission in its `rating-submit` listener (the contract's `context`). */
export type SubmissionContext = Record<string, string | number | boolean>;

/**
 * Fired before a vote is sent. Cancelable: `preventDefault()` keeps it from being sent. A listener
 * may add fields to `detail.context` (keys up to 64 characters, strings up to 500).
 */
export class RatingSubmitEvent extends JawdaEvent<{ readonly submission: Readonly<RatingSubmission>; context: SubmissionContext }> {
  static readonly type = 'rating-submit';
  constructor(detail: { readonly submission: Readonly<RatingSubmission>; context: SubmissionContext }) {
    super(RatingSubmitEvent.type, detail, { cancelable: true });
  }
}

/** Fired once per vote, when the server stored it (`queued: false`) or the device keeps it to send later (`queued: true`). */
export class RatingSubmittedEvent extends JawdaEvent<{ readonly submissionId: string; readonly score: number; readonly queued: boolean }> {
  static readonly type = 'rating-submitted';
  constructor(detail: { readonly submissionId: string; readonly score: number; readonly queued: boolean }) {
    super(RatingSubmittedEvent.type, detail);
  }
}

/** Fired when a vote was refused or could not be kept, when the summary cannot load, or when the element is misconfigured. */
export class RatingErrorEvent extends JawdaEvent<JawdaError> {
  static readonly type = 'rating-error';
  constructor(error: JawdaError) {
    super(RatingErrorEvent.type, error);
  }
}

/** Why the dialog closed: the thank-you timed out (`submitted`), the citizen closed it (`dismissed`), or the host called `close()` (`host`). */
export type CloseReason = 'submitted' | 'dismissed' | 'host';

// The dialog's events live with the dialog (a lazy chunk); their types are declared here with the others.
export type { RatingCloseEvent, RatingOpenEvent } from './delivery.js';
import type { RatingCloseEvent, RatingOpenEvent } from './delivery.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'rating-submit': RatingSubmitEvent;
    'rating-submitted': RatingSubmittedEvent;
    'rating-error': RatingErrorEvent;
    'rating-open': RatingOpenEvent;
    'rating-close': RatingCloseEvent;
  }
}
