/**
 * Certificates for tests, after the real ones named in the seeds (iGA: ISO 9001:2015 and ISO/IEC
 * 20000-1:2018 from Bureau Veritas; Al-Khobar municipality: ISO 9001 and IQNet via Quality Austria).
 * Certificate numbers, dates and URLs are invented.
 */
import type { Certification, OrganisationCertifications } from '../../src/core/contract.js';

/** The clock of every test: 23 November 2026, 09:00 UTC. */
export const NOW = new Date('2026-11-23T09:00:00Z');

export function igaIso9001(overrides: Partial<Certification> = {}): Certification {
  return {
    id: 'BV-ISO9001-2023-117',
    certificateNumber: 'BH-QMS-2024-117',
    standard: { code: 'ISO 9001', version: '2015', title: { en: 'Quality management system', ar: 'نظام إدارة الجودة' } },
    certifiedEntity: { en: 'Information & eGovernment Authority', ar: 'هيئة المعلومات والحكومة الإلكترونية' },
    scope: {
      en: 'Provision of eGovernment, statistical, radio and identity card services to the public through electronic channels and branches.',
      ar: 'تقديم الخدمات الإلكترونية والإحصائية والراديوية وخدمات بطاقة الهوية للجمهور عبر القنوات الإلكترونية والفروع.',
    },
    sites: [{ en: 'Isa Town, Kingdom of Bahrain', ar: 'مدينة عيسى، مملكة البحرين' }],
    certificationBody: {
      name: 'Bureau Veritas',
      url: 'https://www.bureauveritas.com.bh/',
      logo: 'https://logos.jawda.test/bureau-veritas.svg',
    },
    accreditationBody: { name: 'UKAS', status: 'Accredited' },
    originalIssueDate: '2017-03-13',
    issueDate: '2024-03-13',
    expiryDate: '2027-03-12',
    status: 'active',
    verifyUrl: 'https://certificates.jawda.test/bureau-veritas/BH-QMS-2024-117',
    lastVerifiedAt: '2026-11-20T06:00:00Z',
    ...overrides,
  };
}

export function igaIso20000(overrides: Partial<Certification> = {}): Certification {
  return igaIso9001({
    id: 'BV-ISO20000-2024-031',
    certificateNumber: 'BH-ITSM-2024-031',
    standard: {
      code: 'ISO/IEC 20000-1',
      version: '2018',
      title: { en: 'IT service management system', ar: 'نظام إدارة خدمات تقنية المعلومات' },
    },
    scope: {
      en: 'IT services supporting government electronic services.',
      ar: 'خدمات تقنية المعلومات الداعمة للخدمات الحكومية الإلكترونية.',
    },
    issueDate: '2024-01-21',
    expiryDate: '2027-01-20',
    ...overrides,
  });
}

export const iga = (certifications = [igaIso9001(), igaIso20000()]): OrganisationCertifications => ({
  organisation: { id: 'iga', name: { en: 'Information & eGovernment Authority', ar: 'هيئة المعلومات والحكومة الإلكترونية' } },
  certifications,
});

export function khobarIso9001(overrides: Partial<Certification> = {}): Certification {
  return {
    id: 'QA-ISO9001-KHOBAR',
    certificateNumber: 'QA-09142/0',
    standard: { code: 'ISO 9001', version: '2015', title: { en: 'Quality management system', ar: 'نظام إدارة الجودة' } },
    certifiedEntity: { en: 'Al-Khobar Governorate Municipality', ar: 'بلدية محافظة الخبر' },
    scope: { en: 'Municipal services to residents and businesses of Al-Khobar.', ar: 'الخدمات البلدية لسكان محافظة الخبر ومنشآتها.' },
    sites: [{ en: 'Al-Khobar, Eastern Province, Saudi Arabia', ar: 'الخبر، المنطقة الشرقية، المملكة العربية السعودية' }],
    certificationBody: { name: 'Quality Austria' },
    accreditationBody: { name: 'Akkreditierung Austria', status: 'Accredited' },
    issueDate: '2024-10-01',
    expiryDate: '2027-09-30',
    status: 'active',
    verifyUrl: 'https://certificates.jawda.test/quality-austria/QA-09142-0',
    lastVerifiedAt: '2026-11-01T06:00:00Z',
    ...overrides,
  };
}

export const khobarIqnet = (overrides: Partial<Certification> = {}): Certification =>
  khobarIso9001({
    id: 'IQNET-KHOBAR',
    certificateNumber: 'AT-QA-09142/0',
    standard: {
      code: 'IQNet',
      title: { en: 'IQNet certificate for ISO 9001:2015', ar: 'شهادة شبكة الجودة العالمية IQNet للمواصفة ISO 9001:2015' },
    },
    ...overrides,
  });

export const khobar = (certifications = [khobarIso9001(), khobarIqnet()]): OrganisationCertifications => ({
  organisation: { id: 'khobar', name: { en: 'Al-Khobar Governorate Municipality', ar: 'بلدية محافظة الخبر' } },
  certifications,
});

export const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
