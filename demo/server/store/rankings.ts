/**
 * One cycle's results, ranked: the one place the server orders centres. The ranking route pages it
 * and a centre's evaluation takes its `rank` from it, so the card and the table cannot disagree
 * (issue 19: "13 of 64" in a card beside 4th in the table). Ranked per scheme with the element's own
 * functions (ties share a rank, see src/centre-scorecard/ranking-order.ts).
 *
 * The seeded centres carry no entity id, so one is derived from the entity's English name
 * ("Customs Affairs" -> `customs-affairs`); a real API would store it.
 */
import type { EvaluationResult, RankingEntry } from '../../../src/core/contract.js';
import { rankGroups } from '../../../src/centre-scorecard/ranking-order.js';
import type { Queryable } from '../db.js';

interface Row {
  centre_id: string;
  name_ar: string;
  name_en: string;
  entity_ar: string;
  entity_en: string;
  model: RankingEntry['centre']['model'];
  cycle: number;
  year: number;
  programme_ar: string;
  programme_en: string;
  result: EvaluationResult;
  previous: { cycle: number; year: number; result: EvaluationResult } | null;
}

const RANKING_SQL = `
  SELECT e.centre_id, c.name_ar, c.name_en, c.entity_ar, c.entity_en, c.model,
         e.cycle, e.year, e.programme_ar, e.programme_en, e.result,
         (SELECT jsonb_build_object('cycle', p.cycle, 'year', p.year, 'result', p.result)
            FROM evaluations p WHERE p.centre_id = e.centre_id AND p.cycle < e.cycle
            ORDER BY p.cycle DESC LIMIT 1) AS previous
  FROM evaluations e JOIN centres c ON c.id = e.centre_id
  WHERE ($1::text IS NULL OR c.model = $1)
  ORDER BY e.cycle, e.centre_id`;

/** `Customs Affairs` -> `customs-affairs`; `Information & eGovernment Authority` -> `information-egovernment-authority`. */
export function entityId(englishName: string): string {
  return englishName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function toEntry(row: Row): RankingEntry {
  return {
    centre: {
      id: row.centre_id,
      name: { ar: row.name_ar, en: row.name_en },
      entity: { id: entityId(row.entity_en), ar: row.entity_ar, en: row.entity_en },
      model: row.model,
    },
    cycle: { number: row.cycle, year: row.year, programme: { ar: row.programme_ar, en: row.programme_en } },
    result: row.result,
    previous: row.previous ?? undefined,
  };
}

export interface RankingFilter {
  /** Absent: the latest cycle among the filtered results. */
  cycle?: number;
  entity?: string;
  model?: RankingEntry['centre']['model'];
  scheme?: string;
}

export interface RankedCycle {
  /** 0 when nothing matched. */
  cycle: number;
  /** Every scheme's group, in rank order; `rank` set where the scheme is known. */
  groups: RankingEntry[][];
}

/** The filtered results of one cycle, ranked over the whole filtered cycle (so a rank means the same on every page). */
export async function rankedCycle(db: Queryable, filter: RankingFilter = {}): Promise<RankedCycle> {
  const rows = await db.query<Row>(RANKING_SQL, [filter.model ?? null]);
  const matching = rows
    .map(toEntry)
    .filter((e) => (!filter.entity || e.centre.entity.id === filter.entity) && (!filter.scheme || e.result.scheme === filter.scheme));
  const cycle = filter.cycle ?? Math.max(0, ...matching.map((e) => e.cycle.number));
  const ofCycle = matching.filter((e) => e.cycle.number === cycle);
  const groups = rankGroups(
    ofCycle,
    (e) => e.centre.name.en,
    (a, b) => a.localeCompare(b, 'en'),
  ).map((group) => group.rows.map((row) => ({ ...row.entry, ...(row.rank === undefined ? {} : { rank: row.rank }) })));
  return { cycle, groups };
}

/**
 * A centre's place in the whole (unfiltered) ranking of `cycle`, out of the centres ranked on its
 * scale; none when it is alone on that scale ("1 of 1" tells a reader nothing).
 */
export async function rankOf(db: Queryable, centreId: string, cycle: number): Promise<{ position: number; of: number } | undefined> {
  const { groups } = await rankedCycle(db, { cycle });
  for (const group of groups) {
    const entry = group.find((e) => e.centre.id === centreId);
    if (entry) return entry.rank === undefined || group.length < 2 ? undefined : { position: entry.rank, of: group.length };
  }
  return undefined;
}
