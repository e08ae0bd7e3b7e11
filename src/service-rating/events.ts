import type { JawdaError } from '../core/errors.js';
import type { RatingSubmission } from '../core/contract.js';
import { JawdaEvent } from '../core/events.js';
import type { CloseReason, SubmissionContext } from './types.js';

export type { CloseReason, SubmissionContext };

/**
 * Fired before a vote is sent. Cancelable: `preventDefault()` keeps it from being sent. A listener
 * may add fields to `detail.context` (keys up to 64 characters, strings up to 500).
 */
export class RatingSubmitEvent extends JawdaEvent<{ readonly submission: Readonly<RatingSubmission>; context: SubmissionContext }> {
  static override readonly type = 'rating-submit';
  constructor(detail: { readonly submission: Readonly<RatingSubmission>; context: SubmissionContext }) {
    super(detail, { cancelable: true });
  }
}

/** Fired once per vote, when the server stored it (`queued: false`) or the device keeps it to send later (`queued: true`). */
export class RatingSubmittedEvent extends JawdaEvent<{ readonly submissionId: string; readonly score: number; readonly queued: boolean }> {
  static override readonly type = 'rating-submitted';
}

/** Fired when a vote was refused or could not be kept, when the summary cannot load, or when the element is misconfigured. */
export class RatingErrorEvent extends JawdaEvent<JawdaError> {
  static override readonly type = 'rating-error';
}

// The dialog's events are here with the others; the dialog itself stays a lazy chunk (delivery.ts).

/** The rating's dialog opened (`delivery="floating"` or `"dialog"`). */
export class RatingOpenEvent extends JawdaEvent<Record<string, never>> {
  static override readonly type = 'rating-open';
  constructor() {
    super({});
  }
}

/** The rating's dialog closed; `detail.reason` says why. */
export class RatingCloseEvent extends JawdaEvent<{ readonly reason: CloseReason }> {
  static override readonly type = 'rating-close';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rating-submit': RatingSubmitEvent;
    'rating-submitted': RatingSubmittedEvent;
    'rating-error': RatingErrorEvent;
    'rating-open': RatingOpenEvent;
    'rating-close': RatingCloseEvent;
  }
}
