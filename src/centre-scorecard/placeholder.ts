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
    name: filler('Directorate of service centre name, branch', 'إدارة اسم مركز الخدمة الحكومية، فرع المدينة'),
    entity: filler('Name of the government entity', 'اسم الجهة الحكومية'),
    model: 'on-premise',
  },
  cycle: { number: 5, year: 2024, programme: filler('Programme', 'البرنامج') },
  result: { scheme: 'percentage-tier', percentage: 90, tier: 'gold' },
  criteria: [
    { name: filler('Access to the service', 'الوصول إلى الخدمة'), weight: 20, score: 90 },
    { name: filler('Quality of service delivery', 'جودة تقديم الخدمة'), weight: 20, score: 90 },
    { name: filler('Centre environment', 'بيئة المركز'), weight: 20, score: 90 },
    { name: filler('Customer management', 'إدارة العملاء'), weight: 20, score: 90 },
    { name: filler('Handling of feedback', 'التعامل مع الملاحظات'), weight: 20, score: 90 },
  ],
  history: [1, 2, 3, 4].map((cycle) => ({ cycle, year: 2017 + cycle, result: { scheme: 'percentage-tier', percentage: 85 } })),
  evidence: { mysteryShopperVisits: 4, fieldVisits: 2, surveyResponses: 1000 },
  rank: { position: 10, of: 64 },
  strengths: [
    filler('A strength noted by the evaluators', 'نقطة قوة رصدها فريق التقييم'),
    filler('A strength noted by the evaluators', 'نقطة قوة رصدها فريق التقييم'),
    filler('A strength noted by the evaluators', 'نقطة قوة رصدها فريق التقييم'),
  ],
  improvements: [
    filler('An area to improve noted by the evaluators', 'فرصة تحسين رصدها فريق التقييم'),
    filler('An area to improve noted by the evaluators', 'فرصة تحسين رصدها فريق التقييم'),
  ],
  publishedAt: '2024-12-01',
};
