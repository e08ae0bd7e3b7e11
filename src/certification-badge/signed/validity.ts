/**
 * Time windows of signed credentials. Clocks disagree: a citizen's phone a few minutes off must not
 * turn a valid record into an expired one, so every bound is widened by five minutes.
 */

/** The clock skew tolerated on every bound. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** A credential's bounds as it writes them: VC dates (ISO text) and JWT claims (seconds). */
export interface Bounds {
  validFrom?: string;
  validUntil?: string;
  /** JWT `exp`, seconds since the epoch. */
  exp?: number;
}

/** The instant a credential stops being valid (the earlier of `validUntil` and `exp`), or undefined without either. */
export function endOf({ validUntil, exp }: Bounds): Date | undefined {
  const ends = [validUntil === undefined ? NaN : Date.parse(validUntil), exp === undefined ? NaN : exp * 1000].filter(
    (end) => !Number.isNaN(end),
  );
  return ends.length === 0 ? undefined : new Date(Math.min(...ends));
}

/** Whether `now` is past the credential's end beyond the skew. */
export function hasEnded(bounds: Bounds, now: Date): boolean {
  const end = endOf(bounds);
  return end !== undefined && now.getTime() > end.getTime() + CLOCK_SKEW_MS;
}

/** Whether `now` is before the credential's start beyond the skew. */
export function hasNotStarted({ validFrom }: Bounds, now: Date): boolean {
  return validFrom !== undefined && now.getTime() < Date.parse(validFrom) - CLOCK_SKEW_MS;
}
