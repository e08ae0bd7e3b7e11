import { expect } from '@open-wc/testing';
import { verifyRecord } from '../../../src/certification-badge/signed/verify.js';
import { bitAt, decodeBitstring, gunzip, MAX_STATUS_LIST_BYTES } from '../../../src/certification-badge/signed/bitstring.js';
import { encodeBase64url } from '../../../src/certification-badge/signed/base64url.js';
import {
  bitstring,
  certificationPayload,
  fakeFetch,
  gzip,
  listUrl,
  makeSigner,
  NOW,
  sign,
  signedStatusList,
  statusListPayload,
  trustOf,
  type Signer,
} from '../../helpers/signing.js';

/** The gzip of 1 GiB of zeros (about 1 MB), made once for the file: it takes about 5 s. */
let bombMade: Promise<Uint8Array<ArrayBuffer>> | undefined;
const gigabyteBomb = () => (bombMade ??= gzipOfZeros(1024));

/** The gzip of `megabytes` MiB of zeros, streamed through CompressionStream. */
async function gzipOfZeros(megabytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const zeros = new Uint8Array(1024 * 1024);
  let sent = 0;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      if (sent++ < megabytes) controller.enqueue(zeros);
      else controller.close();
    },
  });
  return new Uint8Array(await new Response(source.pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

describe('certification-badge/signed/status-list: the bitstring', () => {
  it('index 0 is the left-most bit: the most significant bit of byte 0', () => {
    const bits = new Uint8Array([0b1000_0001, 0b0100_0000]);
    expect([0, 1, 6, 7, 8, 9, 15].map((index) => bitAt(bits, index))).to.deep.equal([1, 0, 0, 1, 0, 1, 0]);
    expect(bitAt(bits, 16), 'beyond the end').to.equal(undefined);
    expect(bitAt(bits, -1)).to.equal(undefined);
  });

  it('reads multibase base64url (u) of gzip, at least 131,072 bits', async () => {
    const list = bitstring(131_072, [0, 131_071]);
    const decoded = await decodeBitstring(`u${encodeBase64url(await gzip(list))}`);
    expect(decoded).to.be.instanceOf(Uint8Array);
    expect([bitAt(decoded as Uint8Array, 0), bitAt(decoded as Uint8Array, 1), bitAt(decoded as Uint8Array, 131_071)]).to.deep.equal([
      1, 0, 1,
    ]);
    expect(await decodeBitstring(`u${encodeBase64url(await gzip(bitstring(100_000)))}`)).to.equal('too-short');
    expect(await decodeBitstring(`z${encodeBase64url(await gzip(list))}`), 'base58btc is not base64url').to.equal('encoding');
    expect(await decodeBitstring(`u${encodeBase64url(list)}`), 'not gzip').to.equal('gzip');
    const gzipped = await gzip(list);
    expect(await decodeBitstring(`u${encodeBase64url(gzipped.slice(0, gzipped.length - 4))}`), 'truncated').to.equal('gzip');
  });

  it('a gzip bomb stops at the cap, quickly, and the page stays responsive', async function () {
    this.timeout(60_000);
    // 1 GiB of zeros, about 1 MB of gzip: made here by streaming zeros through CompressionStream.
    const made = performance.now();
    const bomb = await gigabyteBomb();
    const makingMs = performance.now() - made;
    expect(bomb.length).to.be.below(1.1 * 1024 * 1024);

    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const started = performance.now();
    const result = await gunzip(bomb, MAX_STATUS_LIST_BYTES);
    const elapsed = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
    clearInterval(ticker);
    expect(result).to.equal('too-large');
    expect(elapsed, `stopped after ${elapsed.toFixed(0)} ms (the bomb took ${makingMs.toFixed(0)} ms to make)`).to.be.below(1000);
    expect(ticks, 'timers ran: the main thread was not held').to.be.above(0);
  });
});

describe('certification-badge/signed/status-list: lists that say nothing', () => {
  let signer: Signer;
  beforeEach(async () => {
    signer = await makeSigner('ES256');
  });

  async function check(list: string, { index = 42, purpose = 'revocation', trust = trustOf([signer]) } = {}) {
    const url = listUrl();
    const network = fakeFetch({ [url]: list });
    const record = await sign(signer, certificationPayload({ [purpose]: url }, { index }));
    return verifyRecord(record, trust, { now: NOW, fetch: network.fetch });
  }

  it('the bit the record points at decides, at any index', async () => {
    expect((await check(await signedStatusList(signer, 'revocation', { set: [0] }), { index: 0 })).state).to.equal('revoked');
    expect((await check(await signedStatusList(signer, 'revocation', { set: [0] }), { index: 1 })).state).to.equal('verified');
    expect((await check(await signedStatusList(signer, 'revocation', { set: [131_071] }), { index: 131_071 })).state).to.equal('revoked');
    expect(await check(await signedStatusList(signer, 'revocation'), { index: 131_072 })).to.include({
      state: 'status-unavailable',
      reason: 'status-list-index-beyond-end',
    });
  });

  it('a list of 100,000 bits is too short (herd privacy)', async () => {
    expect(await check(await signedStatusList(signer, 'revocation', { length: 100_000 }))).to.include({
      state: 'status-unavailable',
      reason: 'status-list-too-short',
    });
  });

  it('a list signed by another key, under the same kid or another', async () => {
    const other = await makeSigner('ES256', signer.kid);
    expect(await check(await signedStatusList(other, 'revocation'))).to.include({
      state: 'status-unavailable',
      reason: 'status-list-signature-does-not-hold',
    });
    const untrusted = await makeSigner('ES256');
    expect(await check(await signedStatusList(untrusted, 'revocation'))).to.include({
      state: 'status-unavailable',
      reason: 'status-list-kid-not-trusted',
    });
  });

  it('a list signed by another trusted issuer', async () => {
    const otherIssuer = await makeSigner('ES256');
    const trust = {
      issuers: [
        ...trustOf([signer]).issuers,
        { id: 'https://other.jawda.test', name: { ar: 'آخر', en: 'Other' }, keys: [otherIssuer.publicJwk as never] },
      ],
    };
    const list = await sign(
      otherIssuer,
      statusListPayload('revocation', await gzip(bitstring(131_072)), {
        iss: 'https://other.jawda.test',
        issuer: 'https://other.jawda.test',
      }),
    );
    expect(await check(list, { trust })).to.include({ state: 'status-unavailable', reason: 'status-list-iss-not-the-record-issuer' });
  });

  it('an expired list (beyond the skew), a list without an end, a list of another purpose', async () => {
    const expired = await signedStatusList(signer, 'revocation', { overrides: { validUntil: '2026-11-23T08:54:00Z' } });
    expect(await check(expired)).to.include({ state: 'status-unavailable', reason: 'status-list-expired' });
    const byExp = await signedStatusList(signer, 'revocation', {
      overrides: { exp: Math.floor(Date.parse('2026-11-23T08:50:00Z') / 1000) },
    });
    expect(await check(byExp)).to.include({ state: 'status-unavailable', reason: 'status-list-expired' });
    const withinSkew = await signedStatusList(signer, 'revocation', { overrides: { validUntil: '2026-11-23T08:56:00Z' } });
    expect((await check(withinSkew)).state).to.equal('verified');
    const endless = await signedStatusList(signer, 'revocation', { overrides: { validUntil: undefined } });
    expect(await check(endless)).to.include({ state: 'status-unavailable', reason: 'status-list-without-end' });
    expect(await check(await signedStatusList(signer, 'suspension'))).to.include({
      state: 'status-unavailable',
      reason: 'status-list-purpose-differs',
    });
  });

  it('a list that is a 1 GiB gzip bomb', async function () {
    this.timeout(60_000);
    const list = await sign(signer, statusListPayload('revocation', await gigabyteBomb()));
    const started = performance.now();
    expect(await check(list)).to.include({ state: 'status-unavailable', reason: 'status-list-too-large' });
    expect(performance.now() - started).to.be.below(2000);
  });

  it('a browser without DecompressionStream: the status is unavailable, the signature still held', async () => {
    const list = await signedStatusList(signer, 'revocation');
    const original = globalThis.DecompressionStream;
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    try {
      expect(await check(list)).to.include({ state: 'status-unavailable', reason: 'status-check-failed' });
    } finally {
      globalThis.DecompressionStream = original;
    }
  });

  it('a list that is not a status list, or not a JWS', async () => {
    expect((await check('<html>captive portal</html>')).state).to.equal('status-unavailable');
    const typeless = await signedStatusList(signer, 'revocation', { overrides: { type: ['VerifiableCredential'] } });
    expect(await check(typeless)).to.include({ reason: 'status-list-not-a-status-list' });
  });
});

describe('certification-badge/signed/status-list: fetching', () => {
  it('ten verifications sharing one list URL make one request', async () => {
    const signer = await makeSigner('Ed25519');
    const url = listUrl();
    const network = fakeFetch({ [url]: await signedStatusList(signer, 'revocation', { set: [3] }) });
    const records = await Promise.all(
      Array.from({ length: 10 }, (_, index) => sign(signer, certificationPayload({ revocation: url }, { index }))),
    );
    const results = await Promise.all(records.map((record) => verifyRecord(record, trustOf([signer]), { now: NOW, fetch: network.fetch })));
    expect(results.map((result) => result.state)).to.deep.equal([
      'verified',
      'verified',
      'verified',
      'revoked',
      ...Array(6).fill('verified'),
    ]);
    // And later ones, once the first answer is in, reuse it too.
    await verifyRecord(records[0], trustOf([signer]), { now: NOW, fetch: network.fetch });
    expect(network.count(url)).to.equal(1);
    expect(network.requests[0].init).to.include({ credentials: 'omit', redirect: 'error' });
  });

  it('statusOrigins restricts where lists may be fetched; http and data: lists are not fetched', async () => {
    const signer = await makeSigner('ES256');
    const network = fakeFetch();
    for (const [url, trust] of [
      [listUrl(), trustOf([signer], { statusOrigins: ['https://lists.bureau-veritas.test'] })],
      ['http://status.jawda.test/list', trustOf([signer])],
      ['data:application/vc+jwt,abc', trustOf([signer])],
    ] as const) {
      const record = await sign(signer, certificationPayload({ revocation: url }));
      expect(await verifyRecord(record, trust, { now: NOW, fetch: network.fetch })).to.include({
        state: 'status-unavailable',
        reason: 'status-list-origin-refused',
      });
    }
    expect(network.requests).to.have.length(0);
    const allowed = listUrl();
    network.files[allowed] = await signedStatusList(signer, 'revocation');
    const record = await sign(signer, certificationPayload({ revocation: allowed }));
    expect(
      (await verifyRecord(record, trustOf([signer], { statusOrigins: ['https://status.jawda.test'] }), { now: NOW, fetch: network.fetch }))
        .state,
    ).to.equal('verified');
  });

  it("through the page's own fetch, from a same-origin blob: URL", async () => {
    const signer = await makeSigner('ES256');
    const url = URL.createObjectURL(
      new Blob([await signedStatusList(signer, 'revocation', { set: [42] })], { type: 'application/vc+jwt' }),
    );
    try {
      const record = await sign(signer, certificationPayload({ revocation: url }));
      expect((await verifyRecord(record, trustOf([signer]), { now: NOW })).state).to.equal('revoked');
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
