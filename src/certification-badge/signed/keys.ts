/**
 * Finding and importing the key that checks a signature: the trusted issuer's key with the record's
 * `kid`, imported with WebCrypto for the record's algorithm only. An issuer's `jwksUri` is read when
 * a record names a `kid` the portal does not list (the issuer rotated its key), at most once per
 * cooldown, so a flood of records with made-up `kid`s does not become a flood of requests.
 */
import * as z from 'zod/mini';
import { ALGORITHMS, keyFits } from './algorithms.js';
import { fetchAllowed, fetchText } from './bounded-fetch.js';
import type { SigningAlgorithm } from './jws.js';
import type { Failure } from './states.js';
import { TrustedKey, type TrustedIssuer } from './trust.js';

/** How long after reading an issuer's JWKS it is not read again. */
export const JWKS_COOLDOWN_MS = 5 * 60 * 1000;
const MAX_JWKS_BYTES = 64 * 1024;

/** What finding a key needs from the caller. */
export interface KeyLookupOptions {
  now: Date;
  fetch: typeof fetch;
}

/**
 * The CryptoKey of `issuer` named `kid`, imported for `alg`; or why there is none:
 * `unknown-signer` (no such key, even after reading the JWKS), `signature-invalid` (the key with that
 * `kid` is of another type or curve: not the key that signed), `unsupported` (the browser lacks the
 * algorithm).
 */
export async function verificationKey(
  issuer: TrustedIssuer,
  kid: string,
  alg: SigningAlgorithm,
  options: KeyLookupOptions,
): Promise<CryptoKey | Failure> {
  let candidates = issuer.keys.filter((key) => key.kid === kid);
  if (candidates.length === 0 && issuer.jwksUri)
    candidates = (await publishedKeys(issuer.jwksUri, options)).filter((key) => key.kid === kid);
  if (candidates.length === 0) return { state: 'unknown-signer', reason: 'kid-not-trusted' };
  const key = candidates.find((candidate) => keyFits(candidate, alg));
  if (!key) return { state: 'signature-invalid', reason: 'key-type-does-not-fit-alg' };
  return importKey(key, alg);
}

// One import per key and algorithm for the page: a list of fifty badges imports each key once.
const imported = new Map<string, Promise<CryptoKey | Failure>>();

function importKey(key: TrustedKey, alg: SigningAlgorithm): Promise<CryptoKey | Failure> {
  const { kty, crv, x, y } = key;
  // Only the public members, rebuilt: a JWK's own key_ops, use or ext cannot change how it is used.
  const jwk: JsonWebKey = y === undefined ? { kty, crv, x } : { kty, crv, x, y };
  const cacheKey = `${alg} ${JSON.stringify(jwk)}`;
  let pending = imported.get(cacheKey);
  if (!pending) {
    pending = crypto.subtle.importKey('jwk', jwk, ALGORITHMS[alg].importParams, false, ['verify']).catch((error: unknown): Failure =>
      error instanceof DOMException && error.name === 'NotSupportedError'
        ? { state: 'unsupported', reason: `browser-lacks-${alg}` }
        : // The trust list's key itself is broken (not on the curve, bad length): nothing it could verify.
          { state: 'unknown-signer', reason: 'trusted-key-unusable' },
    );
    imported.set(cacheKey, pending);
  }
  return pending;
}

const Jwks = z.object({ keys: z.array(z.unknown()).check(z.maxLength(64)) });
const jwksReads = new Map<string, { at: number; keys: Promise<TrustedKey[]> }>();

/** The keys an issuer publishes at `jwksUri`, read again only after the cooldown; none on any failure. */
function publishedKeys(jwksUri: string, { now, fetch }: KeyLookupOptions): Promise<TrustedKey[]> {
  const last = jwksReads.get(jwksUri);
  if (last && now.getTime() - last.at < JWKS_COOLDOWN_MS) return last.keys;
  const keys = readJwks(jwksUri, fetch);
  jwksReads.set(jwksUri, { at: now.getTime(), keys });
  return keys;
}

async function readJwks(jwksUri: string, fetchImpl: typeof fetch): Promise<TrustedKey[]> {
  try {
    const url = new URL(jwksUri);
    if (!fetchAllowed(url)) return [];
    const jwks = Jwks.safeParse(JSON.parse(await fetchText(fetchImpl, url, MAX_JWKS_BYTES)));
    if (!jwks.success) return [];
    // A JWKS may list keys of other kinds (encryption, no kid): those are skipped, not fatal.
    return jwks.data.keys.flatMap((key) => {
      const parsed = TrustedKey.safeParse(key);
      return parsed.success ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}
