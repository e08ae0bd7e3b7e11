import { expect, html } from '@open-wc/testing';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import type { Certification } from '../../src/core/contract.js';
import { HOSTILE, iga, igaIso9001, NOW } from './fixtures.js';
import { warnings } from '../helpers/console.js';
import { $, $$, mount } from './helpers.js';

const CERT = 'GET /certifications/BV-ISO9001-2023-117';

describe('certification-badge: nothing from the data runs, and links go over https only', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const unsafe of [
    'javascript:alert(1)',
    'http://www.bureauveritas.com/certificates/117',
    'data:text/html,<script>alert(1)</script>',
    '/relative/verify',
    'not a url',
  ]) {
    it(`drops a verify link, a body link and a logo at ${unsafe.slice(0, 24)}, and warns once`, async () => {
      const cert = igaIso9001({ verifyUrl: unsafe, certificationBody: { name: 'Bureau Veritas', url: unsafe, logo: unsafe } });
      fakeApi({ [CERT]: { json: cert } }, { now: () => NOW });
      const seen = await warnings(async () => {
        const el = await mount(html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`);
        expect($(el, '[part="verify"]')).to.equal(null);
        expect($$(el, 'a')).to.have.length(0);
        expect($$(el, 'img')).to.have.length(0);
        expect(shadowText(el, 'dl')).to.include('Bureau Veritas');
        await mount(html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`);
      });
      const verifyWarnings = seen.filter((w) => w.includes('verifyUrl of certificate "BV-ISO9001-2023-117"'));
      expect(verifyWarnings, 'one warning, however many badges').to.have.length(1);
      expect(seen.some((w) => w.includes('certificationBody.logo'))).to.equal(true);
    });
  }

  it('keeps https links, opening in a new tab without opener or referrer', async () => {
    fakeApi({ [CERT]: { json: igaIso9001() } }, { now: () => NOW });
    const el = await mount(html`<certification-badge certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>`);
    for (const link of $$<HTMLAnchorElement>(el, 'a')) {
      expect(link.protocol).to.equal('https:');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(link.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
    }
    expect($<HTMLImageElement>(el, 'img[part="logo"]')!.referrerPolicy).to.equal('no-referrer');
  });

  for (const variant of ['pill', 'card', 'list']) {
    it(`renders hostile strings in every text field as text (${variant})`, async () => {
      const text = { en: HOSTILE, ar: HOSTILE };
      const hostile: Certification = {
        ...igaIso9001(),
        certificateNumber: HOSTILE.slice(0, 60),
        standard: { code: '<b>ISO</b>', version: '<i>9</i>', title: text },
        certifiedEntity: text,
        scope: text,
        sites: [text],
        certificationBody: { name: HOSTILE },
        accreditationBody: { name: HOSTILE, status: HOSTILE.slice(0, 45) },
        status: HOSTILE.slice(0, 45),
        verifyUrl: undefined,
      };
      const org = { ...iga([hostile]), organisation: { id: 'iga', name: text } };
      fakeApi({ 'GET /organisations/iga/certifications': { json: org } }, { now: () => NOW });
      const el = await mount(html`<certification-badge organisation-id="iga" variant=${variant}></certification-badge>`);
      if (variant === 'pill') {
        $(el, '[part="pill"]')!.click();
        await until(() => $<HTMLDialogElement>(el, 'dialog')!.open, 'the dialog');
        $<HTMLDialogElement>(el, 'dialog')!.close();
      }
      const root = el.shadowRoot!;
      expect(root.querySelector('img, script, b, i, iframe'), 'no element from the data').to.equal(null);
      const shown = root.textContent!;
      expect(shown).to.include(HOSTILE);
      expect(shown).to.include('<b>ISO</b>:<i>9</i>');
      // An unknown status is "Status unknown" in the page; its raw value goes to the console only.
      expect(shown).to.include('Status unknown');
      expect(shown).not.to.include(HOSTILE.slice(0, 45) + '"');
      expect(variant === 'pill' ? $(el, '[part="pill"]')!.getAttribute('aria-label') : shown).to.include('<b>ISO</b>');
    });
  }

  it('a hostile certificate-id: never in the page, named as text in the console only', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      fakeApi({}, { now: () => NOW });
      const el = await mount(html`<certification-badge certificate-id=${HOSTILE}></certification-badge>`);
      expect(shadowText(el, '[role="alert"]')).to.equal("We couldn't find this certificate.");
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(warnings.some((warning) => warning.includes(HOSTILE))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
