/**
 * Signing for tests of signed certification records: keys made here with WebCrypto, records and
 * status lists signed as an issuer would (VC 2.0 as `vc+jwt`), and the ways a forger or a broken
 * issuer gets them wrong. Status lists are served by a counting fake `fetch`.
 */
import { encodeBase64url } from '../../src/certification-badge/signed/base64url.js';
import { VC_V2_CONTEXT } from '../../src/certification-badge/signed/credential.js';
import type { TrustList } from '../../src/certification-badge/signed/trust.js';
import { igaIso9001, NOW } from '../certification-badge/fixtures.js';

export { NOW };

/** The algorithms records are signed with in tests. */
export type TestAlgorithm = 'ES256' | 'Ed25519';
export const TEST_ALGORITHMS: TestAlgorithm[] = ['ES256', 'Ed25519'];

export const ISSUER_ID = 'https://bureau-veritas.jawda.test/issuer';
export const ISSUER_NAME = { en: 'Bureau Veritas Bahrain', ar: 'بيرو فيريتاس البحرين' };

/** A key pair with its `kid`, and the header algorithm it signs with. */
export interface Signer {
  alg: 'ES256' | 'Ed25519' | 'EdDSA';
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string };
}

/** A fresh key pair; `EdDSA` signs with an Ed25519 key under the older header name. */
export async function makeSigner(alg: Signer['alg'], kid = `key-${crypto.randomUUID()}`): Promise<Signer> {
  const params = alg === 'ES256' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'Ed25519' };
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { alg, kid, privateKey: pair.privateKey, publicJwk: y === undefined ? { kty, crv, x, kid } : { kty, crv, x, y, kid } };
}

/** A trust list of one issuer with these signers' public keys. */
export function trustOf(signers: Signer[], extra: Partial<TrustList['issuers'][number]> = {}): TrustList {
  return { issuers: [{ id: ISSUER_ID, name: ISSUER_NAME, keys: signers.map((signer) => signer.publicJwk as never), ...extra }] };
}

const text = (value: unknown) => encodeBase64url(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));

/** The raw signature of `input` by `signer` (ES256: r||s, as WebCrypto gives it). */
export async function rawSignature(signer: Signer, input: string): Promise<Uint8Array> {
  const params = signer.alg === 'ES256' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'Ed25519' };
  return new Uint8Array(await crypto.subtle.sign(params, signer.privateKey, new TextEncoder().encode(input)));
}

/** A compact JWS of `payload`; `header` adds to or replaces `{ alg, typ: 'vc+jwt', kid }`. */
export async function sign(signer: Signer, payload: unknown, header: Record<string, unknown> = {}): Promise<string> {
  const input = `${text({ alg: signer.alg, typ: 'vc+jwt', kid: signer.kid, ...header })}.${text(payload)}`;
  return `${input}.${encodeBase64url(await rawSignature(signer, input))}`;
}

/** Seconds since the epoch. */
export const seconds = (date: Date | string) => Math.floor(new Date(date).getTime() / 1000);

/** Where the test lists live (unique per test, since lists are fetched once per URL per page). */
export function listUrl(name = 'list'): string {
  return `https://status.jawda.test/${name}/${crypto.randomUUID()}`;
}

/** The payload of a signed certification record (the iGA ISO 9001 certificate) pointing at `lists`. */
export function certificationPayload(
  lists: { revocation?: string; suspension?: string },
  { index = 42, overrides = {} }: { index?: number; overrides?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const { status: _status, lastVerifiedAt: _checked, ...certification } = igaIso9001();
  const entries = Object.entries(lists).map(([purpose, url]) => ({
    id: `${url}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: url,
  }));
  return {
    '@context': [VC_V2_CONTEXT],
    type: ['VerifiableCredential', 'CertificationCredential'],
    issuer: { id: ISSUER_ID, name: ISSUER_NAME.en },
    validFrom: '2024-03-13T00:00:00Z',
    validUntil: '2027-03-13T00:00:00Z',
    credentialSubject: certification,
    credentialStatus: entries,
    iss: ISSUER_ID,
    iat: seconds('2026-11-01T00:00:00Z'),
    exp: seconds('2027-03-13T00:00:00Z'),
    ...overrides,
  };
}

/** GZIP of `bytes`, with the browser's own compressor. */
export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

/** A bitstring of `length` bits with the bits at `set` (index 0 = most significant bit of byte 0). */
export function bitstring(length: number, set: number[] = []): Uint8Array<ArrayBuffer> {
  const bits = new Uint8Array(Math.ceil(length / 8));
  for (const index of set) bits[Math.floor(index / 8)] |= 0x80 >> (index % 8);
  return bits;
}

/** The payload of a status list credential whose `encodedList` is the gzip given. */
export function statusListPayload(purpose: string, gzipped: Uint8Array, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': [VC_V2_CONTEXT],
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: ISSUER_ID,
    validFrom: '2026-11-23T00:00:00Z',
    validUntil: '2026-11-24T00:00:00Z',
    credentialSubject: { type: 'BitstringStatusList', statusPurpose: purpose, encodedList: `u${encodeBase64url(gzipped)}` },
    iss: ISSUER_ID,
    iat: seconds('2026-11-23T00:00:00Z'),
    ...overrides,
  };
}

/** A signed status list of `length` bits (the minimum by default) with the bits at `set`. */
export async function signedStatusList(
  signer: Signer,
  purpose: string,
  { set = [], length = 131_072, overrides = {} }: { set?: number[]; length?: number; overrides?: Record<string, unknown> } = {},
): Promise<string> {
  return sign(signer, statusListPayload(purpose, await gzip(bitstring(length, set)), overrides));
}

/** A fake `fetch` that serves `files` by URL and records every request. */
export function fakeFetch(files: Record<string, string> = {}) {
  const requests: { url: string; init?: RequestInit }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    requests.push({ url, init });
    const body = files[url];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { headers: { 'content-type': 'application/vc+jwt' } });
  };
  return { fetch, files, requests, count: (url: string) => requests.filter((request) => request.url === url).length };
}

/** `jws` with its payload's character at `at` replaced by another base64url character. */
export function tamperPayload(jws: string, at = 10): string {
  const [header, payload, signature] = jws.split('.');
  const replaced = payload[at] === 'A' ? 'B' : 'A';
  return [header, payload.slice(0, at) + replaced + payload.slice(at + 1), signature].join('.');
}

/** An ES256 signature r||s re-encoded as DER (what OpenSSL and Java give), which JOSE does not allow. */
export function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.slice(start);
    const body = trimmed[0] & 0x80 ? [0, ...trimmed] : [...trimmed];
    return [0x02, body.length, ...body];
  };
  const sequence = [...integer(raw.slice(0, 32)), ...integer(raw.slice(32))];
  return new Uint8Array([0x30, sequence.length, ...sequence]);
}
