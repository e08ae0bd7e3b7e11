/**
 * Ranking entries shaped like Taqyeem 5 (2024) results. Centre and entity names are real; every
 * figure is illustrative. Shared by the ranking tests, the bench and the stories.
 */
import type { EvaluationResult, Ranking, RankingEntry } from '../../src/core/contract.js';
import { TAQYEEM } from './fixtures.js';

type Tier = 'platinum' | 'gold' | 'silver' | 'bronze';

export const MOIC = { id: 'moic', en: 'Ministry of Industry and Commerce', ar: 'وزارة الصناعة والتجارة' };
export const CUSTOMS = { id: 'customs', en: 'Customs Affairs', ar: 'شؤون الجمارك' };

const tierOf = (percentage: number): Tier | undefined =>
  percentage >= 95 ? 'platinum' : percentage >= 90 ? 'gold' : percentage >= 80 ? 'silver' : undefined;

export interface EntryOptions {
  entity?: RankingEntry['centre']['entity'];
  model?: RankingEntry['centre']['model'];
  previous?: number;
  url?: string;
  rank?: number;
}

/** A Taqyeem 5 entry of `percentage` (tier from the percentage; previous cycle 4 when given). */
export function taqyeemEntry(id: string, en: string, ar: string, percentage: number, options: EntryOptions = {}): RankingEntry {
  const tier = tierOf(percentage);
  return {
    centre: { id, name: { en, ar }, entity: options.entity ?? MOIC, model: options.model ?? 'on-premise' },
    cycle: { number: 5, year: 2024, programme: TAQYEEM },
    result: { scheme: 'percentage-tier', percentage, ...(tier ? { tier } : {}) },
    ...(options.previous === undefined
      ? {}
      : { previous: { cycle: 4, year: 2023, result: { scheme: 'percentage-tier', percentage: options.previous } } }),
    ...(options.url ? { url: options.url } : {}),
    ...(options.rank ? { rank: options.rank } : {}),
  };
}

/** Five centres with a tie for second place (91.2), one without a previous result and one remote. */
export function taqyeemFive(): RankingEntry[] {
  return [
    taqyeemEntry('metal-testing', 'Metal Testing Centre', 'مركز فحص المعادن', 91.2, { previous: 89 }),
    taqyeemEntry('sea-port', 'Sea Port Clearance Centre', 'مركز التخليص بالموانئ البحرية', 88, { previous: 90.5, entity: CUSTOMS }),
    taqyeemEntry('customs-remote', 'Remote Customer Service Centre', 'مركز خدمة العملاء عن بعد', 96.4, {
      previous: 93,
      entity: CUSTOMS,
      model: 'remote',
      url: 'https://portal.example/centres/customs-remote',
    }),
    taqyeemEntry('commercial-registration', 'Commercial Registration Centre', 'مركز السجل التجاري', 91.2, { previous: 91.2 }),
    taqyeemEntry('land-ports', 'Land Ports Customs Directorate', 'إدارة جمارك المنافذ البرية', 79.5, {
      entity: CUSTOMS,
      url: 'http://insecure.example/land-ports',
    }),
  ];
}

/** A star-rated centre (another scheme: never ranked against percentages). */
export function starEntry(id: string, stars: number): RankingEntry {
  const result: EvaluationResult = { scheme: 'stars', stars, maxStars: 7 };
  return {
    centre: {
      id,
      name: { en: `Customer Happiness Centre ${id}`, ar: `مركز سعادة المتعاملين ${id}` },
      entity: { en: 'A UAE federal entity', ar: 'جهة اتحادية' },
      model: 'on-premise',
    },
    cycle: { number: 3, year: 2023, programme: { en: 'Global Star Rating', ar: 'نظام النجوم العالمي' } },
    result,
  };
}

/** `count` on-premise centres with distinct, descending-ish percentages (for paging and the bench). */
export function manyEntries(count: number): RankingEntry[] {
  return Array.from({ length: count }, (_, i) =>
    taqyeemEntry(
      `centre-${i + 1}`,
      `Service Centre ${String(i + 1).padStart(3, '0')}`,
      `مركز الخدمة ${i + 1}`,
      Math.round((70 + ((i * 37) % 290) / 10) * 10) / 10,
      {
        previous: i % 4 === 0 ? undefined : 70 + ((i * 17) % 280) / 10,
        entity: i % 3 ? MOIC : CUSTOMS,
        model: i % 5 ? 'on-premise' : 'remote',
      },
    ),
  );
}

export const rankingOf = (items: RankingEntry[], nextCursor?: string): Ranking => ({
  cycle: 5,
  items,
  ...(nextCursor ? { nextCursor } : {}),
});
