/**
 * What checking a signed record can conclude. Every failure is one of these, never an exception:
 * the badge words each one for the citizen, and only `verified` may read "Certified".
 */
import type { SignedCertification } from './credential.js';
import type { TrustedIssuerName } from './trust.js';

/** The outcome of checking a signed record, as in issue 21's table. */
export type VerificationState =
  'verified' | 'signature-invalid' | 'unknown-signer' | 'revoked' | 'suspended' | 'expired' | 'status-unavailable' | 'unsupported';

/** The result of `verifyRecord`. */
export interface VerificationResult {
  state: VerificationState;
  /** The signer, named as the trust list names it (never as the record names itself); set once the signature holds. */
  issuer?: TrustedIssuerName;
  /** When the check was made (ISO 8601): "status checked {time}". */
  checkedAt: string;
  /** What the record asserts, from the verified payload only; absent unless the signature holds. */
  certification?: SignedCertification;
  /** When the record stops being valid (the earlier of `validUntil` and `exp`): "Expired on {date}". */
  validUntil?: string;
  /** Why, for developers (English, for the console): e.g. `alg-refused`, `status-list-too-short`. */
  reason?: string;
}

/** A step that failed, with the state it leads to. */
export interface Failure {
  state: Exclude<VerificationState, 'verified'>;
  reason: string;
}
