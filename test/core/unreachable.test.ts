/**
 * A request that fails while the browser is online is not "offline": the citizen reads that the
 * service can't be reached, and the console names the setting to fix (issue 19, point 6).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { configure } from '../../src/index.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';

describe('unreachable is told apart from offline', () => {
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    resetJawda();
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    resetJawda();
  });

  it('an API on another origin that does not allow this page: "can\'t be reached", and the allowed-origins setting in the console', async () => {
    // The test server, under another name: it answers, without Access-Control-Allow-Origin.
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    expect(other).to.not.equal(location.origin);
    configure({ apiBase: `${other}/no-cors-api/v1`, retry: { retries: 0 } });
    const el = await fixture<ServiceRating>(html`<service-rating lang="en" service-id="cr-renewal" readonly></service-rating>`);
    const errors: string[] = [];
    el.addEventListener('rating-error', (event) => errors.push(event.detail.kind));
    await until(() => el.shadowRoot!.querySelector('[part="message"]'), 'the notice', 8000);
    const text = shadowText(el, '[part="message"]');
    expect(text).to.include("The service can't be reached from this page right now.");
    expect(text).to.not.include('offline');
    expect(errors).to.deep.equal(['unreachable']);
    expect(
      warnings.some((line) => line.includes(`add ${location.origin} to the API's allowed origins (JAWDA_ALLOWED_ORIGINS)`)),
      warnings.join('\n'),
    ).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('no answer at all (nothing listens there): "can\'t be reached", and a hint to check api-base and connect-src', async () => {
    configure({ apiBase: 'http://127.0.0.1:9/api/v1', retry: { retries: 0 } });
    const el = await fixture<ServiceRating>(html`<service-rating lang="ar" service-id="cr-renewal" readonly></service-rating>`);
    await until(() => el.shadowRoot!.querySelector('[part="message"]'), 'the notice', 8000);
    await el.localeReady();
    expect(shadowText(el, '[part="message"]')).to.include('تعذّر الوصول إلى الخدمة من هذه الصفحة الآن.');
    expect(
      warnings.some((line) => line.includes('No answer from http://127.0.0.1:9') && line.includes('connect-src')),
      warnings.join('\n'),
    ).to.equal(true);
  });
});
