/**
 * A record's current status, from its issuer's W3C Bitstring Status List. The list is a `vc+jwt`
 * signed by the record's own issuer, fetched once per URL for the whole page however many badges
 * point at it (the promises are kept in this module), and read with a capped decompression.
 */
import { bitAt, decodeBitstring } from './bitstring.js';
import { fetchAllowed, fetchText } from './bounded-fetch.js';
import { issuerId, StatusListCredential, type StatusEntry } from './credential.js';
import type { KeyLookupOptions } from './keys.js';
import { isSigned, signedPayload } from './signed-payload.js';
import type { Failure } from './states.js';
import type { TrustList, TrustedIssuer } from './trust.js';
import { endOf, hasEnded, hasNotStarted, type Bounds } from './validity.js';

/** Largest status list read (base64url of a gzip): a little over the gzip of the largest list allowed. */
const MAX_LIST_JWS_BYTES = 4 * 1024 * 1024;

/** A list whose signature held, decoded. */
interface StatusList {
  purpose: string;
  bits: Uint8Array;
  bounds: Bounds;
}

// One request per list URL for the page, and one signature check and decompression per URL and issuer.
const responses = new Map<string, Promise<string | Failure>>();
const lists = new Map<string, Promise<StatusList | Failure>>();

/** What a status check needs from the caller. */
export type StatusOptions = KeyLookupOptions;

/**
 * The bit `entry` points at (1: the status of its purpose holds, e.g. revoked) in `issuer`'s list, or
 * why it could not be read: always `status-unavailable` (list unreachable, refused origin, signed by
 * another key or issuer, expired, too short, malformed).
 */
export async function statusBit(
  entry: StatusEntry,
  issuer: TrustedIssuer,
  trust: TrustList,
  options: StatusOptions,
): Promise<0 | 1 | Failure> {
  try {
    return await readBit(entry, issuer, trust, options);
  } catch {
    // The signature held already: whatever broke here (a browser without DecompressionStream), it is the status that is unknown.
    return unavailable('status-check-failed');
  }
}

async function readBit(entry: StatusEntry, issuer: TrustedIssuer, trust: TrustList, options: StatusOptions): Promise<0 | 1 | Failure> {
  if (entry.statusSize !== undefined && entry.statusSize !== 1) return unavailable('status-size-not-1');
  let url: URL;
  try {
    url = new URL(entry.statusListCredential);
  } catch {
    return unavailable('status-list-url-malformed');
  }
  if (!fetchAllowed(url, issuer.statusOrigins)) return unavailable('status-list-origin-refused');
  const list = await statusList(url, issuer, trust, options);
  if (!('bits' in list)) return list;
  if (list.purpose !== entry.statusPurpose) return unavailable('status-list-purpose-differs');
  // A stale list could hide a revocation made since: past its end it says nothing.
  if (hasEnded(list.bounds, options.now)) return unavailable('status-list-expired');
  if (hasNotStarted(list.bounds, options.now)) return unavailable('status-list-not-yet-valid');
  const bit = bitAt(list.bits, Number(entry.statusListIndex));
  return bit ?? unavailable('status-list-index-beyond-end');
}

function statusList(url: URL, issuer: TrustedIssuer, trust: TrustList, options: StatusOptions): Promise<StatusList | Failure> {
  const key = `${url.href}\n${JSON.stringify(issuer)}`;
  let list = lists.get(key);
  if (!list) {
    list = readStatusList(url, issuer, trust, options);
    lists.set(key, list);
  }
  return list;
}

async function readStatusList(url: URL, issuer: TrustedIssuer, trust: TrustList, options: StatusOptions): Promise<StatusList | Failure> {
  let response = responses.get(url.href);
  if (!response) {
    response = fetchText(options.fetch, url, MAX_LIST_JWS_BYTES).catch(() => unavailable('status-list-unreachable'));
    responses.set(url.href, response);
  }
  const jws = await response;
  if (typeof jws !== 'string') return jws;
  const signed = await signedPayload(jws.trim(), trust, { ...options, kind: 'status-list', expectedIssuer: issuer.id });
  if (!isSigned(signed)) return unavailable(`status-list-${signed.reason}`);
  const parsed = StatusListCredential.safeParse(signed.payload);
  if (!parsed.success) return unavailable('status-list-not-a-status-list');
  const { issuer: listIssuer, validFrom, validUntil, exp, credentialSubject } = parsed.data;
  if (issuerId(listIssuer) !== issuer.id) return unavailable('status-list-issuer-differs');
  const bounds = { validFrom, validUntil, exp };
  // A list that never ends could be replayed for ever to hide a revocation.
  if (endOf(bounds) === undefined) return unavailable('status-list-without-end');
  const bits = await decodeBitstring(credentialSubject.encodedList);
  if (typeof bits === 'string') return unavailable(`status-list-${bits}`);
  return { purpose: credentialSubject.statusPurpose, bits, bounds };
}

function unavailable(reason: string): Failure {
  return { state: 'status-unavailable', reason };
}
