import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../src/core/config.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import '../helpers/probe-element.js';
import '../../src/service-rating/define.js';
import { warnings } from '../helpers/console.js';
import type { JawdaProbe } from '../helpers/probe-element.js';

const SUMMARY = 'GET /services/cr-renewal/rating-summary';
const summary = { serviceId: 'cr-renewal', scale: 'stars', count: 1204, average: 4.3, distribution: {} };

describe('core/element: what every element gets from the core', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('aborts its request when it leaves the page', async () => {
    const api = fakeApi({ [SUMMARY]: 'hang' });
    let aborted = false;
    configure({
      fetch: (input, init) => {
        init?.signal?.addEventListener('abort', () => (aborted = true));
        return api.fetch(input, init);
      },
    });
    const el = await fixture<JawdaProbe>(html`<jawda-probe service-id="cr-renewal"></jawda-probe>`);
    await until(() => api.count(SUMMARY) === 1, 'the request');
    expect(aborted).to.equal(false);
    el.remove();
    await until(() => aborted, 'the abort');
    expect(el.summary.state.status, 'an abort is not an error').to.equal('loading');
  });

  it('shows an invalid payload as a typed error naming the field, with a retry that works', async () => {
    const api = fakeApi({ [SUMMARY]: { json: { ...summary, count: -3 } } });
    const el = await fixture<JawdaProbe>(html`<jawda-probe service-id="cr-renewal"></jawda-probe>`);
    await until(() => el.summary.state.status === 'error', 'the error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('The service sent information this page cannot show.').and.contain('count');
    await expect(el).to.be.accessible();
    api.route(SUMMARY, { status: 503 });
    configure({ retry: { retries: 0 } });
    el.load();
    await until(() => shadowText(el).includes('The service is having a problem.'), 'the 503 message, without its code');
    api.route(SUMMARY, { json: summary });
    el.shadowRoot!.querySelector('button')!.click();
    await until(() => shadowText(el, '#count') === '1,204', 'the data after retry');
  });

  it('says it in Arabic, with Arabic-Indic digits, when the page is Arabic', async () => {
    fakeApi({ [SUMMARY]: 'network-error' }, { retry: { retries: 0 } });
    const el = await fixture<JawdaProbe>(html`<jawda-probe lang="ar" service-id="cr-renewal"></jawda-probe>`);
    await el.localeReady();
    await until(() => el.summary.state.status === 'error', 'the error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('تعذّر الوصول إلى الخدمة من هذه الصفحة الآن.').and.contain('حاول مرة أخرى');
    await expect(el).to.be.accessible();
  });

  it('warns once when a boolean attribute is written "false" (as Vue and Angular bindings do): it is on', async () => {
    const seen = await warnings(async () => {
      const one = await fixture(
        html`<service-rating service-id="cr-renewal" api-base="https://api.example.gov.bh/v1" show-summary="false"></service-rating>`,
      );
      await fixture(
        html`<service-rating service-id="cr-renewal" api-base="https://api.example.gov.bh/v1" show-summary="false" quick="false"></service-rating>`,
      );
      expect((one as HTMLElement & { showSummary: boolean }).showSummary, 'present means on, as in HTML').to.equal(true);
      await fixture(html`<service-rating service-id="cr-renewal" api-base="https://api.example.gov.bh/v1" show-summary></service-rating>`);
    });
    const falses = seen.filter((text) => text.includes('="false"'));
    expect(falses).to.have.length(2);
    expect(falses[0]).to.contain('<service-rating show-summary="false"> is on').and.contain('leave it out');
    expect(falses[1]).to.contain('quick="false"');
  });
});
