/**
 * A view's chunk that cannot be fetched (the connection dropped after the element's own code came)
 * is a failure with Try again, never a skeleton that stays. The compare chunk must not have been
 * loaded in this page before (each test file has its own page).
 */
import { expect, html } from '@open-wc/testing';
import { resultsViews } from '../../src/rating-results/rating-results.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { failRequests } from '../helpers/network.js';
import { ministry } from './fixtures.js';
import { mount } from './helpers.js';

const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="message"] button');

describe('<rating-results>: a view that cannot be fetched', () => {
  beforeEach(resetJawda);
  afterEach(async () => {
    await failRequests(null);
    resetJawda();
  });

  it('compare (Arabic): the failure with Try again, not the skeleton; Try again brings the chart', async () => {
    expect(resultsViews.compare.module, 'no compare chunk in this page yet').to.equal(undefined);
    await failRequests('*/rating-results/compare.*');
    fakeApi({ 'GET /results': { json: ministry() } });
    const el = await mount(html`<rating-results view="compare" lang="ar"></rating-results>`);
    await until(() => retryButton(el), 'the failure, with Try again', 8000);
    expect(shadowText(el, '[part="message"]')).to.include('تعذّر الوصول إلى الخدمة');
    expect(el.shadowRoot!.querySelector('.pending'), 'no skeleton left').to.equal(null);
    await expect(el).to.be.accessible();

    await failRequests(null);
    retryButton(el)!.click();
    await until(() => el.shadowRoot!.querySelector('.point'), 'the chart after Try again', 8000);
  });
});
