import { expect } from '@open-wc/testing';
import { verifyRecord } from '../../../src/certification-badge/signed/verify.js';
import { encodeBase64url } from '../../../src/certification-badge/signed/base64url.js';
import {
  certificationPayload,
  derSignature,
  fakeFetch,
  ISSUER_ID,
  ISSUER_NAME,
  listUrl,
  makeSigner,
  NOW,
  rawSignature,
  seconds,
  sign,
  signedStatusList,
  tamperPayload,
  TEST_ALGORITHMS,
  trustOf,
  type Signer,
} from '../../helpers/signing.js';
import { igaIso9001 } from '../fixtures.js';

/** A record by `signer` whose two lists (revocation, suspension) are served with the bits given. */
async function published(signer: Signer, { revoked = false, suspended = false, payload = {} as Record<string, unknown> } = {}) {
  const lists = { revocation: listUrl('revocation'), suspension: listUrl('suspension') };
  const network = fakeFetch({
    [lists.revocation]: await signedStatusList(signer, 'revocation', { set: revoked ? [42] : [7] }),
    [lists.suspension]: await signedStatusList(signer, 'suspension', { set: suspended ? [42] : [43] }),
  });
  const record = await sign(signer, certificationPayload(lists, { overrides: payload }));
  return { lists, network, record };
}

const { status: _status, lastVerifiedAt: _checked, ...certification } = igaIso9001();

for (const alg of TEST_ALGORITHMS) {
  describe(`certification-badge/signed/verify: the states, ${alg}`, () => {
    let signer: Signer;
    beforeEach(async () => {
      signer = await makeSigner(alg);
    });

    it('verified: a trusted key, status bits 0, within dates; what it shows comes from the payload', async () => {
      const { record, network } = await published(signer);
      const result = await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch });
      expect(result).to.deep.equal({
        state: 'verified',
        issuer: { id: ISSUER_ID, name: ISSUER_NAME },
        checkedAt: NOW.toISOString(),
        certification,
        validUntil: '2027-03-13T00:00:00.000Z',
      });
      expect(network.requests.map((request) => request.init?.credentials)).to.deep.equal(['omit', 'omit']);
    });

    it('signature-invalid: one payload character changed, or a signature from another key under the same kid', async () => {
      const { record, network } = await published(signer);
      const tampered = await verifyRecord(tamperPayload(record), trustOf([signer]), { now: NOW, fetch: network.fetch });
      expect(tampered.state).to.equal('signature-invalid');
      expect(tampered.certification, 'nothing from an unproven payload').to.equal(undefined);

      const impostor = await makeSigner(alg, signer.kid);
      const forged = await sign(impostor, certificationPayload({ revocation: listUrl() }));
      const result = await verifyRecord(forged, trustOf([signer]), { now: NOW, fetch: network.fetch });
      expect(result).to.include({ state: 'signature-invalid', reason: 'signature-does-not-hold' });
      expect(network.requests, 'no status list is fetched for a forgery').to.have.length(0);
    });

    it('signature-invalid: any character of the header or signature changed', async () => {
      const { record, network } = await published(signer);
      const [header, payload, signature] = record.split('.');
      const flip = (part: string, at: number) => part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
      for (const changed of [
        [flip(header, 5), payload, signature],
        [header, payload, flip(signature, 3)],
      ]) {
        expect((await verifyRecord(changed.join('.'), trustOf([signer]), { now: NOW, fetch: network.fetch })).state).to.equal(
          'signature-invalid',
        );
      }
    });

    it('unknown-signer: an iss or a kid the portal does not trust', async () => {
      const { record, network } = await published(signer);
      const other = await makeSigner(alg);
      expect(await verifyRecord(record, trustOf([other]), { now: NOW, fetch: network.fetch })).to.include({
        state: 'unknown-signer',
        reason: 'kid-not-trusted',
      });
      const trustingAnother = { issuers: [{ ...trustOf([signer]).issuers[0], id: 'https://another.jawda.test' }] };
      expect(await verifyRecord(record, trustingAnother, { now: NOW, fetch: network.fetch })).to.include({
        state: 'unknown-signer',
        reason: 'iss-not-trusted',
      });
      expect(await verifyRecord(record, { issuers: [] }, { now: NOW, fetch: network.fetch })).to.have.property('state', 'unknown-signer');
    });

    it('revoked / suspended: the bit of that purpose is 1 (revoked first when both are)', async () => {
      for (const [flags, state] of [
        [{ revoked: true }, 'revoked'],
        [{ suspended: true }, 'suspended'],
        [{ revoked: true, suspended: true }, 'revoked'],
      ] as const) {
        const { record, network } = await published(signer, flags);
        const result = await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch });
        expect(result.state, JSON.stringify(flags)).to.equal(state);
        expect(result.issuer).to.deep.equal({ id: ISSUER_ID, name: ISSUER_NAME });
      }
    });

    it('expired: validUntil or exp passed beyond the 5-minute skew; 4 minutes after exp is accepted, 6 is not', async () => {
      const end = new Date('2026-11-23T08:00:00Z');
      const { record, network } = await published(signer, { payload: { exp: seconds(end), validUntil: '2027-03-13T00:00:00Z' } });
      const at = (minutes: number) =>
        verifyRecord(record, trustOf([signer]), { now: new Date(end.getTime() + minutes * 60_000), fetch: network.fetch });
      expect((await at(4)).state).to.equal('verified');
      const expired = await at(6);
      expect(expired).to.include({ state: 'expired', validUntil: end.toISOString() });
      expect(expired.certification, 'what expired, from the verified payload').to.deep.equal(certification);

      const byValidUntil = await published(signer, { payload: { validUntil: '2026-11-23T08:50:00Z' } });
      expect((await verifyRecord(byValidUntil.record, trustOf([signer]), { now: NOW, fetch: byValidUntil.network.fetch })).state).to.equal(
        'expired',
      );
      expect(byValidUntil.network.requests, 'no list fetched for an expired record').to.have.length(0);
    });

    it('status-unavailable: the list cannot be fetched; the signature holds but it never reads verified', async () => {
      const record = await sign(signer, certificationPayload({ revocation: listUrl() }));
      const result = await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch });
      expect(result).to.include({ state: 'status-unavailable', reason: 'status-list-unreachable' });
      expect(result.issuer).to.deep.equal({ id: ISSUER_ID, name: ISSUER_NAME });
      const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      expect(
        (
          await verifyRecord(await sign(signer, certificationPayload({ revocation: listUrl() })), trustOf([signer]), {
            now: NOW,
            fetch: offline,
          })
        ).state,
      ).to.equal('status-unavailable');
    });

    it('unsupported: the browser lacks the algorithm (NotSupportedError on import)', async () => {
      const { record, network } = await published(signer);
      const subtle = crypto.subtle;
      const original = subtle.importKey;
      subtle.importKey = function (...args: Parameters<SubtleCrypto['importKey']>) {
        const name = (args[2] as Algorithm).name;
        if (name === (alg === 'ES256' ? 'ECDSA' : 'Ed25519'))
          return Promise.reject(new DOMException(`${name} is not supported`, 'NotSupportedError'));
        return original.apply(subtle, args as never);
      } as typeof original;
      try {
        expect(await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })).to.include({ state: 'unsupported' });
      } finally {
        subtle.importKey = original;
      }
    });

    it('a jwk header naming a key the portal does not trust is unknown-signer; with a trusted kid the embedded key is ignored', async () => {
      const attacker = await makeSigner(alg);
      const payload = certificationPayload({ revocation: listUrl() });
      const ownKey = await sign(attacker, payload, { jwk: attacker.publicJwk });
      expect(await verifyRecord(ownKey, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch })).to.include({ state: 'unknown-signer' });
      const underTrustedKid = await sign(attacker, payload, {
        kid: signer.kid,
        jwk: attacker.publicJwk,
        jku: 'https://evil.test/jwks',
        x5c: ['AAAA'],
      });
      expect(await verifyRecord(underTrustedKid, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch })).to.include({
        state: 'signature-invalid',
      });
    });

    it('a key with the kid but of another type or curve is not the signing key', async () => {
      const otherType = await makeSigner(alg === 'ES256' ? 'Ed25519' : 'ES256', signer.kid);
      const { record, network } = await published(signer);
      expect(await verifyRecord(record, trustOf([otherType]), { now: NOW, fetch: network.fetch })).to.include({
        state: 'signature-invalid',
        reason: 'key-type-does-not-fit-alg',
      });
    });
  });
}

describe('certification-badge/signed/verify: refused before any key is imported', () => {
  let signer: Signer;
  let imports: number;
  let original: SubtleCrypto['importKey'];
  beforeEach(async () => {
    signer = await makeSigner('ES256');
    imports = 0;
    original = crypto.subtle.importKey;
    crypto.subtle.importKey = function (...args: Parameters<SubtleCrypto['importKey']>) {
      imports++;
      return original.apply(crypto.subtle, args as never);
    } as typeof original;
  });
  afterEach(() => {
    crypto.subtle.importKey = original;
  });

  const payloadText = () => encodeBase64url(new TextEncoder().encode(JSON.stringify(certificationPayload({ revocation: listUrl() }))));
  const headerText = (header: unknown) => encodeBase64url(new TextEncoder().encode(JSON.stringify(header)));

  it('alg none, with or without a signature', async () => {
    const input = `${headerText({ alg: 'none', typ: 'vc+jwt', kid: signer.kid })}.${payloadText()}`;
    for (const jws of [`${input}.`, `${input}.${encodeBase64url(new Uint8Array(64))}`]) {
      expect(await verifyRecord(jws, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch })).to.include({ state: 'signature-invalid' });
    }
    expect(imports).to.equal(0);
  });

  it('HS256 with the public key as the secret', async () => {
    const input = `${headerText({ alg: 'HS256', typ: 'vc+jwt', kid: signer.kid })}.${payloadText()}`;
    const secret = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(JSON.stringify(signer.publicJwk)),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    imports = 0;
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', secret, new TextEncoder().encode(input)));
    const result = await verifyRecord(`${input}.${encodeBase64url(mac)}`, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch });
    expect(result).to.include({ state: 'signature-invalid', reason: 'alg-refused' });
    expect(imports).to.equal(0);
  });

  it('RS256, ES384 and lower-case es256 are refused too', async () => {
    for (const alg of ['RS256', 'PS256', 'ES384', 'es256', 'EDDSA']) {
      const jws = await sign(signer, certificationPayload({ revocation: listUrl() }), { alg });
      expect(await verifyRecord(jws, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch }), alg).to.include({ reason: 'alg-refused' });
    }
    expect(imports).to.equal(0);
  });

  it('typ JWT (or none, or vc+ld+json+jwt)', async () => {
    for (const typ of ['JWT', undefined, 'vc+ld+json+jwt', 'VC+JWT']) {
      const jws = await sign(signer, certificationPayload({ revocation: listUrl() }), { typ });
      expect(await verifyRecord(jws, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch }), String(typ)).to.include({
        state: 'signature-invalid',
        reason: 'typ-not-vc+jwt',
      });
    }
    expect(imports).to.equal(0);
  });

  it('crit present, a kid missing, a header or payload that is not JSON, base64url that is not strict', async () => {
    const payload = certificationPayload({ revocation: listUrl() });
    expect(await verifyRecord(await sign(signer, payload, { crit: ['b64'], b64: true }), trustOf([signer]), { now: NOW })).to.include({
      reason: 'crit-refused',
    });
    expect(await verifyRecord(await sign(signer, payload, { b64: false }), trustOf([signer]), { now: NOW })).to.include({
      reason: 'crit-refused',
    });
    expect(await verifyRecord(await sign(signer, payload, { kid: undefined }), trustOf([signer]), { now: NOW })).to.include({
      reason: 'kid-missing',
    });
    const good = await sign(signer, payload);
    const [header, body, signature] = good.split('.');
    for (const malformed of [
      `${header}=.${body}.${signature}`,
      `${header}.${body}.${signature}==`,
      `${header}.${body.replace(/-/g, '+')}x.${signature}`,
      `${header}.${body}`,
      `${header}.${body}.${signature}.x`,
      `${encodeBase64url(new TextEncoder().encode('{nope'))}.${body}.${signature}`,
    ]) {
      expect((await verifyRecord(malformed, trustOf([signer]), { now: NOW })).state, malformed.slice(0, 20)).to.equal('signature-invalid');
    }
    expect(imports).to.equal(0);
  });
});

describe('certification-badge/signed/verify: the signature holds, the content is checked too', () => {
  it('a DER-encoded ES256 signature is refused (JOSE signatures are raw r||s)', async () => {
    const signer = await makeSigner('ES256');
    const { record, network } = await published(signer);
    const [header, payload] = record.split('.');
    const der = derSignature(await rawSignature(signer, `${header}.${payload}`));
    const result = await verifyRecord(`${header}.${payload}.${encodeBase64url(der)}`, trustOf([signer]), {
      now: NOW,
      fetch: network.fetch,
    });
    expect(result).to.include({ state: 'signature-invalid', reason: 'signature-length' });
    expect((await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })).state, 'the same record, raw').to.equal(
      'verified',
    );
  });

  it('EdDSA, the older name for Ed25519, verifies with the same key', async () => {
    const signer = await makeSigner('EdDSA');
    const { record, network } = await published(signer);
    expect((await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })).state).to.equal('verified');
  });

  it('an iss other than the issuer id, a VC 1.1 context, a payload that is not a credential: never verified', async () => {
    const signer = await makeSigner('ES256');
    for (const overrides of [
      { issuer: { id: 'https://someone-else.jawda.test', name: 'X' } },
      { '@context': ['https://www.w3.org/2018/credentials/v1'] },
      { type: ['CertificationCredential'] },
      { credentialSubject: { id: 'x' } },
      { exp: undefined },
    ]) {
      const { record, network } = await published(signer, { payload: overrides });
      expect((await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })).state, JSON.stringify(overrides)).to.equal(
        'signature-invalid',
      );
    }
  });

  it('a record with no revocation or suspension entry has no checkable status', async () => {
    const signer = await makeSigner('ES256');
    const record = await sign(
      signer,
      certificationPayload(
        {},
        {
          overrides: {
            credentialStatus: [
              { type: 'BitstringStatusListEntry', statusPurpose: 'message', statusListIndex: '1', statusListCredential: listUrl() },
            ],
          },
        },
      ),
    );
    expect(await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: fakeFetch().fetch })).to.include({
      state: 'status-unavailable',
    });
  });

  it('a record not yet valid never reads verified', async () => {
    const signer = await makeSigner('ES256');
    const { record, network } = await published(signer, { payload: { validFrom: '2026-11-23T09:10:00Z' } });
    expect(await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })).to.include({
      state: 'status-unavailable',
      reason: 'not-yet-valid',
    });
  });

  it('a key under the kid on another curve, or declaring another alg, is not the signing key', async () => {
    const signer = await makeSigner('ES256');
    const { record, network } = await published(signer);
    const p384 = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, ['sign'])) as CryptoKeyPair;
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', p384.publicKey);
    const declaring = { ...signer.publicJwk, alg: 'ES384' };
    for (const key of [{ kty, crv, x, y, kid: signer.kid }, declaring]) {
      const trust = { issuers: [{ ...trustOf([signer]).issuers[0], keys: [key as never] }] };
      expect(await verifyRecord(record, trust, { now: NOW, fetch: network.fetch })).to.include({
        state: 'signature-invalid',
        reason: 'key-type-does-not-fit-alg',
      });
    }
  });

  it('unsupported where the page has no WebCrypto (a portal served over plain http)', async () => {
    const signer = await makeSigner('ES256');
    const { record, network } = await published(signer);
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(await verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })).to.include({ state: 'unsupported' });
    } finally {
      delete (crypto as { subtle?: SubtleCrypto }).subtle;
    }
    expect(crypto.subtle).to.be.instanceOf(SubtleCrypto);
  });

  it('never throws, whatever it is given', async () => {
    for (const jws of ['', '...', 'a.b.c', null, 42, 'x'.repeat(100_000)]) {
      expect((await verifyRecord(jws as string, { issuers: [] }, { now: NOW })).state).to.equal('signature-invalid');
    }
  });
});
