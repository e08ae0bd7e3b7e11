import { expect, html } from '@open-wc/testing';
import { fakeApi, shadowText, until } from '../helpers/fake-api.js';
import type { ServiceRating } from '../../src/service-rating/service-rating.js';
import { SUMMARY, cleanDevice, rating, summary } from './setup.js';

const label = (el: ServiceRating) => el.shadowRoot!.querySelector('[role="img"]')?.getAttribute('aria-label');

describe('<service-rating> summary (readonly / show-summary)', () => {
  beforeEach(cleanDevice);
  afterEach(cleanDevice);

  it('shows the average and count as one labelled image, without asking', async () => {
    const api = fakeApi({ [SUMMARY]: { json: summary() } });
    const el = await rating(html`<service-rating service-id="cr-renewal" readonly></service-rating>`);
    await until(() => label(el), 'the summary');
    expect(el.state).to.equal('readonly');
    expect(label(el)).to.equal('4.3 out of 5, 1,204 ratings');
    expect(shadowText(el, '.summary-text')).to.equal('4.3 out of 5, 1,204 ratings');
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    expect(api.count(SUMMARY)).to.equal(1);
    // 4.3 of 5 stars: the filled part is 86% of the width, drawn with SVG geometry, no style attribute.
    expect(el.shadowRoot!.querySelector('svg svg')!.getAttribute('width')).to.equal('103.2');
    expect(el.shadowRoot!.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it in Arabic with Arabic-Indic digits and the right plural form for every count', async () => {
    let count = 0;
    fakeApi({ [SUMMARY]: () => ({ json: summary({ count, average: count ? 4.3 : 0 }) }) }, { cacheTtlMs: 0 });
    const expected: Record<number, string> = {
      0: 'لا توجد تقييمات بعد',
      1: '٤٫٣ من ٥، تقييم واحد',
      2: '٤٫٣ من ٥، تقييمان',
      3: '٤٫٣ من ٥، ٣ تقييمات',
      11: '٤٫٣ من ٥، ١١ تقييمًا',
      100: '٤٫٣ من ٥، ١٠٠ تقييم',
      1204: '٤٫٣ من ٥، ١٬٢٠٤ تقييمات',
    };
    for (const [n, text] of Object.entries(expected)) {
      count = Number(n);
      const el = await rating(html`<service-rating lang="ar" service-id="cr-renewal" readonly></service-rating>`);
      await until(() => label(el), `the summary for ${n}`);
      expect(label(el), `count ${n}`).to.equal(text);
      expect(shadowText(el, '.summary-text')).to.not.match(/[0-9]/);
    }
  });

  it('summarises faces and thumbs in their own terms', async () => {
    let scale = 'faces';
    fakeApi(
      {
        [SUMMARY]: () => ({
          json: scale === 'faces' ? summary({ scale, average: 2.6, count: 40 }) : summary({ scale, average: 0.82, count: 1 }),
        }),
      },
      { cacheTtlMs: 0 },
    );
    const faces = await rating(html`<service-rating service-id="cr-renewal" scale="faces" readonly></service-rating>`);
    await until(() => label(faces), 'faces');
    expect(label(faces)).to.equal('2.6 out of 3, 40 ratings');
    scale = 'thumbs';
    const thumbs = await rating(html`<service-rating lang="ar" service-id="cr-renewal" scale="thumbs" readonly></service-rating>`);
    await until(() => label(thumbs), 'thumbs');
    expect(label(thumbs)).to.match(/^٨٢\s?٪\u061C? وجدوها مفيدة، تقييم واحد$/);
  });

  it('shows a skeleton while loading, and an error with a retry when the summary fails', async () => {
    const api = fakeApi({ [SUMMARY]: { status: 500 } }, { retry: { retries: 0 } });
    const el = await rating(html`<service-rating service-id="cr-renewal" readonly></service-rating>`);
    await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error');
    expect(shadowText(el, '[role="alert"]')).to.contain('The service is having a problem. Please try again later.');
    api.route(SUMMARY, { json: summary() });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await until(() => label(el), 'the summary after retry');
    expect(label(el)).to.equal('4.3 out of 5, 1,204 ratings');
  });
});
