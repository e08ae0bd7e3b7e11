/**
 * The names `<service-rating>`'s modules share, at the bottom of the element: the element, its
 * attributes, controllers, views, events and lazy chunks import them from here, and this module
 * imports nothing of the element, so that imports run one way (a type living in an implementation
 * module tied the modules that used it into a circle).
 */
import type { JawdaError } from '../core/errors.js';

/** Where the rating is asked: inline, behind a floating button, or in a dialog the host opens. */
export const DELIVERIES = ['inline', 'floating', 'dialog'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** What the submission is doing. A state is data: the draft (score, reasons, comment) lives in the element. */
export type Phase =
  | { status: 'idle' }
  | { status: 'submitting' }
  | { status: 'submitted'; submissionId: string }
  | { status: 'queued'; submissionId: string }
  | { status: 'error'; error: JawdaError }
  | { status: 'already-rated'; until?: Date };

/** Who and what is rated: a change of any of these starts over. */
export interface RatedSubject {
  serviceId: string;
  transactionId?: string;
  /** Hours before this device may rate the service again without a transaction (0: no limit). */
  cooldownHours: number;
  /** False at a kiosk: every citizen is a new person, so the device remembers no vote. */
  guarded?: boolean;
}

/** A chip to render: id and text in the element's locale. */
export interface Chip {
  id: string;
  label: string;
}

/** Values a host may add to a submission in its `rating-submit` listener (the contract's `context`). */
export type SubmissionContext = Record<string, string | number | boolean>;

/** Why the dialog closed: the thank-you timed out (`submitted`), the citizen closed it (`dismissed`), or the host called `close()` (`host`). */
export type CloseReason = 'submitted' | 'dismissed' | 'host';
