/** Fixtures of the admin API tests: the bootstrap key, a Taqyeem result and a certificate as a publisher sends them. */
export const BOOTSTRAP_KEY = 'test-bootstrap-key-0123456789-abcdefghij';

/** A centre's Taqyeem result for one cycle, as a publisher sends it (no centre, no history: the server knows them). */
export function taqyeemResult(percentage: number, tier: 'platinum' | 'gold' | 'silver' | 'bronze', extra: Record<string, unknown> = {}) {
  return {
    cycle: { year: 2024, programme: { ar: 'تقييم', en: 'Taqyeem' } },
    result: { scheme: 'percentage-tier', percentage, tier },
    criteria: [
      { name: { ar: 'جودة الخدمة', en: 'Service quality' }, weight: 60, score: percentage },
      { name: { ar: 'البيئة', en: 'Environment' }, weight: 40, score: 80 },
    ],
    evidence: { mysteryShopperVisits: 12, fieldVisits: 3 },
    publishedAt: '2024-06-12',
    ...extra,
  };
}

export function certificate(status = 'active', extra: Record<string, unknown> = {}) {
  return {
    organisationId: 'mof',
    certificateNumber: 'BV-9001-7781',
    standard: { code: 'ISO 9001', version: '2015', title: { ar: 'نظام إدارة الجودة', en: 'Quality management system' } },
    certifiedEntity: { ar: 'وزارة المالية', en: 'Ministry of Finance' },
    scope: { ar: 'الخدمات المالية الحكومية', en: 'Government financial services' },
    certificationBody: { name: 'Bureau Veritas' },
    issueDate: '2024-03-01',
    expiryDate: '2027-02-28',
    status,
    ...extra,
  };
}
