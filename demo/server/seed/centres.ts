/**
 * Service centres and their evaluations. ILLUSTRATIVE: the Bahraini centres are among those named in
 * the Taqyeem 5 award news (../shared/domain.md §6), but every percentage, tier, visit count and rank
 * below is invented, generated deterministically from the centre's id so the demo is the same on
 * every machine. The UAE star-rated centre and the maturity-scored digital channel are fictional
 * examples of the other schemes.
 */
import type { Criterion, Evaluation, EvaluationResult, LocalizedText } from '../../../src/core/contract.js';

type Model = Evaluation['centre']['model'];

interface CriterionTemplate {
  name: LocalizedText;
  weight: number;
  strength: LocalizedText;
  improvement: LocalizedText;
}

const TAQYEEM = { ar: 'تقييم', en: 'Taqyeem' };
/** Year of each Taqyeem cycle. */
const TAQYEEM_YEARS: Record<number, number> = { 1: 2018, 2: 2019, 3: 2021, 4: 2023, 5: 2024 };
const FEEDBACK: CriterionTemplate = {
  name: { ar: 'التعامل مع الملاحظات والشكاوى', en: 'Handling of feedback and complaints' },
  weight: 10,
  strength: { ar: 'ردود سريعة وموثقة على الشكاوى', en: 'Complaints answered quickly and on record' },
  improvement: { ar: 'إبلاغ العملاء بما تغيّر بعد ملاحظاتهم', en: 'Tell customers what changed after their feedback' },
};

const ON_PREMISE_CRITERIA: CriterionTemplate[] = [
  {
    name: { ar: 'سهولة الوصول إلى المركز', en: 'Accessibility' },
    weight: 15,
    strength: { ar: 'مواقف ومداخل مهيأة لذوي الإعاقة', en: 'Parking and entrances ready for people with disabilities' },
    improvement: { ar: 'لافتات إرشادية أوضح داخل المبنى', en: 'Clearer signs inside the building' },
  },
  {
    name: { ar: 'جودة الخدمة', en: 'Quality of service' },
    weight: 25,
    strength: { ar: 'موظفون ملمّون بالإجراءات ويجيبون بدقة', en: 'Staff who know the procedures and answer precisely' },
    improvement: { ar: 'توحيد المعلومات التي يقدمها الموظفون', en: 'Consistent answers from one counter to the next' },
  },
  {
    name: { ar: 'بيئة المركز', en: 'Centre environment' },
    weight: 15,
    strength: { ar: 'صالة انتظار مريحة ونظيفة', en: 'A clean and comfortable waiting hall' },
    improvement: { ar: 'مقاعد انتظار أكثر في أوقات الذروة', en: 'More seating at peak hours' },
  },
  {
    name: { ar: 'إدارة العملاء', en: 'Customer management' },
    weight: 20,
    strength: { ar: 'نظام مواعيد يقلّل وقت الانتظار', en: 'Appointments that cut waiting time' },
    improvement: { ar: 'تقليل وقت الانتظار دون موعد مسبق', en: 'Shorter waits for walk-in customers' },
  },
  {
    name: { ar: 'فعالية الإجراءات', en: 'Effectiveness of procedures' },
    weight: 15,
    strength: { ar: 'إنجاز معظم المعاملات في زيارة واحدة', en: 'Most transactions completed in one visit' },
    improvement: { ar: 'تقليل المستندات المطلوبة من العميل', en: 'Fewer documents asked of the customer' },
  },
  FEEDBACK,
];

const REMOTE_CRITERIA: CriterionTemplate[] = [
  {
    name: { ar: 'توفر قنوات التواصل', en: 'Channel availability' },
    weight: 20,
    strength: { ar: 'قنوات متعددة تعمل خارج أوقات الدوام', en: 'Several channels open outside office hours' },
    improvement: { ar: 'إتاحة المحادثة المباشرة في عطلة نهاية الأسبوع', en: 'Live chat at weekends' },
  },
  {
    name: { ar: 'سرعة الاستجابة', en: 'Response time' },
    weight: 25,
    strength: { ar: 'الرد على أغلب الاتصالات خلال دقيقة', en: 'Most calls answered within a minute' },
    improvement: { ar: 'تقليل وقت الرد على البريد الإلكتروني', en: 'Faster replies to e-mail' },
  },
  {
    name: { ar: 'جودة التواصل', en: 'Quality of communication' },
    weight: 20,
    strength: { ar: 'لغة واضحة ومهذبة باللغتين', en: 'Clear and courteous language in both languages' },
    improvement: { ar: 'تلخيص الخطوات التالية في نهاية كل اتصال', en: 'Summarise the next steps at the end of each call' },
  },
  {
    name: { ar: 'التمكين الرقمي', en: 'Digital enablement' },
    weight: 20,
    strength: { ar: 'إرشاد العملاء لإنجاز الخدمة إلكترونيًا', en: 'Customers guided to complete the service online' },
    improvement: { ar: 'روابط مباشرة للخدمات في الردود', en: 'Direct links to services in replies' },
  },
  { ...FEEDBACK, weight: 15 },
];

interface TaqyeemCentre {
  id: string;
  name: LocalizedText;
  entity: LocalizedText;
  model: 'on-premise' | 'remote';
  /** Percentage in the first evaluated cycle, and the gain per cycle after it. */
  start: number;
  gain: number;
}

const NPRA = { ar: 'شؤون الجنسية والجوازات والإقامة', en: 'Nationality, Passports and Residence Affairs' };
const CUSTOMS = { ar: 'شؤون الجمارك', en: 'Customs Affairs' };

const TAQYEEM_CENTRES: TaqyeemCentre[] = [
  { id: 'isa-town', name: { ar: 'فرع مدينة عيسى', en: 'Isa Town Branch' }, entity: NPRA, model: 'on-premise', start: 84, gain: 2.2 },
  { id: 'npra-muharraq', name: { ar: 'فرع المحرق', en: 'Muharraq Branch' }, entity: NPRA, model: 'on-premise', start: 82, gain: 2.5 },
  {
    id: 'rhf-customer-service',
    name: { ar: 'مركز خدمة العملاء', en: 'Customer Service Centre' },
    entity: { ar: 'المؤسسة الملكية للأعمال الإنسانية', en: 'Royal Humanitarian Foundation' },
    model: 'on-premise',
    start: 80,
    gain: 3,
  },
  {
    id: 'customs-sea-port',
    name: { ar: 'مركز التخليص بإدارة جمارك الموانئ البحرية', en: 'Sea Port Customs Directorate Clearance Centre' },
    entity: CUSTOMS,
    model: 'on-premise',
    start: 79,
    gain: 3,
  },
  {
    id: 'customs-land-ports',
    name: { ar: 'إدارة جمارك المنافذ البرية', en: 'Land Ports Customs Directorate' },
    entity: CUSTOMS,
    model: 'on-premise',
    start: 78,
    gain: 2.8,
  },
  {
    id: 'customs-remote',
    name: { ar: 'مركز خدمة العملاء عن بعد', en: 'Remote Customer Service Centre' },
    entity: CUSTOMS,
    model: 'remote',
    start: 91.5,
    gain: 4,
  },
  {
    id: 'civil-defence-muharraq',
    name: { ar: 'فرع مجمع المحرق الأمني', en: 'Muharraq Security Complex Branch' },
    entity: { ar: 'الإدارة العامة للدفاع المدني', en: 'General Directorate of Civil Defence' },
    model: 'on-premise',
    start: 81,
    gain: 2.4,
  },
  {
    id: 'traffic-driving-licences',
    name: { ar: 'مدرسة تعليم السياقة ورخص السواقين', en: 'Driving School and Drivers’ Licences' },
    entity: { ar: 'الإدارة العامة للمرور', en: 'General Directorate of Traffic' },
    model: 'on-premise',
    start: 77,
    gain: 3,
  },
  {
    // Gold for the fourth time in Taqyeem 5 (cycles 2-5).
    id: 'iga-seef-mall',
    name: { ar: 'مركز بطاقة الهوية – فرع مجمع السيف (عراد)', en: 'ID Card Centre, Seef Mall (Arad) Branch' },
    entity: { ar: 'هيئة المعلومات والحكومة الإلكترونية', en: 'Information & eGovernment Authority' },
    model: 'on-premise',
    start: 88.6,
    gain: 1.6,
  },
  {
    id: 'criminal-information-southern',
    name: { ar: 'فرع المحافظة الجنوبية', en: 'Southern Branch' },
    entity: { ar: 'إدارة المعلومات الجنائية', en: 'Directorate of Criminal Information' },
    model: 'on-premise',
    start: 80,
    gain: 2.6,
  },
  {
    id: 'moic-metal-testing',
    name: { ar: 'مركز فحص المعادن', en: 'Metal Testing Centre' },
    entity: { ar: 'وزارة الصناعة والتجارة', en: 'Ministry of Industry and Commerce' },
    model: 'on-premise',
    start: 85,
    gain: 2,
  },
  {
    id: 'housing-remote',
    name: { ar: 'مركز الخدمة عن بعد', en: 'Remote Service Centre' },
    entity: { ar: 'وزارة الإسكان والتخطيط العمراني', en: 'Ministry of Housing and Urban Planning' },
    model: 'remote',
    start: 86,
    gain: 5,
  },
];

/** A small deterministic PRNG (mulberry32) seeded from a string, so the "random" figures never change. */
function random(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const between = (next: () => number, min: number, max: number) => min + Math.floor(next() * (max - min + 1));

function tier(model: TaqyeemCentre['model'], cycle: number, percentage: number): 'platinum' | 'gold' | 'silver' | undefined {
  // Platinum was introduced in Taqyeem 5, for remote centres only.
  if (model === 'remote' && cycle >= 5 && percentage >= 95) return 'platinum';
  if (percentage >= 90) return 'gold';
  if (percentage >= 80) return 'silver';
  return undefined;
}

/** Criterion scores spread around `target` whose weighted mean is `target` (unless clamped at 100). */
function criteriaAround(templates: CriterionTemplate[], target: number, next: () => number): Criterion[] {
  const offsets = templates.map(() => (next() - 0.5) * 10);
  const mean = offsets.reduce((sum, offset, i) => sum + (offset * templates[i]!.weight) / 100, 0);
  return templates.map((template, i) => ({
    name: template.name,
    weight: template.weight,
    score: round1(Math.min(100, Math.max(40, target + offsets[i]! - mean))),
  }));
}

export interface SeedCentre {
  id: string;
  name: LocalizedText;
  entity: LocalizedText;
  model: Model;
}

/** An evaluation row before the history (derived from the other rows) is attached. */
export type SeedEvaluation = Omit<Evaluation, 'history'>;

function taqyeemEvaluations(): SeedEvaluation[] {
  const evaluations: SeedEvaluation[] = [];
  for (const centre of TAQYEEM_CENTRES) {
    const next = random(centre.id);
    const templates = centre.model === 'remote' ? REMOTE_CRITERIA : ON_PREMISE_CRITERIA;
    const firstCycle = centre.model === 'remote' ? 4 : 1;
    for (let cycle = firstCycle; cycle <= 5; cycle++) {
      const target = Math.min(97.5, centre.start + centre.gain * (cycle - firstCycle));
      const criteria = criteriaAround(templates, target, next);
      const percentage = round1(criteria.reduce((sum, c) => sum + (c.score * c.weight) / 100, 0));
      const ranked = [...criteria].sort((a, b) => b.score - a.score);
      const pick = (list: Criterion[], key: 'strength' | 'improvement') =>
        list.slice(0, 2).map((c) => templates.find((t) => t.name.en === c.name.en)![key]);
      evaluations.push({
        centre: { id: centre.id, name: centre.name, entity: centre.entity, model: centre.model },
        cycle: { number: cycle, year: TAQYEEM_YEARS[cycle]!, programme: TAQYEEM },
        result: { scheme: 'percentage-tier', percentage, tier: tier(centre.model, cycle, percentage) },
        criteria,
        evidence: {
          mysteryShopperVisits: between(next, 2, 6),
          fieldVisits: centre.model === 'remote' ? 1 : between(next, 1, 3),
          surveyResponses: between(next, 120, 900),
        },
        strengths: pick(ranked, 'strength'),
        improvements: pick([...ranked].reverse(), 'improvement'),
        publishedAt: `${TAQYEEM_YEARS[cycle]}-12-${String(9 + cycle).padStart(2, '0')}`,
      });
    }
  }
  // No rank here: the server computes each centre's place from the results (store/rankings.ts).
  return evaluations;
}

const GSR_PILLARS: LocalizedText[] = [
  { ar: 'التوافق الاستراتيجي', en: 'Strategic alignment' },
  { ar: 'التركيز على المتعاملين', en: 'Customer focus' },
  { ar: 'الخدمات', en: 'Services' },
  { ar: 'قنوات تقديم الخدمة', en: 'Service delivery channels' },
  { ar: 'تجربة المتعاملين', en: 'Customer experience' },
  { ar: 'كفاءة الخدمة والابتكار', en: 'Service efficiency and innovation' },
  { ar: 'تمكين الموظفين', en: 'People empowerment' },
  { ar: 'التكامل التقني', en: 'Technology integration' },
];
const GSR_WEIGHTS = [10, 15, 10, 10, 25, 10, 10, 10];

const UAE_CENTRE: SeedCentre = {
  id: 'uae-happiness-centre',
  name: { ar: 'مركز سعادة المتعاملين (مثال)', en: 'Customer Happiness Centre (example)' },
  entity: { ar: 'جهة حكومية اتحادية في الإمارات (مثال)', en: 'A UAE federal entity (example)' },
  model: 'on-premise',
};

function starEvaluations(): SeedEvaluation[] {
  const next = random(UAE_CENTRE.id);
  return [
    { cycle: 1, year: 2019, stars: 4 },
    { cycle: 2, year: 2021, stars: 5 },
    { cycle: 3, year: 2023, stars: 6 },
  ].map(({ cycle, year, stars }) => ({
    centre: UAE_CENTRE,
    cycle: { number: cycle, year, programme: { ar: 'نظام النجوم العالمي لتصنيف الخدمات', en: 'Global Star Rating System' } },
    result: { scheme: 'stars', stars, maxStars: 7 } satisfies EvaluationResult,
    criteria: GSR_PILLARS.map((name, i) => ({ name, weight: GSR_WEIGHTS[i]!, score: round1(50 + stars * 6 + next() * 10) })),
    evidence: { mysteryShopperVisits: between(next, 4, 8), fieldVisits: 1, surveyResponses: between(next, 300, 1500) },
    strengths: [{ ar: 'تجربة متعاملين متسقة عبر القنوات', en: 'A consistent customer experience across channels' }],
    improvements: [{ ar: 'تقليل زمن إنجاز الخدمات المركبة', en: 'Shorter completion times for multi-step services' }],
    publishedAt: `${year}-11-20`,
  }));
}

const DIGITAL_CHANNEL: SeedCentre = {
  id: 'digital-portal-example',
  name: { ar: 'المنصة الرقمية الموحدة (مثال)', en: 'Unified digital platform (example)' },
  entity: { ar: 'جهة حكومية (مثال على مؤشر النضج)', en: 'A government entity (maturity index example)' },
  model: 'digital',
};
const MATURITY_LEVELS: LocalizedText[] = [
  { ar: 'ناشئ', en: 'Emergent' },
  { ar: 'متطور', en: 'Developed' },
  { ar: 'كفء', en: 'Competent' },
  { ar: 'متقدم', en: 'Advanced' },
  { ar: 'استثنائي', en: 'Exceptional' },
];

function maturityEvaluations(): SeedEvaluation[] {
  return [
    { cycle: 1, year: 2022, level: 3 },
    { cycle: 2, year: 2023, level: 4 },
  ].map(({ cycle, year, level }) => ({
    centre: DIGITAL_CHANNEL,
    cycle: { number: cycle, year, programme: { ar: 'مؤشر نضج التجربة الرقمية', en: 'Digital Experience Maturity Index' } },
    result: { scheme: 'maturity', level, levels: MATURITY_LEVELS } satisfies EvaluationResult,
    criteria: [
      { name: { ar: 'تجربة المستفيد', en: 'Beneficiary experience' }, weight: 40, score: 60 + level * 6 },
      { name: { ar: 'الخدمات الرقمية', en: 'Digital services' }, weight: 30, score: 58 + level * 7 },
      { name: { ar: 'التقنية والبيانات', en: 'Technology and data' }, weight: 30, score: 55 + level * 7 },
    ],
    strengths: [{ ar: 'رحلة مستخدم واضحة من البداية إلى النهاية', en: 'A clear user journey from start to finish' }],
    improvements: [{ ar: 'إتاحة جميع الخدمات على الأجهزة المحمولة', en: 'Every service available on mobile devices' }],
    publishedAt: `${year}-10-01`,
  }));
}

export const EVALUATIONS: readonly SeedEvaluation[] = [...taqyeemEvaluations(), ...starEvaluations(), ...maturityEvaluations()];

export const CENTRES: readonly SeedCentre[] = [...new Map(EVALUATIONS.map((e) => [e.centre.id, e.centre])).values()];
