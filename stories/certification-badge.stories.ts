/**
 * `<certification-badge>` in every status, variant and state, Arabic and English.
 *
 * The data is illustrative. The certifications themselves are real and public (iGA: ISO 9001 and
 * ISO/IEC 20000 from Bureau Veritas; Al-Khobar municipality: ISO 9001 and the IQNet certificate via
 * Quality Austria), but the certificate numbers, dates, scopes and verify links are invented. The
 * clock is pinned to 23 November 2026 so each status stays what its story says.
 *
 * Signed records (issue 21) come from stories/signed-records.ts, made by stories/signed-records.mjs.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Certification, OrganisationCertifications } from '../src/core/contract.js';
import { configure } from '../src/core/config.js';
import '../src/certification-badge/define.js';
import { mockApi, type MockReply } from './mock-api.js';
import { RECORDS, STATUS_LISTS, TRUST, UNSUPPORTED_KEY_X } from './signed-records.js';
import { applyArgs, publicControls } from './public-api.js';

const NOW = new Date('2026-11-23T09:00:00Z');

const igaIso9001: Certification = {
  id: 'iga-iso9001',
  certificateNumber: 'BH-QMS-2024-117',
  standard: { code: 'ISO 9001', version: '2015', title: { en: 'Quality management system', ar: 'نظام إدارة الجودة' } },
  certifiedEntity: { en: 'Information & eGovernment Authority', ar: 'هيئة المعلومات والحكومة الإلكترونية' },
  scope: {
    en: 'Provision of electronic, statistical, radio and identity card services to the public through electronic channels available around the clock and through service branches.',
    ar: 'تقديم الخدمات الإلكترونية والإحصائية والراديوية وخدمات بطاقة الهوية للجمهور عبر القنوات الإلكترونية المتاحة على مدار الساعة وعبر فروع الخدمة.',
  },
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

const igaIso20000: Certification = {
  ...igaIso9001,
  id: 'iga-iso20000',
  certificateNumber: 'BH-ITSM-2024-031',
  standard: {
    code: 'ISO/IEC 20000-1',
    version: '2018',
    title: { en: 'IT service management system', ar: 'نظام إدارة خدمات تقنية المعلومات' },
  },
  scope: {
    en: 'Design, transition, delivery and improvement of the IT services that support government electronic services.',
    ar: 'تصميم خدمات تقنية المعلومات الداعمة للخدمات الحكومية الإلكترونية ونقلها وتقديمها وتحسينها.',
  },
  originalIssueDate: '2018-01-21',
  issueDate: '2024-01-21',
  expiryDate: '2027-01-20', // 58 days after the pinned clock: inside the 90-day warning window
};

const khobarIso9001: Certification = {
  id: 'khobar-iso9001',
  certificateNumber: 'QA-09142/0',
  standard: { code: 'ISO 9001', version: '2015', title: { en: 'Quality management system', ar: 'نظام إدارة الجودة' } },
  certifiedEntity: { en: 'Al-Khobar Governorate Municipality', ar: 'بلدية محافظة الخبر' },
  scope: {
    en: 'Municipal services to residents and businesses of Al-Khobar Governorate.',
    ar: 'الخدمات البلدية المقدمة لسكان محافظة الخبر ومنشآتها.',
  },
  sites: [{ en: 'Al-Khobar, Eastern Province, Kingdom of Saudi Arabia', ar: 'الخبر، المنطقة الشرقية، المملكة العربية السعودية' }],
  certificationBody: { name: 'Quality Austria', url: 'https://www.qualityaustria.com/' },
  accreditationBody: { name: 'Akkreditierung Austria', status: 'Accredited' },
  issueDate: '2024-10-01',
  expiryDate: '2027-09-30',
  status: 'active',
  verifyUrl: 'https://www.qualityaustria.com/',
  lastVerifiedAt: '2026-11-01T06:00:00Z',
};

const khobarIqnet: Certification = {
  ...khobarIso9001,
  id: 'khobar-iqnet',
  certificateNumber: 'AT-QA-09142/0',
  standard: {
    code: 'IQNet',
    title: { en: 'IQNet certificate for ISO 9001:2015', ar: 'شهادة شبكة الجودة العالمية IQNet للمواصفة ISO 9001:2015' },
  },
};

const iga: OrganisationCertifications = {
  organisation: { id: 'iga', name: { en: 'Information & eGovernment Authority', ar: 'هيئة المعلومات والحكومة الإلكترونية' } },
  certifications: [igaIso9001, igaIso20000],
};
const khobar: OrganisationCertifications = {
  organisation: { id: 'khobar', name: { en: 'Al-Khobar Governorate Municipality', ar: 'بلدية محافظة الخبر' } },
  certifications: [khobarIso9001, khobarIqnet],
};

/** One certificate per status, each after a real one. */
const STATUSES: Record<string, Certification> = {
  active: igaIso9001,
  'expires-soon': igaIso20000,
  'expired-by-date': { ...khobarIso9001, id: 'expired-by-date', issueDate: '2023-11-01', expiryDate: '2026-10-31', status: 'active' },
  suspended: { ...igaIso20000, id: 'suspended', expiryDate: '2027-06-30', status: 'suspended' },
  withdrawn: { ...khobarIso9001, id: 'withdrawn', status: 'withdrawn' },
  cancelled: { ...khobarIqnet, id: 'cancelled', status: 'cancelled' },
  inactive: { ...igaIso9001, id: 'inactive', status: 'inactive' },
  draft: { ...igaIso9001, id: 'draft', status: 'draft' },
  pending: { ...igaIso20000, id: 'pending', status: 'pending' },
  unknown: { ...igaIso9001, id: 'unknown', status: 'Under review' },
  'verification-out-of-date': { ...khobarIso9001, id: 'verification-out-of-date', lastVerifiedAt: '2026-08-02T06:00:00Z' },
  'never-verified': { ...igaIso9001, id: 'never-verified', lastVerifiedAt: undefined },
  'not-yet-valid': { ...igaIso20000, id: 'not-yet-valid', issueDate: '2026-12-01', expiryDate: '2029-11-30' },
};

/**
 * One signed record per outcome of its check (issue 21's table). The unsigned fields beside each are
 * the plain ISO 9001 record: what the badge shows comes from the signed record, never from them.
 */
const SIGNED: Record<string, Certification> = Object.fromEntries(
  Object.entries({
    verified: RECORDS.verified,
    revoked: RECORDS.revoked,
    suspended: RECORDS.suspended,
    expired: RECORDS.expired,
    'status-unavailable': RECORDS.statusUnavailable,
    'signature-invalid': RECORDS.signatureInvalid,
    'unknown-signer': RECORDS.unknownSigner,
    unsupported: RECORDS.unsupported,
  }).map(([state, signed]) => [`signed-${state}`, { ...igaIso9001, id: `signed-${state}`, signed }]),
);

const ROUTES: Record<string, MockReply> = {
  '/organisations/iga/': { json: iga },
  '/organisations/khobar/': { json: khobar },
  '/organisations/empty/': { json: { ...iga, certifications: [] } },
  '/organisations/offline/': 'offline',
  '/organisations/slow/': 'never',
  '/organisations/invalid/': {
    json: { organisation: iga.organisation, certifications: [{ ...igaIso9001, expiryDate: 'soon', status: undefined }] },
  },
  '/certifications/missing': { status: 404 },
  ...Object.fromEntries(
    Object.entries({ ...STATUSES, ...SIGNED }).map(([id, certification]) => [`/certifications/${id}`, { json: { ...certification, id } }]),
  ),
  // The issuer's status lists (the "status-unavailable" record points at one that is not there).
  '/status-lists/revocation': { text: STATUS_LISTS.revocation },
  '/status-lists/suspension': { text: STATUS_LISTS.suspension },
};

/**
 * The "unsupported" story's browser cannot use one of the issuer's keys, as a browser without Ed25519
 * (before Chromium 137) cannot use an Ed25519 key: its import fails with NotSupportedError.
 */
function pretendUnsupportedKey(): void {
  const subtle = globalThis.crypto?.subtle as (SubtleCrypto & { pretending?: boolean }) | undefined;
  if (!subtle || subtle.pretending) return;
  const importKey = subtle.importKey.bind(subtle);
  subtle.importKey = ((format: 'jwk', key: JsonWebKey, ...rest: [AlgorithmIdentifier, boolean, KeyUsage[]]) =>
    format === 'jwk' && key.x === UNSUPPORTED_KEY_X
      ? Promise.reject(new DOMException('This browser lacks the algorithm', 'NotSupportedError'))
      : importKey(format, key, ...rest)) as SubtleCrypto['importKey'];
  subtle.pretending = true;
}

interface Args {
  variant: 'pill' | 'card' | 'list';
  organisationId?: string;
  certificateId?: string;
  standard?: string;
  warningDays?: number;
  calendar?: 'gregory' | 'islamic-umalqura';
  requireSignature?: boolean;
}

const badge = (args: Args) => html`<certification-badge
  variant=${args.variant}
  organisation-id=${args.organisationId ?? nothing}
  certificate-id=${args.certificateId ?? nothing}
  standard=${args.standard ?? nothing}
  warning-days=${args.warningDays ?? nothing}
  calendar=${args.calendar ?? nothing}
  ?require-signature=${args.requireSignature ?? false}
></certification-badge>`;

const meta: Meta<Args> = {
  title: 'Elements/certification-badge',
  component: 'certification-badge',
  tags: ['autodocs'],
  // What `badge` reads; the Playground has every public property and attribute.
  parameters: { controls: { include: ['variant', 'organisationId', 'certificateId', 'standard', 'warningDays', 'calendar'] } },
  decorators: [
    (story) => {
      mockApi(ROUTES, { now: NOW });
      // The issuer of the signed records, trusted as a portal would trust it.
      configure({ trust: TRUST });
      pretendUnsupportedKey();
      return story();
    },
  ],
  render: badge,
  argTypes: {
    variant: { control: 'inline-radio', options: ['pill', 'card', 'list'] },
    calendar: { control: 'inline-radio', options: ['gregory', 'islamic-umalqura'] },
    certificateId: { control: 'select', options: [undefined, ...Object.keys(STATUSES)] },
  },
  args: { variant: 'list', organisationId: 'iga' },
};
export default meta;
type Story = StoryObj<Args>;

/** Every public property and attribute as a control (custom-elements.json), on one badge. */
export const Playground: StoryObj = {
  args: { organisationId: 'iga', variant: 'list' },
  parameters: { controls: { include: publicControls('certification-badge') } },
  render: (args) => applyArgs(document.createElement('certification-badge'), args),
};

/* ------------------------------------------------------------------ real certifications */

export const IgaAllCertifications: Story = { name: 'iGA: every certification (list)' };
export const IgaIso9001Pill: Story = { name: 'iGA: ISO 9001 pill (footer)', args: { variant: 'pill', standard: 'ISO 9001' } };
export const IgaPills: Story = { name: 'iGA: one pill per certificate', args: { variant: 'pill' } };
export const IgaIso20000Card: Story = {
  name: 'iGA: ISO/IEC 20000-1 card (expires soon)',
  args: { variant: 'card', organisationId: undefined, certificateId: 'expires-soon' },
};
export const KhobarList: Story = { name: 'Al-Khobar: ISO 9001 and IQNet (list)', args: { organisationId: 'khobar' } };
export const KhobarPill: Story = {
  name: 'Al-Khobar: ISO 9001 pill',
  args: { organisationId: 'khobar', variant: 'pill', standard: 'ISO 9001' },
};
export const KhobarCards: Story = { name: 'Al-Khobar: cards', args: { organisationId: 'khobar', variant: 'card' } };
export const HijriDates: Story = {
  name: 'Hijri calendar (Gregorian with Hijri)',
  args: { variant: 'card', organisationId: 'khobar', standard: 'IQNet', calendar: 'islamic-umalqura' },
};

/* ------------------------------------------------------------------ status x variant x locale */

const matrix = (variant: Args['variant']) => html`<div class="matrix">
  ${Object.keys(STATUSES).map(
    (id) => html`<section>
      <h2><code>${id}</code></h2>
      <div lang="ar" dir="rtl">${badge({ variant, certificateId: id })}</div>
      <div lang="en" dir="ltr">${badge({ variant, certificateId: id })}</div>
    </section>`,
  )}
</div>`;

export const EveryStatusPill: Story = { name: 'Every status: pill, Arabic and English', render: () => matrix('pill') };
export const EveryStatusCard: Story = { name: 'Every status: card, Arabic and English', render: () => matrix('card') };
export const EveryStatusList: Story = { name: 'Every status: list, Arabic and English', render: () => matrix('list') };

const status = (certificateId: string): Story => ({ args: { organisationId: undefined, certificateId, variant: 'card' } });
export const Active = status('active');
export const ExpiresSoon = status('expires-soon');
export const ExpiredByDate: Story = { ...status('expired-by-date'), name: 'Expired by date (the API still says active)' };
export const Suspended = status('suspended');
export const Withdrawn = status('withdrawn');
export const Cancelled = status('cancelled');
export const Inactive = status('inactive');
export const Draft = status('draft');
export const Pending = status('pending');
export const UnknownStatus = status('unknown');
export const VerificationOutOfDate = status('verification-out-of-date');
export const NeverVerified: Story = { ...status('never-verified'), name: 'Never verified (no lastVerifiedAt)' };
export const NotYetValid: Story = { ...status('not-yet-valid'), name: 'Not yet valid (issue date ahead)' };

/* ------------------------------------------------------------------ signed records (issue 21) */

const signedMatrix = (variant: Args['variant']) => html`<div class="matrix">
  ${[...Object.keys(SIGNED), 'unsigned'].map(
    (id) => html`<section>
      <h2><code>${id}</code></h2>
      ${(['ar', 'en'] as const).map(
        (lang) =>
          html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
            ${
              id === 'unsigned'
                ? badge({ variant, certificateId: 'active', requireSignature: true })
                : badge({ variant, certificateId: id })
            }
          </div>`,
      )}
    </section>`,
  )}
</div>`;

export const SignedEveryStatePill: Story = { name: 'Signed records: every check, pill', render: () => signedMatrix('pill') };
export const SignedEveryStateCard: Story = { name: 'Signed records: every check, card', render: () => signedMatrix('card') };
export const SignedEveryStateList: Story = { name: 'Signed records: every check, list', render: () => signedMatrix('list') };

const signed = (state: string, name: string): Story => ({
  name,
  args: { organisationId: undefined, certificateId: `signed-${state}`, variant: 'card' },
});
export const SignedVerified = signed('verified', 'Signed: verified by the issuer');
export const SignedRevoked = signed('revoked', 'Signed: withdrawn (revocation bit set)');
export const SignedSuspended = signed('suspended', 'Signed: suspended (suspension bit set)');
export const SignedExpired = signed('expired', 'Signed: the record has expired');
export const SignedStatusUnavailable = signed('status-unavailable', 'Signed: status list unreachable');
export const SignatureInvalid = signed('signature-invalid', 'Signed: signature invalid (tampered)');
export const SignedByUnknownIssuer = signed('unknown-signer', 'Signed: by an issuer the portal does not trust');
export const SignatureUnsupported = signed('unsupported', 'Signed: this browser cannot check the signature');
export const NotVerified: Story = {
  name: 'Unsigned, signature required (require-signature)',
  args: { organisationId: undefined, certificateId: 'active', variant: 'card', requireSignature: true },
};

/* ------------------------------------------------------------------ states */

const states = (variant: Args['variant'], organisationId?: string, certificateId?: string, standard?: string) => html`<div class="matrix">
  <div lang="ar" dir="rtl">${badge({ variant, organisationId, certificateId, standard })}</div>
  <div lang="en" dir="ltr">${badge({ variant, organisationId, certificateId, standard })}</div>
</div>`;

export const Loading: Story = { render: () => html`${(['pill', 'card', 'list'] as const).map((variant) => states(variant, 'slow'))}` };
export const NotFound: Story = { render: () => states('card', undefined, 'missing') };
export const NoCertifications: Story = { render: () => states('list', 'empty') };
export const NoMatchForStandard: Story = {
  name: 'No certification for the standard',
  render: () => states('pill', 'iga', undefined, 'ISO/IEC 27001'),
};
export const ErrorWithRetry: Story = { name: 'Error (offline) with retry', render: () => states('list', 'offline') };
export const InvalidData: Story = { render: () => states('list', 'invalid') };
export const Misconfigured: Story = {
  render: () => html`<div class="matrix">
    <div lang="ar" dir="rtl"><certification-badge></certification-badge></div>
    <div lang="en" dir="ltr"><certification-badge organisation-id="iga" variant="banner"></certification-badge></div>
    <div lang="en" dir="ltr"><certification-badge organisation-id="iga" warning-days="soon"></certification-badge></div>
  </div>`,
};

export const InlineData: Story = {
  name: 'Inline JSON (CMS page, no API)',
  render: () => html`<certification-badge variant="card">
    <script type="application/json">
      ${JSON.stringify(khobarIqnet)}
    </script>
  </certification-badge>`,
};
