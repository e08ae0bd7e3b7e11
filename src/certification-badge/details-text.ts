/**
 * The words only the details say (card, list, the pill's dialog): the verification line, what a
 * status means for a citizen, the accreditation. They travel with the details chunk (./details.ts).
 * Call during render: `msg()` answers in the element's locale.
 */
import { msg, str } from '../core/i18n/msg.js';
import type { CertificateState, Verification } from './status.js';

/** The line under `verificationLabel` (status-text.ts): when it was last verified, or that it never was. */
export function verificationDetail(verification: Verification, lastVerified: string | undefined): string | undefined {
  if (verification === 'recent') return undefined;
  if (verification === 'never' || lastVerified === undefined) return msg('No record of a check with the certification body');
  return msg(str`Last verified on ${lastVerified}`);
}

/** What the status means for a citizen relying on the certificate (details view). */
export function statusExplanation(state: CertificateState): string | undefined {
  switch (state.kind) {
    case 'valid':
    case 'expiring':
      return undefined;
    case 'expired':
      return state.byDate
        ? msg('The expiry date has passed: this certificate is no longer valid.')
        : msg('The certification body reports this certificate as expired.');
    case 'not-yet-valid':
      return msg('This certificate takes effect on its issue date: it is not valid yet.');
    case 'suspended':
      return msg('The certification body has suspended this certificate: it is not valid while suspended.');
    case 'withdrawn':
      return msg('The certification body has withdrawn this certificate: it is no longer valid.');
    case 'cancelled':
      return msg('This certificate has been cancelled: it is no longer valid.');
    case 'inactive':
      return msg('This certificate is inactive: it is not valid.');
    case 'draft':
      return msg('This certificate has not been issued yet.');
    case 'pending':
      return msg('A decision on this certificate is pending: it is not valid yet.');
    case 'unknown':
      return msg(
        'This page does not know the status reported for this certificate. Check it with the certification body before relying on it.',
      );
  }
}

/** The accreditation body's status of the certification body, in words (the raw value if unknown). */
export function accreditationText(status: string): string {
  switch (status.trim().toLowerCase()) {
    case 'accredited':
    case 'active':
      return msg('Accredited');
    case 'unaccredited':
      return msg('Not accredited');
    case 'suspended':
      return msg('Accreditation suspended');
    case 'withdrawn':
      return msg('Accreditation withdrawn');
    default:
      return status;
  }
}
