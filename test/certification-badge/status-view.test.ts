import { expect, html } from '@open-wc/testing';
import { apiClient } from '../../src/core/api.js';
import { fakeApi, resetJawda, shadowText } from '../helpers/fake-api.js';
import type { Certification } from '../../src/core/contract.js';
import { igaIso9001, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const CERT = 'GET /certifications/BV-ISO9001-2023-117';

async function showing(overrides: Partial<Certification>, variant = 'card', lang = 'en') {
  apiClient().clearCache();
  fakeApi({ [CERT]: { json: igaIso9001(overrides) } }, { now: () => NOW });
  return mount(html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant=${variant} lang=${lang}></certification-badge>`);
}

describe('certification-badge: the status a citizen sees', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('active: "Valid certificate", valid until the expiry date, with a shield icon', async () => {
    const el = await showing({});
    const status = $(el, '[part="status"]')!;
    expect(status.dataset.status).to.equal('valid');
    expect(shadowText(el, '[part="status"]')).to.equal('Valid certificate Valid until March 12, 2027');
    expect(status.querySelector('svg[data-icon="valid"][aria-hidden="true"]')).to.exist;
    expect(shadowText(el)).not.to.include('Verification out of date');
  });

  it('within the warning window: "Expiring soon", the date and "Expires in N days", in Arabic with its plural form and digits', async () => {
    const el = await showing({ expiryDate: '2027-01-20' });
    expect(shadowText(el, '[part="status"]')).to.equal('Expiring soon Valid until January 20, 2027 · Expires in 58 days');
    expect($(el, '[part="status"] svg')!.dataset.icon).to.equal('expiring');
    const ar = await showing({ expiryDate: '2027-01-20' }, 'card', 'ar');
    expect(shadowText(ar, '[part="status"]')).to.equal('تنتهي قريبًا سارية حتى ٢٠ يناير ٢٠٢٧ · تنتهي صلاحيتها بعد ٥٨ يومًا');
    const two = await showing({ expiryDate: '2026-11-25' }, 'card', 'ar');
    expect(shadowText(two, '.date')).to.match(/ · تنتهي صلاحيتها بعد يومين$/);
    const few = await showing({ expiryDate: '2026-11-28' }, 'card', 'ar');
    expect(shadowText(few, '.date')).to.match(/ · تنتهي صلاحيتها بعد ٥ أيام$/);
    const one = await showing({ expiryDate: '2026-11-24' });
    expect(shadowText(one, '.date')).to.match(/ · Expires in 1 day$/);
  });

  it('follows warning-days', async () => {
    fakeApi({ [CERT]: { json: igaIso9001({ expiryDate: '2027-01-20' }) } }, { now: () => NOW });
    const el = await mount(
      html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant="card" warning-days="30"></certification-badge>`,
    );
    expect($(el, '[part="status"]')!.dataset.status).to.equal('valid');
  });

  it('expired by date while the API still says active: "Expired", never valid', async () => {
    const el = await showing({ expiryDate: '2026-11-22', status: 'active' });
    expect($(el, '[part="status"]')!.dataset.status).to.equal('expired');
    expect(shadowText(el, '[part="status"]')).to.equal('Expired Expired on November 22, 2026');
    expect(shadowText(el)).to.include('The expiry date has passed');
    expect(shadowText(el, '[part="status"]')).not.to.include('Valid certificate');
    expect(shadowText(el)).not.to.include('Valid until');
    expect($(el, '[part="status"] svg')!.dataset.icon).to.equal('expired');
  });

  it('issue date still ahead: "Not yet valid", valid from the issue date, never "Certified" (issue 9)', async () => {
    for (const variant of ['card', 'list']) {
      const el = await showing({ issueDate: '2026-12-01' }, variant);
      const status = $(el, '[part="status"]')!;
      expect(status.dataset.status, variant).to.equal('not-yet-valid');
      expect(status.dataset.tone).to.equal('warning');
      expect(shadowText(el, '[part="status"]')).to.equal('Not yet valid Valid from December 1, 2026');
      expect(status.querySelector('svg[data-icon="not-yet-valid"]')).to.exist;
      expect(shadowText(el, '.explanation')).to.equal('This certificate takes effect on its issue date: it is not valid yet.');
      expect($(el, '[data-status="valid"], [data-status="expiring"]')).to.equal(null);
      expect(shadowText(el)).not.to.include('Valid until');
      await expect(el).to.be.accessible();
      const ar = await showing({ issueDate: '2026-12-01' }, variant, 'ar');
      expect(shadowText(ar, '[part="status"]')).to.equal('غير سارية بعد تسري اعتبارًا من ١ ديسمبر ٢٠٢٦');
      expect(shadowText(ar, '.explanation')).to.equal('تسري هذه الشهادة اعتبارًا من تاريخ إصدارها: وهي غير سارية بعد.');
      expect(ar.dir).to.equal('rtl');
      await expect(ar).to.be.accessible();
    }
    const pill = await showing({ issueDate: '2026-12-01' }, 'pill');
    expect(shadowText(pill, '[part="pill"]')).to.equal('Not yet valid · ISO 9001:2015');
    expect($(pill, '[part="pill"]')!.dataset.tone).to.equal('warning');
    expect($(pill, '[part="pill"]')!.getAttribute('aria-label')).to.equal('Not yet valid, ISO 9001:2015, Valid from December 1, 2026');
    const arPill = await showing({ issueDate: '2026-12-01' }, 'pill', 'ar');
    expect(shadowText(arPill, '[part="pill"]')).to.equal('غير سارية بعد · ISO 9001:2015');
    expect($(arPill, '[part="pill"]')!.getAttribute('aria-label')).to.equal('غير سارية بعد، ISO 9001:2015، تسري اعتبارًا من ١ ديسمبر ٢٠٢٦');
  });

  const verdicts: [string, string, string, string][] = [
    ['suspended', 'Suspended', 'موقوفة', 'suspended'],
    ['withdrawn', 'Withdrawn', 'مسحوبة', 'withdrawn'],
    ['cancelled', 'Cancelled', 'ملغاة', 'withdrawn'],
    ['inactive', 'Inactive', 'غير نشطة', 'inactive'],
    ['draft', 'Draft, not issued', 'مسودة، لم تصدر بعد', 'inactive'],
    ['pending', 'Pending', 'قيد البت', 'inactive'],
  ];
  for (const [status, en, ar, icon] of verdicts) {
    it(`${status}: its own words and icon, no "valid until", in both languages`, async () => {
      const el = await showing({ status });
      expect(shadowText(el, '[part="status"]')).to.equal(en);
      expect($(el, '[part="status"] svg')!.dataset.icon).to.equal(icon);
      expect($(el, '.explanation')).to.exist;
      const arabic = await showing({ status }, 'card', 'ar');
      expect(shadowText(arabic, '[part="status"]')).to.equal(ar);
    });
  }

  it('unknown status: "Status unknown" (the raw value in the console only), never valid', async () => {
    const el = await showing({ status: 'Valid-ish' });
    expect($(el, '[part="status"]')!.dataset.status).to.equal('unknown');
    expect(shadowText(el, '[part="status"]')).to.equal('Status unknown');
    expect($(el, '[part="status"] svg')!.dataset.icon).to.equal('unknown');
    expect(shadowText(el)).not.to.include('Valid until');
    const pill = await showing({ status: 'Valid-ish' }, 'pill');
    expect($(pill, '[part="pill"]')!.getAttribute('aria-label')).to.equal('Status unknown, ISO 9001:2015');
  });

  it('stale lastVerifiedAt: "Verification out of date" beside the status, with the date', async () => {
    const el = await showing({ lastVerifiedAt: '2026-09-01T06:00:00Z' });
    const notes = $$(el, '.status');
    expect(notes.map((n) => n.dataset.status)).to.deep.equal(['valid', 'stale']);
    expect(shadowText(el, '.stale')).to.equal('Verification out of date Last verified on September 1, 2026');
    expect(notes[1].querySelector('svg[data-icon="stale"]')).to.exist;
    const pill = await showing({ lastVerifiedAt: '2026-09-01T06:00:00Z' }, 'pill');
    expect($(pill, '[part="pill"]')!.getAttribute('aria-label'), 'the visible words first, then the date').to.equal(
      'Valid, ISO 9001:2015, Verification out of date, Valid until March 12, 2027',
    );
    const custom = await mount(
      html`<certification-badge certificate-id="BV-ISO9001-2023-117" stale-after-days="1" variant="card"></certification-badge>`,
    );
    expect($(custom, '.stale'), 'verified three days ago, threshold 1 day').to.exist;
  });

  it('follows the clock: configure({ now }) re-renders with the new verdict', async () => {
    const el = await showing({});
    fakeApi({ [CERT]: { json: igaIso9001() } }, { now: () => new Date('2027-03-13T09:00:00Z') });
    await el.updateComplete;
    expect($(el, '[part="status"]')!.dataset.status).to.equal('expired');
  });
});

describe('certification-badge: every status is accessible, in both languages', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  const statuses: [string, Partial<Certification>][] = [
    ['valid', {}],
    ['expiring', { expiryDate: '2027-01-20' }],
    ['expired', { expiryDate: '2026-11-01' }],
    ...['suspended', 'withdrawn', 'cancelled', 'inactive', 'draft', 'pending'].map((status): [string, Partial<Certification>] => [
      status,
      { status },
    ]),
    ['unknown', { status: 'on hold' }],
    ['not-yet-valid', { issueDate: '2026-12-01' }],
    ['stale', { lastVerifiedAt: '2026-01-01' }],
  ];
  for (const lang of ['en', 'ar']) {
    it(`card and pill (${lang})`, async () => {
      for (const [name, overrides] of statuses) {
        for (const variant of ['card', 'pill']) {
          const el = await showing(overrides, variant, lang);
          const shown = name === 'stale' ? 'svg[data-icon="stale"]' : `[data-status="${name}"]`;
          expect(el.shadowRoot!.querySelector(shown), `${name} ${variant}`).to.exist;
          await expect(el, `${name} ${variant} ${lang}`).to.be.accessible();
        }
      }
    });
  }
});
