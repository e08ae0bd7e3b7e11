/**
 * core/data.ts's one wiring of an element's data (inline JSON, server-rendered data, the API) and its
 * one answer to "does this element need an API?", on a plain LitElement, then on the elements.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as lit } from 'lit';
import { apiClient } from '../../src/core/api.js';
import { loadContract } from '../../src/core/contract-check.js';
import { resolveConfig } from '../../src/core/config.js';
import type { RatingSummary } from '../../src/core/contract.js';
import { ElementData, contractReader } from '../../src/core/data.js';
import { needsApi } from '../../src/core/data-in-page.js';
import { SERVER_SCRIPT } from '../../src/core/inline-data.js';
import '../../src/certification-badge/define.js';
import '../../src/centre-scorecard/define.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { NOW, igaIso9001 } from '../certification-badge/fixtures.js';
import { isaTown } from '../centre-scorecard/fixtures.js';

const SUMMARY = 'GET /services/cr-renewal/rating-summary';
const summary = (count: number): RatingSummary => ({ serviceId: 'cr-renewal', scale: 'stars', count, average: 4.3, distribution: {} });

class DataProbe extends LitElement {
  static override properties = { serviceId: { attribute: 'service-id' } };
  serviceId?: string;
  readonly data = new ElementData(this, {
    named: () => !!this.serviceId,
    args: () => [this.serviceId] as const,
    read: contractReader('RatingSummary'),
    fetch: ([, serviceId], signal) => apiClient().get(resolveConfig({}), 'ratingSummary', { serviceId }, 'RatingSummary', signal),
  });
  renders: string[] = [];

  protected override render() {
    const { state } = this.data;
    const shown = state.status === 'ready' ? String(state.data.count) : state.status;
    this.renders.push(shown);
    return lit`<p>${shown}</p>`;
  }
}
customElements.define('data-probe', DataProbe);

const json = (data: unknown) =>
  Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(data) });

function withJson(tag: string, data: unknown, server = false): HTMLElement {
  const el = document.createElement(tag);
  const script = json(data);
  if (server) script.setAttribute(SERVER_SCRIPT, '');
  el.append(script);
  return el;
}

/** `document.readyState` as while the parser is still writing the page, until `done()` fires DOMContentLoaded. */
function parsing(): { done: () => void } {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
  return {
    done: () => {
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

describe('core/data: one wiring of an element data, one answer to "needs an API"', () => {
  beforeEach(resetJawda);
  afterEach(() => {
    delete (document as { readyState?: unknown }).readyState;
    resetJawda();
  });

  it('needs an API unless its data is in the page: inline JSON (for an element that takes it) or server-rendered', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const none = document.createElement('data-probe');
    const inline = withJson('data-probe', summary(1));
    const server = withJson('data-probe', summary(2), true);
    box.append(none, inline, server);
    expect(needsApi(none as DataProbe)).to.equal(true);
    expect(needsApi(inline as DataProbe)).to.equal(false);
    expect(needsApi(inline as DataProbe, { inline: false }), 'an element that takes no inline JSON').to.equal(true);
    expect(needsApi(server as DataProbe)).to.equal(false);
    expect(needsApi(server as DataProbe, { inline: false })).to.equal(false);
  });

  it('inline JSON is shown in the first render once the contract is loaded, and the API is never asked', async () => {
    const api = fakeApi({ [SUMMARY]: { json: summary(99) } });
    await loadContract();
    const el = withJson('data-probe', summary(7)) as DataProbe;
    el.setAttribute('service-id', 'cr-renewal');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.renders[0], 'the first render').to.equal('7');
    expect(api.count(SUMMARY)).to.equal(0);
  });

  it('server-rendered data is the first render only: a change of identity asks the API', async () => {
    const api = fakeApi({
      [SUMMARY]: { json: summary(99) },
      'GET /services/other/rating-summary': { json: { ...summary(5), serviceId: 'other' } },
    });
    await loadContract();
    const el = withJson('data-probe', summary(3), true) as DataProbe;
    el.setAttribute('service-id', 'cr-renewal');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.renders[0]).to.equal('3');
    expect(api.count(SUMMARY)).to.equal(0);
    el.serviceId = 'other';
    await until(() => shadowText(el) === '5', 'the API answer for the new identity');
  });

  it('waits while the parser is still inside an element that names nothing: no load, then its inline JSON', async () => {
    const api = fakeApi({ [SUMMARY]: { json: summary(99) } });
    await loadContract();
    const parser = parsing();
    const el = document.createElement('data-probe') as DataProbe;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.data.state.status).to.equal('idle');
    expect(el.data.needsApi(), 'no API named missing while the inline JSON may come').to.equal(false);
    el.append(json(summary(8)));
    parser.done();
    await until(() => shadowText(el) === '8', 'the inline data');
    expect(api.count(SUMMARY)).to.equal(0);
  });

  for (const [tag, data, words] of [
    ['certification-badge', igaIso9001(), /Valid certificate/],
    ['centre-scorecard', isaTown(), /Isa Town/],
  ] as const) {
    it(`<${tag}> upgraded while the parser is inside it names no missing attribute, then shows its inline JSON`, async () => {
      const api = fakeApi({}, { now: () => NOW });
      const errors: string[] = [];
      const parser = parsing();
      const box = await fixture<HTMLDivElement>(
        html`<div lang="en" @certification-error=${(e: CustomEvent) => errors.push(e.detail.kind)} @scorecard-error=${(e: CustomEvent) => errors.push(e.detail.kind)}></div>`,
      );
      const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      box.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="message"]'), 'no setup problem while the parser writes').to.equal(null);
      el.append(json(data));
      parser.done();
      await until(() => words.test(shadowText(el)), 'the inline data');
      expect(errors).to.deep.equal([]);
      expect(api.requests).to.deep.equal([]);
    });
  }
});
