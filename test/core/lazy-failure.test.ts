/**
 * A lazy part of a view that cannot be fetched (the connection dropped after the element's own code
 * came) is a failure the citizen reads, with Try again, never a "Loading…" that stays: the badge's
 * card, the scorecard's history, the rating's summary. Try again (or the browser back online)
 * brings the part and the view. The chunks must not have been loaded in this page before: each
 * test fails the fetch of its chunk before the element asks for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../src/index.js';
import { detailViews } from '../../src/certification-badge/certification-badge.js';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { historyViews } from '../../src/centre-scorecard/centre-scorecard.js';
import { summaryViews, type ServiceRating } from '../../src/service-rating/service-rating.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { failRequests } from '../helpers/network.js';
import { iga, NOW } from '../certification-badge/fixtures.js';
import { isaTown } from '../centre-scorecard/fixtures.js';
import { withInlineJson, type CentreScorecard } from '../centre-scorecard/helpers.js';
import { summary } from '../service-rating/setup.js';

const notice = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="message"]');
const retryButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="message"] button');

describe('a lazy part of a view that cannot be fetched', () => {
  beforeEach(resetJawda);
  afterEach(async () => {
    await failRequests(null);
    resetJawda();
  });

  it('badge, card: the failure with Try again (English), not the skeleton; Try again brings the card', async () => {
    expect(detailViews.module, 'no details chunk in this page yet').to.equal(undefined);
    await failRequests('*/certification-badge/details.*');
    fakeApi({ 'GET /organisations/iga/certifications': { json: iga() } }, { now: () => NOW });
    const el = await fixture<CertificationBadge>(html`<certification-badge lang="en" organisation-id="iga"></certification-badge>`);
    // Its words come with the failure words' chunk, which nothing on this page needed before.
    await until(() => retryButton(el) || detailViews.module, 'the failure, with Try again', 8000);
    expect(detailViews.module, 'the chunk did not come past the failure').to.equal(undefined);
    expect(shadowText(el, '[part="message"]')).to.include("can't be reached");
    expect(el.shadowRoot!.querySelector('.loading'), 'no skeleton left').to.equal(null);
    await expect(el).to.be.accessible();

    await failRequests(null);
    retryButton(el)!.click();
    await until(() => el.shadowRoot!.querySelector('[part="item"]'), 'the card after Try again', 8000);
    expect(notice(el)).to.equal(null);
  });

  it('scorecard, history: the failure in Arabic, with Try again; back online, the scorecard comes by itself', async () => {
    expect(historyViews.module, 'no history chunk in this page yet').to.equal(undefined);
    await failRequests('*/centre-scorecard/history.*');
    const el = withInlineJson(isaTown(5), { 'show-history': '', lang: 'ar' });
    document.body.append(el);
    try {
      await until(() => retryButton(el) || historyViews.module, 'the failure, with Try again', 8000);
      expect(historyViews.module, 'the chunk did not come past the failure').to.equal(undefined);
      await (el as CentreScorecard).localeReady();
      expect(shadowText(el, '[part="message"]')).to.include('تعذّر الوصول إلى الخدمة');
      await expect(el).to.be.accessible();

      await failRequests(null);
      window.dispatchEvent(new Event('online'));
      await until(() => historyViews.module && !notice(el), 'the scorecard once online', 8000);
      await el.updateComplete;
      expect(shadowText(el)).to.include('تقييم');
    } finally {
      el.remove();
    }
  });

  it('rating, read-only summary: the failure, not a skeleton that stays; Try again brings the summary', async () => {
    expect(summaryViews.module, 'no summary chunk in this page yet').to.equal(undefined);
    await failRequests('*/service-rating/summary.*');
    configure({ apiBase: '/api' });
    fakeApi({ 'GET /services/cr-renewal/rating-summary': { json: summary() } });
    const el = await fixture<ServiceRating>(html`<service-rating lang="en" service-id="cr-renewal" readonly></service-rating>`);
    await until(() => retryButton(el) || summaryViews.module, 'the failure, with Try again', 8000);
    expect(summaryViews.module, 'the chunk did not come past the failure').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('.summary.skeleton'), 'no skeleton left').to.equal(null);
    await expect(el).to.be.accessible();

    await failRequests(null);
    retryButton(el)!.click();
    await until(() => el.shadowRoot!.querySelector('[role="img"]'), 'the summary after Try again', 8000);
    expect(notice(el)).to.equal(null);
  });
});
