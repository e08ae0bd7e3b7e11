import { expect, html, oneEvent } from '@open-wc/testing';
import type { JawdaError } from '../../src/core/errors.js';
import { fakeApi, resetJawda } from '../helpers/fake-api.js';
import { answer, ministry, ministryWithReasons, row } from './fixtures.js';
import { mount, settled, text, withInlineJson } from './helpers.js';

const LANGS = ['en', 'ar'] as const;

describe('<rating-results>: states', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of LANGS) {
    it(`loading (${lang}): a skeleton the size of the view, hidden from assistive technology, with a status`, async () => {
      fakeApi({ 'GET /results': 'hang' });
      const el = await mount(html`<rating-results lang=${lang}></rating-results>`);
      const pending = el.shadowRoot!.querySelector<HTMLElement>('.pending')!;
      expect(pending.getAttribute('aria-hidden')).to.equal('true');
      expect(pending.getBoundingClientRect().height, 'the tiles take about 11 rem').to.be.greaterThan(150);
      expect(text(el, '[role="status"]')).to.equal(lang === 'en' ? 'Loading…' : 'جارٍ التحميل…');
      await expect(el).to.be.accessible();
    });

    it(`empty (${lang}): no votes in the period, said in words`, async () => {
      fakeApi({ 'GET /results': { json: answer([]) } });
      const el = await settled(await mount(html`<rating-results lang=${lang}></rating-results>`));
      expect(text(el, '[part="message"]')).to.equal(
        lang === 'en'
          ? 'No votes yet No one has rated these services in this period.'
          : 'لا أصوات بعد لم يقيّم أحد هذه الخدمات في هذه الفترة.',
      );
      await expect(el).to.be.accessible();
    });

    it(`everything suppressed (${lang}): fewer than the minimum, not shown, and no figure of any group`, async () => {
      fakeApi({ 'GET /results': { json: answer([], 7, 10) } });
      const el = await settled(await mount(html`<rating-results lang=${lang}></rating-results>`));
      expect(text(el, '[part="message"]')).to.equal(
        lang === 'en'
          ? 'Not shown, to protect privacy Each group here has fewer than 10 votes, so its results are not shown.'
          : 'غير معروضة حمايةً للخصوصية في كل مجموعة هنا أقل من ١٠ صوتًا، فلا تُعرض نتائجها.',
      );
      expect(el.shadowRoot!.querySelector('.tiles')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`server error (${lang}): says so, and the retry loads the results`, async () => {
      const api = fakeApi({ 'GET /results': { status: 503 } });
      const el = document.createElement('rating-results');
      el.lang = lang;
      const failed = oneEvent(el, 'results-error');
      await mount(el);
      expect(((await failed).detail as JawdaError).status).to.equal(503);
      await settled(el);
      expect(text(el, '[role="alert"]')).to.contain(
        lang === 'en' ? 'The service is having a problem. Please try again later.' : 'تواجه الخدمة مشكلة حاليًا',
      );
      await expect(el).to.be.accessible();
      api.route('GET /results', { json: ministry() });
      const loaded = oneEvent(el, 'results-load');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await loaded;
      await settled(el);
      expect(el.shadowRoot!.querySelector('.tiles')).to.not.equal(null);
    });
  }

  for (const view of ['overview', 'compare', 'trend', 'distribution', 'reasons'])
    for (const width of [360, 720])
      it(`the ${view} skeleton has the height of the ${view} at ${width} px (within 10%)`, async () => {
        const api = fakeApi({ 'GET /results': 'hang' });
        const loading = await mount(html`<rating-results view=${view} services="passport"></rating-results>`, width);
        const skeleton = loading.getBoundingClientRect().height;
        api.route('GET /results', { json: ministryWithReasons() });
        const ready = await settled(await mount(html`<rating-results view=${view}></rating-results>`, width));
        expect(loading.shadowRoot!.querySelector('.pending'), 'still loading').to.not.equal(null);
        expect(skeleton).to.be.closeTo(ready.getBoundingClientRect().height, ready.getBoundingClientRect().height * 0.1);
      });

  it('inline JSON: shown with no API at all', async () => {
    const el = await settled(await mount(withInlineJson(ministry())));
    expect(text(el, '.tile .figure')).to.equal('75%');
  });

  it('invalid inline JSON: names the field that is wrong, fires results-error', async () => {
    const bad = ministry();
    (bad.rows[0] as { n: number }).n = -1;
    const el = withInlineJson(bad);
    const failed = oneEvent(el, 'results-error');
    await mount(el);
    expect(((await failed).detail as JawdaError).kind).to.equal('invalid-response');
    await settled(el);
    expect(text(el, '[role="alert"]')).to.contain('The results written in this page are not valid.');
  });

  it('a request carries the filters in its URL, and only the filters given', async () => {
    const api = fakeApi({ 'GET /results': { json: ministry() } });
    const el = await settled(
      await mount(
        html`<rating-results services="passport,permit" centres="isa-town" channels="web" period="quarter" from="2026-Q1" to="2026-Q2"></rating-results>`,
      ),
    );
    const url = new URL(api.requests[0]!.url);
    expect(url.pathname).to.equal('/v1/results');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      services: 'passport,permit',
      centres: 'isa-town',
      channels: 'web',
      period: 'quarter',
      from: '2026-Q1',
      to: '2026-Q2',
    });
    expect(api.requests[0]!.credentials, 'public results: no cookie').to.equal('omit');
    expect(api.requests[0]!.headers.authorization).to.equal(undefined);
    el.services = 'licence';
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(new URL(api.requests.at(-1)!.url).searchParams.get('services'), 'a changed filter asks again').to.equal('licence');
  });

  it('internal audience: a bearer token from tokenProvider, else the same-origin cookie', async () => {
    const api = fakeApi({ 'GET /admin/reports/results': { json: ministry() } });
    const el = document.createElement('rating-results');
    el.setAttribute('audience', 'internal');
    el.tokenProvider = async () => 'short-lived-token';
    await settled(await mount(el));
    expect(api.requests[0]!.headers.authorization).to.equal('Bearer short-lived-token');
    expect(new URL(api.requests[0]!.url).pathname, "the analysts' report v2").to.equal('/v1/admin/reports/results');
    expect(api.requests[0]!.credentials).to.equal('omit');
    const cookie = await settled(await mount(html`<rating-results audience="internal" services="permit"></rating-results>`));
    expect(cookie.shadowRoot!.querySelector('.tiles')).to.not.equal(null);
    expect(api.requests.at(-1)!.credentials).to.equal('same-origin');
    expect(api.requests.at(-1)!.headers.authorization).to.equal(undefined);
  });

  it('several instances on one page: each its own filters and figures', async () => {
    fakeApi({
      'GET /results?services=passport': { json: answer([row('2026-03', { serviceId: 'passport' }, 'stars', [0, 0, 0, 5, 5])]) },
      'GET /results?services=permit': { json: answer([row('2026-03', { serviceId: 'permit' }, 'faces', [5, 0, 5])]) },
    });
    const box = document.createElement('div');
    box.innerHTML = `<rating-results services="passport"></rating-results><rating-results services="permit" lang="ar"></rating-results>`;
    await mount(box);
    const [first, second] = [...box.querySelectorAll('rating-results')];
    await settled(first!);
    await settled(second!);
    expect(text(first!, '.tile .figure')).to.equal('100%');
    expect(text(second!, '.tile .figure')).to.match(/^٥٠/);
    await expect(box).to.be.accessible();
  });
});
