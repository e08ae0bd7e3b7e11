/**
 * The one path from a compact JWS to a payload that may be believed: strict header, an issuer the
 * portal trusts (named by `iss`), that issuer's key for the `kid`, and a signature that holds. Used
 * for records and status lists alike, so both are held to the same rules.
 */
import { ALGORITHMS } from './algorithms.js';
import { isParsed, parseJws } from './jws.js';
import { verificationKey, type KeyLookupOptions } from './keys.js';
import type { Failure } from './states.js';
import { trustedIssuer, type TrustList, type TrustedIssuer } from './trust.js';

/** A payload whose signature holds, and the trusted issuer whose key made it. */
export interface SignedPayload {
  payload: Record<string, unknown>;
  issuer: TrustedIssuer;
}

/**
 * Checks the signature of `jws` against `trust`. `expectedIssuer`, when given, is the only issuer
 * accepted (a status list must come from the record's issuer). Never throws.
 */
export async function signedPayload(
  jws: string,
  trust: TrustList,
  options: KeyLookupOptions & { kind: 'record' | 'status-list'; expectedIssuer?: string },
): Promise<SignedPayload | Failure> {
  // No WebCrypto outside a secure context (a portal served over plain http): nothing can be checked.
  if (!globalThis.crypto?.subtle) return { state: 'unsupported', reason: 'no-webcrypto-insecure-context' };
  const parsed = parseJws(jws, options.kind);
  if (!isParsed(parsed)) return { state: 'signature-invalid', reason: parsed.problem };
  const { header, payload, signingInput, signature } = parsed;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { state: 'signature-invalid', reason: 'payload-not-object' };
  const iss = (payload as Record<string, unknown>).iss;
  if (typeof iss !== 'string') return { state: 'signature-invalid', reason: 'iss-missing' };
  if (options.expectedIssuer !== undefined && iss !== options.expectedIssuer)
    return { state: 'signature-invalid', reason: 'iss-not-the-record-issuer' };
  // `iss` is read before the signature holds only to choose the issuer whose keys decide.
  const issuer = trustedIssuer(trust, iss);
  if (!issuer) return { state: 'unknown-signer', reason: 'iss-not-trusted' };
  const key = await verificationKey(issuer, header.kid, header.alg, options);
  if (!(key instanceof CryptoKey)) return key;
  const binding = ALGORITHMS[header.alg];
  // A DER-encoded ECDSA signature (70-72 bytes) is refused here rather than converted: JOSE says raw.
  if (signature.length !== binding.signatureLength) return { state: 'signature-invalid', reason: 'signature-length' };
  let holds: boolean;
  try {
    holds = await crypto.subtle.verify(binding.verifyParams, key, signature, signingInput);
  } catch (error) {
    return error instanceof DOMException && error.name === 'NotSupportedError'
      ? { state: 'unsupported', reason: `browser-lacks-${header.alg}` }
      : { state: 'signature-invalid', reason: 'verify-failed' };
  }
  if (!holds) return { state: 'signature-invalid', reason: 'signature-does-not-hold' };
  return { payload: payload as Record<string, unknown>, issuer };
}

/** True for a signature that held. */
export function isSigned(result: SignedPayload | Failure): result is SignedPayload {
  return 'payload' in result;
}
