import { expect } from '@open-wc/testing';
import { verifyRecord } from '../../../src/certification-badge/signed/verify.js';
import { JWKS_COOLDOWN_MS } from '../../../src/certification-badge/signed/keys.js';
import { certificationPayload, listUrl, makeSigner, NOW, sign, signedStatusList, trustOf, fakeFetch } from '../../helpers/signing.js';

describe('certification-badge/signed/keys: key rotation through the issuer JWKS', () => {
  it('reads jwksUri only for an unknown kid of a trusted issuer, at most once per cooldown, without credentials', async () => {
    const current = await makeSigner('ES256');
    const next = await makeSigner('ES256');
    const later = await makeSigner('Ed25519');
    const jwksUri = `https://bureau-veritas.jawda.test/${crypto.randomUUID()}/jwks.json`;
    const url = listUrl();
    const network = fakeFetch({
      [url]: await signedStatusList(current, 'revocation'),
      [jwksUri]: JSON.stringify({ keys: [current.publicJwk, next.publicJwk, { kty: 'RSA', n: 'x', e: 'AQAB' }] }),
    });
    const trust = trustOf([current], { jwksUri });
    const check = (signer: typeof current, now = NOW) =>
      sign(signer, certificationPayload({ revocation: url })).then((record) => verifyRecord(record, trust, { now, fetch: network.fetch }));

    expect((await check(current)).state).to.equal('verified');
    expect(network.count(jwksUri), 'a known kid: no JWKS read').to.equal(0);

    expect((await check(next)).state, 'the next key, published beside the current one').to.equal('verified');
    expect(network.count(jwksUri)).to.equal(1);
    expect(network.requests.find((request) => request.url === jwksUri)?.init).to.include({ credentials: 'omit' });

    network.files[jwksUri] = JSON.stringify({ keys: [later.publicJwk] });
    expect((await check(later, new Date(NOW.getTime() + 60_000))).state, 'within the cooldown: not read again').to.equal('unknown-signer');
    expect(network.count(jwksUri)).to.equal(1);
    expect((await check(later, new Date(NOW.getTime() + JWKS_COOLDOWN_MS + 1000))).state, 'after the cooldown').to.equal('verified');
    expect(network.count(jwksUri)).to.equal(2);
  });

  it('never reads a JWKS for an issuer the portal does not trust, nor one named in the record', async () => {
    const signer = await makeSigner('ES256');
    const network = fakeFetch();
    const record = await sign(signer, certificationPayload({ revocation: listUrl() }), { jku: 'https://evil.test/jwks.json' });
    const trust = trustOf([], { id: 'https://someone-else.test', jwksUri: 'https://someone-else.test/jwks.json' });
    expect((await verifyRecord(record, trust, { now: NOW, fetch: network.fetch })).state).to.equal('unknown-signer');
    expect(network.requests).to.have.length(0);
  });
});
