/**
 * Compact JWS parsing for VC-JOSE-COSE records (`typ: vc+jwt`), strict by design: the header is
 * checked before any key is looked at, so a refused algorithm never reaches WebCrypto, and nothing
 * in the header can name its own key (`jwk`, `jku`, `x5c`, `x5u` are never read).
 */
import { decodeBase64url } from './base64url.js';

/** The algorithms a record may be signed with; each is tied to one key type (see keys.ts). */
export const SIGNING_ALGORITHMS = ['ES256', 'EdDSA', 'Ed25519'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

/** The protected header as far as a verifier reads it. */
export interface JwsHeader {
  alg: SigningAlgorithm;
  kid: string;
}

/** A compact JWS taken apart; the payload is parsed JSON, not yet trusted. */
export interface ParsedJws {
  header: JwsHeader;
  payload: unknown;
  /** ASCII of `header.payload`: the bytes the signature covers. */
  signingInput: Uint8Array<ArrayBuffer>;
  signature: Uint8Array<ArrayBuffer>;
}

/** Why a compact JWS was refused before any signature check (developers read these, in English). */
export type JwsProblem =
  'malformed' | 'header-not-json' | 'typ-not-vc+jwt' | 'alg-refused' | 'kid-missing' | 'crit-refused' | 'payload-not-json';

/** Longest record read: a certification is a few kilobytes; a megabyte is not a record. */
const MAX_JWS_LENGTH = 64 * 1024;
const MAX_STATUS_LIST_LENGTH = 4 * 1024 * 1024;

/**
 * Takes a compact JWS apart and checks its header: `typ` exactly `vc+jwt`, `alg` one of
 * {@link SIGNING_ALGORITHMS} (so `none`, HS*, RS* never get further), a string `kid`, no `crit`.
 * `limit` is the longest text accepted (status lists are larger than records).
 */
export function parseJws(text: string, limit: 'record' | 'status-list' = 'record'): ParsedJws | { problem: JwsProblem } {
  if (typeof text !== 'string' || text.length > (limit === 'record' ? MAX_JWS_LENGTH : MAX_STATUS_LIST_LENGTH))
    return { problem: 'malformed' };
  const parts = text.split('.');
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) return { problem: 'malformed' };
  const [headerText, payloadText, signatureText] = parts;
  const headerBytes = decodeBase64url(headerText);
  const payloadBytes = decodeBase64url(payloadText);
  const signature = decodeBase64url(signatureText);
  if (!headerBytes || !payloadBytes || !signature) return { problem: 'malformed' };

  const header = parseJson(headerBytes);
  if (!isObject(header)) return { problem: 'header-not-json' };
  if (header.typ !== 'vc+jwt') return { problem: 'typ-not-vc+jwt' };
  if (!SIGNING_ALGORITHMS.includes(header.alg as SigningAlgorithm)) return { problem: 'alg-refused' };
  // An extension the sender marks critical is one we cannot honour: RFC 7515 says refuse.
  // `b64: false` (RFC 7797) would change what the signature covers; it is only valid with `crit` anyway.
  if ('crit' in header || 'b64' in header) return { problem: 'crit-refused' };
  if (typeof header.kid !== 'string' || header.kid.length === 0 || header.kid.length > 256) return { problem: 'kid-missing' };

  const payload = parseJson(payloadBytes);
  if (payload === undefined) return { problem: 'payload-not-json' };
  return {
    header: { alg: header.alg as SigningAlgorithm, kid: header.kid },
    payload,
    signingInput: new TextEncoder().encode(`${headerText}.${payloadText}`),
    signature,
  };
}

/** True for a parse that succeeded. */
export function isParsed(result: ParsedJws | { problem: JwsProblem }): result is ParsedJws {
  return !('problem' in result);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    // fatal: bytes that are not UTF-8 are not a header, rather than text with U+FFFD in it.
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
