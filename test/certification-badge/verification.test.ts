/**
 * Issue 9: "never a stale valid". A certificate whose verification is out of date, or was never
 * recorded, must not look like a plainly valid one to a sighted reader: the visible words say it,
 * and the status is not painted in the success colour.
 */
import { expect, html } from '@open-wc/testing';
import { apiClient } from '../../src/core/api.js';
import type { Certification } from '../../src/core/contract.js';
import { fakeApi, resetJawda, shadowText } from '../helpers/fake-api.js';
import { igaIso9001, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const CERT = 'GET /certifications/BV-ISO9001-2023-117';
/** 100 days before NOW: well past the 30-day default. */
const HUNDRED_DAYS_AGO = '2026-08-15T09:00:00Z';
/** The default success colour (#067647) and warning colour (#b54708) of the tokens. */
const SUCCESS = 'rgb(6, 118, 71)';
const WARNING = 'rgb(181, 71, 8)';

async function showing(overrides: Partial<Certification>, variant: string, lang = 'en') {
  apiClient().clearCache();
  fakeApi({ [CERT]: { json: igaIso9001(overrides) } }, { now: () => NOW });
  return mount(html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant=${variant} lang=${lang}></certification-badge>`);
}

const colour = (element: Element | null) => getComputedStyle(element!).color;

const cases = [
  {
    name: 'last verified 100 days ago',
    overrides: { lastVerifiedAt: HUNDRED_DAYS_AGO },
    note: { en: 'Verification out of date', ar: 'التحقق غير محدَّث' },
    line: { en: 'Last verified on August 15, 2026', ar: 'آخر تحقق في ١٥ أغسطس ٢٠٢٦' },
  },
  {
    name: 'never verified (no lastVerifiedAt)',
    overrides: { lastVerifiedAt: undefined },
    note: { en: 'Verification date unknown', ar: 'تاريخ التحقق غير معروف' },
    line: { en: 'No record of a check with the certification body', ar: 'لا يوجد سجل للتحقق منها لدى جهة منح الشهادة' },
  },
] as const;

describe('certification-badge: never a stale valid (issue 9)', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('a freshly verified certificate stays plain "Valid", in the success colour', async () => {
    const pill = await showing({}, 'pill');
    expect(shadowText(pill, '[part="pill"]')).to.equal('Valid · ISO 9001:2015');
    expect($(pill, '[part="pill"]')!.dataset.tone).to.equal('success');
    expect(colour($(pill, '[part="pill"] .label'))).to.equal(SUCCESS);
    const card = await showing({}, 'card');
    expect($(card, '[part="status"]')!.dataset.tone).to.equal('success');
    expect($(card, '.stale')).to.equal(null);
  });

  for (const { name, overrides, note, line } of cases) {
    for (const lang of ['en', 'ar'] as const) {
      it(`${name}: the pill says it in its visible words, in the warning colour (${lang})`, async () => {
        const el = await showing(overrides, 'pill', lang);
        const pill = $(el, '[part="pill"]')!;
        const certified = lang === 'en' ? 'Valid' : 'سارية';
        expect(shadowText(el, '[part="pill"]')).to.equal(`${certified} · ISO 9001:2015 ${note[lang]}`);
        expect(pill.dataset.status).to.equal('valid');
        expect(pill.dataset.tone).to.equal('warning');
        expect(colour(pill.querySelector('.label'))).to.equal(WARNING);
        expect(colour(pill.querySelector('.verification'))).to.equal(WARNING);
        expect(pill.querySelector('svg[data-icon="stale"]')).to.exist;
        // The accessible name starts with what is seen (WCAG 2.5.3), then the date.
        const separator = lang === 'en' ? ', ' : '، ';
        const until = lang === 'en' ? 'Valid until March 12, 2027' : 'سارية حتى ١٢ مارس ٢٠٢٧';
        expect(pill.getAttribute('aria-label')).to.equal([certified, 'ISO 9001:2015', note[lang], until].join(separator));
        expect(el.dir).to.equal(lang === 'en' ? 'ltr' : 'rtl');
        await expect(el).to.be.accessible();
      });

      for (const variant of ['card', 'list']) {
        it(`${name}: the ${variant}'s status is not painted as valid and the note is visible (${lang})`, async () => {
          const el = await showing(overrides, variant, lang);
          const status = $(el, '[part="status"]')!;
          expect(status.dataset.status).to.equal('valid');
          expect(status.dataset.tone).to.equal('warning');
          expect(colour(status.querySelector('.label'))).to.equal(WARNING);
          expect(colour(status.querySelector('svg'))).to.equal(WARNING);
          expect($$(el, '.status').map((s) => s.dataset.status)).to.deep.equal(['valid', 'stale']);
          expect(shadowText(el, '.stale')).to.equal(`${note[lang]} ${line[lang]}`);
          const stale = $(el, '.stale')!;
          expect(stale.getBoundingClientRect().height, 'the note is on screen').to.be.greaterThan(0);
          await expect(el).to.be.accessible();
        });
      }
    }
  }

  it('an ended certificate keeps its own tone when its verification is old too', async () => {
    const el = await showing({ lastVerifiedAt: HUNDRED_DAYS_AGO, status: 'withdrawn' }, 'pill');
    expect($(el, '[part="pill"]')!.dataset.tone).to.equal('danger');
    expect(shadowText(el, '[part="pill"]')).to.equal('Withdrawn · ISO 9001:2015 Verification out of date');
  });
});
