import type { Evaluation, LocalizedText } from '../core/contract.js';

// The skeleton's text is hidden: only the length of its words shapes the lines. The Arabic lines
// (but the centre's name, whose large type must wrap as a real name does) are written as their words'
// lengths, their letters taken in turn from one phrase: Arabic sentences hardly compress (two bytes a
// letter), and cost the scorecard's first load 0.26 kB more.
const LETTERS = 'الخدماتوالتراخيصوالتصاريحالحكومية';
/** Arabic words of the given lengths ("5 3 7"). */
const arabic = (lengths: string) =>
  lengths
    .split(' ')
    .map((length, i) => LETTERS.slice(i % 9, (i % 9) + Number(length)))
    .join(' ');
const filler = (en: string, ar: string): LocalizedText => ({ en, ar: arabic(ar) });

/**
 * What the loading skeleton draws: the shape of a typical Taqyeem evaluation (five criteria, four
 * earlier cycles, three strengths, two areas to improve, all evidence and a rank), rendered with the
 * same template as the real one and its text hidden, so the element has its final size while it
 * loads. An evaluation of another shape changes the height once, when it arrives.
 */
export const placeholderEvaluation: Evaluation = {
  centre: {
    id: 'placeholder',
    name: { en: 'Government Services, Licences and Permits Affairs — City branch', ar: 'شؤون الخدمات والتراخيص والتصاريح — فرع المدينة' },
    entity: filler('Ministry of the entity', '5 5'),
    model: 'on-premise',
  },
  cycle: { number: 5, year: 2024, programme: filler('Taqyeem', '5') },
  result: { scheme: 'percentage-tier', percentage: 90.5, tier: 'gold' },
  // The five criteria of a Taqyeem evaluation of an on-premise centre.
  criteria: [
    { name: filler('Access to the service', '5 6 3 6'), weight: 20, score: 90.5 },
    { name: filler('Quality of service delivery', '4 5 6'), weight: 25, score: 95.5 },
    { name: filler('Centre environment', '4 6'), weight: 15, score: 85.5 },
    { name: filler('Customer management', '5 7'), weight: 20, score: 90.5 },
    { name: filler('Handling of feedback', '7 2 9 8'), weight: 20, score: 90.5 },
  ],
  history: [1, 2, 3, 4].map((cycle) => ({ cycle, year: 2017 + cycle, result: { scheme: 'percentage-tier', percentage: 85.5 } })),
  evidence: { mysteryShopperVisits: 4, fieldVisits: 2, surveyResponses: 1250 },
  rank: { position: 12, of: 64 },
  strengths: [
    filler('Short waiting times at the service counters', '3 5 8 3 5 5 6'),
    filler('Clear signs in Arabic and English', '5 7 5 8 7 11'),
    filler('Appointments booked through the national portal', '3 8 3 7 7'),
  ],
  improvements: [
    filler('Parking for visitors with disabilities', '5 9 2 3 7'),
    filler('Answering complaints within five working days', '4 3 7 4 4 4 3'),
  ],
  publishedAt: '2024-12-10',
};
