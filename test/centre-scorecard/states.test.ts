import { expect, html, oneEvent } from '@open-wc/testing';
import type { JawdaError } from '../../src/core/errors.js';
import { warnings } from '../helpers/console.js';
import { fakeApi, resetJawda, until } from '../helpers/fake-api.js';
import { isaTown } from './fixtures.js';
import { mount, settled, text, withInlineJson, type CentreScorecard } from './helpers.js';

const LANGS = ['en', 'ar'] as const;

describe('<centre-scorecard>: states', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of LANGS) {
    it(`loading (${lang}): a skeleton of the final shape, hidden from assistive technology, with a status`, async () => {
      fakeApi({ 'GET /centres/isa-town/evaluation': 'hang' });
      const el = await mount(html`<centre-scorecard centre-id="isa-town" lang=${lang}></centre-scorecard>`);
      const placeholder = el.shadowRoot!.querySelector('.placeholder')!;
      expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholder.hasAttribute('inert')).to.equal(true);
      expect(placeholder.querySelectorAll('[part~="criterion"]')).to.have.length(5);
      expect(text(el, '[role="status"]')).to.equal(lang === 'en' ? 'Loading…' : 'جارٍ التحميل…');
      await expect(el).to.be.accessible();
    });

    it(`not found in a cycle (${lang}): names the centre and the cycle, fires scorecard-error`, async () => {
      fakeApi({ 'GET /centres/isa-town/evaluation': { status: 404, json: { error: 'not_found' } } });
      const el = document.createElement('centre-scorecard');
      Object.assign(el, { centreId: 'isa-town', cycle: '5', lang });
      const failed = oneEvent(el, 'scorecard-error');
      await mount(el);
      const event = await failed;
      expect((event.detail as JawdaError).kind).to.equal('not-found');
      await settled(el);
      expect(text(el, '[role="alert"]')).to.equal(
        lang === 'en' ? "This centre's evaluation for cycle 5 could not be found." : 'لم يُعثر على تقييم هذا المركز للدورة ٥.',
      );
      expect(el.shadowRoot!.querySelector('[role="alert"] button'), 'no retry: trying again cannot help').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`not found without a cycle (${lang})`, async () => {
      fakeApi({ 'GET /centres/isa-town/evaluation': { status: 404 } });
      const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" lang=${lang}></centre-scorecard>`));
      expect(text(el, '[role="alert"]')).to.equal(
        lang === 'en' ? "This centre's evaluation could not be found." : 'لم يُعثر على تقييم هذا المركز.',
      );
      await expect(el).to.be.accessible();
    });

    it(`server error (${lang}): says so, offers a retry that loads the evaluation`, async () => {
      const api = fakeApi({ 'GET /centres/isa-town/evaluation': { status: 503 } });
      const el = document.createElement('centre-scorecard');
      Object.assign(el, { centreId: 'isa-town', lang });
      const failed = oneEvent(el, 'scorecard-error');
      await mount(el);
      await failed;
      await settled(el);
      expect(api.count('GET /centres/isa-town/evaluation'), 'a GET is retried twice before giving up').to.equal(3);
      expect(text(el, '[role="alert"]')).to.contain(
        lang === 'en' ? 'The service is having a problem. Please try again later.' : 'تواجه الخدمة مشكلة حاليًا',
      );
      await expect(el).to.be.accessible();
      api.route('GET /centres/isa-town/evaluation', { json: isaTown(5) });
      const loaded = oneEvent(el, 'scorecard-load');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await loaded;
      await settled(el);
      expect(text(el, '.score')).to.match(lang === 'en' ? /^91\.4%$/ : /^٩١٫٤/);
    });

    it(`invalid inline JSON (${lang}): names the field that is wrong`, async () => {
      fakeApi();
      const payload = {
        ...isaTown(5),
        cycle: { number: 5, year: 1890, programme: { en: 'Taqyeem', ar: 'تقييم' } },
        rank: { position: 70, of: 64 },
      };
      const el = withInlineJson(payload, { lang });
      const failed = oneEvent(el, 'scorecard-error');
      await mount(el);
      const error = (await failed).detail as JawdaError;
      expect(error.kind).to.equal('invalid-response');
      expect(error.details.issues!.map((issue) => issue.path)).to.include.members(['cycle.year', 'rank.position']);
      await settled(el);
      const alert = text(el, '[role="alert"]');
      expect(alert).to.contain(
        lang === 'en' ? 'The evaluation data written in this page is not valid.' : 'بيانات التقييم المكتوبة في هذه الصفحة غير صالحة.',
      );
      expect(alert).to.contain('cycle.year').and.contain('rank.position');
      // zod speaks English only: the issue's code is said in the reader's language instead.
      expect(alert).to.contain(lang === 'en' ? 'cycle.year: too small or too short' : 'cycle.year: أصغر أو أقصر من المسموح');
      await expect(el).to.be.accessible();
    });

    it(`inline JSON that is not JSON (${lang}): says where parsing failed`, async () => {
      fakeApi();
      const el = await settled(await mount(withInlineJson('{ "centre": { "id": "isa-town", ', { lang })));
      expect(text(el, '[role="alert"]'))
        .to.contain(lang === 'en' ? 'not valid' : 'غير صالحة')
        .and.contain('JSON');
      await expect(el).to.be.accessible();
    });

    it(`missing centre-id without inline JSON (${lang}): a configuration message naming centre-id`, async () => {
      const api = fakeApi();
      let el!: CentreScorecard;
      const warned = await warnings(async () => {
        el = await settled(await mount(html`<centre-scorecard lang=${lang}></centre-scorecard>`));
      });
      // The core's setup note (design language §4): plain words, no quotes.
      expect(text(el, '[role="note"]')).to.equal(
        lang === 'en'
          ? "This scorecard can't be shown Add the centre-id attribute to the tag."
          : 'لا يمكن عرض بطاقة التقييم أضف السمة centre-id إلى الوسم.',
      );
      expect(api.requests).to.have.length(0);
      if (lang === 'en') expect(warned.filter((w) => w.includes('centre-id'))).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('valid inline JSON: rendered without any request, scorecard-load fired, no cycle switcher', async () => {
    const api = fakeApi();
    const el = withInlineJson(isaTown(5), { variant: 'full' });
    const loaded = oneEvent(el, 'scorecard-load');
    await mount(el);
    expect((await loaded).detail.centre.id).to.equal('isa-town');
    await settled(el);
    expect(text(el, '.score')).to.equal('91.4%');
    expect(el.shadowRoot!.querySelector('.cycles'), 'no API to fetch other cycles from').to.equal(null);
    expect(api.requests).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('inline JSON without an API base is fine (a CMS page with no API)', async () => {
    const el = await settled(await mount(withInlineJson(isaTown(5), { lang: 'ar' })));
    expect(text(el, '.score')).to.match(/^٩١٫٤/);
  });

  for (const value of ['0', '-2', '2.5', 'latest', '5th']) {
    it(`cycle="${value}": a configuration message naming cycle, no request`, async () => {
      const api = fakeApi();
      const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" cycle=${value}></centre-scorecard>`));
      // A setup note in plain words (design language §4), no quotes.
      expect(text(el, '[role="note"]')).to.equal(
        `This scorecard can't be shown cycle is set to ${value}. Write the number of a cycle, counted from 1, such as 5.`,
      );
      expect(api.requests).to.have.length(0);
      el.lang = 'ar';
      await el.localeReady();
      expect(text(el, '[role="note"]')).to.contain('cycle').and.contain('رقم الدورة');
      await expect(el).to.be.accessible();
    });
  }

  it('no API base: a configuration message naming api-base', async () => {
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    expect(text(el, '[role="note"]')).to.contain('api-base');
  });

  it('fires scorecard-error with a misconfigured JawdaError for a bad attribute', async () => {
    fakeApi();
    const el = document.createElement('centre-scorecard');
    el.setAttribute('centre-id', 'isa-town');
    el.setAttribute('cycle', 'zero');
    const failed = oneEvent(el, 'scorecard-error');
    await mount(el);
    const error = (await failed).detail as JawdaError;
    expect(error.kind).to.equal('misconfigured');
    expect(error.details.attribute).to.equal('cycle');
  });

  it('an unknown variant is a setup problem: named in the element, one warning, one scorecard-error, nothing fetched', async () => {
    const api = fakeApi({ 'GET /centres/isa-town/evaluation': { json: isaTown(5) } });
    let el!: CentreScorecard;
    const errors: JawdaError[] = [];
    const warned = await warnings(async () => {
      el = document.createElement('centre-scorecard');
      el.setAttribute('centre-id', 'isa-town');
      el.setAttribute('variant', 'wide');
      el.addEventListener('scorecard-error', (event) => errors.push(event.detail));
      await settled(await mount(el));
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(text(el, '[role="note"]')).to.equal(
      "This scorecard can't be shown variant is set to wide. Use card, compact, full, or ranking.",
    );
    expect(api.requests, 'nothing loads while a problem stands').to.have.length(0);
    expect(warned.filter((w) => w.includes('variant'))).to.have.length(1);
    expect(errors.map((e) => [e.kind, e.details.attribute, e.details.value])).to.deep.equal([['misconfigured', 'variant', 'wide']]);
    await expect(el).to.be.accessible();
    el.variant = 'card';
    await el.updateComplete;
    await settled(el);
    expect(text(el, '.score'), 'fixing the attribute loads').to.equal('91.4%');
  });

  it('heading-level sets the outline: default 3, sections one below, 1-6 accepted', async () => {
    fakeApi({ 'GET /centres/isa-town/evaluation': { json: isaTown(5) } });
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    expect(el.shadowRoot!.querySelector('h3.name')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('h4.section-heading').length).to.equal(4);
    el.headingLevel = 1;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1.name')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('h2.section-heading').length).to.equal(4);
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h6.name')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('h6.section-heading').length).to.equal(4);
  });

  it('an invalid heading-level is a setup problem named in the element, with one warning', async () => {
    const api = fakeApi({ 'GET /centres/isa-town/evaluation': { json: isaTown(5) } });
    let el!: CentreScorecard;
    const warned = await warnings(async () => {
      el = await settled(await mount(html`<centre-scorecard centre-id="isa-town" heading-level="9" lang="ar"></centre-scorecard>`));
    });
    expect(text(el, '[role="note"]')).to.contain('heading-level').and.contain('9');
    expect(api.requests).to.have.length(0);
    expect(warned.filter((w) => w.includes('heading-level'))).to.have.length(1);
  });

  it('fires scorecard-load with the centre and the cycle, and no cycle-change on the first load', async () => {
    fakeApi({ 'GET /centres/isa-town/evaluation': { json: isaTown(5) } });
    const el = document.createElement('centre-scorecard');
    el.setAttribute('centre-id', 'isa-town');
    let cycleChanges = 0;
    el.addEventListener('cycle-change', () => cycleChanges++);
    const loaded = oneEvent(el, 'scorecard-load');
    await mount(el);
    const { detail } = await loaded;
    expect(detail.centre).to.deep.equal(isaTown(5).centre);
    expect(detail.cycle).to.deep.equal(isaTown(5).cycle);
    expect(cycleChanges).to.equal(0);
  });

  it('loads the centre again when centre-id changes', async () => {
    const api = fakeApi({
      'GET /centres/isa-town/evaluation': { json: isaTown(5) },
      'GET /centres/customs-remote/evaluation': {
        json: { ...isaTown(5), centre: { ...isaTown(5).centre, id: 'customs-remote', name: { en: 'Customs', ar: 'الجمارك' } } },
      },
    });
    const el = await settled(await mount(html`<centre-scorecard centre-id="isa-town"></centre-scorecard>`));
    el.centreId = 'customs-remote';
    await until(() => text(el, '.name') === 'Customs', 'the other centre');
    expect(api.requests.map((r) => r.path)).to.deep.equal(['/centres/isa-town/evaluation', '/centres/customs-remote/evaluation']);
  });
});
