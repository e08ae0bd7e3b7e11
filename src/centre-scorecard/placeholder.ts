import type { Evaluation, LocalizedText } from '../core/contract.js';

const filler = (en: string, ar: string): LocalizedText => ({ en, ar });

/**
 * What the loading skeleton draws: the shape of a typical Taqyeem evaluation (five criteria, four
 * earlier cycles, three strengths, two areas to improve, all evidence and a rank), rendered with the
 * same template as the real one and its text hidden, so the element has its final size while it
 * loads. An evaluation of another shape changes the height once, when it arrives.
 */
export const placeholderEvaluation: Evaluation = {
  centre: {
    id: 'placeholder',
    name: filler('Government Services, Licences and Permits Affairs — City branch', 'شؤون الخدمات والتراخيص والتصاريح — فرع المدينة'),
    entity: filler('Ministry of the entity', 'وزارة الجهة'),
    model: 'on-premise',
  },
  cycle: { number: 5, year: 2024, programme: filler('Taqyeem', 'تقييم') },
  result: { scheme: 'percentage-tier', percentage: 90.5, tier: 'gold' },
  // The five criteria of a Taqyeem evaluation of an on-premise centre.
  criteria: [
    { name: filler('Access to the service', 'سهولة الوصول إلى الخدمة'), weight: 20, score: 90.5 },
    { name: filler('Quality of service delivery', 'جودة تقديم الخدمة'), weight: 25, score: 95.5 },
    { name: filler('Centre environment', 'بيئة المركز'), weight: 15, score: 85.5 },
    { name: filler('Customer management', 'إدارة العملاء'), weight: 20, score: 90.5 },
    { name: filler('Handling of feedback', 'التعامل مع الملاحظات والشكاوى'), weight: 20, score: 90.5 },
  ],
  history: [1, 2, 3, 4].map((cycle) => ({ cycle, year: 2017 + cycle, result: { scheme: 'percentage-tier', percentage: 85.5 } })),
  evidence: { mysteryShopperVisits: 4, fieldVisits: 2, surveyResponses: 1250 },
  rank: { position: 12, of: 64 },
  strengths: [
    filler('Short waiting times at the service counters', 'قصر فترات الانتظار عند نوافذ تقديم الخدمة'),
    filler('Clear signs in Arabic and English', 'لوحات إرشادية واضحة باللغتين العربية والإنجليزية'),
    filler('Appointments booked through the national portal', 'حجز المواعيد عبر البوابة الوطنية'),
  ],
  improvements: [
    filler('Parking for visitors with disabilities', 'مواقف المراجعين من ذوي الإعاقة'),
    filler('Answering complaints within five working days', 'الرد على الشكاوى خلال خمسة أيام عمل'),
  ],
  publishedAt: '2024-12-10',
};
