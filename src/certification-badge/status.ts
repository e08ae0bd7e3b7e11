/**
 * The status a citizen sees, computed at view time from what the API says and the clock. Pure: no
 * DOM, no text, so it is tested on its own and every variant shows the same verdict.
 */
import type { Certification } from '../core/contract.js';
import { CERTIFICATE_STATUSES } from '../core/vocabulary.js';
import { toDate } from '../core/i18n/format.js';

const DAY_MS = 86_400_000;

/** Days before expiry from which "expires in N days" is shown. */
export const DEFAULT_WARNING_DAYS = 90;
/** Days after `lastVerifiedAt` from which "verification out of date" is shown. */
export const DEFAULT_STALE_AFTER_DAYS = 30;

export type KnownStatus = (typeof CERTIFICATE_STATUSES)[number];

/** What the certificate is, now. Only `valid` and `expiring` mean "certified". */
export type CertificateState =
  | { kind: 'valid'; daysLeft: number }
  | { kind: 'expiring'; daysLeft: number }
  /** `byDate`: the API still says active but the expiry date has passed. */
  | { kind: 'expired'; byDate: boolean }
  /** The API says active but the issue date is still ahead: valid from that day, not before. */
  | { kind: 'not-yet-valid' }
  | { kind: Exclude<KnownStatus, 'active' | 'expired'> }
  /** A status outside the IAF vocabulary: never shown as valid. */
  | { kind: 'unknown'; raw: string };

/**
 * When the portal last checked the certificate with the certification body (`lastVerifiedAt`):
 * - `recent`: within `staleAfterDays`;
 * - `stale`: longer ago ("Verification out of date");
 * - `never`: no `lastVerifiedAt` at all. The portal has no record of ever checking it, so it is
 *   never taken as freshly verified: it is shown like `stale` ("Verification date unknown").
 * Anything but `recent` is said in words beside the status, whatever the status is, and a `valid`
 * certificate is then not painted as valid (warning tone, not success).
 */
export type Verification = 'recent' | 'stale' | 'never';

export interface CertificateStatus {
  state: CertificateState;
  verification: Verification;
}

export interface StatusOptions {
  warningDays?: number;
  staleAfterDays?: number;
}

/**
 * The calendar day of `value` counted in UTC, the same day the element prints (dates are formatted
 * in UTC so that the reader's time zone cannot move them).
 */
export function utcDay(value: Date | string): number {
  return Math.floor(toDate(value).getTime() / DAY_MS);
}

function known(status: string): KnownStatus | undefined {
  const normalised = status.trim().toLowerCase();
  return CERTIFICATE_STATUSES.find((candidate) => candidate === normalised);
}

function verification(lastVerifiedAt: string | undefined, now: Date, staleAfterDays: number): Verification {
  if (lastVerifiedAt === undefined) return 'never';
  return now.getTime() - toDate(lastVerifiedAt).getTime() > staleAfterDays * DAY_MS ? 'stale' : 'recent';
}

/**
 * Combines the API's status with the dates. A certificate is valid from its issue date through its
 * expiry date: before the issue day (by `now`'s UTC calendar day) it is `not-yet-valid`, the day
 * after the expiry date it is expired, even if the API still says active. The certification body's
 * own verdicts (suspended, withdrawn, ...) are kept as they are: they say more than the date does.
 *
 * Verification (see {@link Verification}): `lastVerifiedAt` older than `staleAfterDays` is `stale`;
 * no `lastVerifiedAt` at all is `never` (never verified by the portal), not "freshly verified".
 */
export function certificateStatus(certification: Certification, now: Date, options: StatusOptions = {}): CertificateStatus {
  const warningDays = options.warningDays ?? DEFAULT_WARNING_DAYS;
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const checked = verification(certification.lastVerifiedAt, now, staleAfterDays);
  const result = (state: CertificateState): CertificateStatus => ({ state, verification: checked });
  const status = known(certification.status);
  if (status === undefined) return result({ kind: 'unknown', raw: certification.status });
  if (status === 'expired') return result({ kind: 'expired', byDate: false });
  if (status !== 'active') return result({ kind: status });
  const daysLeft = utcDay(certification.expiryDate) - utcDay(now);
  if (daysLeft < 0) return result({ kind: 'expired', byDate: true });
  if (utcDay(certification.issueDate) > utcDay(now)) return result({ kind: 'not-yet-valid' });
  return result({ kind: daysLeft <= warningDays ? 'expiring' : 'valid', daysLeft });
}
