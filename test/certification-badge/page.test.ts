/**
 * Issue 9: several badges on one page. Each list is a `section` landmark, so two lists of one
 * organisation (filtered by different standards) need different accessible names (axe
 * `landmark-unique`); cards and pills on the same page must pass axe too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CertificationBadge } from '../../src/certification-badge/define.js';
import { fakeApi, resetJawda, shadowText, until } from '../helpers/fake-api.js';
import { iga, igaIso20000, igaIso9001, khobar, NOW } from './fixtures.js';
import { $ } from './helpers.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[]; passes: { id: string }[] }> };
  }
}

async function page(lang: string): Promise<{ container: HTMLElement; badges: CertificationBadge[] }> {
  fakeApi(
    {
      'GET /organisations/iga/certifications': { json: iga() },
      'GET /organisations/khobar/certifications': { json: khobar() },
      'GET /certifications/BV-ISO9001-2023-117': { json: igaIso9001() },
      'GET /certifications/BV-ISO20000-2024-031': { json: igaIso20000() },
    },
    { now: () => NOW },
  );
  const container = await fixture<HTMLElement>(html`<main lang=${lang}>
    <h1>Page</h1>
    <h2>Certifications</h2>
    <certification-badge organisation-id="khobar" standard="ISO 9001"></certification-badge>
    <certification-badge organisation-id="khobar" standard="IQNet"></certification-badge>
    <certification-badge organisation-id="iga"></certification-badge>
    <certification-badge organisation-id="iga" standard="ISO 9001"></certification-badge>
    <certification-badge certificate-id="BV-ISO9001-2023-117"></certification-badge>
    <certification-badge certificate-id="BV-ISO20000-2024-031"></certification-badge>
    <certification-badge certificate-id="BV-ISO9001-2023-117" variant="card"></certification-badge>
    <certification-badge organisation-id="iga" standard="ISO/IEC 20000-1" variant="card"></certification-badge>
    <certification-badge organisation-id="iga" variant="card"></certification-badge>
    <certification-badge organisation-id="iga" variant="pill"></certification-badge>
    <certification-badge organisation-id="khobar" variant="pill"></certification-badge>
  </main>`);
  const badges = [...container.querySelectorAll<CertificationBadge>('certification-badge')];
  for (const badge of badges) {
    await until(
      () =>
        badge.shadowRoot && !badge.shadowRoot.querySelector('.loading') && badge.shadowRoot.querySelector('[part="status"], [part="pill"]'),
      'every badge to load',
    );
    await badge.localeReady();
  }
  return { container, badges };
}

/** The accessible name of a list's landmark: the text of what its aria-labelledby points at. */
function landmarkName(badge: CertificationBadge): string {
  const section = $(badge, 'section[part="list"]')!;
  const ids = section.getAttribute('aria-labelledby')!.split(/\s+/);
  return ids.map((id) => badge.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
}

const expected = {
  en: [
    'ISO 9001:2015 certifications of Al-Khobar Governorate Municipality',
    'IQNet certifications of Al-Khobar Governorate Municipality',
    'Certifications of Information & eGovernment Authority',
    'ISO 9001:2015 certifications of Information & eGovernment Authority',
    'ISO 9001:2015 certifications',
    'ISO/IEC 20000-1:2018 certifications',
  ],
  ar: [
    'شهادات ISO 9001:2015 لدى بلدية محافظة الخبر',
    'شهادات IQNet لدى بلدية محافظة الخبر',
    'شهادات هيئة المعلومات والحكومة الإلكترونية',
    'شهادات ISO 9001:2015 لدى هيئة المعلومات والحكومة الإلكترونية',
    'شهادات ISO 9001:2015',
    'شهادات ISO/IEC 20000-1:2018',
  ],
};

describe('certification-badge: several badges on one page (issue 9)', () => {
  beforeEach(resetJawda);
  afterEach(resetJawda);

  for (const lang of ['en', 'ar'] as const) {
    it(`every list landmark has its own meaningful name, and the whole page passes axe, landmark-unique included (${lang})`, async () => {
      const { container, badges } = await page(lang);
      const lists = badges.filter((badge) => badge.variant === 'list');
      expect(lists.map(landmarkName)).to.deep.equal(expected[lang]);
      expect(
        lists.map((badge) => shadowText(badge, '.caption')),
        'the name is the visible caption',
      ).to.deep.equal(expected[lang]);
      expect(badges.every((badge) => badge.dir === (lang === 'en' ? 'ltr' : 'rtl'))).to.equal(true);
      await expect(container).to.be.accessible();
      // The rule by itself, so that this test cannot pass by the rule not running.
      const results = await window.axe.run(container, { runOnly: { type: 'rule', values: ['landmark-unique'] } });
      expect(results.violations.map((v) => v.id)).to.deep.equal([]);
      expect(results.passes.map((p) => p.id)).to.deep.equal(['landmark-unique']);
    });
  }
});
