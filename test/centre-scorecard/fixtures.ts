/**
 * Evaluations shaped like the real programmes (Taqyeem 5, published 2024-2025; the UAE Global Star
 * Rating; a Saudi-style maturity index). Centre names are real; every figure is illustrative.
 * Shared by the tests and the stories.
 */
import type { Evaluation } from '../../src/core/contract.js';

export const TAQYEEM = { en: 'Taqyeem', ar: 'تقييم' };

const TAQYEEM_YEARS: Record<number, number> = { 1: 2018, 2: 2019, 3: 2021, 4: 2023, 5: 2024 };

const isaTownResults: Record<number, { percentage: number; tier?: 'gold' | 'silver' }> = {
  1: { percentage: 82.5, tier: 'silver' },
  2: { percentage: 85.1, tier: 'silver' },
  3: { percentage: 87.6, tier: 'silver' },
  4: { percentage: 88.2, tier: 'silver' },
  5: { percentage: 91.4, tier: 'gold' },
};

/** Nationality, Passports and Residence Affairs, Isa Town branch, in Taqyeem `cycle` (1-5). */
export function isaTown(cycle = 5): Evaluation {
  return {
    centre: {
      id: 'isa-town',
      name: {
        en: 'Nationality, Passports and Residence Affairs — Isa Town branch',
        ar: 'شؤون الجنسية والجوازات والإقامة — فرع مدينة عيسى',
      },
      entity: { en: 'Ministry of Interior', ar: 'وزارة الداخلية' },
      model: 'on-premise',
    },
    cycle: { number: cycle, year: TAQYEEM_YEARS[cycle], programme: TAQYEEM },
    result: { scheme: 'percentage-tier', ...isaTownResults[cycle] },
    criteria: [
      { name: { en: 'Access to the service', ar: 'سهولة الوصول إلى الخدمة' }, weight: 20, score: cycle === 5 ? 93.5 : 88 },
      { name: { en: 'Quality of service delivery', ar: 'جودة تقديم الخدمة' }, weight: 25, score: cycle === 5 ? 95.2 : 90.4 },
      { name: { en: 'Centre environment', ar: 'بيئة المركز' }, weight: 15, score: cycle === 5 ? 86.8 : 84.9 },
      { name: { en: 'Customer management', ar: 'إدارة العملاء' }, weight: 20, score: cycle === 5 ? 90.1 : 87.5 },
      { name: { en: 'Handling of feedback', ar: 'التعامل مع الملاحظات والشكاوى' }, weight: 20, score: cycle === 5 ? 89.6 : 86.2 },
    ],
    history: Object.entries(isaTownResults)
      .filter(([n]) => Number(n) < cycle)
      .map(([n, result]) => ({ cycle: Number(n), year: TAQYEEM_YEARS[Number(n)], result: { scheme: 'percentage-tier', ...result } })),
    evidence: { mysteryShopperVisits: 4, fieldVisits: 2, surveyResponses: 1250 },
    rank: { position: 12, of: 64 },
    strengths: [
      { en: 'Short waiting times at the passport counters', ar: 'قصر فترات الانتظار عند نوافذ الجوازات' },
      { en: 'Clear signs in Arabic and English', ar: 'لوحات إرشادية واضحة باللغتين العربية والإنجليزية' },
      { en: 'Appointments booked through the national portal', ar: 'حجز المواعيد عبر البوابة الوطنية' },
    ],
    improvements: [
      { en: 'Parking for visitors with disabilities', ar: 'مواقف المراجعين من ذوي الإعاقة' },
      { en: 'Answering complaints within five working days', ar: 'الرد على الشكاوى خلال خمسة أيام عمل' },
    ],
    publishedAt: '2024-12-10',
  };
}

/** Customs Affairs remote customer service centre: Platinum, a tier that exists for remote centres only. */
export function customsRemote(): Evaluation {
  return {
    centre: {
      id: 'customs-remote',
      name: { en: 'Customs Affairs — Remote Customer Service Centre', ar: 'شؤون الجمارك — مركز خدمة العملاء عن بُعد' },
      entity: { en: 'Customs Affairs, Ministry of Interior', ar: 'شؤون الجمارك، وزارة الداخلية' },
      model: 'remote',
    },
    cycle: { number: 5, year: 2024, programme: TAQYEEM },
    result: { scheme: 'percentage-tier', percentage: 95.8, tier: 'platinum' },
    criteria: [
      { name: { en: 'Channels and availability', ar: 'القنوات وأوقات الإتاحة' }, weight: 20, score: 97.1 },
      { name: { en: 'Speed of response', ar: 'سرعة الاستجابة' }, weight: 25, score: 96.4 },
      { name: { en: 'Quality of answers', ar: 'جودة الردود' }, weight: 25, score: 95.0 },
      { name: { en: 'Digital content', ar: 'المحتوى الإلكتروني' }, weight: 15, score: 93.2 },
      { name: { en: 'Handling of feedback', ar: 'التعامل مع الملاحظات والشكاوى' }, weight: 15, score: 96.9 },
    ],
    history: [{ cycle: 4, year: 2023, result: { scheme: 'percentage-tier', percentage: 93.1, tier: 'gold' } }],
    evidence: { mysteryShopperVisits: 6, surveyResponses: 2140 },
    rank: { position: 1, of: 13 },
    strengths: [{ en: 'Calls answered in under a minute', ar: 'الرد على المكالمات في أقل من دقيقة' }],
    improvements: [{ en: 'WhatsApp answers outside working hours', ar: 'الرد عبر واتساب خارج أوقات العمل' }],
    publishedAt: '2024-12-10',
  };
}

const GSR = { en: 'Global Star Rating', ar: 'النظام العالمي لتصنيف الخدمات' };

/** A seven-star centre in a UAE-style star rating over the eight GSR pillars. */
export function sevenStar(): Evaluation {
  const pillars: [string, string][] = [
    ['Strategic alignment', 'التوافق الاستراتيجي'],
    ['Customer focus', 'التركيز على المتعاملين'],
    ['Services', 'الخدمات'],
    ['Service delivery channels', 'قنوات تقديم الخدمة'],
    ['Customer experience', 'تجربة المتعاملين'],
    ['Service efficiency and innovation', 'كفاءة الخدمة والابتكار'],
    ['People empowerment', 'تمكين الموظفين'],
    ['Technology integration', 'التكامل التقني'],
  ];
  return {
    centre: {
      id: 'al-barsha',
      name: { en: 'Customer Happiness Centre — Al Barsha', ar: 'مركز سعادة المتعاملين — البرشاء' },
      entity: { en: 'Dubai Municipality', ar: 'بلدية دبي' },
      model: 'on-premise',
    },
    cycle: { number: 5, year: 2023, programme: GSR },
    result: { scheme: 'stars', stars: 7, maxStars: 7 },
    criteria: pillars.map(([en, ar], i) => ({ name: { en, ar }, weight: 12.5, score: [96, 98, 95, 97, 99, 94, 93, 97][i] })),
    history: [{ cycle: 4, year: 2021, result: { scheme: 'stars', stars: 6, maxStars: 7 } }],
    evidence: { mysteryShopperVisits: 3, fieldVisits: 1 },
    strengths: [{ en: 'Proactive services before customers ask', ar: 'خدمات استباقية قبل طلب المتعامل' }],
    improvements: [],
    publishedAt: '2023-11-20',
  };
}

export const DXMI_LEVELS = [
  { en: 'Emergent', ar: 'ناشئ' },
  { en: 'Developed', ar: 'متطور' },
  { en: 'Competent', ar: 'متمكّن' },
  { en: 'Advanced', ar: 'متقدم' },
  { en: 'Exceptional', ar: 'استثنائي' },
];

/** A digital channel on a five-level maturity scale, as Saudi digital-experience indexes publish. */
export function maturity(): Evaluation {
  return {
    centre: {
      id: 'balady-app',
      name: { en: 'Balady digital services platform', ar: 'منصة بلدي للخدمات الرقمية' },
      entity: { en: 'Ministry of Municipalities and Housing', ar: 'وزارة البلديات والإسكان' },
      model: 'digital',
    },
    cycle: { number: 2, year: 2023, programme: { en: 'Digital Experience Maturity Index', ar: 'مؤشر نضج التجربة الرقمية' } },
    result: { scheme: 'maturity', level: 4, levels: DXMI_LEVELS },
    criteria: [
      { name: { en: 'Ease of use', ar: 'سهولة الاستخدام' }, weight: 30, score: 84.2 },
      { name: { en: 'Digital inclusion', ar: 'الشمول الرقمي' }, weight: 20, score: 72.5 },
      { name: { en: 'Service maturity', ar: 'نضج الخدمات' }, weight: 30, score: 81.0 },
      { name: { en: 'Customer satisfaction', ar: 'رضا المستفيدين' }, weight: 20, score: 79.3 },
    ],
    history: [{ cycle: 1, year: 2022, result: { scheme: 'maturity', level: 3, levels: DXMI_LEVELS } }],
    evidence: { surveyResponses: 5321 },
    rank: { position: 3, of: 22 },
    strengths: [],
    improvements: [{ en: 'Screen-reader support in the mobile app', ar: 'دعم قارئات الشاشة في التطبيق' }],
    publishedAt: '2023-06-01',
  };
}

/** A result in a scheme this version does not know. */
export function unsupportedScheme(): Evaluation {
  return { ...isaTown(5), result: { scheme: 'letter-grade' } };
}

/** Every text field the API can send, set to `text` in both languages. */
export function hostile(text: string): Evaluation {
  const both = { en: text, ar: text };
  const evaluation = isaTown(5);
  return {
    ...evaluation,
    centre: { ...evaluation.centre, name: both, entity: both },
    cycle: { ...evaluation.cycle, programme: both },
    criteria: evaluation.criteria.map((criterion) => ({ ...criterion, name: both })),
    strengths: [both],
    improvements: [both],
  };
}

/** A maturity result whose level names are `text`. */
export function hostileLevels(text: string): Evaluation {
  return {
    ...maturity(),
    result: {
      scheme: 'maturity',
      level: 2,
      levels: [
        { en: text, ar: text },
        { en: `${text}2`, ar: `${text}2` },
      ],
    },
    history: [],
  };
}
