import { expect, fixture, html } from '@open-wc/testing';
import { readTrust } from '../../../src/certification-badge/signed/trust.js';
import { verifyRecord } from '../../../src/certification-badge/signed/verify.js';
import {
  certificationPayload,
  fakeFetch,
  ISSUER_ID,
  ISSUER_NAME,
  listUrl,
  makeSigner,
  NOW,
  sign,
  signedStatusList,
  trustOf,
} from '../../helpers/signing.js';

const issuer = (id: string) => ({
  id,
  name: { ar: 'جهة', en: 'Body' },
  keys: [{ kid: 'k1', kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB' }],
});

describe('certification-badge/signed/trust: where the trust list comes from', () => {
  it('reads every data-jawda-trust script of the document, wherever it is, issuers together', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <script type="application/json" data-jawda-trust>${JSON.stringify({ issuers: [issuer('https://a.test')] })}</script>
      <section><script type="application/json" data-jawda-trust>${JSON.stringify({ issuers: [issuer('https://b.test')] })}</script></section>
      <script type="application/json">${JSON.stringify({ issuers: [issuer('https://not-trust.test')] })}</script>
    </div>`);
    const reading = readTrust(undefined);
    expect(reading.problems).to.deep.equal([]);
    expect(reading.trust.issuers.map((entry) => entry.id)).to.deep.equal(['https://a.test', 'https://b.test']);
    page.remove();
  });

  it('configure() options win over the page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><script type="application/json" data-jawda-trust>${JSON.stringify({ issuers: [issuer('https://page.test')] })}</script></div>`,
    );
    expect(readTrust({ trust: { issuers: [issuer('https://configured.test')] } }).trust.issuers.map((entry) => entry.id)).to.deep.equal([
      'https://configured.test',
    ]);
    expect(
      readTrust({}).trust.issuers.map((entry) => entry.id),
      'no trust option: the page',
    ).to.deep.equal(['https://page.test']);
    page.remove();
  });

  it('bad JSON or a wrong shape is a problem, never a throw, and trusts nobody', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <script type="application/json" data-jawda-trust>{ "issuers": [ </script>
      <script type="application/json" data-jawda-trust>${JSON.stringify({ issuers: [{ id: 'https://x.test', keys: [] }] })}</script>
    </div>`);
    const reading = readTrust(undefined);
    expect(reading.trust.issuers).to.deep.equal([]);
    expect(reading.problems.map(({ source, reason }) => `${source} ${reason}`)).to.deep.equal(['page not-json', 'page invalid']);
    expect(reading.problems[1].detail).to.match(/name/);
    expect(reading.problems[0].element).to.equal(page.querySelector('script'));
    const configured = readTrust({ trust: { issuers: 'all' } });
    expect(configured).to.deep.include({ trust: { issuers: [] } });
    expect(configured.problems[0]).to.include({ source: 'configure', reason: 'invalid' });
    page.remove();
  });

  it('keeps only the public members of a key: a private key pasted by mistake is not kept', () => {
    const { trust } = readTrust({
      trust: { issuers: [{ ...issuer('https://a.test'), keys: [{ ...issuer('x').keys[0], d: 'secret', key_ops: ['sign'] }] }] },
    });
    expect(trust.issuers[0].keys[0]).to.deep.equal(issuer('x').keys[0]);
  });

  it('a record verifies with the trust list from the page', async () => {
    const signer = await makeSigner('ES256');
    const url = listUrl();
    const network = fakeFetch({ [url]: await signedStatusList(signer, 'revocation') });
    const page = await fixture<HTMLElement>(
      html`<div><script type="application/json" data-jawda-trust>${JSON.stringify(trustOf([signer]))}</script></div>`,
    );
    const result = await verifyRecord(await sign(signer, certificationPayload({ revocation: url })), readTrust(undefined).trust, {
      now: NOW,
      fetch: network.fetch,
    });
    expect(result).to.deep.include({ state: 'verified', issuer: { id: ISSUER_ID, name: ISSUER_NAME } });
    page.remove();
  });
});
