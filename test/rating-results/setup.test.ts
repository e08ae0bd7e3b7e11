import { expect, html, oneEvent } from '@open-wc/testing';
import type { JawdaError } from '../../src/core/errors.js';
import { warnings } from '../helpers/console.js';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { ministry } from './fixtures.js';
import { mount, text } from './helpers.js';

describe('<rating-results>: setup problems', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const)
    it(`an api-key attribute is refused (${lang}), its value never repeated, and nothing is asked`, async () => {
      const api = fakeApi({ 'GET /results': { json: ministry() } });
      const el = document.createElement('rating-results');
      el.setAttribute('api-key', 'sk-live-SECRET');
      el.lang = lang;
      const failed = oneEvent(el, 'results-error');
      let error!: JawdaError;
      const log = await warnings(async () => {
        await mount(el);
        error = (await failed).detail as JawdaError;
        await el.updateComplete;
      });
      expect(error.kind).to.equal('misconfigured');
      expect(error.details.attribute).to.equal('api-key');
      expect(text(el, '[part="message"]')).to.contain(lang === 'en' ? 'Remove the api-key attribute' : 'احذف السمة api-key');
      expect(JSON.stringify(error.details) + error.message + text(el) + log.join(' ')).to.not.contain('SECRET');
      expect(api.requests).to.have.length(0);
      if (lang === 'en') expect(log.join(' '), 'warned once, in English').to.contain('Remove the api-key attribute');
      await expect(el).to.be.accessible();
    });

  it('a refresh under 60 seconds is refused, naming the value and the minimum', async () => {
    const api = fakeApi({ 'GET /results': { json: ministry() } });
    const el = await mount(html`<rating-results refresh="30"></rating-results>`);
    await el.updateComplete;
    expect(text(el, '[part="message"]')).to.contain('refresh is set to 30. Write 60 seconds or more.');
    expect(api.requests).to.have.length(0);
    el.setAttribute('refresh', '60');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]'), 'refresh="60" is allowed').to.equal(null);
  });

  it('distribution and reasons are views (no setup problem); an unknown one lists the views', async () => {
    fakeApi({ 'GET /results': { json: ministry() } });
    for (const view of ['distribution', 'reasons']) {
      const shown = await mount(html`<rating-results view=${view}></rating-results>`);
      await shown.updateComplete;
      expect(shown.shadowRoot!.querySelector('[part="message"][role="note"]'), view).to.equal(null);
      expect(shown.shadowRoot!.querySelector('.frame')!.getAttribute('data-view'), view).to.equal(view);
    }
    const unknown = await mount(html`<rating-results view="pie"></rating-results>`);
    await unknown.updateComplete;
    expect(text(unknown, '[part="message"]')).to.contain('view is set to pie. Use overview, compare, trend, distribution, or reasons');
  });

  it('metric, confidence, period, by and audience outside their values are named', async () => {
    fakeApi({ 'GET /results': { json: ministry() } });
    for (const [name, value] of [
      ['metric', 'median'],
      ['confidence', '80'],
      ['period', 'week'],
      ['by', 'region'],
      ['audience', 'admin'],
    ] as const) {
      const el = document.createElement('rating-results');
      el.setAttribute(name, value);
      await mount(el);
      await el.updateComplete;
      expect(text(el, '[part="message"]'), name).to.contain(`${name} is set to ${value}.`);
    }
  });
});
