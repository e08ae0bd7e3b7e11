/**
 * The live examples of the guide pages (stories/guides/*.mdx), English and Arabic side by side. Not in
 * the sidebar (`!dev`): each guide shows them where it talks about them. Every example answers from
 * the same mocked API, so that a page showing several stays consistent.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { CentreScorecard } from '../../src/centre-scorecard/define.js';
import { CertificationBadge } from '../../src/certification-badge/define.js';
import { ServiceRating } from '../../src/service-rating/define.js';
import { isaTown } from '../../test/centre-scorecard/fixtures.js';
import { mockApi } from '../mock-api.js';
import openapi from 'virtual:jawda-openapi';
import { renderOpenApi } from './openapi-view.js';
import { THEMES } from './themes.js';

export { themeCss } from './themes.js';

// A bare import of define.js may be dropped by the bundler (package.json sideEffects): register here too.
for (const [tag, element] of [
  ['service-rating', ServiceRating],
  ['centre-scorecard', CentreScorecard],
  ['certification-badge', CertificationBadge],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const NOW = new Date('2026-11-23T09:00:00Z');

/** An illustrative certificate (the certification is real and public; number and dates are invented). */
export const CERTIFICATE = {
  id: 'iga-iso9001',
  certificateNumber: 'BH-QMS-2024-117',
  standard: { code: 'ISO 9001', version: '2015', title: { en: 'Quality management system', ar: 'نظام إدارة الجودة' } },
  certifiedEntity: { en: 'Information & eGovernment Authority', ar: 'هيئة المعلومات والحكومة الإلكترونية' },
  scope: { en: 'Electronic and identity card services to the public.', ar: 'الخدمات الإلكترونية وخدمات بطاقة الهوية للجمهور.' },
  sites: [{ en: 'Isa Town, Kingdom of Bahrain', ar: 'مدينة عيسى، مملكة البحرين' }],
  certificationBody: { name: 'Bureau Veritas', url: 'https://www.bureauveritas.com/' },
  accreditationBody: { name: 'UKAS', status: 'Accredited' },
  originalIssueDate: '2017-03-13',
  issueDate: '2024-03-13',
  expiryDate: '2027-03-12',
  status: 'active',
  verifyUrl: 'https://www.bureauveritas.com/',
  lastVerifiedAt: '2026-11-20T06:00:00Z',
};

function api(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith('jawda:rating:'))
    .forEach((key) => localStorage.removeItem(key));
  mockApi(
    {
      '/services/passport-renewal/rating-summary': {
        json: { serviceId: 'passport-renewal', scale: 'stars', count: 1204, average: 4.3, distribution: {} },
      },
      '/services/passport-renewal/ratings': { status: 201, json: { submissionId: '3f1c9a52-7d4e-4b8a-9c61-2a5e8f0b7d13', stored: true } },
      '/centres/isa-town/evaluation': { json: isaTown(5) },
      '/organisations/iga/': { json: { organisation: { id: 'iga', name: CERTIFICATE.certifiedEntity }, certifications: [CERTIFICATE] } },
    },
    { now: NOW },
  );
}

/** The same markup in English and in Arabic, side by side. */
function sideBySide(markup: (lang: 'en' | 'ar') => TemplateResult): TemplateResult {
  return html`<div class="pair">
      <section lang="en" dir="ltr"><h4>English</h4>${markup('en')}</section>
      <section lang="ar" dir="rtl"><h4>العربية</h4>${markup('ar')}</section>
    </div>
    <style>
      .pair { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); align-items: start; }
      .pair h4 { margin: 0 0 0.5rem; font: 600 0.8rem/1.2 system-ui, sans-serif; color: #525b66; }
    </style>`;
}

const meta: Meta = {
  title: 'Guides/Examples',
  tags: ['!dev', '!autodocs'],
  // Helpers the guides import (themeCss, CERTIFICATE) are not stories.
  excludeStories: /^(?:[a-z]|[A-Z_]+$)/,
  parameters: { layout: 'padded' },
  // The examples set their own `lang`: no page-wide locale (the toolbar's) around them.
  decorators: [
    (story) => {
      api();
      return story();
    },
  ],
};
export default meta;
type Story = StoryObj;

export const RatingInBothLanguages: Story = {
  render: () => sideBySide(() => html`<service-rating service-id="passport-renewal" cooldown="0" show-summary></service-rating>`),
};

export const BadgeInBothLanguages: Story = {
  render: () => sideBySide(() => html`<certification-badge organisation-id="iga" variant="pill"></certification-badge>`),
};

export const NumeralsAndCalendar: Story = {
  render: () => html`<div class="pair">
      <section lang="ar" dir="rtl"><h4>arab · gregory</h4><certification-badge organisation-id="iga" variant="card"></certification-badge></section>
      <section lang="ar" dir="rtl"><h4>latn · islamic-umalqura</h4><certification-badge organisation-id="iga" variant="card" numerals="latn" calendar="islamic-umalqura"></certification-badge></section>
    </div>
    <style>.pair { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); } .pair h4 { margin: 0 0 .5rem; font: 600 .8rem system-ui; color: #525b66; }</style>`,
};

/** Inline JSON: the badge renders from the `<script type="application/json">` inside it, with no API call. */
export const InlineJson: Story = {
  render: () =>
    sideBySide(
      () => html`<certification-badge variant="card">
      <script type="application/json">${JSON.stringify(CERTIFICATE)}</script>
    </certification-badge>`,
    ),
};

const themed = (key: keyof typeof THEMES): Story => ({
  name: THEMES[key].name,
  render: () => {
    const style = Object.entries(THEMES[key].tokens)
      .map(([token, value]) => `${token}: ${value}`)
      .join('; ');
    return html`<div style=${style} class="national">
        ${sideBySide(
          () => html`<service-rating service-id="passport-renewal" cooldown="0" show-summary .score=${4}></service-rating>
          <p></p><certification-badge organisation-id="iga" variant="pill"></certification-badge>`,
        )}
      </div>`;
  },
});
export const Bahrain = themed('bahrain');
export const Uae = themed('uae');
export const Saudi = themed('saudi');

export const Scorecard: Story = {
  render: () => sideBySide(() => html`<centre-scorecard centre-id="isa-town" variant="compact"></centre-scorecard>`),
};

/** The reference server's `/openapi.json`, made at build time by the function that serves it. */
export const ApiReference: Story = {
  decorators: [(story) => story()],
  render: () => renderOpenApi(openapi),
};
