/**
 * Checking a signed certification record in the citizen's browser: signature by a key the portal
 * trusts, the credential's dates, then its current status in the issuer's status list. The answer is
 * always one of the states in states.ts; this never throws and never rejects.
 */
import { defaultFetch } from '../../core/config.js';
import { CertificationCredential, issuerId } from './credential.js';
import { isSigned, signedPayload } from './signed-payload.js';
import type { Failure, VerificationResult } from './states.js';
import { statusBit, type StatusOptions } from './status-list.js';
import type { TrustList, TrustedIssuer } from './trust.js';
import { CLOCK_SKEW_MS, endOf, hasEnded, hasNotStarted } from './validity.js';

export type { VerificationResult, VerificationState } from './states.js';
export { readTrust, type TrustList, type TrustProblem, type TrustReading } from './trust.js';

/** What a check depends on besides the record and the trust list. */
export interface VerifyOptions {
  /** The time of the check (the page's clock by default). */
  now?: Date;
  /** How status lists and JWKS are fetched (the page's fetch by default). */
  fetch?: typeof fetch;
}

/** The status purposes the badge acts on, the graver first. */
const PURPOSES = [
  { purpose: 'revocation', state: 'revoked' },
  { purpose: 'suspension', state: 'suspended' },
] as const;

/**
 * Verifies `jws`, a compact `vc+jwt` certification record, against `trust`. What the result says of
 * the certification comes from the signed payload only, and only once the signature holds.
 */
export async function verifyRecord(jws: string, trust: TrustList, options: VerifyOptions = {}): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  const checkedAt = now.toISOString();
  try {
    return { ...(await verifyAt(jws, trust, now, options.fetch ?? defaultFetch)), checkedAt };
  } catch {
    // Nothing above should throw; if it does, the one safe answer is that nothing was proven.
    return { state: 'signature-invalid', checkedAt, reason: 'internal-error' };
  }
}

async function verifyAt(jws: string, trust: TrustList, now: Date, fetchImpl: typeof fetch): Promise<Omit<VerificationResult, 'checkedAt'>> {
  const signed = await signedPayload(jws, trust, { now, fetch: fetchImpl, kind: 'record' });
  if (!isSigned(signed)) return signed;
  const issuer = { id: signed.issuer.id, name: signed.issuer.name };
  const parsed = CertificationCredential.safeParse(signed.payload);
  // Signed, but not a certification record we can read: nothing in it can be shown as proven.
  if (!parsed.success) return { state: 'signature-invalid', issuer, reason: 'payload-not-a-certification-credential' };
  const credential = parsed.data;
  if (issuerId(credential.issuer) !== credential.iss) return { state: 'signature-invalid', issuer, reason: 'issuer-is-not-iss' };

  const bounds = { validFrom: credential.validFrom, validUntil: credential.validUntil, exp: credential.exp };
  const certification = credential.credentialSubject;
  const validUntil = endOf(bounds)?.toISOString();
  const known = { issuer, certification, validUntil };
  if (hasEnded(bounds, now)) return { state: 'expired', ...known };
  // Not in the table: a record from the future proves nothing yet, and must not read "Certified".
  if (hasNotStarted(bounds, now) || now.getTime() < credential.iat * 1000 - CLOCK_SKEW_MS)
    return { state: 'status-unavailable', ...known, reason: 'not-yet-valid' };

  const status = await currentStatus(credential.credentialStatus, signed.issuer, trust, { now, fetch: fetchImpl });
  return status ? { ...status, ...known } : { state: 'verified', ...known };
}

/** The status that stands against the record (revoked before suspended before unknown), or undefined when none does. */
async function currentStatus(
  entries: CertificationCredential['credentialStatus'],
  issuer: TrustedIssuer,
  trust: TrustList,
  options: StatusOptions,
): Promise<Failure | undefined> {
  const list = (Array.isArray(entries) ? entries : [entries]).filter((entry) =>
    PURPOSES.some(({ purpose }) => purpose === entry.statusPurpose),
  );
  // A record no list can revoke has no current status to show: it is never "verified".
  if (list.length === 0) return { state: 'status-unavailable', reason: 'no-revocation-or-suspension-entry' };
  const bits = await Promise.all(list.map((entry) => statusBit(entry, issuer, trust, options)));
  for (const { purpose, state } of PURPOSES) {
    if (bits.some((bit, at) => bit === 1 && list[at].statusPurpose === purpose)) return { state, reason: `${purpose}-bit-set` };
  }
  return bits.find((bit): bit is Failure => typeof bit === 'object');
}
