/**
 * The words for each status. Call during render (or inside `localized()`): `msg()` answers in the
 * element's locale.
 */
import { msg, str } from '../core/i18n/msg.js';
import { selectPlural, type Formats } from '../core/i18n/format.js';
import type { CertificateState, CertificateStatus, Verification } from './status.js';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/**
 * Colour family of a state (always paired with its own icon and words), as design language §5 has
 * it: valid success; expiring soon (and not yet valid, pending, draft) warning; expired neutral, as
 * a certificate that ran its course is no wrongdoing; suspended, withdrawn and cancelled danger.
 */
export function toneOf(state: CertificateState): Tone {
  switch (state.kind) {
    case 'valid':
      return 'success';
    case 'expiring':
    case 'not-yet-valid':
    case 'pending':
    case 'draft':
      return 'warning';
    case 'expired':
    case 'inactive':
    case 'unknown':
      return 'neutral';
    default:
      return 'danger';
  }
}

/**
 * The colour family of the status as a whole: a valid certificate whose verification is out of date
 * or unknown is not painted as valid ("never a stale valid"): warning, not success.
 */
export function statusTone(status: CertificateStatus): Tone {
  const tone = toneOf(status.state);
  return tone === 'success' && status.verification !== 'recent' ? 'warning' : tone;
}

/** What is shown beside any status when the verification is not recent; nothing when it is. */
export function verificationLabel(verification: Verification): string | undefined {
  switch (verification) {
    case 'recent':
      return undefined;
    case 'stale':
      return msg('Verification out of date');
    case 'never':
      return msg('Verification date unknown');
  }
}

export function expiresIn(format: Formats, days: number): string {
  const n = format.number(days);
  if (days === 0) return msg('Expires today', { id: 'certification-badge.expires-today' });
  return selectPlural(format, days, {
    one: () => msg('Expires in 1 day', { id: 'certification-badge.expires-in.one' }),
    two: () => msg('Expires in 2 days', { id: 'certification-badge.expires-in.two' }),
    few: () => msg(str`Expires in ${n} days`, { id: 'certification-badge.expires-in.few' }),
    many: () => msg(str`Expires in ${n} days`, { id: 'certification-badge.expires-in.many' }),
    other: () => msg(str`Expires in ${n} days`, { id: 'certification-badge.expires-in.other' }),
  });
}

/**
 * The status in a word or two (design language §6: the same meaning in both languages). `short`:
 * the pill's form, where the standard follows ("Valid · ISO 9001").
 */
export function statusLabel(state: CertificateState, short = false): string {
  switch (state.kind) {
    case 'valid':
      return short ? msg('Valid') : msg('Valid certificate');
    case 'expiring':
      return msg('Expiring soon');
    case 'expired':
      return msg('Expired');
    case 'not-yet-valid':
      return msg('Not yet valid');
    case 'suspended':
      return msg('Suspended');
    case 'withdrawn':
      return msg('Withdrawn');
    case 'cancelled':
      return msg('Cancelled');
    case 'inactive':
      return msg('Inactive');
    case 'draft':
      return msg('Draft, not issued');
    case 'pending':
      return msg('Pending');
    case 'unknown':
      // The raw value is for the developer (a console warning when the data loads), not the citizen.
      return msg('Status unknown');
  }
}

/**
 * The date that goes with the status, when one does ("Valid until ...", "Valid from ..."; expiring
 * soon adds the days left). `date` formats a certificate date as the element prints it.
 */
export function statusDate(
  state: CertificateState,
  dates: { expiryDate: string; issueDate: string },
  date: (value: string) => string,
  format: Formats,
): string | undefined {
  if (state.kind === 'not-yet-valid') {
    const issue = date(dates.issueDate);
    return msg(str`Valid from ${issue}`);
  }
  if (state.kind !== 'valid' && state.kind !== 'expiring' && state.kind !== 'expired') return undefined;
  const expiry = date(dates.expiryDate);
  if (state.kind === 'expired') return msg(str`Expired on ${expiry}`);
  const until = msg(str`Valid until ${expiry}`);
  return state.kind === 'expiring' ? `${until} · ${expiresIn(format, state.daysLeft)}` : until;
}
