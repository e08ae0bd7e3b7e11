import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configure } from '../../src/core/config.js';
import type { CertificationBadge, CertificationLoadEvent } from '../../src/certification-badge/define.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { iga, igaIso9001, khobar, khobarIqnet, NOW } from './fixtures.js';
import { $, $$, mount } from './helpers.js';

const IGA = 'GET /organisations/iga/certifications';

describe('certification-badge: data, requests and events', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  it('twenty badges of one organisation make one request', async () => {
    const api = fakeApi({ [IGA]: { json: iga(), delayMs: 20 } }, { now: () => NOW });
    const standards = ['ISO 9001', 'ISO/IEC 20000-1'];
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 20 }, (_, i) => html`<certification-badge organisation-id="iga" standard=${standards[i % 2]} variant=${i % 3 ? 'pill' : 'card'}></certification-badge>`)}
    </div>`);
    const badges = [...wrapper.querySelectorAll('certification-badge')];
    await until(() => badges.every((b) => !b.shadowRoot!.querySelector('.loading')), 'all twenty badges');
    expect(api.count(IGA)).to.equal(1);
    expect(api.requests).to.have.length(1);
    expect(badges.filter((b) => $(b, '[data-status="expiring"]'))).to.have.length(10);
    expect(badges.filter((b) => $(b, '[data-status="valid"]'))).to.have.length(10);
  });

  it('with organisation-id and certificate-id, picks the certificate from the shared list', async () => {
    const api = fakeApi({ [IGA]: { json: iga() } }, { now: () => NOW });
    const el = await mount(
      html`<certification-badge organisation-id="iga" certificate-id="BV-ISO20000-2024-031" variant="card"></certification-badge>`,
    );
    expect($$(el, '[part="card"] .standard').map((s) => s.textContent)).to.deep.equal(['ISO/IEC 20000-1:2018']);
    expect(api.requests.map((r) => r.path)).to.deep.equal(['/organisations/iga/certifications']);
  });

  it('asks GET /certifications/{certificateId} for one certificate, sending no cookies', async () => {
    const api = fakeApi({ 'GET /certifications/BV-ISO9001-2023-117': { json: igaIso9001() } }, { now: () => NOW });
    await mount(html`<certification-badge certificate-id="BV-ISO9001-2023-117"></certification-badge>`);
    expect(api.requests[0].path).to.equal('/certifications/BV-ISO9001-2023-117');
    expect(api.requests[0].credentials).to.equal('omit');
  });

  it('fires certification-load with the certificates shown', async () => {
    fakeApi({ [IGA]: { json: iga() } }, { now: () => NOW });
    const loaded = oneEvent(document, 'certification-load');
    const el = await fixture<CertificationBadge>(
      html`<certification-badge organisation-id="iga" standard="ISO 9001"></certification-badge>`,
    );
    const event = (await loaded) as CertificationLoadEvent;
    expect(event.target).to.equal(el);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.organisation!.id).to.equal('iga');
    expect(event.detail.certifications.map((c) => c.id)).to.deep.equal(['BV-ISO9001-2023-117']);
  });

  it('fires certification-error with the typed error', async () => {
    fakeApi({ 'GET /certifications/nope': { status: 404 } }, { now: () => NOW });
    const failed = oneEvent(document, 'certification-error');
    await fixture(html`<certification-badge certificate-id="nope"></certification-badge>`);
    const event = await failed;
    expect(event.detail.kind).to.equal('not-found');
    expect(event.detail.status).to.equal(404);
  });

  it('loads again when organisation-id or standard changes', async () => {
    const api = fakeApi({ [IGA]: { json: iga() }, 'GET /organisations/khobar/certifications': { json: khobar() } }, { now: () => NOW });
    const el = await mount(html`<certification-badge organisation-id="iga" variant="pill"></certification-badge>`);
    expect($$(el, '[part="pill"]')).to.have.length(2);
    el.standard = 'ISO 9001';
    await until(() => $$(el, '[part="pill"]').length === 1, 'the filtered pill');
    el.organisationId = 'khobar';
    await until(
      () => shadowText(el, '[part="pill"] .standard') === 'ISO 9001:2015' && api.count('GET /organisations/khobar/certifications') === 1,
      'Al-Khobar',
    );
  });

  it('shows a configuration message, without a request, when there is no API base', async () => {
    const el = await mount(html`<certification-badge organisation-id="iga"></certification-badge>`);
    // A setup note for the content editor, naming the attribute in plain words (design language §4).
    expect(shadowText(el, '[role="note"]')).to.include('Add the api-base attribute to the tag.');
  });

  describe('inline JSON for CMS pages', () => {
    const inline = (payload: unknown, attrs = '') =>
      mount(
        html`<certification-badge variant="list" lang=${attrs}><script type="application/json">${JSON.stringify(payload)}</script></certification-badge>`,
      );

    it('reads one Certification, without any API or request', async () => {
      const fetched: string[] = [];
      configure({ now: () => NOW, fetch: async (input) => (fetched.push(String(input)), new Response('{}')) });
      const el = await inline(igaIso9001());
      expect(shadowText(el, '[part="item"] .standard')).to.equal('ISO 9001:2015');
      expect(fetched).to.deep.equal([]);
    });

    it('reads an OrganisationCertifications, IQNet included, and applies the standard filter', async () => {
      configure({ now: () => NOW });
      const el = await inline(khobar([khobarIqnet()]));
      expect(shadowText(el, '.caption')).to.equal('Certifications of Al-Khobar Governorate Municipality');
      expect(shadowText(el, '[part="item"] .standard')).to.equal('IQNet');
      const filtered = await mount(
        html`<certification-badge standard="iqnet"><script type="application/json">${JSON.stringify(khobar())}</script></certification-badge>`,
      );
      expect($$(filtered, '[part="item"]')).to.have.length(1);
    });

    it('reports invalid inline data field by field, and JSON that does not parse', async () => {
      configure({ now: () => NOW });
      const failed = oneEvent(document, 'certification-error');
      const el = await inline({ ...igaIso9001(), expiryDate: 'next year' });
      expect((await failed).detail.kind).to.equal('invalid-response');
      expect($$(el, '.issues code').map((c) => c.textContent)).to.deep.equal(['expiryDate']);
      const broken = await mount(html`<certification-badge><script type="application/json">{ "id": </script></certification-badge>`);
      expect(shadowText(broken, '[role="alert"] p')).to.equal('The service sent information this page cannot show.');
      await expect(broken).to.be.accessible();
    });
  });

  describe('dates: Hijri and Arabic-Indic digits', () => {
    beforeEach(() =>
      fakeApi({ 'GET /certifications/BV-ISO9001-2023-117': { json: igaIso9001({ issueDate: '2024-10-01' }) } }, { now: () => NOW }),
    );

    it('Arabic uses Arabic-Indic digits by default, and Latin digits with numerals="latn"', async () => {
      const el = await mount(
        html`<certification-badge lang="ar" certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`,
      );
      expect(shadowText(el, '[part="status"] .date')).to.equal('سارية حتى ١٢ مارس ٢٠٢٧');
      const latn = await mount(
        html`<certification-badge lang="ar" numerals="latn" certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`,
      );
      expect(shadowText(latn, '[part="status"] .date')).to.equal('سارية حتى 12 مارس 2027');
    });

    it('with calendar="islamic-umalqura", prints the Gregorian date and the Hijri one, as the Arabic press does', async () => {
      const el = await mount(
        html`<certification-badge lang="ar" calendar="islamic-umalqura" certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`,
      );
      const issued = $$(el, 'dl > div').find((row) => row.querySelector('dt')!.textContent === 'تاريخ الإصدار')!;
      expect(issued.querySelector('dd')!.textContent).to.equal('١ أكتوبر ٢٠٢٤ م، الموافق ٢٨ ربيع الأول ١٤٤٦ هـ');
      await expect(el).to.be.accessible();
      const en = await mount(
        html`<certification-badge lang="en" calendar="islamic-umalqura" certificate-id="BV-ISO9001-2023-117" variant="pill"></certification-badge>`,
      );
      expect($(en, '[part="pill"]')!.getAttribute('aria-label')).to.match(
        /^Valid, ISO 9001:2015, Valid until March 12, 2027 \(.+ 1448 AH\)$/,
      );
    });
  });

  it('loads again after being moved in the page, and a badge added meanwhile shares that request', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = fakeApi(
      { [IGA]: async (_request, attempt) => (attempt === 1 ? 'hang' : (await gate, { json: iga() })) },
      { now: () => NOW },
    );
    const el = await fixture<CertificationBadge>(html`<certification-badge organisation-id="iga"></certification-badge>`);
    const parent = el.parentElement!;
    el.remove(); // aborts the first request
    parent.append(el);
    await until(() => api.count(IGA) === 2, 'the second request');
    await new Promise((resolve) => requestAnimationFrame(resolve)); // the aborted request has settled by now
    const another = document.createElement('certification-badge');
    another.organisationId = 'iga';
    parent.append(another);
    release();
    await until(() => $(el, '[part="list"]') && $(another, '[part="list"]'), 'both lists');
    expect(api.count(IGA)).to.equal(2);
  });
});
