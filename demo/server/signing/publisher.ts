/**
 * What the server signs: each certification it serves as a W3C Verifiable Credential 2.0 secured as
 * a compact JWS (`typ: vc+jwt`, VC-JOSE-COSE), and its two W3C Bitstring Status Lists (revocation,
 * suspension), signed by the same key. Signatures are kept while what they cover is unchanged, so a
 * record's bytes (and its ETag) stay the same from one request to the next.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Certification } from '../../../src/core/contract.js';
import type { Queryable } from '../db.js';
import type { ServerSettings } from '../settings.js';
import { bitstring, setIndexes, SIGNED_STATUSES, statusIndex, STATUS_PURPOSES, type StatusPurpose } from '../store/status-entries.js';
import { loadSigningKeys, signBytes, type PublicJwk, type SigningKeys } from './keys.js';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** Where the status lists are served, below the public origin. */
export const STATUS_LIST_PATH = '/status-lists';
/** How long a signed status list is good for: a verifier refuses it after, so a revocation shows within a day. */
export const STATUS_LIST_VALIDITY_MS = 24 * 60 * 60 * 1000;
// A list is signed again once this old, so every list served has most of its day ahead of it.
const STATUS_LIST_RESIGN_MS = 60 * 60 * 1000;
// Signed records kept per process; beyond it, the oldest go (they are signed again when asked).
const RECORD_CACHE_SIZE = 5000;

/** A signed status list and what the HTTP answer needs. */
export interface SignedStatusList {
  jws: string;
  etag: string;
  signedAt: number;
}

const base64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');
const seconds = (ms: number) => Math.floor(ms / 1000);

/** Signs certifications and status lists for one server. */
export class CertificationPublisher {
  readonly keys: SigningKeys;
  readonly issuerId: string;
  private readonly issuerName: { ar: string; en: string };
  private readonly publicOrigin: string;
  private readonly records = new Map<string, string>();
  private readonly lists = new Map<StatusPurpose, SignedStatusList & { bitsDigest: string }>();

  constructor(
    settings: Pick<ServerSettings, 'publicOrigin' | 'issuerId' | 'issuerName' | 'signingKey' | 'signingKeyFile'>,
    keys?: SigningKeys,
  ) {
    this.keys = keys ?? loadSigningKeys({ signingKey: settings.signingKey, keyFile: settings.signingKeyFile });
    this.publicOrigin = settings.publicOrigin.replace(/\/$/, '');
    this.issuerId = settings.issuerId ?? this.publicOrigin;
    this.issuerName = settings.issuerName;
  }

  /** The JWKS: every published public key (current, next, retired). */
  jwks(): { keys: PublicJwk[] } {
    return { keys: this.keys.published };
  }

  /**
   * This server as a portal's trust list names it (`configure({ trust })` or a `data-jawda-trust`
   * script): its issuer id and name, its published keys, where its lists and JWKS live.
   */
  trustList(): { issuers: Record<string, unknown>[] } {
    return {
      issuers: [
        {
          id: this.issuerId,
          name: this.issuerName,
          keys: this.keys.published,
          statusOrigins: [this.publicOrigin],
          jwksUri: `${this.publicOrigin}/.well-known/jwks.json`,
        },
      ],
    };
  }

  /** The URL of the status list of `purpose`. */
  statusListUrl(purpose: StatusPurpose): string {
    return `${this.publicOrigin}${STATUS_LIST_PATH}/${purpose}`;
  }

  /**
   * `certification` with `signed`: the record as a `vc+jwt` signed by the current key; unsigned when
   * its status is not one of an issued certificate (see SIGNED_STATUSES).
   */
  async sign(db: Queryable, certification: Certification): Promise<Certification> {
    if (!SIGNED_STATUSES.includes(certification.status)) {
      const { signed: _signed, ...unsigned } = certification;
      return unsigned;
    }
    const { status, lastVerifiedAt: _checked, signed: _signed, ...subject } = certification;
    const index = await statusIndex(db, certification.id, status);
    const validUntil = `${certification.expiryDate.slice(0, 10)}T23:59:59Z`;
    const claims = {
      '@context': [VC_V2_CONTEXT],
      type: ['VerifiableCredential', 'CertificationCredential'],
      issuer: this.issuer(),
      validFrom: `${certification.issueDate.slice(0, 10)}T00:00:00Z`,
      validUntil,
      credentialSubject: subject,
      credentialStatus: STATUS_PURPOSES.map((purpose) => ({
        id: `${this.statusListUrl(purpose)}#${index}`,
        type: 'BitstringStatusListEntry',
        statusPurpose: purpose,
        statusListIndex: String(index),
        statusListCredential: this.statusListUrl(purpose),
      })),
      iss: this.issuerId,
      exp: seconds(Date.parse(validUntil)),
    };
    const key = `${this.keys.current.kid}:${digest(claims)}`;
    let jws = this.records.get(key);
    if (!jws) {
      jws = this.compact({ ...claims, iat: seconds(Date.now()) });
      if (this.records.size >= RECORD_CACHE_SIZE) this.records.delete(this.records.keys().next().value!);
      this.records.set(key, jws);
    }
    return { ...certification, signed: jws };
  }

  /** The signed status list of `purpose` as it stands in `db` now. */
  async statusList(db: Queryable, purpose: StatusPurpose): Promise<SignedStatusList> {
    const bits = bitstring(await setIndexes(db, purpose));
    const bitsDigest = `${this.keys.current.kid}:${createHash('sha256').update(bits).digest('base64url')}`;
    const cached = this.lists.get(purpose);
    const now = Date.now();
    if (cached && cached.bitsDigest === bitsDigest && now - cached.signedAt < STATUS_LIST_RESIGN_MS) return cached;
    const url = this.statusListUrl(purpose);
    // Whole seconds, so validUntil and the JWT exp name the same instant.
    const from = seconds(now) * 1000;
    const jws = this.compact({
      '@context': [VC_V2_CONTEXT],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: this.issuer(),
      validFrom: new Date(from).toISOString().replace('.000Z', 'Z'),
      validUntil: new Date(from + STATUS_LIST_VALIDITY_MS).toISOString().replace('.000Z', 'Z'),
      credentialSubject: {
        id: `${url}#list`,
        type: 'BitstringStatusList',
        statusPurpose: purpose,
        encodedList: `u${gzipSync(bits).toString('base64url')}`,
      },
      iss: this.issuerId,
      iat: seconds(from),
      exp: seconds(from + STATUS_LIST_VALIDITY_MS),
    });
    const list = { jws, etag: `"${digest(jws).slice(0, 32)}"`, signedAt: now, bitsDigest };
    this.lists.set(purpose, list);
    return list;
  }

  private issuer() {
    return {
      id: this.issuerId,
      name: [
        { '@value': this.issuerName.en, '@language': 'en' },
        { '@value': this.issuerName.ar, '@language': 'ar', '@direction': 'rtl' },
      ],
    };
  }

  private compact(payload: Record<string, unknown>): string {
    const { alg, kid } = this.keys.current;
    const input = `${base64url({ alg, typ: 'vc+jwt', kid })}.${base64url(payload)}`;
    return `${input}.${signBytes(this.keys.current, Buffer.from(input)).toString('base64url')}`;
  }
}
