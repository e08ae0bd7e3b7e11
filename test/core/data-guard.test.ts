/**
 * A data controller's synchronous first value (inline JSON, server data) can fail as its load can:
 * then the element shows the same error state, and nothing is thrown at the host page (issue 23).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { loadContract } from '../../src/core/contract-check.js';
import { configure } from '../../src/core/config.js';
import '../../src/certification-badge/define.js';
import { resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { NOW, iga } from '../certification-badge/fixtures.js';

describe('core/data: a first value that fails is the error state', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('inline organisation JSON and a certificate-id not in it, the contract already loaded: a notice, no exception', async () => {
    await loadContract(); // the inline JSON is then read synchronously, in the first update
    configure({ now: () => NOW });
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent) => {
      thrown.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    const errors: string[] = [];
    try {
      const wrapper =
        await fixture<HTMLDivElement>(html`<div @certification-error=${(event: CustomEvent) => errors.push(event.detail.kind)}>
        <certification-badge lang="en" certificate-id="NO-SUCH-CERTIFICATE"><script type="application/json">${JSON.stringify(iga())}</script></certification-badge>
      </div>`);
      const el = wrapper.querySelector('certification-badge')!;
      await until(() => el.shadowRoot!.querySelector('[part="message"]'), 'the notice');
      expect(thrown, 'nothing thrown at the page').to.deep.equal([]);
      expect(shadowText(el, '[part="message"]')).to.not.equal('');
      expect(shadowText(el, '[part="message"]')).to.not.include('NO-SUCH-CERTIFICATE');
      expect(errors).to.deep.equal(['not-found']);
      await expect(el).to.be.accessible();
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
