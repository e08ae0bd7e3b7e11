/**
 * Organisations and their management-system certificates. ILLUSTRATIVE: the organisations, standards
 * and certification bodies come from the press releases in ../shared/seeds (iGA: ISO 9001 and ISO/IEC
 * 20000 from Bureau Veritas; Al-Khobar municipality: ISO 9001 and IQNet from Quality Austria), but
 * every certificate number, date and status here is invented. The "status examples" organisation is
 * fictional and holds one certificate in each remaining IAF status, so that no real body is shown
 * with a suspended or withdrawn certificate. Verify links go to the bodies' home pages.
 */
import type { Certification } from '../../../src/core/contract.js';

export interface SeedOrganisation {
  id: string;
  name: { ar: string; en: string };
  certifications: Certification[];
}

/** `days` from the day the database is seeded, as YYYY-MM-DD (for a certificate that expires soon). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
}

const seededAt = new Date().toISOString().slice(0, 19) + 'Z';

const TITLES = {
  qms: { ar: 'نظام إدارة الجودة', en: 'Quality management system' },
  itsm: { ar: 'نظام إدارة خدمات تقنية المعلومات', en: 'IT service management system' },
  iqnet: { ar: 'شهادة شبكة الجودة العالمية IQNet لنظام إدارة الجودة', en: 'IQNet certificate for the quality management system' },
  isms: { ar: 'نظام إدارة أمن المعلومات', en: 'Information security management system' },
  ems: { ar: 'نظام الإدارة البيئية', en: 'Environmental management system' },
  ohs: { ar: 'نظام إدارة الصحة والسلامة المهنية', en: 'Occupational health and safety management system' },
  bcms: { ar: 'نظام إدارة استمرارية الأعمال', en: 'Business continuity management system' },
  abms: { ar: 'نظام إدارة مكافحة الرشوة', en: 'Anti-bribery management system' },
  enms: { ar: 'نظام إدارة الطاقة', en: 'Energy management system' },
  complaints: { ar: 'إدارة الجودة — التعامل مع شكاوى العملاء', en: 'Quality management — customer complaints handling' },
};

const BUREAU_VERITAS = { name: 'Bureau Veritas Certification', url: 'https://www.bureauveritas.com/' };
const QUALITY_AUSTRIA = { name: 'Quality Austria', url: 'https://www.qualityaustria.com/' };
const UKAS = { name: 'UKAS', status: 'Accredited' };
const AKKREDITIERUNG_AUSTRIA = { name: 'Akkreditierung Austria', status: 'Accredited' };

const IGA = { ar: 'هيئة المعلومات والحكومة الإلكترونية', en: 'Information & eGovernment Authority' };
const IGA_SITES = [{ ar: 'المقر الرئيسي، مملكة البحرين', en: 'Head office, Kingdom of Bahrain' }];
const KHOBAR = { ar: 'بلدية محافظة الخبر', en: 'Al-Khobar Governorate Municipality' };
const KHOBAR_SITES = [{ ar: 'الخبر، المنطقة الشرقية، المملكة العربية السعودية', en: 'Al-Khobar, Eastern Province, Saudi Arabia' }];
const KHOBAR_SCOPE = {
  ar: 'تقديم الخدمات البلدية: رخص البناء، والرخص التجارية، والرقابة الصحية، وخدمة المستفيدين',
  en: 'Provision of municipal services: building permits, commercial licences, public health inspection and customer service',
};
const EXAMPLE = { ar: 'هيئة افتراضية (أمثلة على الحالات)', en: 'Example Authority (status examples)' };
const EXAMPLE_BODY = { name: 'Example Certification Body (fictional)', url: 'https://example.org/' };
const EXAMPLE_SITES = [{ ar: 'موقع افتراضي', en: 'Fictional site' }];

const itsmExpiry = daysFromNow(60);

/** A certificate of the fictional organisation in a given status. */
function example(
  id: string,
  code: string,
  version: string,
  title: { ar: string; en: string },
  status: string,
  issueDate: string,
  extra: Partial<Certification> = {},
): Certification {
  return {
    id,
    certificateNumber: id.toUpperCase(),
    standard: { code, version, title },
    certifiedEntity: EXAMPLE,
    scope: { ar: `مثال توضيحي لشهادة بحالة «${status}»`, en: `An illustrative certificate in the status "${status}"` },
    sites: EXAMPLE_SITES,
    certificationBody: EXAMPLE_BODY,
    accreditationBody: { name: 'Example Accreditation Body', status: 'Accredited' },
    issueDate,
    expiryDate: yearsBefore(issueDate, -3),
    status,
    verifyUrl: 'https://example.org/verify',
    lastVerifiedAt: seededAt,
    ...extra,
  };
}

export const ORGANISATIONS: readonly SeedOrganisation[] = [
  {
    id: 'iga',
    name: IGA,
    certifications: [
      {
        id: 'BV-ISO9001-2023-117',
        certificateNumber: 'BH-QMS-2023-117',
        standard: { code: 'ISO 9001', version: '2015', title: TITLES.qms },
        certifiedEntity: IGA,
        scope: {
          ar: 'تقديم الخدمات الإلكترونية والإحصائية وخدمات بطاقة الهوية للجمهور عبر القنوات الإلكترونية ومراكز الخدمة',
          en: 'Provision of electronic, statistical and identity card services to the public through electronic channels and service centres',
        },
        sites: IGA_SITES,
        certificationBody: BUREAU_VERITAS,
        accreditationBody: UKAS,
        originalIssueDate: '2016-02-21',
        issueDate: '2024-03-13',
        expiryDate: '2027-03-12',
        status: 'active',
        verifyUrl: BUREAU_VERITAS.url,
        lastVerifiedAt: seededAt,
      },
      {
        // Expires within the badge's warning window, counted from the day the database was seeded.
        id: 'BV-ISO20000-2024-042',
        certificateNumber: 'BH-ITSM-2024-042',
        standard: { code: 'ISO/IEC 20000-1', version: '2018', title: TITLES.itsm },
        certifiedEntity: IGA,
        scope: {
          ar: 'إدارة خدمات تقنية المعلومات الداعمة للخدمات الإلكترونية الحكومية ومركز البيانات الحكومي',
          en: 'IT service management supporting government electronic services and the government data centre',
        },
        sites: IGA_SITES,
        certificationBody: BUREAU_VERITAS,
        accreditationBody: UKAS,
        originalIssueDate: '2017-05-08',
        issueDate: yearsBefore(itsmExpiry, 3),
        expiryDate: itsmExpiry,
        status: 'active',
        verifyUrl: BUREAU_VERITAS.url,
        lastVerifiedAt: seededAt,
      },
      {
        // The first ISO 20000 certificate (the 2011 edition), long superseded.
        id: 'BV-ISO20000-2017-009',
        certificateNumber: 'BH-ITSM-2017-009',
        standard: { code: 'ISO/IEC 20000-1', version: '2011', title: TITLES.itsm },
        certifiedEntity: IGA,
        scope: { ar: 'إدارة خدمات تقنية المعلومات', en: 'IT service management' },
        sites: IGA_SITES,
        certificationBody: BUREAU_VERITAS,
        accreditationBody: UKAS,
        issueDate: '2017-05-08',
        expiryDate: '2020-05-07',
        status: 'expired',
        lastVerifiedAt: seededAt,
      },
    ],
  },
  {
    id: 'khobar',
    name: KHOBAR,
    certifications: [
      {
        id: 'QA-ISO9001-2024-1440',
        certificateNumber: 'QA-KSA-9001-1440',
        standard: { code: 'ISO 9001', version: '2015', title: TITLES.qms },
        certifiedEntity: KHOBAR,
        scope: KHOBAR_SCOPE,
        sites: KHOBAR_SITES,
        certificationBody: QUALITY_AUSTRIA,
        accreditationBody: AKKREDITIERUNG_AUSTRIA,
        originalIssueDate: '2018-09-20',
        issueDate: '2024-11-05',
        expiryDate: '2027-11-04',
        status: 'active',
        verifyUrl: QUALITY_AUSTRIA.url,
        lastVerifiedAt: seededAt,
      },
      {
        // Expired by date while the record still says "active": the badge must show "expired".
        id: 'IQNET-AT-2018-1440',
        certificateNumber: 'IQNET-AT-1440',
        standard: { code: 'IQNet', title: TITLES.iqnet },
        certifiedEntity: KHOBAR,
        scope: KHOBAR_SCOPE,
        sites: KHOBAR_SITES,
        certificationBody: {
          name: 'IQNet – The International Certification Network (via Quality Austria)',
          url: 'https://www.iqnet-certification.com/',
        },
        issueDate: '2018-10-29',
        expiryDate: '2021-10-28',
        status: 'active',
        verifyUrl: 'https://www.iqnet-certification.com/',
        lastVerifiedAt: '2021-06-01T08:00:00Z',
      },
    ],
  },
  {
    id: 'status-examples',
    name: EXAMPLE,
    certifications: [
      example('ex-27001-suspended', 'ISO/IEC 27001', '2022', TITLES.isms, 'suspended', '2024-02-01'),
      example('ex-14001-withdrawn', 'ISO 14001', '2015', TITLES.ems, 'withdrawn', '2023-06-15'),
      example('ex-45001-cancelled', 'ISO 45001', '2018', TITLES.ohs, 'cancelled', '2023-09-01'),
      example('ex-9001-inactive', 'ISO 9001', '2015', TITLES.qms, 'inactive', '2024-01-10'),
      example('ex-22301-draft', 'ISO 22301', '2019', TITLES.bcms, 'draft', '2025-05-01'),
      example('ex-37001-pending', 'ISO 37001', '2016', TITLES.abms, 'pending', '2025-04-01'),
      example('ex-50001-expired', 'ISO 50001', '2018', TITLES.enms, 'expired', '2020-03-01'),
      // A status outside the IAF vocabulary: shown as "unknown status", never as valid.
      example('ex-10002-unknown', 'ISO 10002', '2018', TITLES.complaints, 'under-review', '2024-08-01'),
      // Valid, but nobody has checked it with the body for a long time.
      example('ex-9001-stale', 'ISO 9001', '2015', TITLES.qms, 'active', '2024-06-01', { lastVerifiedAt: '2023-01-10T09:00:00Z' }),
      // A verify link that is not https: the badge drops it and warns.
      example('ex-27001-unsafe-link', 'ISO/IEC 27001', '2022', TITLES.isms, 'active', '2024-09-01', {
        verifyUrl: 'http://example.org/verify',
      }),
    ],
  },
];
