/**
 * Each signing algorithm tied to the one key type and curve it may use, and to its WebCrypto
 * parameters. A key is only ever imported for the algorithm of the record it checks, so an EC key
 * cannot be coaxed into checking an EdDSA record, nor the other way round.
 */
import type { SigningAlgorithm } from './jws.js';
import type { TrustedKey } from './trust.js';

interface AlgorithmBinding {
  kty: string;
  crv: string;
  /** JWK `alg` values a key may declare for it (a key that declares another is not used). */
  jwkAlg: readonly string[];
  importParams: EcKeyImportParams | Algorithm;
  verifyParams: EcdsaParams | Algorithm;
  /** Signature length in bytes: ES256 is raw r||s (64 bytes), never DER. */
  signatureLength: number;
}

const ED25519: AlgorithmBinding = {
  kty: 'OKP',
  crv: 'Ed25519',
  jwkAlg: ['EdDSA', 'Ed25519'],
  importParams: { name: 'Ed25519' },
  verifyParams: { name: 'Ed25519' },
  signatureLength: 64,
};

/** Each accepted `alg` with its key type, curve, WebCrypto parameters and signature length. */
export const ALGORITHMS: Record<SigningAlgorithm, AlgorithmBinding> = {
  ES256: {
    kty: 'EC',
    crv: 'P-256',
    jwkAlg: ['ES256'],
    importParams: { name: 'ECDSA', namedCurve: 'P-256' },
    verifyParams: { name: 'ECDSA', hash: 'SHA-256' },
    signatureLength: 64,
  },
  EdDSA: ED25519,
  Ed25519: ED25519,
};

/** True when `key` may check signatures made with `alg`. */
export function keyFits(key: TrustedKey, alg: SigningAlgorithm): boolean {
  const binding = ALGORITHMS[alg];
  return (
    key.kty === binding.kty &&
    key.crv === binding.crv &&
    (key.alg === undefined || binding.jwkAlg.includes(key.alg)) &&
    (binding.kty !== 'EC' || key.y !== undefined)
  );
}
