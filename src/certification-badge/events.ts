import type { Certification, LocalizedText } from '../core/contract.js';
import type { JawdaError } from '../core/errors.js';
import { JawdaEvent } from '../core/events.js';

/** What `certification-load` carries: the certificates the element shows, after every filter. */
export interface CertificationLoadDetail {
  /** The organisation, when the data came as an organisation's list. */
  organisation?: { id: string; name: LocalizedText };
  /** The certificates shown (possibly none), with unsafe links already removed. */
  certifications: Certification[];
}

/** The certificates are loaded (from the API or inline JSON) and shown. */
export class CertificationLoadEvent extends JawdaEvent<CertificationLoadDetail> {
  static override readonly type = 'certification-load';
}

/** Loading failed (offline, not found, invalid data, ...); the element shows why. */
export class CertificationErrorEvent extends JawdaEvent<JawdaError> {
  static override readonly type = 'certification-error';
}

/** What `certification-verified` carries: the outcome of checking one signed record. */
export interface CertificationVerifiedDetail {
  /** The certification's id (the signed payload's, once its signature holds). */
  certificateId: string;
  /**
   * `verified`, `signature-invalid`, `unknown-signer`, `revoked`, `suspended`, `expired`,
   * `status-unavailable`, `unsupported`, or `unsigned` (a record without a signature, when one is required).
   */
  state: string;
  /** The signer as the trust list names it, once the signature holds. */
  issuer?: { id: string; name: LocalizedText };
  /** When the check was made (ISO 8601). */
  checkedAt: string;
}

/** A record was checked (its signature, dates and status list); fired once per record. */
export class CertificationVerifiedEvent extends JawdaEvent<CertificationVerifiedDetail> {
  static override readonly type = 'certification-verified';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'certification-load': CertificationLoadEvent;
    'certification-error': CertificationErrorEvent;
    'certification-verified': CertificationVerifiedEvent;
  }
}
